package org.kvmforum.bot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.content.SessionKind;
import org.kvmforum.bot.search.TextNormalizer;
import org.kvmforum.bot.search.Token;

/**
 * Answers read from the program's order and shape rather than from what the sessions were about: who gave, where the
 * slides are and when chosen sessions were; the first, last or n-th of a day or part; what came before or after a
 * session or a part's edge; lists and counts of a kind; who spoke more than once; the other session of a kind.
 */
final class ProgramAnswers {
    /** Words that make a count one of the post's own ("how many talks does the post describe"). */
    private static final Set<String> IN_THE_POST = Set.of("post", "writeup", "write-up", "report", "blog", "article",
            "describe", "described", "describes", "list", "listed", "lists", "mention", "mentioned", "cover",
            "covered", "covers", "link", "links", "linked");

    /** Words that say how many: "a couple of", "a few", "several". */
    private static final Set<String> QUANTITY_WORDS = Set.of("couple", "few", "several", "many", "lots", "dozen",
            "handful", "number");

    /** Quantities that give no number. */
    private static final Set<String> VAGUE_QUANTITIES = Set.of("a few", "several", "many", "lots", "handful",
            "a number of", "some ");

    /** Words a question about counting decks may use beside "slides": they say linked, not what about. */
    private static final Set<String> LINKING = Set.of("linked", "link", "links", "posted", "available", "online",
            "decks", "deck", "uploaded", "shared", "published", "post", "writeup", "report", "blog", "there");

    private final ContentModel model;
    private final PostLookup lookup;

    ProgramAnswers(ContentModel model, PostLookup lookup) {
        this.model = model;
        this.lookup = lookup;
    }

    Answer aboutProgram(Question q, List<Session> pool) {
        if (pool.isEmpty() && q.opensYesOrNo() && q.kind() != null && (q.day() != 0 || q.part() != null)) {
            // "the lightning talks were on the second day, right?": none there, so the claim is answered with
            // where the post has them.
            List<Session> ofKind = q.event().sessions().stream().filter(session -> session.kind() == q.kind()).toList();
            if (!ofKind.isEmpty()) {
                Set<String> whens = new java.util.LinkedHashSet<>();
                ofKind.forEach(session -> whens.add(Phrases.shortWhen(session)));
                String where = ofKind.size() == 1 ? Phrases.quoted(ofKind.get(0)) + " was on " + whens.iterator().next()
                        : whens.size() == 1 ? "They were all on " + whens.iterator().next() + ": "
                                + Phrases.join(ofKind.stream().map(Phrases::quoted).toList())
                        : "It has them elsewhere: " + Phrases.join(ofKind.stream()
                                .map(session -> Phrases.quoted(session) + " (" + Phrases.shortWhen(session) + ")").toList());
                return Answer.of("No: the post has no " + Phrases.kindPlural(q.kind()) + " "
                        + Phrases.scope(q.day(), q.part(), q.event().name()) + ". " + where + ".", ofKind);
            }
        }
        if (pool.isEmpty()) {
            return Answer.notInPost("The post describes no " + Phrases.kindPlural(q.kind()) + " "
                    + Phrases.scope(q.day(), q.part(), q.event().name()) + ".", List.of());
        }
        boolean lastBefore = q.position() == Question.LAST && q.relative() == Question.Relative.BEFORE;
        if ((q.position() == 1 || lastBefore) && q.relative() != Question.Relative.NONE && q.kind() != null) {
            // "the first talk after the keynote on day 2": the one right after it; "the last talk before the
            // lightning talks": the one right before the first of them.
            boolean after = q.relative() == Question.Relative.AFTER;
            // "what came right after the opening keynote": the place word is the anchor's, right before its kind.
            if (q.position() == 1 && placesTheKind(q)) {
                return neighbour(q, pool.get(0));
            }
            return neighbour(q, after ? pool.get(pool.size() - 1) : pool.get(0));
        }
        if (q.position() != 0) {
            return positioned(q, pool, null);
        }
        if (q.target() == Target.SLIDES && q.hasAnyWord(Set.of("no", "without", "missing",
                "lacking"))) {
            // "which talks had no slides?": the sessions the post links none for.
            List<Session> without = pool.stream().filter(session -> !session.hasSlides()).toList();
            return without.isEmpty() ? Answer.of("The post links slides for every one of them.", pool)
                    : Answer.of("The post links no slides for " + namedList(without) + ".", without);
        }
        // "did anyone present on both days", "did any speaker…"
        boolean someone = q.hasAnyWord(Set.of("anyone", "anybody", "someone", "somebody"))
                || q.hasAnyWord(Set.of("any")) && q.words().stream().anyMatch(word -> Cues.PERSON_NOUNS.contains(word.text()));
        if (QuestionShape.asksForEveryDay(q) && (q.target() == Target.SPEAKER || countsPeople(q) || someone)
                && q.people().isEmpty()) {
            // "which speakers gave talks on both days?": the people with a session on every day.
            int days = q.event().program().days();
            List<Person> everyDay = model.people().stream().filter(person -> model.sessionsOf(person).stream()
                    .filter(session -> session.eventId().equals(q.event().id()) && session.kind() != SessionKind.BOF)
                    .map(Session::day).distinct().count() >= days).toList();
            List<Session> theirs = pool.stream().filter(session -> everyDay.stream()
                    .anyMatch(person -> session.speakers().contains(person.id()))).toList();
            return everyDay.isEmpty() ? Answer.notInPost("The post has no one speaking on every day.", List.of())
                    : Answer.of(Phrases.names(everyDay) + " spoke on every day: " + Phrases.join(theirs.stream()
                            .map(session -> Phrases.described(model, session) + " (" + Phrases.shortWhen(session) + ")")
                            .toList()) + ".", theirs);
        }
        if (q.relative() != Question.Relative.NONE && q.kind() != null) {
            // "which talk was just before the lightning talks": next to the first (or last) of that kind.
            boolean after = q.relative() == Question.Relative.AFTER;
            Session anchor = after ? pool.get(pool.size() - 1) : pool.get(0);
            return neighbour(q, anchor);
        }
        int claimed = claimedCount(q);
        if (q.target() == Target.SLIDES && (QuestionShape.opensWithHowMany(q) || claimed >= 0) && pool.size() > 1) {
            // "how many talks had slides", "how many sessions does the post link slides for": a count, not the links.
            // "the post links slides for about 20 talks, right?": the count claimed, checked against it.
            List<Session> with = pool.stream().filter(Session::hasSlides).toList();
            String share = with.size() == pool.size() ? "all " + pool.size() : with.size() + " of the " + pool.size();
            String verdict = claimed < 0 ? "" : claimed == with.size() ? "Yes: " : "No: ";
            return Answer.of(verdict + (verdict.isEmpty() ? "The" : "the") + " post links slides for " + share + " "
                    + Phrases.kindPlural(q.kind()) + " it describes " + Phrases.scope(q.day(), q.part(),
                            q.event().name()) + ".", with);
        }
        return switch (q.target()) {
            case SLIDES -> slides(pool);
            case TIME -> times(pool);
            case SPEAKER -> pool.size() <= PostLookup.MAX_MATCHES ? speakers(pool) : listed(q, pool);
            default -> listed(q, pool);
        };
    }

