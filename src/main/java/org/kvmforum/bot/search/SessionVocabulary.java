package org.kvmforum.bot.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Every word the sessions can be found by, held in plain Java maps beside the Lucene index. It answers the
 * two questions Lucene is awkward or slow for on a few dozen sessions: "how much of this query does that
 * session really contain?" (search confidence) and "which sessions is this half-typed text heading for?"
 * (autocomplete, which must answer in well under a millisecond).
 */
final class SessionVocabulary {
    /** Credit for a word matched only through a typo: clearly a match, but less sure than the word itself. */
    static final float TYPO_CREDIT = 0.75f;

    /** Longer "words" are pasted junk; comparing them letter by letter would only cost time. */
    static final int MAX_FUZZY_LENGTH = 32;

    /**
     * Words per query that may be typos. A real question has a handful of words the post does not contain;
     * a pasted wall of text has dozens, and trying each as a typo is where all the time would go.
     */
    static final int MAX_TYPO_WORDS = 8;

    private static final int MAX_TERMS_PER_FIELD = 10_000;

    /** Where one word occurs: in which sessions, and the weight of the best field it is in there. */
    private record Posting(String word, String stem, int[] sessions, float[] weights) {}

    /**
     * One query word and its stem.
     *
     * @param mayBeTypo whether a search may match it with typos (see {@link #typoCandidate})
     */
    record QueryWord(String word, String stem, boolean mayBeTypo) {}

    private final int sessionCount;
    private final List<Set<String>> wordsBySession = new ArrayList<>();
    private final List<Set<String>> stemsBySession = new ArrayList<>();
    private final Map<String, Integer> sessionsPerStem = new HashMap<>();
    private final Map<String, Posting> byWord = new HashMap<>();
    private final Map<String, List<Posting>> byStem = new HashMap<>();
    private final String[] sortedWords;
    private final Posting[] sortedPostings;
    /** Every character in the post's words (see {@link #typoCandidate}). */
    private final Set<Integer> alphabet = new HashSet<>();

    SessionVocabulary(List<SessionText> texts, Analyzer plainIndexAnalyzer, Analyzer stemmer) {
        sessionCount = texts.size();
        Map<String, float[]> weightsByWord = new HashMap<>();
        for (int session = 0; session < sessionCount; session++) {
            Set<String> words = new HashSet<>();
            for (SessionText.Field field : SessionText.Field.values()) {
                String text = texts.get(session).text(field);
                for (String word : Analysis.terms(plainIndexAnalyzer, text, MAX_TERMS_PER_FIELD)) {
                    words.add(word);
                    float[] weights = weightsByWord.computeIfAbsent(word, w -> new float[sessionCount]);
                    weights[session] = Math.max(weights[session], field.weight);
                }
            }
            Set<String> stems = new HashSet<>();
            for (String word : words) {
                stems.add(Analysis.stem(stemmer, word));
            }
            for (String stem : stems) {
                sessionsPerStem.merge(stem, 1, Integer::sum);
            }
            wordsBySession.add(Set.copyOf(words));
            stemsBySession.add(Set.copyOf(stems));
        }
        for (Map.Entry<String, float[]> entry : weightsByWord.entrySet()) {
            Posting posting = posting(entry.getKey(), Analysis.stem(stemmer, entry.getKey()), entry.getValue());
            byWord.put(posting.word(), posting);
            byStem.computeIfAbsent(posting.stem(), s -> new ArrayList<>()).add(posting);
        }
        sortedPostings = byWord.values().stream()
                .sorted(Comparator.comparing(Posting::word))
                .toArray(Posting[]::new);
        sortedWords = Arrays.stream(sortedPostings).map(Posting::word).toArray(String[]::new);
        for (String word : sortedWords) {
            word.codePoints().forEach(alphabet::add);
        }
    }

    private static Posting posting(String word, String stem, float[] weightsBySession) {
        int count = 0;
        for (float weight : weightsBySession) {
            count += weight > 0 ? 1 : 0;
        }
        int[] sessions = new int[count];
        float[] weights = new float[count];
        int next = 0;
        for (int session = 0; session < weightsBySession.length; session++) {
            if (weightsBySession[session] > 0) {
                sessions[next] = session;
                weights[next++] = weightsBySession[session];
            }
        }
        return new Posting(word, stem, sessions, weights);
    }

    /**
     * Whether a search word could be a typo worth looking for: long enough to carry one, short enough to be
     * a word, and not in the post as it is. The caller also caps how many per query ({@link #MAX_TYPO_WORDS}).
     */
    boolean typoCandidate(String word, String stem) {
        int edits = EditDistance.allowedEdits(word.length());
        return edits > 0 && word.length() <= MAX_FUZZY_LENGTH
                && !byWord.containsKey(word) && !sessionsPerStem.containsKey(stem)
                && foreignCharacters(word, edits) <= edits;
    }

