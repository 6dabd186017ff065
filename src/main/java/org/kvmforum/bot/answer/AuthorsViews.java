package org.kvmforum.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.content.SessionKind;
import org.kvmforum.bot.search.TextNormalizer;
import org.kvmforum.bot.search.Token;
import org.kvmforum.bot.search.TopicIndex;

/**
 * What someone thought, and what the report's author says of himself: a view is what the post has a person say or
 * do in a session's paragraph, as the subject of a sentence, and the author's view is his own first-person words.
 * A view the post does not give is said not to be there, never inferred.
 */
final class AuthorsViews {
    /** The author placing himself in a group: "We Red Hat folks had a dinner …". */
    static final Pattern WE_FOLKS = Pattern.compile(
            "\\b[Ww]e ((?:[A-Z][\\w.&-]*\\s+){1,3})(?:folks|people|guys|employees|engineers|developers|hackers)\\b");

    private final ContentModel model;
    private final TopicIndex index;
    private final PostLookup lookup;

    AuthorsViews(ContentModel model, TopicIndex index, PostLookup lookup) {
        this.model = model;
        this.index = index;
        this.lookup = lookup;
    }

    /**
     * "what was Amit's take on the native Linux KVM tool?", "did Amit have any complaint about Alex Graf's slides?":
     * the report's author asked for his view of a session that is not his. His view is what he says of it in the
     * first person in its paragraph ("My reaction on the presentation was…"); when he says nothing so, the post
     * gives no view of his. Null for any other question.
     */
    Answer authorsView(Question q, List<TopicIndex.Resolved> words) {
        return authorsView(q, words, false);
    }

    /**
     * The author's own words on a session only: his sentences in the first person or judging it, whatever other
     * words of the asker's the post lacks ("is heading toward replicating qemu"). Null when he has none there, or
     * the question asks for no view of his.
     */
    Answer authorsOwnView(Question q, List<TopicIndex.Resolved> words) {
        return QuestionShape.isTheAuthor(q) ? authorsView(q, words, true) : null;
    }

    private Answer authorsView(Question q, List<TopicIndex.Resolved> words, boolean ownWordsOnly) {
        if (!QuestionShape.asksForAView(q)) {
            return null;
        }
        String author = q.event().report().author();
        boolean byAuthor = QuestionShape.isTheAuthor(q)
                || q.people().stream().anyMatch(person -> person.name().equals(author))
                || q.hasAnyWord(Cues.AUTHOR);
        // Who holds the view: the author, or the first person named ("what did Rik think of Dan's pitch").
        Person viewer = byAuthor ? lookup.personNamed(author) : q.people().isEmpty() ? null : q.people().get(0);
        // "what was Avi's big complaint in the keynote": a kind he gave himself is his own session, asked of.
        boolean ownKind = viewer != null && q.kind() != null
                && model.sessionsOf(viewer).stream().anyMatch(s -> s.kind() == q.kind());
        if (viewer == null || QuestionShape.asksOwnThought(q) || !byAuthor && ownKind) {
            return null;
        }
        Session session = sessionViewed(q, words, viewer);
        if (session == null) {
            return null;
        }
        if (byAuthor) {
            // "how did the author feel Bryan handled the licensing question": his view, not in the first person
            // ("the question on licensing was addressed vaguely"), is the sentence on what is asked beyond the session.
            List<TopicIndex.Resolved> beyondTheView = PostLookup.topicWithout(q, words, QuestionShape.VIEW_WORDS);
            List<TopicIndex.Resolved> asked = beyondTheView.stream().filter(word -> !word.typo()
                    && index.weight(session, word) < TopicIndex.LINK && !word.stems().isEmpty()).toList();
            // "the author thought Bryan's talk was a bit dry, didn't he?": in a belief, the words beyond the view are
            // the judgement put up ("dry"), checked against his own.
            boolean aspectAsked = (!asked.isEmpty() || beyondTheView.stream().anyMatch(TopicIndex.Resolved::unknown))
                    && !(q.statedAsQuestion() && asked.isEmpty());
            // His judgement of the session ("a lively and animated talk") is his view of it as a whole, not of
            // something else asked of it ("what did he think of Joerg's speaking style").
            List<String> own = lookup.paragraphSentences(session).stream()
                    .filter(sentence -> QuestionShape.inTheFirstPerson(sentence) || !aspectAsked && appraises(sentence))
                    .toList();
            String onIt = asked.isEmpty() ? null : lookup.bestSupported(session, asked);
            if (ownWordsOnly && own.isEmpty()) {
                return null;
            }
            if (!ownWordsOnly && onIt != null && !own.contains(onIt)
                    && index.support(session, asked, onIt) >= PostLookup.DETAIL_SUPPORT) {
                return Answer.of("The post says of " + Phrases.described(model, session) + ": “" + onIt + "”",
                        List.of(session));
            }
            if (own.isEmpty()) {
                return Answer.notInPost("The post gives no view of its author's on " + Phrases.described(model, session)
                        + "; it only reports it (" + Phrases.shortWhen(session) + ").", List.of(session));
            }
            return Answer.of("The author, " + author + ", wrote of " + Phrases.described(model, session)
                    + ": “" + String.join(" ", own) + "”", List.of(session));
        }
        List<String> theirs = lookup.paragraphSentences(session).stream()
                .filter(sentence -> saysOf(viewer, sentence)).toList();
        if (theirs.isEmpty()) {
            return Answer.notInPost("The post does not give " + viewer.name() + "'s view of "
                    + Phrases.described(model, session) + ".", List.of(session));
        }
        return Answer.of("The post says of " + Phrases.described(model, session) + ": “" + String.join(" ", theirs)
                + "”", List.of(session));
    }

