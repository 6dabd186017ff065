package org.kvmforum.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.content.SessionKind;
import org.kvmforum.bot.search.Token;

/**
 * Questions that put two sessions in order: "did the USB talk come before or after the SPICE one?", "was Rik's
 * talk right after Andrea's?", "what did Avi talk about right after Anthony's keynote?". The words before the
 * order word name one side, the words after it the other; each side is read as a question of its own, so a
 * side may name its session by person, kind, day or topic. Answered from the program's order, and for "right
 * after" from the sessions' being next to each other with no sessions the author says he missed between them.
 */
final class SessionOrder {
    private static final Set<String> AFTER = Set.of("after", "later", "followed", "follow", "follows");
    private static final Set<String> BEFORE = Set.of("before", "earlier", "preceded", "precede", "precedes", "prior");
    /** The order words that are verbs: to follow a session is to come next after it, to precede it next before. */
    private static final Set<String> FOLLOWING = Set.of("followed", "follow", "follows", "preceded", "precede",
            "precedes");
    /** Words that make the order word mean "with nothing between": "right after", "spoke next after". */
    private static final Set<String> ADJACENT = Set.of("right", "just", "immediately", "directly", "straight", "next");

    private final ContentModel model;
    /** The sessions a part of a question names on its own, in the question's event; empty when it names none. */
    private final Function<String, List<Session>> sessionsNamedIn;

    SessionOrder(ContentModel model, Function<String, List<Session>> sessionsNamedIn) {
        this.model = model;
        this.sessionsNamedIn = sessionsNamedIn;
    }

    /** The answer, or null when the question does not put two sessions it names in order. */
    Answer answer(Question q) {
        List<Token> words = q.words();
        Answer between = between(q, words);
        if (between != null) {
            return between;
        }
        Answer trailing = trailing(q, words);
        if (trailing != null) {
            return trailing;
        }
        Answer oneOfTwo = whichOfTwo(q, words);
        if (oneOfTwo != null) {
            return oneOfTwo;
        }
        Answer beforeOrAfter = beforeOrAfter(q, words);
        if (beforeOrAfter != null) {
            return beforeOrAfter;
        }
        Answer fromTo = fromTo(q, words);
        if (fromTo != null) {
            return fromTo;
        }
        int at = -1;
        for (int i = 0; i < words.size() && at < 0; i++) {
            String word = words.get(i).text();
            at = AFTER.contains(word) || BEFORE.contains(word) ? i : -1;
        }
        if (at <= 0 || at == words.size() - 1) {
            return null;
        }
        boolean either = at + 2 < words.size() && words.get(at + 1).text().equals("or")
                && (AFTER.contains(words.get(at + 2).text()) || BEFORE.contains(words.get(at + 2).text()));
        boolean after = AFTER.contains(words.get(at).text());
        // "Michael's talk followed Rik's": to follow (or precede) a session is to come next to it, as in the passive.
        boolean adjacent = ADJACENT.contains(words.get(at - 1).text()) || nextSessionBefore(words, at)
                || FOLLOWING.contains(words.get(at).text());
        // "was Michael's talk the last one before the lightning talks?": the last before is the one right before.
        int edge = edgeBefore(words, at, after);
        adjacent |= edge >= 0;
        int leftEnd = edge >= 0 ? edge : adjacent ? at - 1 : at;
        // "Kevin's talk was followed by the KVM tool talk": the one after "by" came right after the other.
        boolean passive = Set.of("followed", "preceded").contains(words.get(at).text()) && at + 1 < words.size()
                && words.get(at + 1).text().equals("by");
        int rightStart = either ? at + 3 : passive ? at + 2 : at + 1;
        if (rightStart >= words.size()) {
            return null;
        }
        List<Session> left = inEvent(sessionsNamedIn.apply(text(words, 0, leftEnd)), q.event(), words);
        List<Session> right = inEvent(sessionsNamedIn.apply(text(words, rightStart, words.size())), q.event(), words);
        if (passive && left.size() == 1 && right.size() == 1) {
            List<Session> subject = left;
            left = right;
            right = subject;
            adjacent = true;
        }
        if (left.isEmpty() || right.size() != 1 || left.contains(right.get(0))) {
            return null;
        }
        Session anchor = right.get(0);
        Event event = q.event();
        if (either || q.opensYesOrNo()) {
            if (left.size() != 1) {
                return null;
            }
            return compared(event, left.get(0), anchor, either, after, adjacent);
        }
        // "what did Avi talk about right after Anthony's keynote": the one of the named sessions in that place.
        List<Session> placed = new ArrayList<>();
        for (Session session : left) {
            if (holds(event, session, anchor, after, adjacent)) {
                placed.add(session);
            }
        }
        if (placed.size() != 1) {
            return null;
        }
        Session session = placed.get(0);
        return Answer.of(Phrases.capitalised(Phrases.described(model, session)) + " came "
                + (adjacent ? "right " : "") + (after ? "after " : "before ") + Phrases.quoted(anchor)
                + " (" + Phrases.shortWhen(session) + ").", List.of(session));
    }

