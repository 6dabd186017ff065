package org.kvmforum.bot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleAnalyzerWrapper;
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

/**
 * The sessions closest in topic to each session, within its own event, computed once when the content is
 * loaded (a few dozen sessions: a few milliseconds) and then only looked up.
 *
 * <p>Each session's own title and post words, and their two-word phrases, are the query, BM25 over the same
 * title and summary text the search indexes ({@link SessionText}, same analysis), against the other sessions of
 * its event; another session must match two of them at least. A score is divided by the session's score
 * against itself, so "related" means the same share of a session's topic whatever the length of its
 * paragraph, and the two ways are averaged (see {@link #closeness}); below {@link #MIN_SHARE} it is noise, and
 * a session with nothing above it has no related sessions at all. Names, the day and the kind are left out:
 * the same speaker or the same afternoon is not the same topic.
 *
 * <p>Built by {@code Library} beside {@link SessionSearch}, from the same text but not its index, so either
 * can change without the other; an embedding similarity can be blended into {@link #closeness} later.
 */
public final class RelatedSessions {
    /** The least {@link #closeness} of a related session; tuned on the real post. */
    static final float MIN_SHARE = 0.05f;

    /**
     * A word in more than this share of an event's sessions ("guest", "new", "kvm") says what the forum is
     * about, not what a session is about: BM25 weighs it little, but a long paragraph adds many such littles.
     */
    private static final float COMMON_SHARE = 0.35f;
    /** ...and a tiny event (a test's) still keeps a word two sessions share. */
    private static final int MIN_COMMON = 2;

    /** Query terms per session: a paragraph has fewer distinct words; this only bounds pasted walls. */
    private static final int MAX_TERMS = 400;

    private static final String ORDER_FIELD = "order";
    private static final String TITLE = SessionText.Field.TITLE.luceneName;
    private static final String SUMMARY = SessionText.Field.SUMMARY.luceneName;
    /** Two words in a row, title and post words together: a shared phrase is a shared topic. */
    private static final String PAIRS = "pairs";
    /**
     * A shared phrase ("device assignment", "post copy") says more than its two words apart, which other
     * talks use in other senses ("new device", "zero copy").
     */
    private static final float PAIR_BOOST = 3f;

    private final Map<String, List<Session>> related;

    public RelatedSessions(ContentModel model) {
        Map<String, List<Session>> all = new HashMap<>();
        for (Event event : model.events()) {
            all.putAll(within(event.sessions(), model));
        }
        this.related = Map.copyOf(all);
    }

    /**
     * Up to {@code limit} other sessions of the same event closest in topic, closest first; empty when none
     * shares enough of its topic, or when the session is not from this content.
     */
    public List<Session> of(Session session, int limit) {
        List<Session> found = related.getOrDefault(session.id(), List.of());
        return found.subList(0, Math.max(0, Math.min(limit, found.size())));
    }