    /**
     * Words by which a writer judges what he reports, rather than reports it: "a lively and animated talk", "it was
     * an entertaining ride", "the question was addressed vaguely". A sentence of a session's paragraph with one of
     * them is its author's view of it as much as one in the first person is. Plain English, of no one event.
     */
    private static final Set<String> APPRAISAL = Set.of("lively", "animated", "entertaining", "cool", "nice",
            "refreshing", "interesting", "important", "promising", "vague", "vaguely", "cleaner", "secure", "good",
            "great", "bad", "sad", "impressive", "boring", "dull", "excellent", "fun", "funny", "useful", "exciting",
            "disappointing", "amazing", "awesome", "brilliant", "fascinating", "clever", "elegant", "insightful",
            "worthwhile", "unconvincing", "convincing", "confusing", "enjoyable", "enjoyed", "impressed");

    /** Whether the sentence judges rather than reports: it has a word of {@link #APPRAISAL}. */
    static boolean appraises(String sentence) {
        return Token.of(TextNormalizer.clean(sentence)).stream().anyMatch(token -> APPRAISAL.contains(token.text()));
    }

    /**
     * The one session whose view is asked, not the viewer's own: named by the topic (without the words asking for a
     * view), or else the one session (not a BOF) of the other person named ("Alex Graf's slides"). Null otherwise.
     */
    Session sessionViewed(Question q, List<TopicIndex.Resolved> words, Person viewer) {
        List<TopicIndex.Resolved> subject = PostLookup.topicWithout(q, words, QuestionShape.VIEW_WORDS).stream()
                .filter(word -> !word.unknown()).toList();
        List<Session> pool = new ArrayList<>();
        for (Person other : q.people()) {
            if (!other.equals(viewer)) {
                model.sessionsOf(other).stream().filter(session -> session.kind() != SessionKind.BOF)
                        .forEach(pool::add);
            }
        }
        Session session;
        if (pool.size() == 1) {
            session = pool.get(0); // "what did Rik say about Dan's tmem pitch": Dan's one session
        } else if (!subject.isEmpty()) {
            List<Session> among = pool.isEmpty() ? q.event().sessions() : pool;
            List<TopicMatch> ranked = lookup.rank(subject, PostLookup.pool(q, among));
            List<Session> best = PostLookup.bestOf(ranked);
            session = ranked.isEmpty() || !ranked.get(0).strong() || best.size() != 1 ? null : best.get(0);
        } else {
            session = pool.size() == 1 ? pool.get(0) : null;
        }
        boolean own = session != null && viewer != null && session.speakers().contains(viewer.id());
        // "what did Anthony say is making QEMU development go well": his own session is on it, so it is his talk.
        List<TopicMatch> theirs = viewer == null || subject.isEmpty() ? List.of()
                : lookup.rank(subject, model.sessionsOf(viewer));
        boolean onTheirOwn = !theirs.isEmpty() && theirs.get(0).strong();
        return own || onTheirOwn ? null : session;
    }