    /**
     * "The talk right after Avi's keynote was VFIO, I think?", "After the SmartOS talk came IO throttling, right?",
     * "Was the talk after AHCI the qdev one?": a belief, with no question word, that names no session before its
     * order word and after it the anchor, then the session guessed to be next to it. Answered yes, or no with the
     * session that was. Null for any other question.
     */
    Answer guessedNextTo(Question q) {
        List<Token> words = q.words();
        if (q.event() == null || !q.opensYesOrNo() || opensWithAQuestionWord(words)) {
            return null;
        }
        int at = -1;
        for (int i = 0; i < words.size() && at < 0; i++) {
            String word = words.get(i).text();
            at = AFTER.contains(word) || BEFORE.contains(word) ? i : -1;
        }
        if (at < 0 || at + 2 >= words.size() || words.get(at).text().equals("followed") && at + 1 < words.size()
                && words.get(at + 1).text().equals("by")) {
            return null; // "Kevin's talk was followed by …" names its sides the other way round
        }
        if (at > 0 && !inEvent(sessionsNamedIn.apply(text(words, 0, at)), q.event(), words).isEmpty()) {
            return null; // "Rik's talk came right after Andrea's, right?": the side before names the session
        }
        List<List<Session>> anchorAndGuess = anchorThenGuess(q, words, at + 1);
        return anchorAndGuess == null ? null : compared(q.event(), anchorAndGuess.get(1).get(0),
                anchorAndGuess.get(0).get(0), false, AFTER.contains(words.get(at).text()), true);
    }

    /** The most words an anchor is read in, after the order word. */
    private static final int ANCHOR_WORDS = 10;

    /** Words that may join the anchor to the session guessed next to it: "… was VFIO", "… came IO throttling". */
    private static final Set<String> JOINING = Set.of("was", "is", "were", "came", "comes", "it", "that", "the", "then",
            "had", "followed", "there");

    /**
     * The words from {@code from} split in two at a joining word ("was", "came", "it was"), each side naming one
     * session: the anchor, then the one guessed to be next to it; the first split that does. Null when none does.
     */
    private List<List<Session>> anchorThenGuess(Question q, List<Token> words, int from) {
        // An anchor is a few words ("the talk right after Avi's opening keynote"): a long text is not read word by word.
        for (int split = from + 1; split < Math.min(words.size(), from + ANCHOR_WORDS); split++) {
            List<Session> anchor = inEvent(sessionsNamedIn.apply(text(words, from, split)), q.event(), words);
            if (anchor.size() != 1) {
                continue;
            }
            int guessFrom = split;
            while (guessFrom < words.size() && JOINING.contains(words.get(guessFrom).text())) {
                guessFrom++;
            }
            if (guessFrom == split || guessFrom >= words.size()) {
                continue; // the anchor and the guess are joined by a verb ("was", "came") or "it was"
            }
            List<Session> guess = inEvent(sessionsNamedIn.apply(text(words, guessFrom, words.size())), q.event(), words);
            if (guess.size() == 1 && !guess.equals(anchor)) {
                return List.of(anchor, guess);
            }
        }
        return null;
    }

