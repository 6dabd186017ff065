package org.kvmforum.bot.search;

/**
 * Typo distance between words: optimal-string-alignment Damerau-Levenshtein, so a swapped pair of letters
 * ("vfoi" for "vfio") costs one edit, as it does in Lucene's fuzzy queries. Bounded: callers only ever ask
 * "within n edits?", which lets the work stop as soon as that is out of reach.
 */
final class EditDistance {
    private EditDistance() {}

    /**
     * How many typos a word of this length may carry and still count as that word. Words under four letters
     * get none: at that length one edit turns almost any word into another ("kvm" → "vm", "ide" → "id").
     * Long words get two, because long names are where people misspell twice ("arcangelli").
     */
    static int allowedEdits(int length) {
        if (length < 4) {
            return 0;
        }
        return length < 8 ? 1 : 2;
    }

    /** The distance between a and b, or max + 1 when it is larger than max. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[][] d = table(a, b, b.length());
        int result = d[a.length()][b.length()];
        return result > max ? max + 1 : result;
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
        int[][] d = table(typed, word, columns);
        int best = max + 1;
        for (int j = Math.max(0, typed.length() - max); j <= columns; j++) {
            best = Math.min(best, d[typed.length()][j]);
        }
        return best;
    }

    private static int[][] table(String a, String b, int columns) {
        int rows = a.length();
        int[][] d = new int[rows + 1][columns + 1];
        for (int j = 0; j <= columns; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= rows; i++) {
            d[i][0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= columns; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
            }
        }
        return d;
    }
}
