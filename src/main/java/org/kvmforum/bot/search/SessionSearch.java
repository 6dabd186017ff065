package org.kvmforum.bot.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.search.SessionVocabulary.QueryWord;

/**
 * Finds sessions from what a chat user typed. Built once per {@link ContentModel}; immutable and safe to
 * share between threads (Lucene's searcher and analyzers are thread-safe, the cache is concurrent).
 * Holds nothing but heap: drop it when the model is replaced.
 *
 * <p>Search runs BM25 over an in-memory Lucene index with one document per session. Each query word is
 * looked for in the title and speakers' names (weighted most), the kind of slot, the post's words about the
 * session and the day and part of day, by stem ("migrating" finds "migration"), and, as a fallback, with a
 * typo or two ("vfoi" finds "vfio"). Queries are assembled from terms, never parsed, so no user text is
 * query syntax. Any input is accepted: null, blank, symbols-only, pasted walls of text.
 *
 * <p>The one session index of the bot: /talk, /slides, /search, autocomplete and /ask all use it. Besides BM25
 * it holds how central each word is to each session ({@link #topics()}, for telling a talk on a subject from a
 * passing mention) and the sessions and sentences by meaning ({@link #semantic()}), which answer when the words
 * find no strong match.
 */
public final class SessionSearch {
    /** Query words looked at; later ones are ignored, which keeps absurd input as fast as a question. */
    public static final int MAX_QUERY_WORDS = 32;

    /** Discord shows at most 25 autocomplete choices. */
    public static final int MAX_AUTOCOMPLETE = 25;

    /** Discord caps an autocomplete value at 100 characters; anything longer is not being typed. */
    private static final int MAX_AUTOCOMPLETE_CHARS = 200;

    /**
     * Typo expansions per word: enough for the post's vocabulary. 32 words of 6 term clauses plus 8 typo
     * words of 10 expansions stay far under Lucene's limit of 1024 clauses per query.
     */
    private static final int FUZZY_EXPANSIONS = 10;

    /** A word in one field still counts a little when it is best in another. */
    private static final float TIE_BREAKER = 0.1f;

    private static final float TYPO_BOOST = 0.8f;

    /**
     * Strong hits before weak ones, each group in BM25 order (the sort is stable). BM25 alone can put a
     * session that repeats a common word ("second day started...") above those that have every word asked
     * for ("second day afternoon"), because rare fields like the day count little in it.
     */
    private static final Comparator<SessionHit> STRONG_FIRST =
            Comparator.comparing((SessionHit hit) -> !hit.strong());

    private static final String ORDER_FIELD = "order";
    private static final String TYPO_FIELD = "words";

    private final List<Session> sessions;
    private final Analyzer stemmer = Analysis.stemmer();
    private final IndexSearcher searcher;
    private final SessionVocabulary vocabulary;
    private final Set<String> eventWords;
    private final Cache<String, List<Session>> autocompleteCache =
            Caffeine.newBuilder().maximumSize(10_000).build();

    private final SemanticIndex semantic;
    private final TopicIndex topics;

    /** An index whose dense half uses the process's shared model, loaded the first time a query needs it. */
    public SessionSearch(ContentModel model) {
        this(model, SentenceModel::shared);
    }

    public SessionSearch(ContentModel model, java.util.function.Supplier<SentenceModel> sentenceModel) {
        this.sessions = model.sessions();
        this.semantic = new SemanticIndex(model, sentenceModel);
        List<SessionText> texts = sessions.stream().map(s -> SessionText.of(s, model)).toList();
        Analyzer plain = Analysis.index(false);
        this.searcher = buildIndex(texts, plain);
        this.vocabulary = new SessionVocabulary(texts, plain, stemmer);
        // One typo scan for the bot: the topic index resolves misspellings through the vocabulary's.
        this.topics = new TopicIndex(model,
                word -> vocabulary.near(word).stream().map(near -> near.posting().word()).toList());
        this.eventWords = eventWords(model);
    }

