package org.kvmforum.bot.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what may be people's names in a sentence: runs of capitalised words ("Alex Williamson"), with the
 * lower-case particles surnames carry ("Rik van Riel", "Hans de Goede"). All-capitals words (KVM, QEMU) are
 * never names. Capitalised words that open sentences ("The", "Next", "Then") are dropped from the front of
 * a run; a lone "He", "She" or "They" is kept apart as a pronoun, so "He talked" names nobody new while
 * "Asias He" stays a name.
 */
final class Names {
    /** A capitalised word: "Alex", "McDonald", "Har'El", "Smith-Jones"; never "KVM" nor the "s" of "Avi's". */
    private static final String WORD =
            "(?<![\\p{L}\\p{N}'\u2019-])\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)*(?:['\u2019]\\p{Lu}\\p{Ll}*)?"
                    + "(?:-\\p{Lu}\\p{Ll}+)?(?![\\p{L}\\p{N}])";
    private static final Set<String> PARTICLES =
            Set.of("van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "del", "dos", "das", "ter", "ten", "bin");
    private static final Pattern NAME = Pattern.compile(
            WORD + "(?: (?:(?:" + String.join("|", PARTICLES) + ") )*" + WORD + ")*");

    static final Set<String> PRONOUNS = Set.of("He", "She", "They");

    /** Capitalised words that start sentences or clauses but are nobody's name. */
    private static final Set<String> NOT_NAMES = Set.of(
            "An", "The", "This", "That", "These", "Those", "Then", "Next", "After", "Afterwards", "Before",
            "Finally", "Also", "And", "But", "So", "Later", "Meanwhile", "On", "In", "At", "For", "From", "With",
            "By", "To", "Of", "Our", "My", "His", "Her", "Their", "Its", "It", "We", "You", "There", "Here",
            "Day", "Session", "Sessions", "Talk", "Talks", "Keynote", "Lightning", "First", "Second", "Third",
            "Last", "One", "Two", "Some", "Most", "All", "Many", "Each", "Every", "Both", "Another", "Other", "Up",
            "Once", "When", "While", "As", "If", "Since", "Due", "Though", "Although", "However", "Now", "Still",
            "Yet", "Even", "Just", "Only", "Again", "Around", "About", "Over", "Under", "Between", "During",
            "Following", "Today", "Yesterday", "Tomorrow", "Unfortunately", "Luckily", "Sadly", "Interestingly",
            "What", "Who", "Which", "Where", "Why", "How", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    private Names() {}

    /**
     * A possible name at {@code [start, end)} of the text it was found in.
     *
     * @param pronoun whether this is a lone He/She/They rather than a name
     */
    record Found(int start, int end, String name, boolean pronoun) {}

    /** Possible names in {@code text}, in order. */
    static List<Found> in(String text) {
        List<Found> found = new ArrayList<>();
        Matcher matcher = NAME.matcher(text);
        while (matcher.find()) {
            List<String> words = Arrays.asList(matcher.group().split(" "));
            if (words.size() == 1 && PRONOUNS.contains(words.get(0))) {
                found.add(new Found(matcher.start(), matcher.end(), words.get(0), true));
                continue;
            }
            int skipped = 0;
            int start = matcher.start();
            while (skipped < words.size()
                    && (NOT_NAMES.contains(words.get(skipped)) || PARTICLES.contains(words.get(skipped)))) {
                start += words.get(skipped).length() + 1;
                skipped++;
            }
            if (skipped < words.size()) {
                found.add(new Found(start, matcher.end(), String.join(" ", words.subList(skipped, words.size())), false));
            }
        }
        return found;
    }

    /** Whether the text between two names joins them into one list: ", ", " and ", ", and ", " & ". */
    static boolean joinsList(String between) {
        return between.equals(", ") || between.equals(" and ") || between.equals(", and ") || between.equals(" & ");
    }

    /** The first word of a full name ("Anthony" of "Anthony Liguori"). */
    static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
