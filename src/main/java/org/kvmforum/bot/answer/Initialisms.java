package org.kvmforum.bot.answer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.search.TextNormalizer;
import org.kvmforum.bot.search.Token;

/**
 * Initialisms askers make of the post's longer names: "OVA" for the "Open Virtualization Alliance" the post only
 * writes out, and "kf11" for the event's own name ("KVM Forum 2011"). Built from the post's own runs of three or more
 * capitalised words and from each event's name and year, so it holds for any post; a word the post writes itself,
 * or the initials of two such names, is left as it is.
 */
final class Initialisms {
    /** A name of fewer words is most often a person's ("Brian Stevens"), whose initials nobody asks by. */
    private static final int MIN_WORDS = 3;

    private static final Pattern A_WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** Initials, lower case → the name they stand for, as the post writes it. */
    private final Map<String, String> names;

    Initialisms(ContentModel model, Set<String> postWords) {
        Map<String, String> found = new HashMap<>();
        Set<String> twice = new HashSet<>();
        for (Event event : model.events()) {
            for (String sentence : event.sentences()) {
                List<Token> words = Token.of(TextNormalizer.clean(sentence));
                int i = 0;
                while (i < words.size()) {
                    int end = i;
                    StringBuilder initials = new StringBuilder();
                    while (end < words.size() && words.get(end).capital() && !words.get(end).surface().isEmpty()) {
                        initials.append(words.get(end).text().charAt(0));
                        end++;
                    }
                    if (end - i >= MIN_WORDS) {
                        String key = initials.toString();
                        String name = String.join(" ", words.subList(i, end).stream().map(Token::surface).toList());
                        if (found.containsKey(key) && !found.get(key).equals(name)) {
                            twice.add(key);
                        }
                        found.put(key, name);
                    }
                    i = Math.max(end, i + 1);
                }
            }
        }
        for (Event event : model.events()) {
            namesOfTheEvent(event, found, twice);
        }
        twice.forEach(found::remove);
        found.keySet().removeIf(postWords::contains);
        this.names = Map.copyOf(found);
    }

    /**
     * The event's name as chat shortens it: its initials with the year or its last two digits ("kf11", "kf2011" for
     * "KVM Forum 2011"), the initials alone for the name without its year ("kf"), and its words run together
     * ("kvmforum", "kvmforum2011").
     */
    private static void namesOfTheEvent(Event event, Map<String, String> found, Set<String> twice) {
        String year = Integer.toString(event.year());
        List<Token> words = Token.of(TextNormalizer.clean(event.name())).stream()
                .filter(word -> !word.text().equals(year)).toList();
        if (words.size() < 2) {
            return; // one word's initial is a letter, not a name
        }
        StringBuilder initials = new StringBuilder();
        words.forEach(word -> initials.append(word.text().charAt(0)));
        String withoutYear = String.join(" ", words.stream().map(Token::surface).toList());
        String key = initials.toString();
        if (found.containsKey(key) && !found.get(key).equals(withoutYear)) {
            twice.add(key);
        }
        // "kvmforum", "kvmforum2011": the words of the name run together are the name too.
        String joined = String.join("", words.stream().map(Token::text).toList());
        for (String shortened : List.of(key, joined)) {
            found.put(shortened, withoutYear);
            found.put(shortened + year, withoutYear + " " + year);
            if (year.length() == 4) {
                found.put(shortened + year.substring(2), withoutYear + " " + year);
            }
        }
    }

    /** The question with each initialism of a name of the post written out: "ova website?" → "Open … website?". */
    String spelt(String question) {
        if (names.isEmpty()) {
            return question;
        }
        Matcher words = A_WORD.matcher(question);
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            String name = names.get(words.group().toLowerCase(Locale.ROOT));
            words.appendReplacement(out, Matcher.quoteReplacement(name == null ? words.group() : name));
        }
        return words.appendTail(out).toString();
    }
}