    /** Whether the question opens with a question word: "which talk after the keynote was about VFIO?" asks. */
    private static boolean opensWithAQuestionWord(List<Token> words) {
        return !words.isEmpty() && Set.of("what", "which", "who", "whose", "whom", "when", "where", "how", "why")
                .contains(words.get(0).text());
    }

    /** Where "the last (one) before" or "the first (talk) after" opens before the order word at {@code at}, or -1. */
    private static int edgeBefore(List<Token> words, int at, boolean after) {
        for (int i = Math.max(0, at - 3); i < at; i++) {
            String word = words.get(i).text();
            if (after ? word.equals("first") : word.equals("last")) {
                boolean between = true;
                for (int k = i + 1; k < at; k++) {
                    between &= Set.of("one", "talk", "session", "thing", "presentation").contains(words.get(k).text());
                }
                int start = i > 0 && words.get(i - 1).text().equals("the") ? i - 1 : i;
                return between ? start : -1;
            }
        }
        return -1;
    }

    /**
     * "Amit went straight from Juan's migration talk to the postcopy one, right?": the session after "to" put right
     * after the one after "from". Null unless each side names one session.
     */
    private Answer fromTo(Question q, List<Token> words) {
        int from = -1;
        for (int i = 1; i + 1 < words.size() && from < 0; i++) {
            from = words.get(i).text().equals("from") && ADJACENT.contains(words.get(i - 1).text()) ? i : -1;
        }
        int to = -1;
        for (int i = from + 2; from > 0 && i + 1 < words.size() && to < 0; i++) {
            to = words.get(i).text().equals("to") ? i : -1;
        }
        if (from < 0 || to < 0) {
            return null;
        }
        List<Session> earlier = inEvent(sessionsNamedIn.apply(text(words, from + 1, to)), q.event(), words);
        List<Session> later = inEvent(sessionsNamedIn.apply(text(words, to + 1, words.size())), q.event(), words);
        if (earlier.size() != 1 || later.size() != 1 || earlier.equals(later)) {
            return null;
        }
        return compared(q.event(), later.get(0), earlier.get(0), false, true, true);
    }

    /** Words right before "between" that relate two things rather than place a session: "sharing code between". */
    private static final Set<String> RELATING = Set.of("code", "sharing", "shared", "share", "shares", "difference",
            "differences", "differ", "compared", "comparison", "communication", "communicate", "relationship",
            "relation", "overlap", "overlaps", "choose", "choosing", "tradeoff", "trade-off", "traffic", "interface",
            "channel", "protocol", "compatibility", "migrate", "migrating", "migration", "moving", "copying", "sync",
            "synchronisation", "synchronization");