    /**
     * Whether the sentence has the person say or do something: named as its subject, at its start or after a comma
     * ("In a private chat later, Bryan mentioned…"), not in passing ("the work that Rik is doing").
     */
    static boolean saysOf(Person person, String sentence) {
        List<String> forms = new ArrayList<>(person.mentions());
        forms.add(person.name());
        for (String form : forms) {
            if (Pattern.compile("(^|,\\s+)" + Pattern.quote(form) + "\\s+\\p{Ll}")
                    .matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Amit wrote the old device assignment code, right?": something the report's author says he did, in his own
     * words ("I wrote that code"), anywhere in the report. The first-person sentence that says most of the question
     * ({@link PostLookup#DETAIL_SUPPORT}) is quoted after a yes. Null for other than a yes-or-no, when no such
     * sentence says enough, and for questions about his own sessions, which his sessions answer.
     */
    Answer authorsOwnWords(Question q, List<TopicIndex.Resolved> words) {
        // A yes-or-no only: "which talk did the author come back for" asks for a session, not his words.
        if (!QuestionShape.isTheAuthor(q) || !q.hasTopic() || q.position() != 0 || !q.opensYesOrNo()) {
            return null;
        }
        String best = null;
        Session where = null;
        float most = 0f;
        for (Session session : q.event().sessions()) {
            for (String sentence : lookup.paragraphSentences(session)) {
                if (!QuestionShape.inTheFirstPerson(sentence)) {
                    continue;
                }
                float support = index.support(session, words, sentence);
                if (support > most) {
                    most = support;
                    best = sentence;
                    where = session;
                }
            }
        }
        String author = q.event().report().author();
        boolean his = where != null && model.speakersOf(where).stream().anyMatch(p -> p.name().equals(author));
        if (best == null || most < PostLookup.DETAIL_SUPPORT || his) {
            return null;
        }
        return Answer.of("Yes. The author, " + author
                + ", writes in his report on " + Phrases.described(model, where) + ": “" + best + "”",
                List.of(where));
    }

    /**
     * "what company does the author work for": the post names no employer, but its author may count himself in a
     * group by name ("We Red Hat folks had a dinner …"), which is what it does say. Null when it has no such
     * sentence.
     */
    Answer authorsGroup(Question q) {
        for (String sentence : q.event().sentences()) {
            Matcher we = WE_FOLKS.matcher(sentence);
            if (we.find()) {
                return Answer.of("The post does not name its author's employer outright, but he counts himself"
                        + " among the " + we.group(1).trim() + " people: “" + sentence + "”", List.of());
            }
        }
        return null;
    }

    /** Words asking what someone put forward: "what did the author suggest", "the idea he floated". */
    private static final Set<String> SUGGESTING = Set.of("suggest", "suggested", "suggests", "suggestion", "float",
            "floated", "propose", "proposed", "proposal", "idea", "ideas", "interesting");

    /** Modal words of a remark that puts something forward rather than reports it: "may be", "could". */
    private static final Set<String> HEDGES = Set.of("may", "might", "could", "would", "perhaps", "maybe");

    /**
     * "what hybrid migration idea did the author float": what the report's author puts forward himself, in the
     * paragraph of the session the rest of the question is about (the best three by topic, in order). His remark puts
     * something forward ("may", "could"), names nobody and is not said of someone else ("he…"): "An interesting case
     * here may be to guess the working set…". Null for other questions, or when no such sentence is there.
     */
    Answer authorsSuggestion(Question q, List<TopicIndex.Resolved> words) {
        boolean asks = QuestionShape.isTheAuthor(q)
                && q.hasAnyWord(SUGGESTING);
        if (!asks || words.isEmpty()) {
            return null;
        }
        // "idea" is what is asked, not what the session is about ("The idea with VFIO is…").
        List<TopicIndex.Resolved> subject = PostLookup.topicWithout(q, words, SUGGESTING);
        List<TopicMatch> ranked = subject.isEmpty() ? List.of() : lookup.rank(subject, q.event().sessions());
        for (TopicMatch match : ranked.subList(0, Math.min(3, ranked.size()))) {
            for (String sentence : lookup.paragraphSentences(match.session())) {
                if (authorsOwnRemark(sentence)) {
                    return Answer.of("The author puts forward, of " + Phrases.described(model, match.session())
                            + ": “" + sentence + "”", List.of(match.session()));
                }
            }
        }
        return null;
    }

    private boolean authorsOwnRemark(String sentence) {
        List<Token> tokens = Token.of(TextNormalizer.clean(sentence));
        boolean namesSomeone = model.people().stream().anyMatch(person -> PostLookup.sentenceNames(sentence, person));
        boolean another = !tokens.isEmpty() && Set.of("he", "she", "they").contains(tokens.get(0).text());
        boolean hedged = tokens.stream().anyMatch(token -> HEDGES.contains(token.text()));
        return hedged && !namesSomeone && !another;
    }
}
