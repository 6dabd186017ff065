package org.kvmforum.bot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.search.TopicIndex;

/**
 * Questions that set two things side by side: two sessions compared by day or speaker ("was the AHCI talk on the
 * same day as the USB one?"), each of several people checked ("did both talk about X?"), and one session's relation
 * to another's work ("did Dan's talk relate to Rik's work?"). Each answer is read from the two paragraphs.
 */
final class Comparisons {
    /** Words asking whether two pieces of work are related. */
    private static final Set<String> RELATING = Set.of("relate", "related", "relates", "connect", "connected",
            "tie", "tied", "link", "linked", "help", "helped", "helps", "complement", "build");

    /** Someone besides a session's speakers: "does it relate to other work", "to anyone's". */
    private static final Set<String> OTHERS = Set.of("other", "others", "anyone", "someone");

    private final ContentModel model;
    private final TopicIndex index;
    private final PostLookup lookup;
    private final SessionOrder order;

    Comparisons(ContentModel model, TopicIndex index, PostLookup lookup, SessionOrder order) {
        this.model = model;
        this.index = index;
        this.lookup = lookup;
        this.order = order;
    }

    /**
     * "were the SPICE and USB talks on the same day?", "are 'next-gen block file format' and 'live block copy' by the
     * same person?": two sessions named by the topic, one by the words the other lacks, and their days or speakers
     * compared. Null unless the question is such a yes-or-no and the words name two sessions.
     */
    Answer twoSessionsCompared(Question q, List<TopicIndex.Resolved> words) {
        boolean sameDay = QuestionShape.asksSameDay(q);
        boolean samePerson = QuestionShape.asksSamePerson(q);
        if (!q.opensYesOrNo() || !q.people().isEmpty() || !sameDay && !samePerson || words.size() < 2) {
            return null;
        }
        List<TopicMatch> first = lookup.rank(words, q.event().sessions());
        if (first.isEmpty()) {
            return null;
        }
        Session one = first.get(0).session();
        List<TopicIndex.Resolved> rest = words.stream()
                .filter(word -> !word.unknown() && index.weight(one, word) == 0f).toList();
        List<TopicMatch> second = rest.isEmpty() ? List.of() : lookup.rank(rest, q.event().sessions());
        if (second.isEmpty() || !second.get(0).strong() || second.get(0).session().equals(one)
                || second.size() > 1 && second.get(1).rank() >= second.get(0).rank()) {
            return null;
        }
        Session two = second.get(0).session();
        List<Session> both = List.of(one, two).stream().sorted(Comparator.comparingInt(Session::order)).toList();
        if (sameDay) {
            boolean same = one.day() == two.day();
            return Answer.of((same ? "Yes: both were on day " + one.day() + ": " : "No: ")
                    + Phrases.join(both.stream().map(session -> Phrases.described(model, session) + " ("
                            + Phrases.shortWhen(session) + ")").toList()) + ".", both);
        }
        boolean shared = one.speakers().stream().anyMatch(two.speakers()::contains);
        return Answer.of((shared ? "Yes: " : "No: ") + Phrases.join(both.stream()
                .map(session -> Phrases.described(model, session)).toList()) + ".", both);
    }

    /**
     * "did Juan and Takahiro both talk about migration?": each person's own sessions on the topic, not one session of
     * them all. Yes when every one of them has one. Null unless a yes-or-no with "both" or "each", people and a topic.
     */
    /**
     * "was it Kevin Wolf or Stefan Hajnoczi who criticised new formats developed in isolation?": one of the people
     * named, whose session's paragraph has clearly more of the question's words than any other's; the sentence of
     * it that says most of them is quoted. Null unless two or more people are set against each other with "or" (or an
     * opening "between"), or when none of them clearly has it.
     */
    Answer whichOfThem(Question q, List<TopicIndex.Resolved> words) {
        // "between Kevin Wolf and Marcelo Tosatti, who spoke about image formats?" sets them against each other too;
        // not "who spoke between Kevin and Marcelo", a place in the program.
        boolean between = !q.words().isEmpty() && q.words().get(0).text().equals("between");
        if (q.people().size() < 2 || !q.hasAnyWord(Set.of("or")) && !between || !q.hasTopic()) {
            return null;
        }
        Person best = null;
        Session bestSession = null;
        float most = 0f;
        float next = 0f;
        for (Person person : q.people()) {
            for (Session session : model.sessionsOf(person)) {
                float coverage = index.coverage(session, words);
                if (coverage > most) {
                    if (best != person) {
                        next = most;
                    }
                    best = person;
                    bestSession = session;
                    most = coverage;
                } else if (best != person && coverage > next) {
                    next = coverage;
                }
            }
        }
        if (best == null || most < 2 * next) {
            return null;
        }
        String said = lookup.bestSupported(bestSession, words);
        return Answer.of(best.name() + ": " + Phrases.described(model, bestSession) + " ("
                + Phrases.shortWhen(bestSession) + ")." + (said == null ? "" : " The post says: “" + said + "”"),
                List.of(bestSession));
    }

