package org.kvmforum.bot.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.Session;

/**
 * Dense retrieval: the sessions and the post's sentences ranked by the cosine similarity of their
 * {@link SentenceModel} vectors to a question's. It finds what the question says in other words than the post
 * ("handing a real GPU to a VM" for device assignment), which words alone cannot.
 *
 * <p>Nothing is embedded until a question needs it: the post's vectors on first use (once per process for the
 * same text, see {@link SentenceModel#embed}), each question once per content generation (cached here). Safe to
 * share between threads.
 */
public final class SemanticIndex {
    /** A session or sentence and its cosine similarity to the question, -1 to 1. */
    public record Scored<T>(T item, float score) {}

    /** One sentence of a post, with the event it is from. */
    public record PostSentence(Event event, int index, String text) {}

    /**
     * A session is what a question means when the question's vector is at least this close to it. Measured on
     * the independent dev set with all-MiniLM-L6-v2: questions about a session in other words than the post's
     * score 0.45 to 0.88 on it; questions about things the post does not hold 0.11 to 0.42 on their best session,
     * once the event's own name, which every session shares, is left out of the question.
     */
    public static final float SESSION_MATCH = 0.45f;

    /**
     * From this similarity a session is what the question means even when the question's words, most of them the
     * post's, are mostly missing from it: questions about a session in other words score up to 0.88 on it, while
     * questions about a subject the post lacks, put in the post's words ("nested virtualization"), score under 0.5.
     */
    public static final float SESSION_SURE = 0.55f;

    /** ...and that much ahead of the next session, or the question is too vague to name one. */
    public static final float SESSION_MARGIN = 0.04f;

    /**
     * Below {@link #SESSION_MATCH}, a session is meant from this score when {@link #FAR_AHEAD} of the next: "the talk
     * on limiting disk usage" scores 0.42 on IO throttling and 0.28 on the next; a question whose words fit two
     * sessions ("giving VMs real hardware devices": 0.53 and 0.50) never leads by that much.
     */
    public static final float LEAD_FLOOR = 0.35f;

    /** How far ahead of the next session the best must be to be meant from {@link #LEAD_FLOOR}. */
    public static final float FAR_AHEAD = 0.12f;

    /**
     * A sentence of the post answers a question about the event when this close to it. On the dev set the
     * sentence that answers a why or what-else question scores 0.55 to 0.80; the best sentence for a question
     * about something the post never says is mostly under 0.55, and such questions are caught earlier by the
     * kinds of question a post cannot answer.
     */
    public static final float SENTENCE_MATCH = 0.6f;

    /**
     * A sentence that gives a reason (a causal word) answers a why-question from this score, among the closest few:
     * a reason is worded unlike its question, so it scores lower than a sentence that restates it.
     */
    public static final float REASON_MATCH = 0.35f;

    /**
     * Within the paragraph of the session a why-question names, its closest sentence is the answer from this
     * score: the words already chose the paragraph, so the sentence needs only to be about the question at all
     * (the reason a BOF fizzled out, "partly due to my jet lag", scores 0.5 against its question).
     */
    public static final float SENTENCE_IN_PARAGRAPH = 0.4f;

    private static final int QUESTIONS_REMEMBERED = 4_096;

    /**
     * The model reads English: text that is not mostly Latin letters has nothing to match in a post, and would
     * cost many times a question's work (random Unicode splits into hundreds of word pieces).
     */
    private static final double MIN_LATIN_SHARE = 0.5;

    /** Words embedded of a question at most: a pasted wall of text is not a question, and costs grow with length. */
    private static final int MAX_QUESTION_CHARS = 300;

    private final ContentModel model;
    /** Asked for only when a question needs the model, so that a process that never needs it never loads it. */
    private final Supplier<SentenceModel> sentenceModel;
    private final Cache<String, float[]> questions = Caffeine.newBuilder().maximumSize(QUESTIONS_REMEMBERED).build();
    /** Example questions of declared labels: a fixed, small set, embedded on first use. */
    private final Cache<String, float[]> labels = Caffeine.newBuilder().maximumSize(QUESTIONS_REMEMBERED).build();
    private volatile Vectors vectors;

