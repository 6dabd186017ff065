package org.kvmforum.bot.search;

/**
 * Typo distance between words: optimal-string-alignment Damerau-Levenshtein, so a swapped pair of letters
 * ("vfoi" for "vfio") costs one edit, as it does in Lucene's fuzzy queries. Bounded: callers only ever ask
 * "within n edits?", which lets the work stop as soon as that is out of reach.
 */
public final class EditDistance {
    private EditDistance() {}

    /**
     * How many typos a word of this length may carry and still count as that word. Words under four letters
     * get none: at that length one edit turns almost any word into another ("kvm" → "vm", "ide" → "id").
     * Long words get two, because long names are where people misspell twice ("arcangelli").
     */
    public static int allowedEdits(int length) {
        if (length < 4) {
            return 0;
        }
        return length < 8 ? 1 : 2;
    }

    /** The distance between a and b, or max + 1 when it is larger than max. */
    public static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int result = run(a, b, b.length(), max, false);
        return Math.min(result, max + 1);
    }

    /** Whether {@code typed} is {@code word}, or a misspelling of it within what a word of its length may carry. */
    public static boolean close(String typed, String word) {
        int max = allowedEdits(typed.length());
        return max > 0 && distance(typed, word, max) <= max;
    }

    /**
     * The smallest distance between typed and any prefix of word (max + 1 when none is within max): what
     * "is this half-typed word heading towards that word, give or take a typo?" needs. "vfo" → "vfio" is 1.
     */
    static int prefixDistance(String typed, String word, int max) {
        int columns = Math.min(word.length(), typed.length() + max);
        if (columns < typed.length() - max) {
            return max + 1;
        }
        return Math.min(run(typed, word, columns, max, true), max + 1);
    }

    /**
     * The dynamic programme over a (rows) and the first columns letters of b, three rolling rows (a swap
     * looks two rows back), stopping as soon as a whole row is beyond max: no later row can come back under
     * it. Returns the distance to all of b's columns, or with anyPrefix the best over the last row's
     * columns from a.length() - max on.
     */
    private static int run(String a, String b, int columns, int max, boolean anyPrefix) {
        int[] twoBack = new int[columns + 1];
        int[] previous = new int[columns + 1];
        int[] current = new int[columns + 1];
        for (int j = 0; j <= columns; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= columns; j++) {
                char cb = b.charAt(j - 1);
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (ca == cb ? 0 : 1));
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    value = Math.min(value, twoBack[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }
        if (!anyPrefix) {
            return previous[columns];
        }
        int best = max + 1;
        for (int j = Math.max(0, a.length() - max); j <= columns; j++) {
            best = Math.min(best, previous[j]);
        }
        return best;
    }
}
