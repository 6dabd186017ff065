package org.kvmforum.bot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.search.SemanticIndex;
import org.kvmforum.bot.search.Stems;
import org.kvmforum.bot.search.TextNormalizer;
import org.kvmforum.bot.search.Token;
import org.kvmforum.bot.search.TopicIndex;

/**
 * The post's sentence or fact that answers a question by meaning rather than by its words: the event fact whose
 * declared questions are closest, the sentence closest to the question (with the one going on from it), the
 * sentence that gives a reason to a why-question, and the closest sentence of one session's paragraph. Each
 * reading clears a measured bar of the sentence model ({@link SemanticIndex}) or answers nothing (null), and
 * without the model they all answer nothing.
 */
final class MeaningReadings {
    /** Sentences closest to a why-question looked at for one that gives a reason. */
    private static final int REASON_CANDIDATES = 3;

    /** Each event fact's declared questions, in the enum's order. */
    private static final Map<EventFact, List<String>> FACT_QUESTIONS = factQuestions();

    /**
     * A question with no session in it asks for an event fact from this similarity to the fact's declared
     * questions. Measured on the question sets: event facts put in other words ("what bigger conference was it
     * attached to") score 0.6 and more on theirs, well ahead of the next fact; questions the post cannot answer
     * that reach this far mostly score lower or sit between two facts.
     */
    static final float FACT_MATCH = 0.6f;

    /** ...and this far ahead of the next fact, or the question is between two facts and names neither. */
    static final float FACT_MARGIN = 0.1f;

    private final ContentModel model;
    private final SemanticIndex semantic;
    private final QuestionReader reader;
    private final PostLookup lookup;
    private final DetailReadings details;

    MeaningReadings(ContentModel model, SemanticIndex semantic, QuestionReader reader, PostLookup lookup,
            DetailReadings details) {
        this.model = model;
        this.semantic = semantic;
        this.reader = reader;
        this.lookup = lookup;
        this.details = details;
    }

    /**
     * "which talk did amit say had quite a lot of TODO items?", "the postcopy speaker that Anthony asked for
     * benchmarks, who was that?": a question for a session, or its speaker, that describes it by what the
     * post says of it, through someone who is not its speaker (the author, who narrates every paragraph, or someone
     * the paragraph names). The sentence closest in meaning, or with most of the question's specific words, picks the
     * session whose paragraph holds it; null when there is no such sentence, it is in no one session's paragraph,
     * someone the question names is not in that paragraph, or the question is not for a session.
     */
    Session sessionDescribed(Question q) {
        boolean forASession = QuestionShape.asksWhichSession(q) || q.target() == Target.SPEAKER && !q.people().isEmpty();
        if (!forASession || q.relative() != Question.Relative.NONE || q.opensYesOrNo()) {
            return null;
        }
        List<TopicIndex.Resolved> words = lookup.resolve(q.topic());
        SemanticIndex.PostSentence best = closestSentence(q);
        List<TopicIndex.Resolved> specific = words.stream().filter(lookup::isSpecific).distinct().toList();
        int at = best != null ? best.index() : specific.size() < 2 ? -1 : PostLookup.sentenceWithMost(q.event(), specific);
        if (at < 0) {
            return null;
        }
        String sentence = q.event().sentences().get(at);
        List<Session> holding = PostLookup.sessionsQuoting(q.event(), sentence);
        if (holding.size() != 1 || !PostLookup.passesFilters(q, holding.get(0))) {
            return null;
        }
        Session session = holding.get(0);
        String author = q.event().report().author();
        for (Person person : q.people()) {
            // The people named describe the session from outside: "who is doing the ARM port Avi mentioned" is not
            // Avi's keynote asked for.
            boolean outside = person.name().equals(author) || !session.speakers().contains(person.id())
                    && PostLookup.sentenceNames(session.summary(), person);
            if (!outside) {
                return null;
            }
        }
        return session;
    }