    /** How central each word is to each session (title, slides, names, first sentence, or only in passing). */
    public TopicIndex topics() {
        return topics;
    }

    /** The dense half of the index: sessions and the post's sentences by meaning. */
    public SemanticIndex semantic() {
        return semantic;
    }

    // ---------------------------------------------------------------- search

    /**
     * Sessions matching the query, best first (strong hits before weak ones, then by BM25 score), at most
     * limit of them. Weak hits are included: check {@link SessionHit#strong()} (or use {@link #best})
     * before presenting one as the answer. Empty when the query has no word that is in the post, even as a
     * typo. Never throws.
     */
    public List<SessionHit> search(String query, int limit) {
        List<QueryWord> words = topicWords(query);
        if (limit <= 0 || words.isEmpty() || sessions.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder lucene = new BooleanQuery.Builder();
        for (QueryWord word : words) {
            lucene.add(wordQuery(word), BooleanClause.Occur.SHOULD);
        }
        try {
            ScoreDoc[] found = searcher.search(lucene.build(), sessions.size()).scoreDocs;
            StoredFields stored = searcher.storedFields();
            SessionVocabulary.Coverage coverage = vocabulary.coverage(words);
            List<SessionHit> hits = new ArrayList<>(found.length);
            for (ScoreDoc doc : found) {
                int index = stored.document(doc.doc).getField(ORDER_FIELD).numericValue().intValue();
                hits.add(new SessionHit(sessions.get(index), doc.score, coverage.of(index)));
            }
            hits.sort(STRONG_FIRST);
            if (hits.isEmpty() || !hits.get(0).strong()) {
                hits = withMeaning(query, hits);
            }
            return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index failed", e); // heap only: cannot happen
        }
    }

    /**
     * When the words found no strong match: the session the query means, if the dense index is confident of one
     * ("paravirtualized scsi" is the virtio-scsi talk), first and strong, then the word matches as they were.
     * A query the words answer confidently is never embedded.
     */
    private List<SessionHit> withMeaning(String query, List<SessionHit> lexical) {
        List<SemanticIndex.Scored<Session>> ranked = semantic.sessions(query);
        Optional<Session> meant = SemanticIndex.confident(ranked);
        if (meant.isEmpty()) {
            ranked = semantic.sessionsByDetail(query);
            meant = SemanticIndex.confident(ranked);
        }
        if (meant.isEmpty()) {
            return lexical;
        }
        List<SessionHit> blended = new ArrayList<>(lexical.size() + 1);
        // Its score is the cosine similarity, on another scale than BM25: it is ordered by strength, not score.
        blended.add(new SessionHit(meant.get(), ranked.get(0).score(), SessionHit.STRONG_CONFIDENCE));
        for (SessionHit hit : lexical) {
            if (!hit.session().equals(meant.get())) {
                blended.add(hit);
            }
        }
        return blended;
    }

    /**
     * The best match when there is one worth presenting: the top hit, if it is {@link SessionHit#strong()}.
     * Empty means "nothing in the post really matches"; the caller should say so instead of guessing. Other
     * strong hits may exist (two migration talks): use {@link #search} to show them too.
     */
    public Optional<SessionHit> best(String query) {
        return search(query, 1).stream().filter(SessionHit::strong).findFirst();
    }

    /**
     * One query word, looked for in every field at once; the best field counts (disjunction max), so a word
     * in both title and summary does not outscore two different words. Titles and names are boosted over
     * the summary. Only a word the post does not contain is tried as a typo, on the unstemmed words, since a
     * misspelt word has no sensible stem.
     */
    private Query wordQuery(QueryWord word) {
        List<Query> fields = new ArrayList<>(6);
        for (SessionText.Field field : SessionText.Field.values()) {
            // Names are indexed unstemmed ("Hans" is not "han"), topic fields by stem.
            String term = field == SessionText.Field.NAMES ? word.word() : word.stem();
            fields.add(new BoostQuery(new TermQuery(new Term(field.luceneName, term)), field.weight));
        }
        if (word.mayBeTypo()) {
            Query typo = typoQuery(word.word());
            if (typo != null) {
                fields.add(new BoostQuery(typo, TYPO_BOOST));
            }
        }
        return new DisjunctionMaxQuery(fields, TIE_BREAKER);
    }

    /**
     * The post's words within a typo or two of {@code word}, as one query in which a closer word weighs more
     * and only the best one counts. Lucene's FuzzyQuery would build a Levenshtein automaton for every query
     * word, milliseconds each; the vocabulary's own bounded scan, remembered per word, costs microseconds.
     * Null when no word is close enough.
     */
    private Query typoQuery(String word) {
        List<SessionVocabulary.Near> near = vocabulary.near(word);
        if (near.isEmpty()) {
            return null;
        }
        List<Query> terms = new ArrayList<>(Math.min(FUZZY_EXPANSIONS, near.size()));
        for (SessionVocabulary.Near candidate : near.subList(0, Math.min(FUZZY_EXPANSIONS, near.size()))) {
            String term = candidate.posting().word();
            // As Lucene's fuzzy scoring: 1 - edits / length, so one typo in a long word costs little.
            float similarity = 1f - (float) candidate.distance() / Math.min(word.length(), term.length());
            terms.add(new BoostQuery(new TermQuery(new Term(TYPO_FIELD, term)), Math.max(similarity, 0.1f)));
        }
        return new DisjunctionMaxQuery(terms, 0f);
    }

    /**
     * The query's words, normalised, stop words and duplicates out, at most {@link #MAX_QUERY_WORDS}. Every
     * symbol splits words ("title:vfio" is title, vfio), since the index holds the parts of compound tokens
     * too. Words that only frame the question ("who", "talk", "slides"), the event's own name and year
     * and single characters are dropped as well, unless nothing else is left: then they are the
     * topic ("keynote talk", "kvm").
     */
    private List<QueryWord> topicWords(String query) {
        Map<String, QueryWord> all = new LinkedHashMap<>();
        for (String word : TextNormalizer.words(TextNormalizer.normalize(query))) {
            if (all.size() == MAX_QUERY_WORDS) {
                break;
            }
            if (!Analysis.STOP_WORDS.contains(word)) {
                all.computeIfAbsent(word, w -> new QueryWord(w, Analysis.stem(stemmer, w), false));
            }
        }
        List<QueryWord> topic = all.values().stream().filter(this::isTopicWord).toList();
        return allowTypos(topic.isEmpty() ? List.copyOf(all.values()) : topic);
    }

    /** Marks the first {@link SessionVocabulary#MAX_TYPO_WORDS} words that may be typos as such. */
    private List<QueryWord> allowTypos(List<QueryWord> words) {
        List<QueryWord> marked = new ArrayList<>(words.size());
        int left = SessionVocabulary.MAX_TYPO_WORDS;
        for (QueryWord word : words) {
            boolean typo = left > 0 && vocabulary.typoCandidate(word.word(), word.stem());
            left -= typo ? 1 : 0;
            marked.add(new QueryWord(word.word(), word.stem(), typo));
        }
        return List.copyOf(marked);
    }

    private boolean isTopicWord(QueryWord word) {
        String text = word.word();
        return text.length() > 1 && !WordLists.QUESTION_WORDS.contains(text) && !eventWords.contains(text);
    }

    // ---------------------------------------------------------------- autocomplete

    /**
     * Suggestions while a session is being typed, at most min(limit, {@value #MAX_AUTOCOMPLETE}): sessions
     * matching most of the typed words first (title words, speakers' names, the post's words; the last word
     * as a prefix while it is still being typed; typos tolerated), then by how well, then in program order.
     * Blank input lists the sessions in program order. Answers from a cache for input seen before.
     */
    public List<Session> autocomplete(String typed, int limit) {
        int wanted = Math.min(limit, MAX_AUTOCOMPLETE);
        if (wanted <= 0) {
            return List.of();
        }
        String cleaned = TextNormalizer.normalize(typed);
        if (cleaned.length() > MAX_AUTOCOMPLETE_CHARS) {
            cleaned = cleaned.substring(0, MAX_AUTOCOMPLETE_CHARS);
        }
        boolean lastIsPartial = endsInWord(typed);
        // Whether the last word is finished decides prefix matching, so it is part of the key.
        String key = wanted + (lastIsPartial ? "|" : " |") + cleaned;
        String input = cleaned;
        return autocompleteCache.get(key, k -> suggest(input, lastIsPartial, wanted));
    }

    private List<Session> suggest(String cleaned, boolean lastIsPartial, int limit) {
        List<String> words = TextNormalizer.words(cleaned);
        List<QueryWord> typed = new ArrayList<>();
        boolean typedEndsPartial = false;
        for (int i = 0; i < words.size() && typed.size() < MAX_QUERY_WORDS; i++) {
            String word = words.get(i);
            boolean beingTyped = lastIsPartial && i == words.size() - 1;
            // A stop word is skipped once finished; while being typed, "a" may be the start of "ahci".
            if (beingTyped || !Analysis.STOP_WORDS.contains(word)) {
                typed.add(new QueryWord(word, Analysis.stem(stemmer, word), false));
                typedEndsPartial = beingTyped;
            }
        }
        if (typed.isEmpty()) {
            return sessions.subList(0, Math.min(limit, sessions.size()));
        }
        List<Session> suggestions = new ArrayList<>(limit);
        for (int index : vocabulary.rank(typed, typedEndsPartial)) {
            if (suggestions.size() == limit) {
                break;
            }
            suggestions.add(sessions.get(index));
        }
        return List.copyOf(suggestions);
    }

    // ---------------------------------------------------------------- building

    private IndexSearcher buildIndex(List<SessionText> texts, Analyzer plain) {
        Map<String, Analyzer> unstemmed = Map.of(
                SessionText.Field.NAMES.luceneName, plain,
                TYPO_FIELD, plain);
        Analyzer analyzer = new PerFieldAnalyzerWrapper(Analysis.index(true), unstemmed);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int index = 0; index < texts.size(); index++) {
                writer.addDocument(document(index, texts.get(index)));
            }
            writer.commit();
            IndexSearcher built = new IndexSearcher(DirectoryReader.open(directory));
            built.setSimilarity(new BM25Similarity());
            built.setQueryCache(null); // the whole index is smaller than a cache entry would be
            return built;
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory index failed", e);
        }
    }

    private static Document document(int index, SessionText text) {
        Document doc = new Document();
        doc.add(new StoredField(ORDER_FIELD, index));
        StringBuilder allWords = new StringBuilder();
        for (SessionText.Field field : SessionText.Field.values()) {
            doc.add(new TextField(field.luceneName, text.text(field), Field.Store.NO));
            if (field != SessionText.Field.WHEN && field != SessionText.Field.KIND) {
                allWords.append(text.text(field)).append(" ; ");
            }
        }
        doc.add(new TextField(TYPO_FIELD, allWords.toString(), Field.Store.NO));
        return doc;
    }

    /** The words of the events' names and years: every session belongs to its event, whose name says nothing of which one is meant. */
    private static Set<String> eventWords(ContentModel model) {
        Set<String> words = new HashSet<>();
        for (Event event : model.events()) {
            words.addAll(TextNormalizer.words(TextNormalizer.normalize(event.name())));
            words.add(Integer.toString(event.year()));
        }
        return Set.copyOf(words);
    }

    /**
     * Whether the input ends inside a word ("vf" rather than "vf "): only then is its last word still being
     * typed. Trailing control and format characters are not looked at.
     */
    private static boolean endsInWord(String typed) {
        if (typed == null) {
            return false;
        }
        for (int i = typed.length(); i > 0; ) {
            int cp = typed.codePointBefore(i);
            i -= Character.charCount(cp);
            int type = Character.getType(cp);
            if (type != Character.CONTROL && type != Character.FORMAT || Character.isWhitespace(cp)) {
                return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK;
            }
        }
        return false;
    }
}