    Answer eachOfThem(Question q, List<TopicIndex.Resolved> words) {
        boolean each = q.hasAnyWord(Set.of("both", "each"));
        if (!q.opensYesOrNo() || q.people().size() < 2 || !each || !q.hasTopic()) {
            return null;
        }
        List<Session> found = new ArrayList<>();
        List<Person> without = new ArrayList<>();
        for (Person person : q.people()) {
            List<TopicMatch> theirs = lookup.rank(words, model.sessionsOf(person));
            if (theirs.isEmpty() || !theirs.get(0).strong()) {
                without.add(person);
            } else if (!found.contains(theirs.get(0).session())) {
                found.add(theirs.get(0).session());
            }
        }
        String listed = Phrases.join(found.stream().map(session -> Phrases.described(model, session) + " ("
                + Phrases.shortWhen(session) + ")").toList());
        if (without.isEmpty()) {
            return Answer.of("Yes, both: " + listed + ".", found);
        }
        return Answer.of("No: the post has no session on it by " + Phrases.names(without)
                + (found.isEmpty() ? "." : ". It has " + listed + "."), found);
    }

    /**
     * "did Dan's tmem talk relate to Rik's work?": one person's session paragraph naming the other ("how that can
     * help with the work that Rik is doing"). Yes with that sentence; the post does not say otherwise. Null unless
     * a yes-or-no about two people with a word of relating.
     */
    Answer relatedWork(Question q) {
        if (!q.opensYesOrNo() || q.people().size() != 2
                || q.words().stream().noneMatch(word -> RELATING.contains(word.text()))) {
            return null;
        }
        return relatedWork(q.people());
    }

    /** One person's session paragraph naming the other, quoted with a yes; else the post does not relate them. */
    Answer relatedWork(List<Person> people) {
        for (int k = 0; k < 2; k++) {
            Person one = people.get(k);
            Person other = people.get(1 - k);
            for (Session session : model.sessionsOf(one)) {
                for (String sentence : lookup.paragraphSentences(session)) {
                    if (lookup.lastNamedIn(sentence) == other || PostLookup.sentenceNames(sentence, other)) {
                        return Answer.of("Yes. The post says of " + Phrases.described(model, session) + ": “"
                                + sentence + "”", List.of(session));
                    }
                }
            }
        }
        return Answer.notInPost("The post does not relate the work of " + Phrases.names(people) + ".", List.of());
    }

    /**
     * "how does transcendent memory relate to other work presented at the forum?": one session, and the sentence of
     * its paragraph that names someone who is not its speaker ("how that can help with the work that Rik is
     * doing"). Null unless the question has a word of relating and "other", and its topic picks one session.
     */
    Answer relatedToOtherWork(Question q, List<TopicIndex.Resolved> words) {
        // The others come after the relating verb: "can someone link the vfio slides" asks someone for a link.
        boolean asks = false;
        for (int i = 0; i < q.words().size(); i++) {
            if (RELATING.contains(q.words().get(i).text())) {
                asks |= q.words().subList(i + 1, q.words().size()).stream().anyMatch(w -> OTHERS.contains(w.text()));
            }
        }
        if (!asks || !q.people().isEmpty() || !q.hasTopic()) {
            return null;
        }
        List<TopicMatch> ranked = lookup.rank(words, q.event().sessions());
        List<Session> best = PostLookup.bestOf(ranked);
        if (ranked.isEmpty() || !ranked.get(0).strong() || best.size() != 1) {
            return null;
        }
        Session session = best.get(0);
        for (String sentence : lookup.paragraphSentences(session)) {
            for (Person person : model.people()) {
                if (!session.speakers().contains(person.id()) && PostLookup.sentenceNames(sentence, person)) {
                    return Answer.of("The post says of " + Phrases.described(model, session) + ": “" + sentence
                            + "”", List.of(session));
                }
            }
        }
        return Answer.notInPost("The post does not relate " + Phrases.described(model, session)
                + " to other work.", List.of(session));
    }
}