    public SemanticIndex(ContentModel model, Supplier<SentenceModel> sentenceModel) {
        this.model = model;
        this.sentenceModel = sentenceModel;
    }

    /** Whether the model is there; when not, every ranking is empty. */
    public boolean available() {
        return sentenceModel.get().available();
    }

    /** Every session, most similar to the question first; empty without the model or for a blank question. */
    public List<Scored<Session>> sessions(String question) {
        return sessions(question, false);
    }

    /**
     * As {@link #sessions(String)}, but a session also scores as its paragraph's closest sentence: a question about
     * one detail ("limiting how much disk I/O a VM can do") is nearer that detail's sentence than the whole
     * paragraph. A second chance, after {@link #sessions(String)} found no session confidently: a sentence alone
     * can also sit close to a question about another session's subject, which the whole paragraph would not.
     */
    public List<Scored<Session>> sessionsByDetail(String question) {
        return sessions(question, true);
    }

    private List<Scored<Session>> sessions(String question, boolean bySentence) {
        Optional<float[]> q = vector(question);
        if (q.isEmpty()) {
            return List.of();
        }
        Vectors v = vectors();
        List<Scored<Session>> ranked = new ArrayList<>(v.sessions.size());
        for (int i = 0; i < v.sessions.size(); i++) {
            // The title says what the session is about; the paragraph says it in more words. Either may match.
            float score = Math.max(SentenceModel.cosine(q.get(), v.titles.get(i)),
                    SentenceModel.cosine(q.get(), v.paragraphs.get(i)));
            for (int sentence : bySentence ? v.sentencesOf.get(i) : List.<Integer>of()) {
                score = Math.max(score, SentenceModel.cosine(q.get(), v.sentenceVectors.get(sentence)));
            }
            ranked.add(new Scored<>(v.sessions.get(i), score));
        }
        ranked.sort(Comparator.comparing((Scored<Session> s) -> -s.score()));
        return ranked;
    }

    /**
     * The session the text means, when the best one clears {@link #SESSION_MATCH} and leads the next of the
     * ranking by {@link #SESSION_MARGIN}; empty otherwise.
     */
    public static Optional<Session> confident(List<Scored<Session>> ranked) {
        return confident(ranked, null);
    }

    /**
     * As {@link #confident(List)}, but the lead over the next session is not needed when the words' best match,
     * weak as it was, is the same session: two retrievers that work differently agreeing is evidence enough
     * ("giving guests back unused memory": free page hinting, 0.475 against 0.451 for the next).
     *
     * @param bestByWords the lexical half's best (weak) match, or null
     */
    public static Optional<Session> confident(List<Scored<Session>> ranked, Session bestByWords) {
        if (ranked.isEmpty() || ranked.get(0).score() < SESSION_MATCH) {
            return Optional.empty();
        }
        Session best = ranked.get(0).item();
        boolean clear = ranked.size() == 1 || ranked.get(0).score() - ranked.get(1).score() >= SESSION_MARGIN
                || best.equals(bestByWords);
        return clear ? Optional.of(best) : Optional.empty();
    }

    /**
     * As {@link #confident(List)}, or, below {@link #SESSION_MATCH}, a session {@link #FAR_AHEAD} of every
     * other: a question in everyday words ("the talk on limiting disk usage") scores low on every session, yet on
     * the one it means far above the rest.
     */
    public static Optional<Session> confidentOrFarAhead(List<Scored<Session>> ranked) {
        Optional<Session> confident = confident(ranked);
        if (confident.isPresent() || ranked.size() < 2) {
            return confident;
        }
        boolean farAhead = ranked.get(0).score() >= LEAD_FLOOR
                && ranked.get(0).score() - ranked.get(1).score() >= FAR_AHEAD;
        return farAhead ? Optional.of(ranked.get(0).item()) : Optional.empty();
    }