    /**
     * For a "how many" question answered by a quoted sentence: whether the sentence has a number just before one of
     * the words the question counts ("how many talk submissions": a number before "talk" or "submissions").
     */
    static boolean givesTheCount(Question q, String sentence) {
        Set<String> counted = new HashSet<>();
        List<Token> words = q.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).text().equals("how") && words.get(i + 1).text().equals("many")) {
                for (int k = i + 2; k < Math.min(words.size(), i + 5); k++) {
                    counted.add(Stems.of(words.get(k).text()));
                }
            }
        }
        List<Token> tokens = Token.of(TextNormalizer.clean(sentence));
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).text();
            if (Character.isDigit(word.charAt(0)) || Cues.NUMBERS.containsKey(word)) {
                for (int k = i + 1; k <= i + 2 && k < tokens.size(); k++) {
                    if (counted.contains(Stems.of(tokens.get(k).text()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The event fact whose declared questions ({@link EventFact#askedAs}) the question is closest to in meaning,
     * when it clears {@link #FACT_MATCH} and leads the next fact by {@link #FACT_MARGIN}; else null, or without the
     * model.
     */
    EventFact factByMeaning(Question q) {
        // The whole question: its words for the event ("conference", "forum") are what make it a question about it.
        String text = String.join(" ", q.words().stream().map(Token::surface).toList());
        List<SemanticIndex.Scored<EventFact>> ranked = semantic.closestLabels(text, FACT_QUESTIONS);
        if (ranked.size() < 2 || ranked.get(0).score() < FACT_MATCH
                || ranked.get(0).score() - ranked.get(1).score() < FACT_MARGIN) {
            return null;
        }
        return ranked.get(0).item();
    }

    static Map<EventFact, List<String>> factQuestions() {
        Map<EventFact, List<String>> table = new java.util.EnumMap<>(EventFact.class);
        for (EventFact fact : EventFact.values()) {
            table.put(fact, fact.askedAs());
        }
        return java.util.Collections.unmodifiableMap(table);
    }

    /** The sentence of the question's event closest to it, when it clears {@link SemanticIndex#SENTENCE_MATCH}; else null. */
    SemanticIndex.PostSentence closestSentence(Question q) {
        List<SemanticIndex.Scored<SemanticIndex.PostSentence>> ranked =
                semantic.sentences(reader.withoutEventName(q), q.event());
        return ranked.isEmpty() || ranked.get(0).score() < SemanticIndex.SENTENCE_MATCH ? null : ranked.get(0).item();
    }

    /**
     * "allen kay's experience with gpu passthrough was from vmware, right?", "anthony wanted post-copy merged right
     * away, correct?": a belief the readings found nothing for, whose closest sentence by meaning clears
     * {@link #BELIEF_MATCH} and has a specific word of the question (few sessions use it). The sentence speaks to
     * the belief, borne out or not, and the asker reads it. Null otherwise, or without the model.
     */
    Answer sentenceForABelief(Question q, List<TopicIndex.Resolved> words) {
        List<SemanticIndex.Scored<SemanticIndex.PostSentence>> ranked =
                semantic.sentences(reader.withoutEventName(q), q.event());
        if (ranked.isEmpty() || ranked.get(0).score() < BELIEF_MATCH) {
            return null;
        }
        String sentence = ranked.get(0).item().text();
        Set<String> stems = PostLookup.stemsOf(sentence);
        boolean shares = words.stream().anyMatch(word -> lookup.isSpecific(word)
                && word.stems().stream().allMatch(stems::contains));
        // "Avi predicted the ARM port would land in kernel 2.6.40, right?": a figure the sentence lacks is the claim.
        if (!shares || BeliefReadings.figureMissing(q, sentence)) {
            return null;
        }
        List<Session> in = PostLookup.sessionsQuoting(q.event(), sentence);
        return Answer.of("The post says" + (in.isEmpty() ? "" : " of " + Phrases.described(model, in.get(0))) + ": “"
                + sentence + "”", in);
    }

    /** A yes-or-no is spoken to by a sentence this close in meaning (with a word of its subject). */
    static final float BELIEF_MATCH = 0.5f;

    /**
     * For a question about the event whose answer is a sentence of the post (why the slots were short, what the
     * downside was): that sentence, quoted, when it clears {@link SemanticIndex#SENTENCE_MATCH}. A next sentence that goes
     * on from it ("This allowed for more talks, but…") is quoted with it. Null otherwise, or without the model.
     */
    Answer quoteByMeaning(Question q) {
        SemanticIndex.PostSentence best = closestSentence(q);
        if (best == null) {
            return null;
        }
        List<String> sentences = q.event().sentences();
        String text = best.text();
        if (best.index() + 1 < sentences.size() && Phrases.continuesPrevious(sentences.get(best.index() + 1))) {
            text += " " + sentences.get(best.index() + 1);
        }
        if (QuestionShape.asksHowMany(q) && !givesTheCount(q, text)) {
            return Answer.notInPost("The post gives no number for that. It says: “" + text + "”", List.of());
        }
        return Answer.of("The post says: “" + text + "”");
    }

    /**
     * For a why-question: of the few sentences closest to it by meaning, the first that gives a reason (a causal
     * word: "due to", "because", "this allowed…", or the sentence after it going on with one), quoted with its
     * continuation. A reason is rarely worded like its question ("why were the slots short" against "due to lots
     * of submissions, the slots were reduced"), so the bar is lower than for any sentence, and the causal word
     * stands in for the rest of the evidence. Falls back to {@link #quoteByMeaning}.
     */
    Answer quoteReason(Question q) {
        List<SemanticIndex.Scored<SemanticIndex.PostSentence>> ranked =
                semantic.sentences(reader.withoutEventName(q), q.event());
        List<String> sentences = q.event().sentences();
        for (int i = 0; i < Math.min(REASON_CANDIDATES, ranked.size()); i++) {
            if (ranked.get(i).score() < SemanticIndex.REASON_MATCH) {
                break;
            }
            SemanticIndex.PostSentence candidate = ranked.get(i).item();
            String next = candidate.index() + 1 < sentences.size() ? sentences.get(candidate.index() + 1) : null;
            boolean continues = next != null && Phrases.continuesPrevious(next);
            // "This allowed more talks" is what followed from the sentence before it: to a why-question (not one
            // asking for a downside), the reason is that sentence's when it gives one.
            String previous = candidate.index() > 0 ? sentences.get(candidate.index() - 1) : null;
            if (previous != null && !QuestionShape.asksForAConsequence(q) && Phrases.continuesPrevious(candidate.text())
                    && givesAReason(previous)) {
                return Answer.of("The post says: “" + previous + "”");
            }
            if (givesAReason(candidate.text()) || continues && givesAReason(next)) {
                return Answer.of("The post says: “" + candidate.text() + (continues ? " " + next : "") + "”");
            }
        }
        return quoteByMeaning(q);
    }

    /**
     * "why do we even need post-copy migration": the sentence of the post that has every specific word of the question
     * (few sessions use it) and gives a reason ("since the amount of guest RAM has been increasing"), wherever it is:
     * the reason for a subject may be given in another session's paragraph than the one named for it. When the
     * question names people, the sentence is in a paragraph of theirs or names them. Null when no sentence has both.
     */
    Answer reasonWithTheSubject(Question q, List<TopicIndex.Resolved> words) {
        List<TopicIndex.Resolved> specific = words.stream()
                .filter(lookup::isSpecific).toList();
        if (specific.isEmpty()) {
            return null;
        }
        for (Session session : q.event().sessions()) {
            boolean theirs = q.people().isEmpty() || q.people().stream()
                    .anyMatch(person -> session.speakers().contains(person.id()));
            for (String sentence : lookup.paragraphSentences(session)) {
                if (!givesAReason(sentence) || !(theirs || q.people().stream().anyMatch(p -> PostLookup.sentenceNames(sentence, p)))) {
                    continue;
                }
                Set<String> stems = PostLookup.stemsOf(sentence);
                List<Integer> missing = new ArrayList<>();
                for (int i = 0; i < words.size(); i++) {
                    if (specific.contains(words.get(i)) && !words.get(i).stems().stream().allMatch(stems::contains)) {
                        missing.add(i);
                    }
                }
                // "why consider post-copy at all": the verb asking for the subject's reason ("consider") may be
                // missing when the rest is there.
                boolean saysTheSubject = missing.isEmpty() || specific.size() >= 2 && missing.size() == 1
                        && words.size() == q.topic().size()
                        && Cues.WANTING_IT.contains(q.topic().get(missing.get(0)).text());
                if (saysTheSubject) {
                    return Answer.of("The post says, of " + Phrases.described(model, session) + ": “" + sentence
                            + "”", List.of(session));
                }
            }
        }
        return null;
    }

    static boolean givesAReason(String sentence) {
        for (Token token : Token.of(TextNormalizer.clean(sentence))) {
            if (Cues.CAUSAL.contains(token.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence of a session's own paragraph closest to the question, quoted, when it clears
     * {@link SemanticIndex#SENTENCE_IN_PARAGRAPH}: the paragraph is already known to be the one asked about.
     */
    Answer quoteFromParagraph(Question q, Session session) {
        return quoteFromParagraph(q, session, false);
    }

    /**
     * As {@link #quoteFromParagraph(Question, Session)}; for a detail, a sentence that only names the session
     * ("Asias He presented the Native Linux KVM tool.") holds none, and the answer is the session itself (null).
     */
    Answer quoteFromParagraph(Question q, Session session, boolean detail) {
        return quoteFromParagraph(q, session, detail, SemanticIndex.SENTENCE_IN_PARAGRAPH);
    }

    /**
     * "what's the name of the new image format Kevin is building": a name asked of one session's thing. The sentence
     * of its paragraph closest to the question that has the thing's word and names something the question, title
     * and speakers do not ("putting them into QCOW3"). Null when there is none, or without the model.
     */
    Answer nameFromParagraph(Question q, Session session) {
        String thing = q.target() == Target.SESSION ? details.askedThing(q) : null;
        if (thing == null || DetailReadings.QUANTITY_NOUNS.contains(thing)) {
            return null;
        }
        String stem = Stems.of(thing);
        for (SemanticIndex.Scored<SemanticIndex.PostSentence> scored
                : semantic.sentences(reader.withoutEventName(q), q.event())) {
            String text = scored.item().text();
            if (session.summary().contains(text) && PostLookup.stemsOf(text).contains(stem)
                    && details.namesSomethingNew(text, q, session)) {
                return Answer.of("The post says of " + Phrases.described(model, session) + ": “" + text + "”",
                        List.of(session));
            }
        }
        return null;
    }

    Answer quoteFromParagraph(Question q, Session session, boolean detail, float atLeast) {
        for (SemanticIndex.Scored<SemanticIndex.PostSentence> scored
                : semantic.sentences(reader.withoutEventName(q), q.event())) {
            String text = scored.item().text();
            if (session.summary().contains(text)) {
                boolean holdsIt = scored.score() >= atLeast
                        && !(detail && details.onlyNames(session, text));
                return holdsIt ? Answer.of("The post says: “" + text + "”", List.of(session)) : null;
            }
        }
        return null;
    }
}
