package org.kvmforum.bot.answer;

import java.util.List;
import java.util.Set;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.content.PartOfDay;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.SessionKind;
import org.kvmforum.bot.search.Token;

/**
 * A question as the answerer understands it: what it asks for, and what picks the sessions it is about.
 *
 * @param words      every word of the question, in order
 * @param event      the event it is about (the one it names, or the first)
 * @param target     what it asks to be told
 * @param fact       a fact about the event itself it asks for, or null when it is about sessions
 * @param people     the post's people it names, in the order it names them
 * @param topic      the words left once question words, names and the other cues are taken out
 * @param day        a day of the event it names (1-based), or 0
 * @param part       a part of the day it names, or null
 * @param kind       a kind of session it names (keynote, lightning talk, BOF), or null
 * @param position   a position in the program it asks for: n-th (1-based), {@link #LAST}, or 0
 * @param relative   whether it asks for the session after or before another
 * @param namedTalk  whether the topic names a talk ("the Xen talk", "the talk on NUMA") rather than
 *                   something said in one ("who mentioned Xen?"): such a topic must be what the session is
 *                   about, not a word in passing
 * @param together   whether it asks for the people beside a named person ("who presented with Paolo?")
 * @param asksAboutEvent whether it names the event or refers to it ("the forum", "the conference")
 * @param sharedFirstName whether the people it names are several who share the first name it gave ("Alex")
 * @param edge       whether it asks for the session just before or after a part of the day ("before the tracks
 *                   split", "after lunch ended"): {@link #part} is that part, and no session is the anchor
 * @param repeated   whether it asks for the people or sessions that come up more than once ("who presented twice")
 * @param excluded   a kind of session it sets aside ("keynote aside", "except the BOFs"), or null
 * @param statedAsQuestion whether it is a statement put as a question, by its question mark alone ("dan had a full
 *                   talk slot?"): a belief put up for confirmation, as one closed by "right?" is
 */
record Question(
        List<Token> words,
        Event event,
        Target target,
        EventFact fact,
        List<Person> people,
        List<Token> topic,
        int day,
        PartOfDay part,
        SessionKind kind,
        int position,
        Relative relative,
        boolean namedTalk,
        boolean together,
        boolean asksAboutEvent,
        boolean sharedFirstName,
        Edge edge,
        boolean repeated,
        SessionKind excluded,
        boolean statedAsQuestion) {

    static final int LAST = -1;

    enum Relative { NONE, AFTER, BEFORE }

    /**
     * A point at a part of the day's start or end, and which side of it: "before the tracks split" is before the
     * start, "after the tracks split" its first session, "before the morning ended" its last, "after the morning"
     * the session after it.
     */
    enum Edge { NONE, BEFORE_START, AFTER_START, BEFORE_END, AFTER_END }

    Question {
        words = List.copyOf(words);
        people = List.copyOf(people);
        topic = List.copyOf(topic);
    }

    /** The same question asking for another fact of the event, or for sessions when null. */
    Question withFact(EventFact other) {
        return new Question(words, event, target, other, people, topic, day, part, kind, position, relative,
                namedTalk, together, asksAboutEvent, sharedFirstName, edge, repeated, excluded, statedAsQuestion);
    }

    /** The same question asking for another target: "what time did the opening keynote start" asks which one. */
    Question withTarget(Target other) {
        return new Question(words, event, other, fact, people, topic, day, part, kind, position, relative,
                namedTalk, together, asksAboutEvent, sharedFirstName, edge, repeated, excluded, statedAsQuestion);
    }

    /** The same question of another kind of session, or of any kind when null ("a regular talk or keynote"). */
    Question withKind(SessionKind other) {
        return new Question(words, event, target, fact, people, topic, day, part, other, position, relative,
                namedTalk, together, asksAboutEvent, sharedFirstName, edge, repeated, excluded, statedAsQuestion);
    }

    /** The same question about other topic words ("the session after the qdev talk": the anchor's words). */
    Question withTopic(List<Token> other) {
        return new Question(words, event, target, fact, people, other, day, part, kind, position, relative,
                namedTalk, together, asksAboutEvent, sharedFirstName, edge, repeated, excluded, statedAsQuestion);
    }

    /** The same question without its people: the session a belief names, found before whose it is checked. */
    Question withoutPeople() {
        return new Question(words, event, target, fact, List.of(), topic, day, part, kind, position, relative,
                namedTalk, false, asksAboutEvent, false, edge, repeated, excluded, statedAsQuestion);
    }

    /** The same question about these people: the speakers of the session it found by place or topic. */
    Question withPeople(List<Person> others) {
        return new Question(words, event, target, fact, others, topic, day, part, kind, position, relative,
                namedTalk, together, asksAboutEvent, sharedFirstName, edge, repeated, excluded, statedAsQuestion);
    }

    /** Whether any word of the question is one of these ("right", "both", a word for the author). */
    boolean hasAnyWord(Set<String> these) {
        return words.stream().anyMatch(word -> these.contains(word.text()));
    }

    boolean hasFilters() {
        return day != 0 || part != null || kind != null || excluded != null;
    }

    boolean hasTopic() {
        return !topic.isEmpty();
    }

    /** "was there…", "did anyone…", "is the…": a question answered by yes or no. */
    boolean opensYesOrNo() {
        if (words.isEmpty()) {
            return false;
        }
        // "I think the NUMA talk was on day 2, right?": a statement closed by a tag asks for a yes or a no too.
        int last = words.size() - 1;
        // "…, right?", "…, isn't he?", "…, wasn't it?", "…, I think?"
        boolean tag = Cues.CONFIRMATION_TAGS.contains(words.get(last).text()) || last > 0
                && (Cues.NEGATED_AUXILIARIES.contains(words.get(last - 1).text())
                        && Set.of("he", "she", "it", "they", "there").contains(words.get(last).text())
                        || words.get(last - 1).text().equals("i")
                                && Set.of("think", "believe", "guess").contains(words.get(last).text()));
        // "Ryan presented on live migration, did he?": a tag without "n't" too, in a statement with no question word.
        tag |= last > 0 && Set.of("was", "were", "is", "are", "did", "does", "do", "has", "had").contains(words.get(last - 1).text())
                && Set.of("he", "she", "it", "they").contains(words.get(last).text())
                && words.stream().noneMatch(word -> MainClause.SECOND_QUESTION.contains(word.text()));
        boolean tagged = words.size() > 3 && tag && !MainClause.SECOND_QUESTION.contains(words.get(0).text());
        return Cues.YES_NO_OPENERS.contains(words.get(0).text()) || tagged || statedAsQuestion;
    }

    /**
     * A belief put up for confirmation: a statement closed by a tag ("the forum was in Seattle, right?", "…, wasn't
     * it?", "…, I think?") or a question opening with a negated auxiliary ("wasn't the first forum in 2009?").
     */
    boolean checksABelief() {
        return opensYesOrNo() && (!Cues.YES_NO_OPENERS.contains(words.get(0).text())
                || Cues.NEGATED_AUXILIARIES.contains(words.get(0).text()));
    }
}