    /**
     * Labels ranked by how close the question is to the example questions each one declares (its best example
     * counts), most similar first; empty without the model. The examples are embedded once and remembered.
     */
    public <K> List<Scored<K>> closestLabels(String question, java.util.Map<K, List<String>> examples) {
        Optional<float[]> q = vector(question);
        if (q.isEmpty()) {
            return List.of();
        }
        List<Scored<K>> ranked = new ArrayList<>();
        for (java.util.Map.Entry<K, List<String>> label : examples.entrySet()) {
            float best = -1f;
            for (String example : label.getValue()) {
                float[] vector = labels.get(example, sentenceModel.get()::embedOnce);
                best = Math.max(best, SentenceModel.cosine(q.get(), vector));
            }
            ranked.add(new Scored<>(label.getKey(), best));
        }
        ranked.sort(Comparator.comparing((Scored<K> s) -> -s.score()));
        return ranked;
    }

    /** The event's sentences, most similar to the question first; empty without the model. */
    public List<Scored<PostSentence>> sentences(String question, Event event) {
        Optional<float[]> q = vector(question);
        if (q.isEmpty()) {
            return List.of();
        }
        Vectors v = vectors();
        List<Scored<PostSentence>> ranked = new ArrayList<>();
        for (int i = 0; i < v.sentences.size(); i++) {
            PostSentence sentence = v.sentences.get(i);
            if (sentence.event().id().equals(event.id())) {
                ranked.add(new Scored<>(sentence, SentenceModel.cosine(q.get(), v.sentenceVectors.get(i))));
            }
        }
        ranked.sort(Comparator.comparing((Scored<PostSentence> s) -> -s.score()));
        return ranked;
    }

    /**
     * Loads the model and embeds the post now rather than on the first question that needs them (about two
     * seconds on 2 cores): a bot that must answer within Discord's three seconds calls this at start.
     */
    public void warmUp() {
        if (available()) {
            vectors();
        }
    }

    private Optional<float[]> vector(String question) {
        String text = TextNormalizer.clean(question == null ? "" : question);
        if (!mostlyLatin(text) || !available()) {
            return Optional.empty();
        }
        String clipped = text.length() > MAX_QUESTION_CHARS ? text.substring(0, MAX_QUESTION_CHARS) : text;
        return Optional.of(questions.get(clipped, sentenceModel.get()::embedOnce));
    }

    /** At least two letters, and at least {@link #MIN_LATIN_SHARE} of the letters in A to Z. */
    private static boolean mostlyLatin(String text) {
        int letters = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                latin += c < 128 ? 1 : 0;
            }
        }
        return latin >= 2 && latin >= MIN_LATIN_SHARE * letters;
    }

    private Vectors vectors() {
        Vectors v = vectors;
        if (v == null) {
            synchronized (this) {
                if (vectors == null) {
                    vectors = new Vectors(model, sentenceModel.get());
                }
                v = vectors;
            }
        }
        return v;
    }

    /** The post's vectors, computed together the first time a question needs them. */
    private static final class Vectors {
        final List<Session> sessions;
        final List<float[]> titles = new ArrayList<>();
        final List<float[]> paragraphs = new ArrayList<>();
        final List<PostSentence> sentences = new ArrayList<>();
        final List<float[]> sentenceVectors = new ArrayList<>();
        /** Per session: the indexes of the post's sentences in its paragraph. */
        final List<List<Integer>> sentencesOf = new ArrayList<>();

        Vectors(ContentModel model, SentenceModel sentenceModel) {
            this.sessions = model.sessions();
            for (Session session : sessions) {
                List<String> names = model.speakersOf(session).stream().map(Person::name).toList();
                String title = session.title() + (names.isEmpty() ? "" : ", by " + String.join(" and ", names));
                titles.add(sentenceModel.embed(title));
                paragraphs.add(sentenceModel.embed(title + ". " + TextNormalizer.clean(session.summary())));
            }
            for (Event event : model.events()) {
                for (int i = 0; i < event.sentences().size(); i++) {
                    String text = event.sentences().get(i);
                    sentences.add(new PostSentence(event, i, text));
                    sentenceVectors.add(sentenceModel.embed(text));
                }
            }
            for (Session session : sessions) {
                List<Integer> own = new ArrayList<>();
                for (int i = 0; i < sentences.size(); i++) {
                    PostSentence sentence = sentences.get(i);
                    if (sentence.event().id().equals(session.eventId()) && sentence.text().length() > 1
                            && session.summary().contains(sentence.text())) {
                        own.add(i);
                    }
                }
                sentencesOf.add(List.copyOf(own));
            }
        }
    }
}