    /**
     * "The first session on day 2 was …", "Anthony Liguori gave the first session on day 2: …".
     *
     * @param scope how to name the sessions counted ("of Avi Kivity's sessions"), or null for the question's
     *              day, part of day or the whole event
     */
    Answer positioned(Question q, List<Session> pool, String scope) {
        int n = q.position() == Question.LAST ? pool.size() : q.position();
        String noun = q.kind() == null ? "session" : Phrases.kindNoun(q.kind());
        if (scope == null) {
            scope = Phrases.scope(q.day(), q.part(), q.event().name());
        }
        if (n < 1 || n > pool.size()) {
            return Answer.notInPost("The post describes only " + pool.size() + " "
                    + (pool.size() == 1 ? Phrases.kindNoun(q.kind()) : Phrases.kindPlural(q.kind()))
                    + " " + scope + ", so there is no " + Phrases.ordinal(n) + " one.", pool);
        }
        Session session = pool.get(n - 1);
        String place = (q.position() == Question.LAST ? "last" : Phrases.ordinal(n)) + " " + noun + " " + scope;
        return switch (q.target()) {
            case SLIDES -> slides(List.of(session));
            case TIME -> times(List.of(session));
            case SPEAKER -> {
                String names = Phrases.speakers(model, session);
                List<Session> withSpeakers = pool.stream()
                        .filter(s -> !s.speakers().isEmpty() && s.kind() != SessionKind.BOF).toList();
                if (names.isEmpty() && countsPeople(q) && !withSpeakers.isEmpty()
                        && (q.position() == Question.LAST || n <= withSpeakers.size())) {
                    // "who was the last speaker on day 1": the last session with someone named, beside the one
                    // (a BOF) that names nobody.
                    Session spoken = withSpeakers.get(q.position() == Question.LAST ? withSpeakers.size() - 1 : n - 1);
                    yield Answer.of(Phrases.speakers(model, spoken) + " " + Phrases.verb(spoken) + " "
                            + Phrases.named(spoken) + " (" + Phrases.shortWhen(spoken) + "), the " + place
                            .replaceFirst("^\\S+ session", (q.position() == Question.LAST ? "last" : Phrases.ordinal(n))
                                    + " session with a speaker") + ". The post names no speaker for "
                            + Phrases.named(session) + ".", List.of(spoken, session));
                }
                yield names.isEmpty()
                        ? Answer.notInPost("The post names nobody for the " + place + ", " + Phrases.named(session)
                                + ".", List.of(session))
                        : Answer.of(names + " " + Phrases.verb(session) + " the " + place + ": "
                                + Phrases.named(session) + " (" + Phrases.shortWhen(session)
                                + ").", List.of(session));
            }
            default -> Answer.of("The " + place + " was " + Phrases.described(model, session) + " ("
                    + Phrases.shortWhen(session) + ").", List.of(session));
        };
    }

    /**
     * "who gave the other lightning talk?": when the post describes only one session of the kind asked for, there
     * is no other, and the one it has is what it does say. When it describes several and the topic picks one ("the
     * other BOF topic, besides guest-host comms"), the others are the answer. Null when the question asks for no
     * other of a kind.
     */
    Answer onlyOneOfItsKind(Question q) {
        if (q.kind() == null || !QuestionShape.asksForAnother(q)) {
            return null;
        }
        List<Session> ofKind = PostLookup.pool(q.withoutPeople(), q.event().sessions());
        boolean byTheAuthor = q.people().isEmpty() || QuestionShape.isTheAuthor(q);
        if (ofKind.size() > 1 && q.hasTopic() && byTheAuthor && q.position() == 0) {
            // "the other BOF topic, besides guest-host comms": the one the topic picks, and the rest of its kind.
            List<TopicMatch> ranked = lookup.rank(lookup.resolve(q.topic()), ofKind);
            List<Session> named = PostLookup.bestOf(ranked);
            Set<String> asked = PostLookup.contentStems(q.topic());
            boolean everyOneNamed = ofKind.stream().allMatch(session -> ownTitleWords(session, ofKind).stream()
                    .anyMatch(asked::contains));
            if (everyOneNamed) {
                // "what other BOF topics were there besides chardevs, guest-host communication and moving away
                // from C?": the question has named them all.
                return Answer.notInPost("The post describes no other " + Phrases.kindNoun(q.kind()) + " than "
                        + titlesWithSpeakers(ofKind) + ".", ofKind);
            }
            if (named.size() != 1) {
                return null;
            }
            List<Session> others = ofKind.stream().filter(session -> !session.equals(named.get(0))).toList();
            return Answer.of("Besides " + Phrases.described(model, named.get(0)) + ", the post has "
                    + titlesWithSpeakers(others) + ".", others);
        }
        if (ofKind.size() != 1) {
            return null;
        }
        return Answer.notInPost("The post describes only one " + Phrases.kindNoun(q.kind()) + " "
                + Phrases.scope(q.day(), q.part(), q.event().name()) + ": " + Phrases.described(model, ofKind.get(0))
                + ", " + Phrases.when(ofKind.get(0)) + ". It names no other.", ofKind);
    }

