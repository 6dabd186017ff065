package org.kvmforum.bot.answer;

/**
 * Typo distance, bounded: optimal-string-alignment Damerau-Levenshtein, so "vfoi" is one edit from "vfio"
 * as it is for the search layer. The same length rule as there: short words get no typos, since one edit
 * turns "kvm" into "vm".
 */
final class Typos {
    private Typos() {}

    static int allowed(int length) {
        if (length < 4) {
            return 0;
        }
        return length < 8 ? 1 : 2;
    }

    /** Whether b is a, or a misspelling of it within the typos a word of a's length may carry. */
    static boolean close(String typed, String word) {
        int max = allowed(typed.length());
        return max > 0 && distance(typed, word, max) <= max;
    }

    /** The distance, or max + 1 once it is known to be larger than max. */
    static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowBest = current[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
                rowBest = Math.min(rowBest, value);
            }
            if (rowBest > max) {
                return max + 1;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[m], max + 1);
    }
}
