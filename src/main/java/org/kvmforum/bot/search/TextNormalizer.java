package org.kvmforum.bot.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Turns whatever a chat user typed into plain text that indexes and name tables can be compared with.
 * Everything that reaches the search layer passes through here first, so that "Jörg", "JOERG", "joerg\u200b"
 * and "joerg&nbsp;" are handled in one place instead of in each matcher.
 *
 * <p>Never throws and never returns null: null, blank and hostile input all come back as "" or as harmless
 * text.
 */
public final class TextNormalizer {
    /**
     * The most characters looked at. Discord messages are at most a few thousand characters, and nothing
     * past the first couple of thousand ever changes which session or person matches, so longer input is
     * cut here rather than making every later step pay for it.
     */
    public static final int MAX_INPUT_CHARS = 2048;

    private TextNormalizer() {}

    /**
     * Cleans text but keeps its case (name matching needs to see capitals): folds accents and compatibility
     * forms to ASCII where possible ("Jörg" → "Jorg", "ﬁ" → "fi", curly quotes → straight ones), drops
     * control, format and zero-width characters, turns every kind of whitespace (NBSP, tabs, newlines) into
     * one space, and trims.
     */
    public static String clean(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String input = text.length() > MAX_INPUT_CHARS ? text.substring(0, MAX_INPUT_CHARS) : text;
        String decomposed = Normalizer.normalize(input, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        boolean spacePending = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                spacePending = kept.length() > 0;
                continue;
            }
            if (isDropped(cp)) {
                continue;
            }
            if (spacePending) {
                kept.append(' ');
                spacePending = false;
            }
            kept.appendCodePoint(cp);
        }
        return foldToAscii(kept);
    }

    /** {@link #clean(String)}, lower-cased: the form every index and table key is stored in. */
    public static String normalize(String text) {
        return clean(text).toLowerCase(Locale.ROOT);
    }

    /** A word of a text and where it starts, for callers that need to look at what surrounds it. */
    public record Word(String text, int start) {}

    /**
     * The words of already cleaned or normalised text: runs of letters and digits, with a possessive "'s"
     * (or a bare trailing apostrophe, "Hajnoczi'") removed and other inner apostrophes dropped ("o'brien"
     * → "obrien"), so "Avi's" and "Avi" are the same word. Hyphens, slashes and every other symbol split
     * words. Case is kept as given.
     */
    public static List<String> words(String text) {
        return wordsAt(text).stream().map(Word::text).toList();
    }

    /** {@link #words(String)}, each with its start offset in the text. */
    public static List<Word> wordsAt(String text) {
        List<Word> words = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            StringBuilder word = new StringBuilder();
            while (i < length) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    word.append(c);
                    i++;
                } else if (c == '\'' && word.length() > 0) {
                    boolean possessive = i + 1 < length && Character.toLowerCase(text.charAt(i + 1)) == 's'
                            && (i + 2 >= length || !Character.isLetterOrDigit(text.charAt(i + 2)));
                    i += possessive ? 2 : 1;
                    if (possessive) {
                        break;
                    }
                } else {
                    break;
                }
            }
            if (word.length() > 0) {
                words.add(new Word(word.toString(), start));
            }
        }
        return words;
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    /** Controls, zero-width and bidi marks, unpaired surrogates, private use, unassigned, and the accents. */
    private static boolean isDropped(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    /** Lucene's table covers what NFKD leaves alone: ø, ß, æ, ł, curly quotes, fancy dashes. */
    private static String foldToAscii(StringBuilder text) {
        int length = text.length();
        char[] input = new char[length];
        text.getChars(0, length, input, 0);
        char[] output = new char[length * 4]; // the filter's documented worst case
        int folded = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, length);
        return new String(output, 0, folded).trim();
    }
}