    private static Map<String, List<Session>> within(List<Session> sessions, ContentModel model) {
        List<SessionText> texts = sessions.stream().map(s -> SessionText.of(s, model)).toList();
        Analyzer analyzer = Analysis.index(true);
        Analyzer pairs = new ShingleAnalyzerWrapper(analyzer, 2, 2, " ", false, false, "");
        int n = texts.size();
        float[][] share = new float[n][n];
        try (DirectoryReader reader = DirectoryReader.open(index(texts, analyzer, pairs))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            StoredFields stored = searcher.storedFields();
            for (int index = 0; index < n; index++) {
                ScoreDoc[] found = searcher.search(query(texts.get(index), analyzer, pairs, reader), n).scoreDocs;
                float self = 0;
                for (ScoreDoc doc : found) {
                    int order = stored.document(doc.doc).getField(ORDER_FIELD).numericValue().intValue();
                    share[index][order] = doc.score;
                    self = order == index ? doc.score : self;
                }
                for (int other = 0; other < n; other++) {
                    share[index][other] = self > 0 ? share[index][other] / self : 0;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the in-memory related-sessions index failed", e); // heap only
        }
        Map<String, List<Session>> related = new HashMap<>();
        for (int index = 0; index < n; index++) {
            int from = index;
            List<Integer> closest = new ArrayList<>();
            for (int other = 0; other < n; other++) {
                if (other != index && closeness(share, index, other) >= MIN_SHARE) {
                    closest.add(other);
                }
            }
            closest.sort(Comparator.comparingDouble((Integer other) -> -closeness(share, from, other)));
            related.put(sessions.get(index).id(), closest.stream().map(sessions::get).toList());
        }
        return related;
    }

    /**
     * How close two sessions are, the same both ways: the mean of each one's share of the other. One way
     * alone favours short paragraphs, whose few words make any shared word a large share of them.
     */
    private static float closeness(float[][] share, int a, int b) {
        return (share[a][b] + share[b][a]) / 2;
    }

    private static ByteBuffersDirectory index(List<SessionText> texts, Analyzer analyzer, Analyzer pairs)
            throws IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(new PerFieldAnalyzerWrapper(analyzer, Map.of(PAIRS, pairs))).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int index = 0; index < texts.size(); index++) {
                Document doc = new Document();
                doc.add(new StoredField(ORDER_FIELD, index));
                doc.add(new TextField(TITLE, texts.get(index).title(), Field.Store.NO));
                doc.add(new TextField(SUMMARY, texts.get(index).summary(), Field.Store.NO));
                doc.add(new TextField(PAIRS, topic(texts.get(index)), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        return directory;
    }

    /**
     * Whether a pair is two topic words: where a stop word was taken out, the pair has an empty half ("how ",
     * " work"), which is one word, not a phrase.
     */
    private static boolean topicPair(String pair, Set<String> framing) {
        String[] words = pair.split(" ", -1);
        return words.length == 2 && !words[0].isEmpty() && !words[1].isEmpty()
                && !framing.contains(words[0]) && !framing.contains(words[1]);
    }

    /** Title and post words as one text; a sentence's end between them is as good a break as any. */
    private static String topic(SessionText text) {
        return text.title() + " ; " + text.summary();
    }

    /**
     * The session's own topic words, each looked for in the others' titles (weighted as search weighs them)
     * and post words, the better field counting. Question-framing words ("talked", "presented") are not topic.
     */
    private static Query query(SessionText text, Analyzer analyzer, Analyzer pairs, DirectoryReader reader)
            throws IOException {
        int common = Math.max(MIN_COMMON, Math.round(COMMON_SHARE * reader.numDocs()));
        Set<String> terms = new LinkedHashSet<>();
        terms.addAll(Analysis.terms(analyzer, text.title(), MAX_TERMS));
        terms.addAll(Analysis.terms(analyzer, text.summary(), MAX_TERMS));
        Set<String> framing = new LinkedHashSet<>();
        for (String word : WordLists.QUESTION_WORDS) {
            framing.addAll(Analysis.terms(analyzer, word, 1));
        }
        // One word in common is a coincidence ("work"); a topic takes two, or a phrase and its words.
        BooleanQuery.Builder query = new BooleanQuery.Builder().setMinimumNumberShouldMatch(2);
        int clauses = 0;
        for (String term : terms) {
            if (framing.contains(term) || clauses == IndexSearcher.getMaxClauseCount()
                    || reader.docFreq(new Term(TITLE, term)) + reader.docFreq(new Term(SUMMARY, term)) > common) {
                continue;
            }
            query.add(new DisjunctionMaxQuery(List.of(
                    new BoostQuery(new TermQuery(new Term(TITLE, term)), SessionText.Field.TITLE.weight),
                    new TermQuery(new Term(SUMMARY, term))), 0.1f), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        for (String pair : new LinkedHashSet<>(Analysis.terms(pairs, topic(text), MAX_TERMS))) {
            if (clauses == IndexSearcher.getMaxClauseCount() || !topicPair(pair, framing)
                    || reader.docFreq(new Term(PAIRS, pair)) > common) {
                continue;
            }
            query.add(new BoostQuery(new TermQuery(new Term(PAIRS, pair)), PAIR_BOOST), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        return query.build();
    }
}