    /**
     * Characters of the word found in no word of the post, counted up to {@code max + 1}. Each costs at least
     * one edit, so a word with more of them than allowed edits is no typo of anything here; and looking for it
     * as one is what makes hostile input expensive: Lucene's typo automaton for a word of 32 distinct, foreign
     * characters (random Unicode) takes ~10 ms to build, for each of up to eight such words per query.
     */
    private int foreignCharacters(String word, int max) {
        int foreign = 0;
        for (int i = 0; i < word.length() && foreign <= max; ) {
            int codePoint = word.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!alphabet.contains(codePoint)) {
                foreign++;
            }
        }
        return foreign;
    }

    // ---------------------------------------------------------------- confidence

    /**
     * A query's words matched against every session once, so that the confidence of each hit is a sum
     * over the words. Confidence is how much of the query the session contains, from 0 to 1: the query
     * words found in it (any field, same stem; a typo within {@link EditDistance#allowedEdits} earns
     * {@link #TYPO_CREDIT}), each weighted by how rare the word is across the sessions (BM25's idf, so
     * "kvm", said everywhere, counts little, and a word no session has counts most). A query whose
     * distinctive words are missing scores low even when Lucene found some common word.
     */
    final class Coverage {
        private final double[] idf;
        private final float[][] credit; // [word][session]
        private final double totalIdf;

        private Coverage(List<QueryWord> query) {
            idf = new double[query.size()];
            credit = new float[query.size()][];
            double total = 0;
            for (int w = 0; w < query.size(); w++) {
                QueryWord word = query.get(w);
                int containing = sessionsPerStem.getOrDefault(word.stem(), 0);
                idf[w] = Math.log(1 + (sessionCount - containing + 0.5) / (containing + 0.5));
                total += idf[w];
                credit[w] = credits(word);
            }
            totalIdf = total;
        }

        float of(int session) {
            double found = 0;
            for (int w = 0; w < idf.length; w++) {
                found += idf[w] * credit[w][session];
            }
            return totalIdf == 0 ? 0f : (float) (found / totalIdf);
        }
    }

    Coverage coverage(List<QueryWord> query) {
        return new Coverage(query);
    }

    /** Per session: 1 where the word or its stem is, TYPO_CREDIT where only a typo of it is, else 0. */
    private float[] credits(QueryWord word) {
        float[] credits = new float[sessionCount];
        if (word.mayBeTypo()) {
            int edits = EditDistance.allowedEdits(word.word().length());
            for (Posting posting : sortedPostings) {
                if (EditDistance.distance(word.word(), posting.word(), edits) <= edits) {
                    for (int session : posting.sessions()) {
                        credits[session] = TYPO_CREDIT;
                    }
                }
            }
        }
        for (int session = 0; session < sessionCount; session++) {
            if (stemsBySession.get(session).contains(word.stem()) || wordsBySession.get(session).contains(word.word())) {
                credits[session] = 1f;
            }
        }
        return credits;
    }

    // ---------------------------------------------------------------- autocomplete

    /**
     * Sessions ranked for text being typed: first by how many of the typed words they match, then by how
     * well (field weight times match quality: the word itself, the same stem, a prefix, a typo), then in
     * program order. The last word, when still being typed, is matched as a prefix.
     *
     * @return session indices, best first; sessions matching nothing are left out
     */
    List<Integer> rank(List<QueryWord> typed, boolean lastIsPartial) {
        float[] total = new float[sessionCount];
        int[] matchedWords = new int[sessionCount];
        int[] typoScansLeft = {MAX_TYPO_WORDS};
        for (int i = 0; i < typed.size(); i++) {
            float[] scores = scoreWord(typed.get(i), lastIsPartial && i == typed.size() - 1, typoScansLeft);
            for (int session = 0; session < sessionCount; session++) {
                if (scores[session] > 0) {
                    total[session] += scores[session];
                    matchedWords[session]++;
                }
            }
        }
        List<Integer> ranked = new ArrayList<>();
        for (int session = 0; session < sessionCount; session++) {
            if (total[session] > 0) {
                ranked.add(session);
            }
        }
        ranked.sort(Comparator.<Integer>comparingInt(s -> -matchedWords[s])
                .thenComparingDouble(s -> -total[s])
                .thenComparingInt(s -> s));
        return ranked;
    }

    /**
     * One typed word's score per session. Typos are only considered when the word matches nothing as it
     * is (exactly, by stem, or as a prefix): "stef" is heading for "stefan", not for "step". A word still
     * being typed may carry a typo from its third letter on ("vfo" → "vfio"). At most
     * {@link #MAX_TYPO_WORDS} words of one input are scanned for typos.
     */
    private float[] scoreWord(QueryWord typed, boolean partial, int[] typoScansLeft) {
        float[] scores = new float[sessionCount];
        String word = typed.word();
        boolean matched = false;
        Posting exact = byWord.get(word);
        if (exact != null) {
            matched |= credit(exact, 1.0f, scores);
        }
        for (Posting sameStem : byStem.getOrDefault(typed.stem(), List.of())) {
            matched |= credit(sameStem, 0.95f, scores);
        }
        if (partial || word.length() >= 3) {
            float quality = partial ? 0.9f : 0.7f;
            int from = Arrays.binarySearch(sortedWords, word);
            for (int i = from >= 0 ? from : -from - 1; i < sortedWords.length && sortedWords[i].startsWith(word); i++) {
                matched |= credit(sortedPostings[i], quality, scores);
            }
        }
        int edits = partial ? Math.max(1, EditDistance.allowedEdits(word.length())) : EditDistance.allowedEdits(word.length());
        if (!matched && word.length() >= 3 && edits > 0 && word.length() <= MAX_FUZZY_LENGTH
                && typoScansLeft[0]-- > 0) {
            for (Posting posting : sortedPostings) {
                int distance = partial
                        ? EditDistance.prefixDistance(word, posting.word(), edits)
                        : EditDistance.distance(word, posting.word(), edits);
                if (distance <= edits) {
                    credit(posting, partial ? 0.55f : 0.6f, scores);
                }
            }
        }
        return scores;
    }

    /** Raises each session's score to what this posting earns it; true (always) so callers can note a match. */
    private static boolean credit(Posting posting, float quality, float[] scores) {
        for (int i = 0; i < posting.sessions().length; i++) {
            int session = posting.sessions()[i];
            scores[session] = Math.max(scores[session], quality * posting.weights()[i]);
        }
        return true;
    }
}