    /** "what was between the AHCI talk and the qdev talk?": the sessions the post describes between the two. */
    private Answer between(Question q, List<Token> words) {
        int at = -1;
        int and = -1;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).text().equals("between") && at < 0) {
                at = i;
            } else if (at >= 0 && and < 0 && words.get(i).text().equals("and")) {
                and = i;
            }
        }
        // "sharing code between live block copy and snapshot merges": things related, not sessions in order.
        if (at > 0 && RELATING.contains(words.get(at - 1).text())) {
            return null;
        }
        if (at >= 0 && and < 0) {
            return betweenTheirTwo(q, words, at);
        }
        if (at < 0 || and < 0 || and == words.size() - 1) {
            return null;
        }
        // "between Kevin Wolf and Marcelo Tosatti, who spoke about image formats?": one of the people is asked for.
        if (q.people().size() >= 2 && words.subList(and + 1, words.size()).stream()
                .anyMatch(word -> word.text().equals("who"))) {
            return null;
        }
        List<Session> first = inEvent(sessionsNamedIn.apply(text(words, at + 1, and)), q.event(), words);
        List<Session> second = inEvent(sessionsNamedIn.apply(text(words, and + 1, words.size())), q.event(), words);
        if (first.size() != 1 || second.size() != 1 || first.equals(second)) {
            return null;
        }
        return inBetween(q, first.get(0), second.get(0));
    }

    /**
     * "What came between Anthony's two talks?": one person named after "between", with two of their sessions (of
     * the day asked, BOFs left out when talks are asked) as the ends. Null unless there are exactly two.
     */
    private Answer betweenTheirTwo(Question q, List<Token> words, int at) {
        boolean two = words.subList(at + 1, words.size()).stream()
                .anyMatch(word -> Integer.valueOf(2).equals(Cues.NUMBERS.get(word.text())));
        if (q.people().size() != 1 || !two) {
            return null;
        }
        Person person = q.people().get(0);
        boolean bofsAsked = words.stream().anyMatch(word -> Cues.BOF.contains(word.text()));
        List<Session> theirs = model.sessionsOf(person).stream()
                .filter(s -> s.eventId().equals(q.event().id()) && (q.day() == 0 || s.day() == q.day())
                        && (bofsAsked || s.kind() != SessionKind.BOF))
                .sorted(java.util.Comparator.comparingInt(Session::order)).toList();
        return theirs.size() == 2 ? inBetween(q, theirs.get(0), theirs.get(1)) : null;
    }

    /** The sessions the post describes between two, or what its author says of the gap, or that there were none. */
    private Answer inBetween(Question q, Session one, Session other) {
        int from = Math.min(one.order(), other.order());
        int to = Math.max(one.order(), other.order());
        List<Session> inside = q.event().sessions().stream().filter(s -> s.order() > from && s.order() < to).toList();
        String ends = Phrases.quoted(one) + " and " + Phrases.quoted(other);
        // "what did the author do between Juan's talk and the postcopy one": he says he missed what ran there.
        java.util.Optional<org.kvmforum.bot.content.Event.Gap> gap = inside.isEmpty()
                ? q.event().program().gapAfter(from) : java.util.Optional.empty();
        if (gap.isPresent()) {
            return Answer.of("Between " + ends + " its author says: “" + gap.get().statement() + "” The post describes"
                    + " nothing in between.", List.of(one, other));
        }
        if (inside.isEmpty()) {
            return Answer.of("Nothing: the post describes " + ends + " one right after the other.",
                    List.of(one, other));
        }
        List<String> described = inside.stream().map(s -> Phrases.described(model, s)).toList();
        return Answer.of("Between " + ends + ", the post describes " + Phrases.join(described) + ".", inside);
    }

    /**
     * "which was earlier, Kevin's image format talk or virtio-scsi?", "the AHCI talk or the SPICE one, which came
     * first?": two sessions either side of "or", and a word for which of them came first or last. Null otherwise.
     */
    private Answer whichOfTwo(Question q, List<Token> words) {
        int or = -1;
        int order = -1;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).text();
            or = word.equals("or") && or < 0 ? i : or;
            order = (FIRST.contains(word) || LAST.contains(word)) && order < 0 ? i : order;
        }
        if (or <= 0 || order < 0) {
            return null; // no "or", or no word for first or last (also: no words at all)
        }
        // "which came first, …" and "On day 1, which came first: …": the question word right before the order.
        boolean asksFirst = words.get(0).text().equals("which") || order > 0 && words.subList(Math.max(0, order - 2), order)
                .stream().anyMatch(word -> Set.of("which", "what", "who").contains(word.text()));
        if (!asksFirst && order < or) {
            return null;
        }
        int which = -1;
        for (int i = or + 1; i < words.size() && which < 0; i++) {
            which = words.get(i).text().equals("which") ? i : -1;
        }
        int leftFrom = order < or ? order + 1 : 0;
        int rightTo = order < or ? words.size() : which > or ? which : order;
        List<Session> left = inEvent(sessionsNamedIn.apply(text(words, leftFrom, or)), q.event(), words);
        List<Session> right = inEvent(sessionsNamedIn.apply(text(words, or + 1, rightTo)), q.event(), words);
        if (left.size() != 1 || right.size() != 1 || left.equals(right)) {
            return null;
        }
        boolean first = FIRST.contains(words.get(order).text());
        Session earlier = left.get(0).order() < right.get(0).order() ? left.get(0) : right.get(0);
        Session later = earlier == left.get(0) ? right.get(0) : left.get(0);
        Session asked = first ? earlier : later;
        return Answer.of(Phrases.capitalised(Phrases.described(model, asked)) + " (" + Phrases.shortWhen(asked)
                + ") came " + (first ? "before " : "after ") + Phrases.described(model, first ? later : earlier) + " ("
                + Phrases.shortWhen(first ? later : earlier) + ").", List.of(asked));
    }

    /**
     * "was the post-copy talk before or after Juan Quintela's live migration session?": the session named before
     * "before or after" placed against the one named after it. Null unless each side names one session.
     */
    private Answer beforeOrAfter(Question q, List<Token> words) {
        int at = -1;
        for (int i = 1; i + 2 < words.size() && at < 0; i++) {
            String one = words.get(i).text();
            String other = words.get(i + 2).text();
            boolean pair = one.equals("before") && other.equals("after") || one.equals("after") && other.equals("before");
            at = pair && words.get(i + 1).text().equals("or") ? i : -1;
        }
        if (at < 0) {
            return null;
        }
        List<Session> left = new ArrayList<>(inEvent(sessionsNamedIn.apply(text(words, 0, at)), q.event(), words));
        List<Session> right = inEvent(sessionsNamedIn.apply(text(words, at + 3, words.size())), q.event(), words);
        if (right.size() == 1 && left.size() > 1) {
            left.remove(right.get(0)); // "the dedicated post-copy talk" is not Juan's, which the other side names
        }
        if (left.size() != 1 || right.size() != 1 || left.equals(right)) {
            return null;
        }
        Session asked = left.get(0);
        Session anchor = right.get(0);
        boolean after = asked.order() > anchor.order();
        return Answer.of((after ? "After: " : "Before: ") + Phrases.described(model, asked) + " ("
                + Phrases.shortWhen(asked) + ") came " + (after ? "after " : "before ") + Phrases.described(model, anchor)
                + " (" + Phrases.shortWhen(anchor) + ").", List.of(asked, anchor));
    }

    /** Words asking which of two came first, or last. */
    private static final Set<String> FIRST = Set.of("earlier", "first", "sooner", "before");
    private static final Set<String> LAST = Set.of("later", "last", "second", "after");

    /**
     * "what talk did Paul Mackerras come right before?": the order word ends the question, so the words before
     * it name the anchor, and the session asked for is on its other side.
     */
    private Answer trailing(Question q, List<Token> words) {
        if (words.size() < 3) {
            return null;
        }
        String last = words.get(words.size() - 1).text();
        boolean after = AFTER.contains(last);
        if (!after && !BEFORE.contains(last) || !ADJACENT.contains(words.get(words.size() - 2).text())) {
            return null;
        }
        List<Session> anchors = inEvent(sessionsNamedIn.apply(text(words, 0, words.size() - 2)), q.event(), words);
        if (anchors.size() != 1) {
            return null;
        }
        Session anchor = anchors.get(0);
        // The anchor came right after the session asked for, so that session is right before it.
        Session session = nextTo(q.event(), anchor, !after);
        if (session == null) {
            return null;
        }
        return Answer.of(Phrases.quoted(anchor) + " came right " + (after ? "after " : "before ")
                + Phrases.described(model, session) + " (" + Phrases.shortWhen(session) + ").", List.of(session));
    }

    private Answer compared(Event event, Session session, Session anchor, boolean either, boolean after,
            boolean adjacent) {
        boolean later = session.order() > anchor.order();
        boolean next = Math.abs(session.order() - anchor.order()) == 1;
        Optional<Event.Gap> gap = event.program().gapAfter(Math.min(session.order(), anchor.order()));
        String relation = (next && gap.isEmpty() ? "right " : "") + (later ? "after " : "before ");
        String said = Phrases.quoted(session) + " (" + Phrases.shortWhen(session) + ") came " + relation
                + Phrases.quoted(anchor) + " (" + Phrases.shortWhen(anchor) + ").";
        if (either) {
            return Answer.of((later ? "After: " : "Before: ") + said, List.of(session, anchor));
        }
        if (adjacent && next && gap.isPresent() && later == after) {
            // The post describes them one after the other, but not the program: sessions ran between them.
            return Answer.of("No: the post describes " + Phrases.quoted(session) + " " + (later ? "after " : "before ")
                    + Phrases.quoted(anchor) + ", but between them its author says \u201c" + gap.get().statement()
                    + "\u201d", List.of(session, anchor));
        }
        boolean holds = holds(event, session, anchor, after, adjacent);
        Session really = adjacent && !holds ? nextTo(event, anchor, after) : null;
        if (really != null && !really.equals(session)) {
            // "VFIO came right after Avi's keynote, right?": no, and what did come right after it.
            // "POWER7 came right after VFIO, right?": and what it did come right after.
            Session itsOwn = nextTo(event, session, !after);
            boolean saysMore = itsOwn != null && !itsOwn.equals(anchor) && !itsOwn.equals(really);
            String own = !saysMore ? "" : " " + Phrases.quoted(session) + " came right "
                    + (after ? "after " : "before ") + Phrases.described(model, itsOwn) + ".";
            List<Session> shown = new ArrayList<>(List.of(really, session, anchor));
            if (saysMore) {
                shown.add(itsOwn);
            }
            return Answer.of("No: right " + (after ? "after " : "before ") + Phrases.quoted(anchor) + " came "
                    + Phrases.described(model, really) + ". " + said + own, shown);
        }
        return Answer.of((holds ? "Yes: " : "No: ") + said, List.of(session, anchor));
    }

    /**
     * "After Anthony's keynote, the next talk was AHCI": "the next talk" (read before the order word once the fronted
     * clause is moved) is the one right after, not any later one. "the next day" names a day, not a place in order.
     */
    private static boolean nextSessionBefore(List<Token> words, int at) {
        for (int i = 0; i + 1 < at; i++) {
            String following = words.get(i + 1).text();
            if (words.get(i).text().equals("next") && !Cues.TIME_NOUNS.contains(following)
                    && !Cues.MORNING.contains(following) && !Cues.AFTERNOON.contains(following)) {
                return true;
            }
        }
        return false;
    }

    /** The session right after (or before) the anchor in the program, or null when the post says one was missed. */
    private static Session nextTo(Event event, Session anchor, boolean after) {
        List<Session> program = event.sessions();
        int at = program.indexOf(anchor);
        int other = after ? at + 1 : at - 1;
        if (at < 0 || other < 0 || other >= program.size()
                || event.program().gapAfter(Math.min(anchor.order(), program.get(other).order())).isPresent()) {
            return null;
        }
        return program.get(other);
    }

    /** Whether the session is after (or before) the anchor, and next to it when that is asked. */
    private static boolean holds(Event event, Session session, Session anchor, boolean after, boolean adjacent) {
        boolean later = session.order() > anchor.order();
        if (later != after) {
            return false;
        }
        if (!adjacent) {
            return true;
        }
        boolean next = Math.abs(session.order() - anchor.order()) == 1;
        return next && event.program().gapAfter(Math.min(session.order(), anchor.order())).isEmpty();
    }

    /**
     * The sessions of the event; when the question says "talk" and a person named has a BOF besides ("Alon's talk":
     * SPICE, not the chardev BOF he sat in), the talks only.
     */
    private static List<Session> inEvent(List<Session> sessions, Event event, List<Token> words) {
        List<Session> ofEvent = sessions.stream().filter(session -> session.eventId().equals(event.id())).toList();
        boolean talks = words.stream().anyMatch(word -> Set.of("talk", "talks", "presentation").contains(word.text()));
        List<Session> given = ofEvent.stream().filter(session -> session.kind() != SessionKind.BOF).toList();
        return talks && ofEvent.size() > 1 && !given.isEmpty() ? given : ofEvent;
    }

    /** Whether the word puts one session before or after another ("after", "followed", "before"). */
    static boolean isOrderWord(String word) {
        return AFTER.contains(word) || BEFORE.contains(word) || ADJACENT.contains(word);
    }

    static String text(List<Token> words, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(i == from ? "" : " ").append(words.get(i).surface());
        }
        return text.toString();
    }
}
