package org.kvmforum.bot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.search.TextNormalizer;
import org.kvmforum.bot.search.Token;

/**
 * Words the post clips from two ("chardevs" from "character devices", "qdev" from "qemu device"), which askers
 * write out. Two words of a question are read as the post's clipped word when each begins with its part of it and
 * the post never writes the two words together: then "who talked about character devices" finds the chardevs the
 * post talks of. Built from the post's own words only, so it holds for any post.
 */
final class Clippings {
    /** Shorter words split too easily ("into": "in" + "to"). */
    private static final int MIN_CLIPPED = 6;
    /** The first part is a syllable or more ("char"), not a letter that starts any word. */
    private static final int MIN_FIRST = 3;
    /** The second part is a real piece of a word ("dev", "mem"), not a letter or two. */
    private static final int MIN_SECOND = 3;

    private static final Pattern TWO_WORDS = Pattern.compile("(?i)\\b([\\p{L}]{4,})\\s+([\\p{L}]{3,})\\b");

    /** The post's words that may be clippings (letters only, lower case), by their first {@link #MIN_FIRST} letters. */
    private final Map<String, List<String>> clippedByStart;
    /** The post's text in lower case, single-spaced: two words it writes together are never read as one. */
    private final String postText;

    Clippings(ContentModel model, Set<String> postWords, Set<String> nameWords) {
        List<String> words = new ArrayList<>();
        for (String word : postWords) {
            // Not a name ("harper" is no clipping of "hardware performance"), nor an everyday word.
            if (word.length() >= MIN_CLIPPED && word.chars().allMatch(Character::isLetter)
                    && !Cues.STOP.contains(word) && !nameWords.contains(word)
                    && !org.kvmforum.bot.search.WordLists.isPlainEnglish(word)) {
                words.add(word);
            }
        }
        words.sort(null); // one order whatever the set's
        Map<String, List<String>> byStart = new HashMap<>();
        for (String word : words) {
            byStart.computeIfAbsent(word.substring(0, MIN_FIRST), start -> new ArrayList<>()).add(word);
        }
        byStart.replaceAll((start, list) -> List.copyOf(list));
        this.clippedByStart = Map.copyOf(byStart);
        StringBuilder text = new StringBuilder();
        for (Event event : model.events()) {
            for (String sentence : event.sentences()) {
                text.append(' ').append(String.join(" ", Token.of(TextNormalizer.clean(sentence)).stream()
                        .map(Token::text).toList()));
            }
        }
        this.postText = text.append(' ').toString();
    }

    /** The question with two words the post clips into one written as that one: "character devices" → "chardevs". */
    String clipped(String question) {
        Matcher pair = TWO_WORDS.matcher(question);
        int from = 0;
        while (pair.find(from)) {
            String word = clippingOf(pair.group(1).toLowerCase(Locale.ROOT), pair.group(2).toLowerCase(Locale.ROOT));
            if (word == null) {
                from = pair.start(2); // the second word may begin the next pair
                continue;
            }
            question = question.substring(0, pair.start()) + word + question.substring(pair.end());
            from = pair.start() + word.length();
            pair = TWO_WORDS.matcher(question);
        }
        return question;
    }

    private static String singular(String word) {
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** The post's word clipped from these two, or null when there is none or the post writes the two itself. */
    private String clippingOf(String first, String second) {
        if (Cues.STOP.contains(first) || Cues.STOP.contains(second)
                || first.endsWith("ing") || first.endsWith("ed")) { // "winding down" is a verb, no "windows"
            return null;
        }
        String found = null;
        // Only the post's words that begin as the first word does: a question costs a few look-ups, not a scan.
        for (String word : clippedByStart.getOrDefault(first.substring(0, MIN_FIRST), List.of())) {
            for (int k = MIN_FIRST; k + MIN_SECOND <= word.length(); k++) {
                String head = word.substring(0, k);
                String rest = word.substring(k);
                String restOne = rest.endsWith("s") ? rest.substring(0, rest.length() - 1) : rest;
                boolean clipsFirst = first.startsWith(head) && first.length() > head.length() + 1;
                boolean clipsSecond = restOne.length() >= MIN_SECOND && second.startsWith(restOne)
                        && second.length() > restOne.length();
                if (clipsFirst && clipsSecond) {
                    if (found != null && !singular(found).equals(singular(word))) {
                        return null; // two of the post's words fit: neither is surely meant
                    }
                    // "chardev" and "chardevs" both fit: the one in the number the asker wrote.
                    boolean asWritten = word.endsWith("s") == second.endsWith("s");
                    found = found == null || asWritten ? word : found;
                }
            }
        }
        // Two words the post writes itself are its words, not a clipping of them.
        return found == null || postText.contains(" " + first + " " + second + " ") ? null : found;
    }
}