    /** The content stems of a session's title that no other of the sessions' titles has. */
    /** The figure a belief or yes-or-no puts before a word for sessions ("about 20 talks"), or -1. */
    private static int claimedCount(Question q) {
        if (!q.opensYesOrNo() && !q.checksABelief()) {
            return -1;
        }
        List<Token> words = q.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).text().matches("\\d{1,3}") && Cues.SESSION_NOUNS.contains(words.get(i + 1).text())) {
                return Integer.parseInt(words.get(i).text());
            }
        }
        return -1;
    }

    private static Set<String> ownTitleWords(Session session, List<Session> sessions) {
        Set<String> own = new java.util.HashSet<>(PostLookup.contentStems(Token.of(TextNormalizer.clean(session.title()))));
        sessions.stream().filter(other -> !other.equals(session)).forEach(other ->
                own.removeAll(PostLookup.contentStems(Token.of(TextNormalizer.clean(other.title())))));
        return own;
    }

    /**
     * "what other BOF topic was competing for attention?": another session of a kind, asked with no word that
     * picks one (the post has none of the topic's words), is one of those its author did not take part in, when he
     * took part in some. Null for any other question.
     */
    Answer othersThanTheAuthors(Question q, boolean topicUnknown) {
        if (q.kind() == null || !QuestionShape.asksForAnother(q) || q.hasTopic() && !topicUnknown
                || !q.people().isEmpty() && !QuestionShape.isTheAuthor(q) || q.position() != 0) {
            return null;
        }
        String author = q.event().report().author();
        List<Session> ofKind = PostLookup.pool(q.withoutPeople().withTopic(List.of()), q.event().sessions());
        List<Session> others = ofKind.stream().filter(session -> model.speakersOf(session).stream()
                .noneMatch(person -> person.name().equals(author))).toList();
        if (others.isEmpty() || others.size() == ofKind.size()) {
            return null;
        }
        return Answer.of("Besides those its author, " + author + ", took part in, the post has "
                + titlesWithSpeakers(others) + ".", others);
    }

    /**
     * The session at a part of a day's start or end ("which talk ran before the tracks split on day 1"): the part's
     * first or last session, or its neighbour outside the part. Without a day, the first day the post says ran
     * parallel tracks in that part, else the first day that has the part.
     */
    Answer atEdge(Question q) {
        boolean atStart = q.edge() == Question.Edge.BEFORE_START || q.edge() == Question.Edge.AFTER_START;
        boolean after = q.edge() == Question.Edge.AFTER_START || q.edge() == Question.Edge.AFTER_END;
        int day = q.day();
        for (int d = 1; day == 0 && d <= q.event().program().days(); d++) {
            // "before the tracks split": the first day the post says ran parallel tracks in that part.
            day = q.event().program().parallelIn(d, q.part()) ? d : 0;
        }
        List<Session> inPart = new ArrayList<>();
        for (Session session : q.event().sessions()) {
            boolean sameDay = day != 0 ? session.day() == day
                    : inPart.isEmpty() || session.day() == inPart.get(0).day();
            if (session.part() == q.part() && sameDay) {
                inPart.add(session);
            }
        }
        if (inPart.isEmpty()) {
            return Answer.notInPost("The post describes no sessions " + Phrases.scope(q.day(), q.part(),
                    q.event().name()) + ".", List.of());
        }
        Session anchor = atStart ? inPart.get(0) : inPart.get(inPart.size() - 1);
        List<Session> program = q.event().sessions();
        // After the start and before the end are inside the part: its first or last session itself.
        boolean inside = q.edge() == Question.Edge.AFTER_START || q.edge() == Question.Edge.BEFORE_END;
        int other = program.indexOf(anchor) + (inside ? 0 : after ? 1 : -1);
        String edge = "the " + (atStart ? "start" : "end") + " of the " + q.part().word() + " of day " + anchor.day();
        if (other < 0 || other >= program.size() || program.get(other).day() != anchor.day()) {
            return Answer.notInPost("The post describes nothing " + (after ? "after " : "before ") + edge
                    + ": " + Phrases.described(model, anchor) + " was the day's " + (after ? "last" : "first")
                    + " session.", List.of(anchor));
        }
        boolean several = q.target() == Target.LIST || q.hasAnyWord(Set.of("order", "sequence", "lineup", "line-up"));
        if (several && !inside) {
            // "which talks came before the tracks split on day 2", "the order of talks before the parallel tracks":
            // every session of that day on that side of the part, in the program's order.
            List<Session> side = new ArrayList<>();
            for (int i = other; i >= 0 && i < program.size() && program.get(i).day() == anchor.day(); i += after ? 1 : -1) {
                side.add(program.get(i));
            }
            side.sort(java.util.Comparator.comparingInt(Session::order));
            List<String> names = new ArrayList<>();
            side.forEach(s -> names.add(Phrases.described(model, s)));
            return Answer.of(Phrases.capitalised((after ? "after " : "before ") + edge) + ", the post describes "
                    + Phrases.number(side.size()) + (side.size() == 1 ? " session, " : " sessions, in order: ")
                    + Phrases.join(names) + ".", side);
        }
        Session session = program.get(other);
        return switch (q.target()) {
            case SLIDES -> slides(List.of(session));
            case SPEAKER -> speakers(List.of(session));
            default -> Answer.of("Just " + (after ? "after " : "before ") + edge + " came "
                    + Phrases.described(model, session) + " (" + Phrases.shortWhen(session) + ").", List.of(session));
        };
    }

    /**
     * "which speakers presented twice": the people with more than one session in the question's day, part or kind
     * (BOFs, where everyone took part, left out unless nobody has two sessions without them).
     */
    Answer repeatedSpeakers(Question q) {
        // "more than one regular talk or keynote": talks and the kind named with them, not that kind alone.
        boolean withTalks = q.kind() != null && q.kind() != SessionKind.TALK
                && q.hasAnyWord(Set.of("talk", "talks")) && q.hasAnyWord(Set.of("or", "and"));
        List<Session> pool = PostLookup.pool(withTalks ? q.withKind(null) : q, q.event().sessions());
        Map<Person, List<Session>> repeated = sessionsByPerson(pool, false);
        if (repeated.isEmpty()) {
            repeated = sessionsByPerson(pool, true);
        }
        if (repeated.isEmpty()) {
            return Answer.notInPost("Nobody gave more than one session " + Phrases.scope(q.day(), q.part(),
                    q.event().name()) + ", by the post.", List.of());
        }
        return Answer.of(Phrases.capitalised(Phrases.number(repeated.size())) + " "
                + (repeated.size() == 1 ? "person" : "people") + " gave more than one session "
                + Phrases.scope(q.day(), q.part(), q.event().name()) + ": " + eachPersonsSessions(repeated) + ".",
                shownOf(repeated));
    }

    /**
     * "did anyone present on both days?", "who spoke on both days?": the people with sessions on more than one day
     * of the program, with those sessions. Null when the question does not ask that: no one named, no topic, and
     * both days with someone asked for.
     */
    Answer onEveryDay(Question q) {
        boolean everyDay = java.util.stream.IntStream.range(0, Math.max(0, q.words().size() - 1))
                .anyMatch(i -> q.words().get(i).text().equals("both")
                        && Set.of("days", "day").contains(q.words().get(i + 1).text()));
        boolean someone = q.hasAnyWord(Cues.WHO) || q.hasAnyWord(Cues.PERSON_NOUNS)
                || q.hasAnyWord(Set.of("anyone", "anybody", "someone", "somebody"));
        if (!everyDay || !someone || !q.people().isEmpty() || q.hasTopic() || q.event().program().days() < 2) {
            return null;
        }
        Map<Person, List<Session>> byPerson = sessionsByPerson(q.event().sessions(), q.kind() == SessionKind.BOF);
        byPerson.values().removeIf(list -> list.stream().map(Session::day).distinct().count() < 2);
        String yes = q.opensYesOrNo() ? (byPerson.isEmpty() ? "No: " : "Yes: ") : "";
        if (byPerson.isEmpty()) {
            return Answer.of(yes + "nobody the post names spoke on more than one day of " + q.event().name() + ".");
        }
        String who = Phrases.number(byPerson.size()) + " " + (byPerson.size() == 1 ? "person" : "people");
        return Answer.of((yes.isEmpty() ? Phrases.capitalised(who) : yes + who) + " spoke on more than one day: "
                + eachPersonsSessions(byPerson) + ".", shownOf(byPerson));
    }

    /** "Avi Kivity: “Avi's keynote” (day 1, morning) and …; Anthony Liguori: …", for a map from people to sessions. */
    private static String eachPersonsSessions(Map<Person, List<Session>> byPerson) {
        List<String> parts = new ArrayList<>();
        byPerson.forEach((person, sessions) -> {
            List<String> titles = new ArrayList<>();
            sessions.forEach(session -> titles.add(Phrases.quoted(session) + " (" + Phrases.shortWhen(session) + ")"));
            parts.add(person.name() + ": " + Phrases.join(titles));
        });
        return String.join("; ", parts);
    }

    /** Every session of the map, once, in the order the map gives them. */
    private static List<Session> shownOf(Map<Person, List<Session>> byPerson) {
        Set<Session> shown = new LinkedHashSet<>();
        byPerson.values().forEach(shown::addAll);
        return List.copyOf(shown);
    }

    /** The people with more than one of the sessions, in the order of their first one, with those sessions. */
    Map<Person, List<Session>> sessionsByPerson(List<Session> sessions, boolean withBofs) {
        Map<Person, List<Session>> byPerson = new java.util.LinkedHashMap<>();
        for (Session session : sessions) {
            if (withBofs || session.kind() != SessionKind.BOF) {
                for (Person person : model.speakersOf(session)) {
                    byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(session);
                }
            }
        }
        byPerson.values().removeIf(list -> list.size() < 2);
        return byPerson;
    }

    /**
     * "which talk had two presenters", "did any session have more than one speaker", "were any talks co-presented":
     * the sessions with that many speakers, or with more than one (BOFs only when asked for: their people took part
     * rather than presented). Null when the question counts no speakers, or names a topic.
     */
    Answer byNumberOfSpeakers(Question q) {
        if (!q.people().isEmpty() || q.target() == Target.COUNT) {
            return null;
        }
        int wanted = speakersPerSessionAsked(q);
        boolean onlyTheNumber = q.topic().stream().allMatch(token -> Cues.NUMBERS.containsKey(token.text())
                || SHARED_SESSION.contains(token.text()));
        if (wanted == 0 || !onlyTheNumber) {
            return null;
        }
        boolean moreThanOne = wanted < 0;
        List<Session> found = new ArrayList<>();
        for (Session session : PostLookup.pool(q, q.event().sessions())) {
            boolean presented = session.kind() != SessionKind.BOF || q.kind() == SessionKind.BOF;
            int count = session.speakers().size();
            if (presented && (moreThanOne ? count > 1 : count == wanted)) {
                found.add(session);
            }
        }
        String many = moreThanOne ? "more than one" : Phrases.number(wanted);
        if (found.isEmpty()) {
            return Answer.notInPost("The post names " + many + " speakers for none of its "
                    + Phrases.kindPlural(q.kind()) + ".", List.of());
        }
        String yes = q.opensYesOrNo() ? "Yes. " : "";
        if (moreThanOne) {
            // A BOF's people took part in it; a talk's gave it.
            String had = q.kind() == SessionKind.BOF
                    ? (found.size() == 1 ? " BOF had" : " BOFs had") + " more than one participant: "
                    : (found.size() == 1 ? " session was" : " sessions were") + " given by more than one speaker: ";
            return Answer.of(yes + Phrases.capitalised(Phrases.number(found.size())) + had
                    + titlesWithSpeakers(found) + ".", found);
        }
        return Answer.of(yes + Phrases.capitalised(many) + " speakers: " + titlesWithSpeakers(found) + ".", found);
    }

    /** Words that say a session was given by more than one person: "were any talks co-presented?". */
    private static final Set<String> CO_PRESENTED = Set.of("co-presented", "copresented", "co-presenters",
            "co-speakers", "co-presenting", "jointly", "duo");

    /** Words of a question for sessions by their number of speakers that are no topic of theirs. */
    private static final Set<String> SHARED_SESSION = java.util.stream.Stream.concat(CO_PRESENTED.stream(),
            java.util.stream.Stream.of("co-presenter", "co-speaker", "joint", "together", "more", "than", "multiple", "several", "pair"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * How many speakers a session is asked to have: a number before a word for people ("two presenters"), -1 for
     * more than one ("more than one speaker", "multiple presenters", "co-presented", "a pair of people"), 0 when the
     * question asks for no number of speakers.
     */
    static int speakersPerSessionAsked(Question q) {
        List<Token> words = q.words();
        boolean peopleNamed = q.hasAnyWord(Cues.PERSON_NOUNS);
        for (int i = 0; i + 1 < words.size(); i++) {
            String word = words.get(i).text();
            String next = words.get(i + 1).text();
            boolean person = Cues.PERSON_NOUNS.contains(next);
            Integer number = Cues.NUMBERS.get(word);
            // "which two people gave keynotes?" asks for the people, two of them; "which talk had two people" for a
            // session with that many.
            boolean askedFor = i > 0 && Set.of("which", "what", "the").contains(words.get(i - 1).text());
            boolean moreThan = i >= 2 && words.get(i - 1).text().equals("than")
                    && words.get(i - 2).text().equals("more");
            if (person && (moreThan || Set.of("multiple", "several").contains(word))) {
                return -1;
            }
            if (number != null && person && !askedFor) {
                return number;
            }
            if (word.equals("pair") && next.equals("of") && i + 2 < words.size()
                    && Cues.PERSON_NOUNS.contains(words.get(i + 2).text())) {
                return -1;
            }
        }
        return q.hasAnyWord(CO_PRESENTED) || peopleNamed && q.hasAnyWord(Set.of("together")) ? -1 : 0;
    }

    /** The session just after or before another in the post's program. */
    Answer neighbour(Question q, Session anchor) {
        boolean after = q.relative() == Question.Relative.AFTER;
        List<Session> program = q.event().sessions();
        int at = program.indexOf(anchor);
        int other = after ? at + 1 : at - 1;
        if (at < 0 || other < 0 || other >= program.size()) {
            // "what came after the postcopy talk… was that the end?": that it was the last is the answer.
            return Answer.of("Nothing, by the post: " + Phrases.described(model, anchor) + " ("
                    + Phrases.shortWhen(anchor) + ") is the " + (after ? "last" : "first") + " session it describes.",
                    List.of(anchor));
        }
        Session session = program.get(other);
        java.util.Optional<Event.Gap> gap = q.event().program().gapAfter(after ? anchor.order() : session.order());
        boolean author = q.hasAnyWord(Cues.AUTHOR)
                || q.people().stream().anyMatch(person -> person.name().equals(q.event().report().author()));
        if (gap.isPresent() && author && QuestionShape.saysTheAuthorAttended(q)) {
            // "what did the author see after Juan's talk": what he saw next is the next session the post describes.
            return Answer.of("After " + Phrases.quoted(anchor) + ", the next session the post's author saw was "
                    + Phrases.described(model, session) + " (" + Phrases.shortWhen(session) + "); in between he says “"
                    + gap.get().statement() + "”", List.of(session));
        }
        if (gap.isPresent() && (author || q.words().get(0).text().equals("what")) && QuestionShape.asksWhatTheAuthorDid(q)) {
            // "what did the author do right before the post-copy talk": what he says he did in the gap.
            return Answer.of((after ? "After " : "Before ") + Phrases.quoted(anchor) + ", its author says: “"
                    + gap.get().statement() + "” The " + (after ? "next" : "previous") + " session the post describes is "
                    + Phrases.described(model, session) + " (" + Phrases.shortWhen(session) + ").", List.of(session));
        }
        // "which talk came right after Juan's" asks for a session; "what came after Juan's talk" names its anchor.
        List<Token> words = q.words();
        int relative = 0;
        while (relative < words.size() && !Cues.AFTER.contains(words.get(relative).text())
                && !Cues.BEFORE.contains(words.get(relative).text())) {
            relative++;
        }
        // "what came right after …": the one next to it, which the post cannot give across its author's absence.
        boolean rightNext = relative > 0 && Set.of("right", "directly", "immediately", "just")
                .contains(words.get(relative - 1).text());
        boolean asksForASession = q.target() == Target.SPEAKER || rightNext || words.subList(0, relative).stream()
                .anyMatch(word -> Cues.SESSION_NOUNS.contains(word.text()) || Cues.PLURAL_SESSIONS.contains(word.text())
                        || Cues.KEYNOTE.contains(word.text()) || Cues.BOF.contains(word.text())
                        || Cues.LIGHTNING.contains(word.text()));
        if (gap.isPresent() && asksForASession) {
            // "which talk came right after Juan's": the post's next session is not the program's; its author says
            // he missed those in between.
            return Answer.notInPost("The post does not say what came " + (after ? "right after " : "right before ")
                    + Phrases.quoted(anchor) + ": its author says “" + gap.get().statement() + "” The "
                    + (after ? "next" : "previous") + " session it describes is " + Phrases.described(model, session)
                    + " (" + Phrases.shortWhen(session) + ").", List.of(session));
        }
        if (gap.isPresent()) {
            // "what came after Juan's talk?": that the author was away is what the post has to say of it.
            return Answer.of("Right " + (after ? "after " : "before ") + Phrases.quoted(anchor) + ", the post's author"
                    + " was away: “" + gap.get().statement() + "” The " + (after ? "next" : "previous")
                    + " session it describes is " + Phrases.described(model, session) + " ("
                    + Phrases.shortWhen(session) + ").", List.of(session));
        }
        String relation = (after ? "After " : "Before ") + Phrases.quoted(anchor) + ", the post's "
                + (after ? "next" : "previous") + " session was ";
        if (q.target() == Target.SPEAKER && session.speakers().isEmpty()) {
            return Answer.notInPost(relation + Phrases.named(session) + ", but it names nobody for it.",
                    List.of(session));
        }
        return switch (q.target()) {
            case SLIDES -> slides(List.of(session));
            case TIME -> times(List.of(session));
            default -> Answer.of(acrossABreak(q, anchor, session, after) + relation + Phrases.described(model, session)
                    + " (" + Phrases.shortWhen(session) + ").", List.of(session));
        };
    }

    /**
     * What lies between two neighbouring sessions when they are on different days or parts of a day: "what happened
     * after the BOFs on day 1" is the evening the post describes; "after the USB talk, what came next" is the
     * afternoon's parallel tracks. Empty when they share a day and part.
     */
    String acrossABreak(Question q, Session anchor, Session session, boolean after) {
        Session earlier = after ? anchor : session;
        Session later = after ? session : anchor;
        if (earlier.day() != later.day()) {
            Answer evening = EventAnswers.answer(EventFact.AFTER_TALKS, q.event(), earlier.day(), Set.of());
            return "That ended day " + earlier.day() + (evening.answered() ? ". " + evening.text() + " " : ". ");
        }
        String tracks = q.event().program().parallelTracks();
        if (earlier.part() != later.part() && earlier.part() != null && later.part() != null) {
            String ended = earlier.part().name().toLowerCase(java.util.Locale.ROOT);
            String began = later.part().name().toLowerCase(java.util.Locale.ROOT);
            boolean parallel = tracks != null && tracks.toLowerCase(java.util.Locale.ROOT).contains(began);
            return "That ended day " + earlier.day() + "'s " + ended + " session"
                    + (parallel ? "; the " + began + " had parallel tracks. " : ". ");
        }
        return "";
    }

    /** A part of the program: every session in it, in program order. */
    Answer listed(Question q, List<Session> pool) {
        if (q.target() == Target.COUNT && countsPeople(q)) {
            return countedSpeakers(q, pool);
        }
        Answer total = totalNotGiven(q, pool);
        if (total != null) {
            return total;
        }
        if (pool.size() == 1 && q.target() != Target.COUNT) {
            return Answer.of(sessionsSentence(pool), pool);
        }
        // "how many talks were in the day 1 morning session?": the asker's word for them all, keynote or not.
        boolean saysTalks = q.kind() == null && q.hasAnyWord(Set.of("talk", "talks"));
        String noun = saysTalks ? "talks" : Phrases.kindPlural(q.kind());
        String scope = Phrases.scope(q.day(), q.part(), q.event().name());
        StringBuilder text = new StringBuilder();
        if (q.target() == Target.COUNT || pool.size() > 8) {
            text.append("The post describes ").append(pool.size()).append(' ').append(pool.size() == 1
                    ? noun.substring(0, noun.length() - 1) : noun).append(' ').append(scope);
            // "how many talks that afternoon": sessions of several kinds are counted by kind as well.
            // Called talks, they are counted by kind all the same, so both counts are there: "7 talks, all kinds
            // counted (1 keynote and 6 talks)".
            String byKind = q.kind() != null ? "" : countedByKind(pool);
            byKind = saysTalks && !byKind.isEmpty() ? ", all kinds counted" + byKind : byKind;
            text.append(byKind);
            text.append(pool.size() > 8 ? (byKind.isEmpty() ? " (listed below)." : ", listed below.")
                    : ": " + titlesWithSpeakers(pool) + ".");
        } else {
            text.append("The post describes ").append(pool.size()).append(' ').append(pool.size() == 1
                    ? noun.substring(0, noun.length() - 1) : noun).append(' ').append(scope).append(": ")
                    .append(titlesWithSpeakers(pool)).append('.');
        }
        boolean afternoon = pool.stream().anyMatch(s -> s.part() != org.kvmforum.bot.content.PartOfDay.MORNING);
        if (afternoon && q.event().program().parallelTracks() != null) {
            text.append(" There were parallel tracks ").append(q.event().program().parallelTracks()).append('.');
        }
        return Answer.of(text.toString(), pool);
    }

    /** Whether a word for the first ("opening", "first") stands right before the word for the question's kind. */
    private static boolean placesTheKind(Question q) {
        List<Token> words = q.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            boolean first = Cues.OPENING.contains(words.get(i).text()) || words.get(i).text().equals("first");
            String next = words.get(i + 1).text();
            boolean kind = Cues.KEYNOTE.contains(next) || Cues.BOF.contains(next) || Cues.LIGHTNING.contains(next);
            if (first && kind) {
                return true;
            }
        }
        return false;
    }

    /** " (5 talks, 1 lightning talk and 3 BOFs)" for sessions of several kinds; empty for one kind. */
    private static String countedByKind(List<Session> pool) {
        java.util.Map<SessionKind, Integer> counts = new java.util.EnumMap<>(SessionKind.class);
        pool.forEach(session -> counts.merge(session.kind(), 1, Integer::sum));
        if (counts.size() < 2) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, n) -> parts.add(n + " " + (n == 1 ? Phrases.kindNoun(kind) : Phrases.kindPlural(kind))));
        return " (" + Phrases.join(parts) + ")";
    }

    /**
     * "how many BOFs were there", "how many talks in total": a count over the whole event, of sessions some of which
     * ran in parallel tracks. The post describes what its author attended, so it holds the total only when it says
     * how many there were: "A couple of lightning talks were held" answers, "A few BOF sessions were lined up" is
     * quoted but gives no number, and without such a sentence the post does not say. Null for any other question,
     * or when every such session was in a part of the program with one track (the keynotes).
     */
    Answer totalNotGiven(Question q, List<Session> pool) {
        Event event = q.event();
        // "both tracks included" reads as the afternoons that ran them; "in total", "altogether" make it the event.
        boolean total = q.words().stream().anyMatch(word -> Set.of("total", "altogether", "overall", "both", "all")
                .contains(word.text()));
        // "in total, including ones the author missed": the whole event, the author's absences included.
        // "including the ones the author didn't attend", "not just what the author saw": beyond what he attended.
        boolean beyondHisOwn = q.hasAnyWord(Set.of("not", "didn't", "didnt", "never", "wasn't"))
                && q.hasAnyWord(Set.of("attend", "attended", "saw", "see", "catch", "caught", "in"));
        boolean evenMissed = q.hasAnyWord(Set.of("including", "include", "incl")) && (q.hasAnyWord(Cues.MISSED)
                || beyondHisOwn) || total && beyondHisOwn;
        boolean wholeEvent = q.target() == Target.COUNT && q.day() == 0 && (q.part() == null || total)
                && q.people().isEmpty()
                && (evenMissed || !q.hasTopic() && !QuestionShape.saysTheAuthorAttended(q)
                        && q.words().stream().noneMatch(word -> IN_THE_POST.contains(word.text())));
        // "how many talks ran on the day 1 afternoon across all tracks?": a part of a day, every track of it counted.
        boolean everyTrack = q.target() == Target.COUNT && total && q.people().isEmpty()
                && q.hasAnyWord(Set.of("track", "tracks"));
        wholeEvent |= everyTrack;
        boolean inTracks = event.program().parallelTracks() != null
                && pool.stream().anyMatch(session -> session.part() != org.kvmforum.bot.content.PartOfDay.MORNING);
        if (!wholeEvent || !inTracks || pool.isEmpty()) {
            return null;
        }
        String noun = Phrases.kindPlural(q.kind());
        String described = " The post describes " + Phrases.number(pool.size()) + " "
                + (pool.size() == 1 ? noun.substring(0, noun.length() - 1) : noun) + ", those its author attended; "
                + "there were parallel tracks " + event.program().parallelTracks() + ".";
        String said = q.kind() == null ? null : quantityStated(event, q.kind());
        if (said == null) {
            String scope = q.day() != 0 || q.part() != null ? " " + Phrases.scope(q.day(), q.part(), event.name()) : "";
            return Answer.notInPost("The post does not give the total number of " + noun + scope + "." + described,
                    pool);
        }
        if (VAGUE_QUANTITIES.stream().anyMatch(vague -> said.toLowerCase(java.util.Locale.ROOT).contains(vague))) {
            return Answer.notInPost("The post gives no number: it says “" + said + "”" + described, pool);
        }
        return Answer.of("The post says: “" + said + "”" + described, pool);
    }

    /**
     * The post's sentence saying how many sessions of a kind there were: a quantity just before the kind's word ("A
     * couple of lightning talks were held", "A few BOF sessions were lined up"); null when it has none.
     */
    private static String quantityStated(Event event, SessionKind kind) {
        Set<String> kindWords = switch (kind) {
            case BOF -> Cues.BOF;
            case LIGHTNING_TALK -> Cues.LIGHTNING;
            case KEYNOTE -> Cues.KEYNOTE;
            case TALK -> Set.of("talks");
        };
        for (String sentence : event.sentences()) {
            List<Token> tokens = Token.of(TextNormalizer.clean(sentence));
            for (int i = 1; i < tokens.size(); i++) {
                if (!kindWords.contains(tokens.get(i).text())) {
                    continue;
                }
                for (int k = Math.max(0, i - 3); k < i; k++) {
                    String word = tokens.get(k).text();
                    if (QUANTITY_WORDS.contains(word) || Cues.NUMBERS.containsKey(word) || Cues.NUMBER_WORDS.contains(word)
                            || word.chars().allMatch(Character::isDigit)) {
                        return sentence;
                    }
                }
            }
        }
        return null;
    }

    /** "how many speakers", "how many people": a count of people, not of sessions. */
    static boolean countsPeople(Question q) {
        return q.hasAnyWord(Cues.PERSON_NOUNS);
    }

    /** "The post names 22 speakers …": people who gave a keynote, talk or lightning talk (BOFs have participants). */
    Answer countedSpeakers(Question q, List<Session> pool) {
        Set<String> speakers = new LinkedHashSet<>();
        Set<String> participants = new LinkedHashSet<>();
        for (Session session : pool) {
            for (Person person : model.speakersOf(session)) {
                (session.kind() == SessionKind.BOF ? participants : speakers).add(person.name());
            }
        }
        participants.removeAll(speakers);
        String text = "The post names " + speakers.size() + " speakers "
                + Phrases.scope(q.day(), q.part(), q.event().name()) + ": " + Phrases.join(List.copyOf(speakers))
                + (participants.isEmpty() ? "." : "; BOFs add " + Phrases.join(List.copyOf(participants)) + ".");
        return Answer.of(text);
    }

    String titlesWithSpeakers(List<Session> sessions) {
        List<String> items = new ArrayList<>();
        for (Session session : sessions) {
            String names = Phrases.speakers(model, session);
            items.add(Phrases.quoted(session) + (names.isEmpty() ? "" : " (" + names + ")"));
        }
        return Phrases.join(items);
    }

    /** Who gave them; says so plainly when the post names nobody. */
    Answer speakers(List<Session> sessions) {
        List<String> parts = new ArrayList<>();
        List<Session> unnamed = new ArrayList<>();
        for (Session session : sessions) {
            String names = Phrases.speakers(model, session);
            if (names.isEmpty()) {
                unnamed.add(session);
            } else if (session.kind() == SessionKind.BOF) {
                parts.add(names + " took part in the BOF " + Phrases.quoted(session) + " " + Phrases.when(session));
            } else {
                parts.add(names + " " + Phrases.gave(session) + " " + Phrases.when(session));
            }
        }
        if (parts.isEmpty()) {
            return Answer.notInPost("The post does not say who led or gave " + namedList(unnamed)
                    + ": it names nobody for " + (unnamed.size() == 1 ? "it." : "them."), sessions);
        }
        String text = String.join("; ", parts) + ".";
        if (!unnamed.isEmpty()) {
            text += " The post names nobody for " + namedList(unnamed) + ".";
        }
        return Answer.of(text, sessions);
    }

    /** Their slides; says so plainly for sessions the post links none for. */
    Answer slides(List<Session> sessions) {
        List<String> parts = new ArrayList<>();
        List<Session> without = new ArrayList<>();
        for (Session session : sessions) {
            if (session.hasSlides()) {
                String names = Phrases.speakers(model, session);
                parts.add("the slides for " + Phrases.quoted(session) + (names.isEmpty() ? "" : " (" + names + ")")
                        + " are at " + session.slides().url() + " (" + session.slides().format() + ")");
            } else {
                without.add(session);
            }
        }
        if (parts.isEmpty()) {
            List<String> described = new ArrayList<>();
            without.forEach(s -> described.add(Phrases.described(model, s)));
            return Answer.notInPost("The post does not link any slides for " + Phrases.join(described) + ".",
                    sessions);
        }
        String text = Phrases.capitalised(String.join("; ", parts)) + ".";
        if (!without.isEmpty()) {
            text += " The post links no slides for " + namedList(without) + ".";
        }
        return Answer.of(text, sessions);
    }

    /** When they were. */
    Answer times(List<Session> sessions) {
        List<String> parts = new ArrayList<>();
        for (Session session : sessions) {
            parts.add(Phrases.described(model, session) + " was " + Phrases.when(session));
        }
        return Answer.of(Phrases.capitalised(String.join("; ", parts)) + ".", sessions);
    }

    /**
     * "how many talks have slides linked in the post?": words that only say the slides are linked are no topic, so
     * the question is the program's count of decks ({@link #aboutProgram}). Null for any other question, and for one
     * with a topic or people ("how many slides did the keynote have" is {@link Unstated}).
     */
    Answer slidesCounted(Question q) {
        boolean onlyLinking = q.hasTopic() && q.topic().stream().allMatch(token -> LINKING.contains(token.text()));
        if (q.target() != Target.SLIDES || !QuestionShape.opensWithHowMany(q) || !onlyLinking || !q.people().isEmpty()) {
            return null;
        }
        Question untopical = q.withTopic(List.of());
        return aboutProgram(untopical, PostLookup.pool(untopical, q.event().sessions()));
    }

    /** Which sessions: one, or a few close matches. */
    String sessionsSentence(List<Session> sessions) {
        if (sessions.size() == 1) {
            Session session = sessions.get(0);
            return Phrases.capitalised(Phrases.described(model, session)) + ", " + Phrases.when(session) + ".";
        }
        List<String> parts = new ArrayList<>();
        for (Session session : sessions) {
            parts.add(Phrases.described(model, session) + " (" + Phrases.shortWhen(session) + ")");
        }
        return Phrases.capitalised(Phrases.number(sessions.size())) + " sessions match: " + Phrases.join(parts) + ".";
    }

    private static String namedList(List<Session> sessions) {
        List<String> named = new ArrayList<>();
        sessions.forEach(s -> named.add(Phrases.named(s)));
        return Phrases.join(named);
    }

    /**
     * The one session at the question's position, or null. An edge of a part ("Gerd's USB talk was the last one
     * before the parallel tracks, right?") is found without the topic, which names the claim's subject.
     */
    Session sessionAtPosition(Question q) {
        Answer found = q.edge() != Question.Edge.NONE && q.part() != null ? atEdge(q.withTopic(List.of()))
                : aboutProgram(q, PostLookup.pool(q, q.event().sessions()));
        return found.answered() && found.sessions().size() == 1 ? found.sessions().get(0) : null;
    }

    /**
     * What each of the question's people gave among the sessions, as one sentence per person ("Avi Kivity gave the
     * keynote (day 1 morning)"); with count, how many. Says when a first name the question used is shared.
     */
    String personSessions(Question q, List<Session> sessions, boolean count) {
        List<String> sentences = new ArrayList<>();
        for (Person person : q.people()) {
            List<String> parts = new ArrayList<>();
            String verb = null;
            for (Session session : sessions) {
                if (session.speakers().contains(person.id())) {
                    // "gave A and B", not "gave A and gave B"; the verb is repeated only when it changes.
                    String thisVerb = Phrases.verb(session);
                    parts.add((thisVerb.equals(verb) ? "" : thisVerb + " ") + Phrases.named(session)
                            + " (" + Phrases.shortWhen(session) + ")");
                    verb = thisVerb;
                }
            }
            if (parts.isEmpty()) {
                continue;
            }
            String sentence = count
                    ? person.name() + " is in " + parts.size() + (parts.size() == 1 ? " session: " : " sessions: ")
                    + Phrases.join(parts)
                    : person.name() + " " + Phrases.join(parts);
            if (person.name().equals(q.event().report().author())) {
                sentence += ", and wrote the report";
            }
            sentences.add(sentence);
        }
        String text = String.join("; ", sentences) + ".";
        if (q.sharedFirstName()) {
            return "The post has " + Phrases.number(q.people().size()) + " people named "
                    + q.people().get(0).firstName() + ": " + text;
        }
        return text;
    }
}
