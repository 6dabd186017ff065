package org.kvmforum.bot.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
    record Posting(String word, String stem, int[] sessions, float[] weights) {}

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
    /** Postings by word length, so a typo scan only looks at words that could be within reach. */
    private final Posting[][] postingsByLength;
    /** Each of those words' letter counts (see {@link #letters}), in the same order. */
    private final byte[][][] lettersByLength;
    /**
     * A word's typo neighbours do not depend on the query around it, and chat repeats itself: remembered per
     * word, so a misspelling costs one scan of the vocabulary, once.
     */
    private final Cache<String, List<Near>> nearCache = Caffeine.newBuilder().maximumSize(20_000).build();

    /** A word of the post within a few edits of a word asked for. */
    record Near(Posting posting, int distance) {}

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
        int longest = Arrays.stream(sortedWords).mapToInt(String::length).max().orElse(0);
        List<List<Posting>> buckets = new ArrayList<>();
        for (int length = 0; length <= longest; length++) {
            buckets.add(new ArrayList<>());
        }
        for (Posting posting : sortedPostings) {
            buckets.get(posting.word().length()).add(posting);
        }
        postingsByLength = buckets.stream().map(bucket -> bucket.toArray(Posting[]::new)).toArray(Posting[][]::new);
        lettersByLength = new byte[postingsByLength.length][][];
        for (int length = 0; length < postingsByLength.length; length++) {
            lettersByLength[length] = Arrays.stream(postingsByLength[length]).map(p -> letters(p.word()))
                    .toArray(byte[][]::new);
        }
    }

    /** How often each letter (a–z, 0–9, anything else) occurs in a word. */
    private static byte[] letters(String word) {
        byte[] counts = new byte[37];
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int slot = c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36;
            counts[slot]++;
        }
        return counts;
    }

    /**
     * Whether two words' letter counts differ too much for them to be within {@code edits}: one edit changes
     * the counts by at most two (a substitution takes one letter and adds another; a swap changes nothing),
     * so a difference above twice the edits rules the pair out without running the edit distance.
     */
    private static boolean tooFarApart(byte[] a, byte[] b, int edits) {
        int difference = 0;
        for (int i = 0; i < a.length; i++) {
            difference += Math.abs(a[i] - b[i]);
        }
        return difference > 2 * edits;
    }

    /**
     * The post's words within {@link EditDistance#allowedEdits} of {@code word} (not the word itself), closest
     * first. Only words whose length is within reach are compared.
     */
    List<Near> near(String word) {
        return nearCache.get(word, this::scanNear);
    }

    private List<Near> scanNear(String word) {
        int edits = EditDistance.allowedEdits(word.length());
        if (edits == 0) {
            return abbreviated(word);
        }
        List<Near> found = new ArrayList<>();
        int from = Math.max(0, word.length() - edits);
        int to = Math.min(postingsByLength.length - 1, word.length() + edits);
        byte[] wanted = letters(word);
        for (int length = from; length <= to; length++) {
            Posting[] postings = postingsByLength[length];
            for (int i = 0; i < postings.length; i++) {
                if (tooFarApart(wanted, lettersByLength[length][i], edits)) {
                    continue;
                }
                Posting posting = postings[i];
                int distance = EditDistance.distance(word, posting.word(), edits);
                if (distance <= edits && distance > 0) {
                    found.add(new Near(posting, distance));
                }
            }
        }
        found.sort(Comparator.comparingInt(Near::distance));
        return found.isEmpty() ? abbreviated(word) : List.copyOf(found);
    }

    /** Shortest and longest chat abbreviation read as one ("idx", "mgmt", "pwr7"). */
    private static final int MIN_ABBREVIATION = 3;
    private static final int MAX_ABBREVIATION = 6;

    /**
     * "pwr7" for "power7", "mgmt" for "management", "idx" for "indexing": chat drops a word's vowels and keeps its
     * first and last letters (of the word or its stem), the rest in order. The one word of the post (by stem) that
     * the typed word abbreviates so, as a near word one edit away; none when the typed word has a vowel after its
     * first letter (it is a word of its own, or a typo the edit scan handles), is chat's own shorthand
     * ({@link WordLists#CHAT_SHORTHAND}), keeps too few of the word's consonants, or abbreviates words of more than
     * one stem.
     */
    private List<Near> abbreviated(String word) {
        if (word.length() < MIN_ABBREVIATION || word.length() > MAX_ABBREVIATION
                || word.substring(1).chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0)
                || WordLists.CHAT_SHORTHAND.contains(word)
                || !Character.isLetter(word.charAt(0))) {
            return List.of();
        }
        List<Near> found = new ArrayList<>();
        String stem = null;
        for (Posting posting : sortedPostings) {
            String full = posting.word();
            if (full.length() < word.length() + 2 || full.charAt(0) != word.charAt(0)
                    || !endsAsTyped(full, posting.stem(), word) || !inOrder(word, full)
                    || !keepsMostConsonants(word, full, posting.stem())) {
                continue;
            }
            if (stem != null && !stem.equals(posting.stem())) {
                return List.of(); // "pt" could be "point" or "port": no one word
            }
            stem = posting.stem();
            found.add(new Near(posting, 1));
        }
        return List.copyOf(found);
    }

    /** Whether the word, or its stem ("idx" for "indexing", by "index"), ends on the typed word's last letter. */
    private static boolean endsAsTyped(String full, String stem, String typed) {
        char last = typed.charAt(typed.length() - 1);
        return full.charAt(full.length() - 1) == last || !stem.isEmpty() && stem.charAt(stem.length() - 1) == last;
    }

    /** Share of a word's consonants an abbreviation keeps at least: "ops" drops too much of "operations". */
    private static final double KEPT_CONSONANTS = 0.6;

    /** Whether the typed word keeps most consonants of the word, or of its stem when that is shorter. */
    private static boolean keepsMostConsonants(String typed, String full, String stem) {
        String base = !stem.isEmpty() && stem.length() < full.length() && full.startsWith(stem) ? stem : full;
        long consonants = base.chars().filter(c -> "aeiouy".indexOf(c) < 0).count();
        long kept = typed.chars().filter(c -> "aeiouy".indexOf(c) < 0).count();
        return kept >= KEPT_CONSONANTS * consonants;
    }

    /** Whether every letter of the short word is in the long one, in the same order. */
    private static boolean inOrder(String shorter, String longer) {
        int at = 0;
        for (int i = 0; i < longer.length() && at < shorter.length(); i++) {
            if (longer.charAt(i) == shorter.charAt(at)) {
                at++;
            }
        }
        return at == shorter.length();
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
        return EditDistance.allowedEdits(word.length()) > 0 && word.length() <= MAX_FUZZY_LENGTH
                && !byWord.containsKey(word) && !sessionsPerStem.containsKey(stem);
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
            for (Near near : near(word.word())) {
                for (int session : near.posting().sessions()) {
                    credits[session] = TYPO_CREDIT;
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
