package org.kvmforum.bot.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.search.Stems;
import org.kvmforum.bot.search.TextNormalizer;
import org.kvmforum.bot.search.Token;
import org.kvmforum.bot.search.TopicIndex;

/**
 * A belief put up for confirmation ("Rik talked about NUMA policies, right?", "the forum was in Chicago, no?"), checked
 * against what the post says: who gave the session it supposes, the value of an event fact, the evening it names, the
 * one sentence that speaks to it, or the post's apposition for what a thing is. Each reading answers with the post's
 * own fact or sentence, so a wrong belief is corrected, not only denied. Null from a reading means the question is
 * not its kind.
 */
final class BeliefReadings {
    /** Facts that are a value (a place, a name, a number), which a belief can get right or wrong. */
    static final Set<EventFact> VALUE_FACTS = Set.of(EventFact.PLACE, EventFact.COLOCATED, EventFact.DAYS,
            EventFact.ATTENDANCE, EventFact.FIRST_FORUM, EventFact.SLOTS, EventFact.DATES);

    private final ContentModel model;
    private final TopicIndex index;
    private final PostLookup lookup;
    private final ProgramAnswers program;
    /** Every word of a person's name in the model ("asias", "he", "kivity"). */
    private final Set<String> peoplesNameWords = new HashSet<>();

    BeliefReadings(ContentModel model, TopicIndex index, PostLookup lookup, ProgramAnswers program) {
        this.model = model;
        model.people().forEach(person -> Token.of(TextNormalizer.clean(person.name()))
                .forEach(token -> peoplesNameWords.add(token.text())));
        this.index = index;
        this.lookup = lookup;
        this.program = program;
    }

    /**
     * "AHCI was faster than virtio-blk in Alex's numbers, right?", "windows xp supports AHCI natively, right?": a
     * belief about a detail that one sentence of the post speaks to, with most of the belief's specific words (few
     * sessions use them) and two at least. The post's sentence is the answer, whether it bears the belief out or
     * not: the asker reads it. Null for any other question, and when no one sentence stands out.
     */
    Answer beliefAgainstASentence(Question q) {
        if (q.event() == null || !q.checksABelief()) {
            return null;
        }
        // An adverb ("still", "already") says how the belief is held, not what it is about.
        List<Token> about = q.topic().stream().filter(token -> !Cues.VERB_ADVERBS.contains(token.text())).toList();
        List<TopicIndex.Resolved> specific = lookup.resolve(about).stream()
                .filter(lookup::isSpecific).distinct().toList();
        if (specific.size() < 2) {
            return definedInApposition(q);
        }
        int at = PostLookup.sentenceWithMost(q.event(), specific);
        if (at < 0) {
            return null;
        }
        String best = q.event().sentences().get(at);
        // "Avi said the ARM port would be merged in Linux 3.2, right?": a figure the sentence lacks is the claim,
        // and the sentence does not speak to it.
        if (figureMissing(q, best)) {
            return null;
        }
        List<Session> in = PostLookup.sessionsQuoting(q.event(), best);
        return Answer.of("The post says" + (in.isEmpty() ? "" : " of " + Phrases.described(model, in.get(0))) + ": “"
                + best + "”", in);
    }

    /**
     * "was virtio designed at the 2010 forum?": a yes or no that puts something the post dates in another year. The
     * sentence with most of the question's words, when it gives a year and not the one asked, answers no.
     * Null when no one sentence has them, or it gives no year or the same one.
     */
    Answer yearAgainstASentence(Question q) {
        if (q.event() == null || !q.opensYesOrNo() && !q.checksABelief()) {
            return null;
        }
        List<Token> about = q.topic().stream().filter(token -> !YEAR.matcher(token.text()).matches()).toList();
        List<TopicIndex.Resolved> resolved = lookup.resolve(about);
        List<TopicIndex.Resolved> known = new ArrayList<>();
        for (int i = 0; i < resolved.size(); i++) {
            TopicIndex.Resolved word = resolved.get(i);
            TopicIndex.Resolved kept = word.stems().isEmpty() ? null : word.typo() ? null : word;
            if (word.stems().isEmpty() && resolved.size() == about.size()) {
                // "hashed out" is in the event's own sentences, which the sessions' index does not hold.
                String stem = Stems.of(about.get(i).text());
                boolean inTheEvent = q.event().sentences().stream()
                        .anyMatch(sentence -> PostLookup.stemsOf(sentence).contains(stem));
                kept = inTheEvent ? new TopicIndex.Resolved(List.of(stem), false, List.of()) : null;
            }
            if (kept != null && !known.contains(kept)) {
                known.add(kept);
            }
        }
        int at = known.size() < 2 ? -1 : PostLookup.sentenceWithMost(q.event(), known);
        if (at < 0) {
            return null;
        }
        String best = q.event().sentences().get(at);
        java.util.regex.Matcher year = YEAR.matcher(best);
        boolean dated = false;
        while (year.find()) {
            String found = year.group();
            if (q.words().stream().anyMatch(word -> word.text().equals(found))) {
                return null; // the year asked is the one the sentence gives
            }
            dated = true;
        }
        List<Session> in = PostLookup.sessionsQuoting(q.event(), best);
        return dated ? Answer.of("No: the post says: “" + best + "”", in) : null;
    }

    private static final Set<String> BE = Set.of("is", "was", "are", "were");
    private static final Set<String> KIND_OPENERS = Set.of("a", "an", "some", "one", "kind", "sort", "type");
    /** What the asker says before a belief of what a thing is: "I thought Illumos was a Linux distribution". */
    private static final Set<String> BELIEF_VERBS = Set.of("thought", "think", "believe", "believed", "assumed",
            "assume", "heard", "guess", "figured", "that");

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    /**
     * "illumos is a bsd fork, isn't it": a belief of what a thing is, which the post says in apposition ("Illumos,
     * a Solaris clone"). The belief opens with the thing and a form of "be"; null when it does not, or the post puts
     * nothing beside the thing.
     */
    Answer definedInApposition(Question q) {
        List<Token> all = q.words();
        // "X is a …", "X is some …": a kind put to the thing, not anything else said of it ("QEMU was early to…").
        // Also asked ("is X a …?") or after what the asker thought ("I thought X was a …").
        Token thing = null;
        for (int i = 0; i + 2 < all.size() && thing == null; i++) {
            boolean aKind = BE.contains(all.get(i).text()) && i + 3 < all.size()
                    && KIND_OPENERS.contains(all.get(i + (i == 0 ? 2 : 1)).text())
                    && !all.get(i + (i == 0 ? 3 : 2)).text().equals("of"); // "QEMU was one of the first to…"
            boolean stated = i == 1 || i >= 2 && BELIEF_VERBS.contains(all.get(i - 2).text());
            if (aKind && i == 0) {
                thing = all.get(1);
            } else if (aKind && stated) {
                thing = all.get(i - 1);
            }
        }
        if (thing == null || index.resolve(thing).unknown()) {
            return null;
        }
        java.util.regex.Pattern apposition = java.util.regex.Pattern.compile("(?i)\\b"
                + java.util.regex.Pattern.quote(thing.text()) + "\\b,\\s+(?:a|an|the)\\s");
        for (String sentence : q.event().sentences()) {
            if (apposition.matcher(sentence).find()) {
                return Answer.of("The post says: “" + sentence + "”", PostLookup.sessionsQuoting(q.event(), sentence));
            }
        }
        return null;
    }

    /** Whether the question has a figure (digits other than its event's year) that the sentence does not. */
    static boolean figureMissing(Question q, String sentence) {
        return figureMissing(q, sentence, 0);
    }

    /** The same, where the number of the day the question names ("on day 2") is no figure of the sentence's. */
    static boolean figureMissing(Question q, String sentence, int day) {
        String lower = sentence.toLowerCase(java.util.Locale.ROOT);
        return q.words().stream().map(Token::text).anyMatch(word -> (word.chars().anyMatch(Character::isDigit)
                || MULTIPLES.contains(word) || word.length() > 2 && Cues.isMonth(word)) && !lower.contains(word)
                && !word.equals(Integer.toString(q.event().year()))
                && (day == 0 || !word.equals(Integer.toString(day))));
    }

    /**
     * A figure as written: "3.1", "0.15", "50%" (not "2nd", "x86" or "usb3", which are words with digits, nor the id
     * in a Discord mention, "<@123…>").
     */
    private static final java.util.regex.Pattern FIGURE =
            java.util.regex.Pattern.compile("(?<![\\w.%/$@!&#:<-])\\d+(?:\\.\\d+)*%?(?![\\w.%]*\\w)");

    /** The word just before a figure: "Windows" of "Windows 7". */
    private static final java.util.regex.Pattern WORD_BEFORE = java.util.regex.Pattern.compile("([\\p{L}]+)\\s+$");

    /**
     * "The notable OS without AHCI out of the box was Windows 7, right?": the figure is part of a name whose first
     * word the paragraph has with a name of its own after it ("Windows XP"), so the belief is set against that.
     */
    private static boolean namedOtherwise(String before, String paragraph) {
        java.util.regex.Matcher word = WORD_BEFORE.matcher(before);
        if (!word.find()) {
            return false;
        }
        java.util.regex.Matcher after = java.util.regex.Pattern.compile("(?i)\\b" + word.group(1) + "\\s+(\\S+)")
                .matcher(paragraph);
        while (after.find()) {
            String next = after.group(1);
            if (Character.isUpperCase(next.charAt(0)) || next.chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text has a figure as written ({@link #FIGURE}). */
    static boolean hasFigure(String text) {
        return FIGURE.matcher(text).find();
    }

    /**
     * "VFIO is expected in Linux 3.1, correct?", "io throttling landed in qemu 0.15, right?": a belief that puts a
     * figure on one session (or a fact of the event), where the post never writes that figure and the session's
     * paragraph (the fact's quoted sentence) gives no figure that could stand in its place, is borne out by nothing
     * the post says. What was found for the rest follows the private "does not say so". ("QEMU 2.0" is set against
     * the "1.0" of its paragraph by the readings of details; the day the question names and the event's year are no
     * such figures.) The answer as it was otherwise.
     */
    Answer withFigureNeverGiven(Question q, String asked, Answer answer) {
        if (!answer.answered() || answer.sessions().size() > 1 || !(q.opensYesOrNo() || q.checksABelief())) {
            return answer;
        }
        // A fact of the event ("like 40 people showed up to the red hat dinner, right?") is set against the post's
        // own words the answer quotes; one the answer already corrects ("No: …") stays as it is.
        if (answer.sessions().isEmpty() && (!answer.text().contains("\u201c") || answer.text().startsWith("No"))) {
            return answer;
        }
        String everything = String.join(" ", q.event().sentences()).toLowerCase(java.util.Locale.ROOT);
        List<String> never = new ArrayList<>();
        // The figures a fact's answer gives itself stand in its place too ("the post is dated 23 August 2011"); the
        // day it names does not.
        String paragraph = answer.sessions().isEmpty() ? answer.text().replaceAll("(?i)\\bday \\d+", "")
                : String.join(" ", lookup.paragraphSentences(answer.sessions().get(0)));
        java.util.regex.Matcher figures = FIGURE.matcher(asked);
        while (figures.find()) {
            String figure = figures.group().replace("%", "");
            if (!figure.equals(Integer.toString(q.day())) && !figure.equals(Integer.toString(q.event().year()))
                    && !PostLookup.containsWord(everything, figure) && !never.contains(figures.group())
                    && !PostLookup.containsWord(answer.text(), figure) // the post's date, from its front matter
                    && !namedOtherwise(asked.substring(0, figures.start()), paragraph)) {
                never.add(figures.group());
            }
        }
        if (never.isEmpty() || paragraph.chars().anyMatch(Character::isDigit)) {
            return answer;
        }
        return Answer.notInPost("The post does not say so: it never gives " + Phrases.join(never) + ". What it has on"
                + " that: " + answer.text(), answer.sessions());
    }

    /** Figures said in words: "twice as fast as IDE" claims a ratio as much as "2x" does (and a month, a date). */
    static final Set<String> MULTIPLES = Set.of("twice", "thrice", "double", "doubled", "triple", "tripled",
            "quadruple", "tenfold", "twofold", "threefold");

    /**
     * "Avi's keynote was mostly about KVM performance, right?": a person's one session of a kind, claimed to be on a
     * topic that singles out another session of theirs, is a no that names both. Null when the question is no belief,
     * names no kind or person with one session of it, or the topic picks that session or nobody's in particular.
     */
    Answer topicOfTheirKindChecked(Question q, List<TopicIndex.Resolved> words) {
        if (!(q.checksABelief() || q.opensYesOrNo()) || q.kind() == null || q.people().size() != 1 || !q.hasTopic()
                || q.position() != 0 || q.relative() != Question.Relative.NONE) {
            return null;
        }
        List<Session> theirs = model.sessionsOf(q.people().get(0)).stream()
                .filter(session -> session.eventId().equals(q.event().id())).toList();
        List<Session> ofTheKind = theirs.stream().filter(session -> session.kind() == q.kind()).toList();
        if (ofTheKind.size() != 1 || theirs.size() < 2) {
            return null;
        }
        List<TopicMatch> ranked = lookup.rank(words, q.event().sessions());
        List<Session> best = PostLookup.bestOf(ranked);
        Session named = ofTheKind.get(0);
        if (best.size() != 1 || !ranked.get(0).strong() || best.get(0).equals(named) || !theirs.contains(best.get(0))) {
            return null;
        }
        List<String> said = lookup.paragraphSentences(named);
        String gist = said.stream().filter(sentence -> !sentence.isBlank()).skip(said.size() > 1 ? 1 : 0).findFirst()
                .orElse("");
        return Answer.of("No: that was " + Phrases.described(model, best.get(0)) + " (" + Phrases.shortWhen(best.get(0))
                + "). Of " + Phrases.described(model, named) + " (" + Phrases.shortWhen(named) + ") the post says: “"
                + gist + "”", List.of(best.get(0), named));
    }

    /**
     * "the memory overcommit slides were Andrea's, right?": whose the slides are is claimed after them. Not "Dan's
     * lightning talk slides are linked in the post, right?", where the person says which slides, and the belief is
     * that they are linked.
     */
    private static boolean namedAfterTheSlides(Question q) {
        List<Token> words = q.words();
        int slides = -1;
        for (int i = 0; i < words.size() && slides < 0; i++) {
            if (Cues.SLIDES.contains(words.get(i).text())) {
                slides = i;
            }
        }
        if (slides < 0 || q.hasAnyWord(Set.of("gave", "presented", "delivered", "spoke", "did"))) {
            return true; // "Alex gave the AHCI talk, and these are its slides, right?": a verb gives it to them
        }
        for (int i = slides + 1; i < words.size(); i++) {
            String word = words.get(i).text();
            if (q.people().stream().anyMatch(person -> Grounding.nameParts(person).contains(word))) {
                return true;
            }
        }
        return false;
    }

    /** A word of the topic written as a name ("AutoNUMA", "Xen") that no sentence of the post has. */
    private static boolean nameNeverWritten(Question q) {
        return q.topic().stream().anyMatch(word -> word.writtenAsName() && !word.opening()
                && postNeverWrites(q, word.text()));
    }

    /** Whether no sentence of the asked event's post has the word. */
    private static boolean postNeverWrites(Question q, String word) {
        return q.event().sentences().stream().noneMatch(sentence -> PostLookup.mentions(sentence, word));
    }

    /** Verbs of giving a session, in the form after "did". */
    private static final Set<String> GIVE = Set.of("give", "present", "do", "deliver", "host", "lead", "run");

    /**
     * "did avi give the qemu keynote?", "did Alex Graf present the AHCI talk?": "did", the one person named, a verb of
     * giving and an article; not "did Avi's keynote say anything about Windows" (whose session) nor "did Dan's talk
     * have slides".
     */
    private static boolean didTheyGiveThe(Question q) {
        List<Token> words = q.words();
        if (words.size() < 4 || !words.get(0).text().equals("did")) {
            return false;
        }
        List<String> name = Grounding.nameParts(q.people().get(0));
        int i = 1;
        while (i < words.size() && name.contains(words.get(i).text())) {
            i++;
        }
        return i > 1 && i + 1 < words.size() && GIVE.contains(words.get(i).text())
                && Set.of("the", "that", "a").contains(words.get(i + 1).text());
    }

    /**
     * Who the question supposes gave a session: a yes-or-no with "by" before the people ("was the next-gen image
     * format talk by Kevin Wolf or Stefan Hajnoczi?") or a belief put up for confirmation ("Anthony Liguori gave the
     * very first keynote on day 1, right?"). The session is found without the people, by its position or by a topic
     * that singles it out across the event, and its speakers are compared with them. Null when the question is
     * neither, or the rest of it does not pick one session with speakers.
     */
    Answer supposedSpeakerChecked(Question q, List<TopicIndex.Resolved> words) {
        boolean byThem = q.opensYesOrNo() && q.hasTopic() && QuestionShape.byBeforeAPerson(q);
        // "Avi gave the keynote on day 2, didn't he?": a kind and a day or part say which session, as a topic does,
        // when a verb gives it to the person ("Avi's keynote was on day 2" puts his keynote on a day instead).
        boolean kindAndWhen = q.kind() != null && (q.day() != 0 || q.part() != null)
                && q.words().stream().anyMatch(word -> QuestionShape.GIVING.contains(word.text()) && !QuestionShape.SESSION_WORDS.contains(word.text()));
        // "the memory overcommit slides were Andrea's, right?": whose slides are whose session.
        // "did avi give the qemu keynote?" asks the same as "avi gave the qemu keynote, right?".
        boolean asksWhoGaveIt = q.people().size() == 1 && didTheyGiveThe(q);
        boolean belief = (q.checksABelief() || asksWhoGaveIt)
                && (q.target() == Target.SLIDES ? namedAfterTheSlides(q) : QuestionShape.claimsWhoGaveIt(q))
                && (q.position() != 0 && !QuestionShape.positionIsTheirs(q) || q.hasTopic() || kindAndWhen);
        if (!byThem && !belief && !QuestionShape.claimsAPosition(q)) {
            return null;
        }
        Session session;
        if (q.position() != 0) {
            session = program.sessionAtPosition(q.withoutPeople());
        } else if (!q.hasTopic()) {
            List<Session> pool = PostLookup.pool(q.withoutPeople(), q.event().sessions());
            session = pool.size() == 1 ? pool.get(0) : null;
        } else {
            List<TopicMatch> ranked = lookup.rank(words, q.event().sessions());
            List<Session> best = PostLookup.bestOf(ranked);
            if (!(best.size() == 1 && ranked.get(0).strong()) && q.hasFilters()) {
                // "Avi gave the QEMU keynote on day 2, didn't he?": the topic alone is in many sessions; the day
                // and the kind say which one is meant.
                ranked = lookup.rank(words, PostLookup.pool(q.withoutPeople(), q.event().sessions()));
                best = PostLookup.bestOf(ranked);
            }
            session = best.size() == 1 && ranked.get(0).strong() ? best.get(0) : null;
        }
        if (session == null || session.speakers().isEmpty()) {
            return null;
        }
        boolean theirs = q.people().stream().anyMatch(person -> session.speakers().contains(person.id()));
        if (theirs && !byThem && nameNeverWritten(q)) {
            // "Andrea called his NUMA work AutoNUMA in the talk, right?": whose talk it was is right, but the belief
            // gives it a name the post never writes; the readings of details say so rather than a yes.
            return null;
        }
        if (theirs && !byThem && figureMissing(q, String.join(" ", lookup.paragraphSentences(session)), q.day())) {
            // "tsirkin said event indexing cuts exits by 50%, right?": whose talk it was is right, but the belief is
            // about a figure its paragraph never gives; that is for the readings of details to answer.
            return null;
        }
        // "Avi's performance monitoring talk was on day 1, correct?": the right person on the wrong day or part of
        // it is no yes; the day and part the session had follow. (Not in "the last one before the day 2 afternoon
        // sessions": there they place the session it is set against.)
        boolean placesAnother = q.position() != 0 || q.relative() != Question.Relative.NONE
                || q.edge() != Question.Edge.NONE;
        boolean whenHolds = placesAnother
                || (q.day() == 0 || q.day() == session.day()) && (q.part() == null || q.part() == session.part());
        String opening = byThem && q.people().size() > 1 ? "It was " + Phrases.speakers(model, session) + ": "
                : theirs && !whenHolds ? "No, not " + (q.day() == 0 ? "in the " + q.part().word()
                        : Phrases.scope(q.day(), q.part(), q.event().name())) + ": "
                : theirs ? "Yes: " : "No: ";
        List<Session> own = theirs || byThem ? List.of() : q.people().stream().flatMap(person -> model.sessionsOf(person)
                .stream()).filter(s -> s.eventId().equals(q.event().id())).distinct().toList();
        String ownSessions = own.isEmpty() ? "" : " " + program.personSessions(q, own, false);
        // A no says whose it was and, for a person with sessions of their own, what theirs were.
        List<Session> shown = new ArrayList<>(List.of(session));
        own.stream().filter(s -> !shown.contains(s)).forEach(shown::add);
        return Answer.of(opening + Phrases.described(model, session) + " (" + Phrases.shortWhen(session) + ")."
                + ownSessions, shown);
    }

    /**
     * "the forum was 3 days long, no?", "it was co-located with LinuxCon Europe, right?": a yes-or-no on a value fact
     * is checked against the fact's answer. The values it claims are its numbers (not the event's year or a day it
     * names) and, for a place or a name, the words of its topic; one the answer lacks makes it a no, and all there a
     * yes. A question that claims no value is answered as it is.
     */
    Answer valueChecked(Question q, Answer fact) {
        if (fact.answered() && q.opensYesOrNo() && q.fact() == EventFact.AFTER_TALKS && q.day() != 0) {
            return eveningChecked(q, fact);
        }
        if (!fact.answered() || !q.opensYesOrNo() || !VALUE_FACTS.contains(q.fact())) {
            return fact;
        }
        Set<String> said = new HashSet<>();
        // The attendance claimed is the event's own figure, not the first forum's the answer gives beside it.
        String checkedAgainst = q.fact() == EventFact.ATTENDANCE && q.event().facts().attendance() != null
                ? q.event().facts().attendance() : fact.text();
        for (Token token : Token.of(TextNormalizer.clean(checkedAgainst))) {
            said.add(token.text());
            Integer number = Cues.NUMBERS.get(token.text());
            if (number != null) {
                said.add(Integer.toString(number));
            }
        }
        List<String> claimed = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        q.words().forEach(word -> parts.addAll(word.parts().isEmpty() ? List.of(word.text()) : word.parts()));
        for (String text : parts) { // "3-day": its parts
            boolean number = !text.isEmpty() && text.chars().allMatch(Character::isDigit) || Cues.NUMBERS.containsKey(text);
            boolean ownYear = text.equals(Integer.toString(q.event().year()));
            boolean dayNamed = q.day() != 0 && text.equals(Integer.toString(q.day()));
            if (number && !ownYear && !dayNamed) {
                Integer value = Cues.NUMBERS.get(text);
                claimed.add(value == null ? text : Integer.toString(value));
            }
        }
        if (q.fact() == EventFact.PLACE || q.fact() == EventFact.COLOCATED) {
            for (Token word : q.topic()) {
                if (!Cues.TIME_NOUNS.contains(word.text()) && !claimed.contains(word.text())) {
                    claimed.add(word.text());
                }
            }
        }
        String place = q.fact() == EventFact.PLACE ? null : placeNeverNamed(q);
        Answer firstForums = firstForumsPlace(q);
        if (firstForums != null) {
            return firstForums;
        }
        if (place != null) {
            // "the forum was in Chicago with about 500 attendees, yes?": the place is a claim of its own.
            Answer where = EventAnswers.answer(EventFact.PLACE, q.event(), 0, Set.of());
            return new Answer("No: the post never mentions " + place + ". " + (where.answered() ? where.text() + " "
                    : "") + fact.text(), fact.sessions(), true);
        }
        // "was 2011 the first year it was co-located?": whether it was the first is the sentence's to say ("like
        // last year's"), not a value to find in it.
        boolean firstTime = Unstated.phrase(q.words(), "first", "year") || Unstated.phrase(q.words(), "first", "time");
        // "was it its own conf or bundled with something": a choice, which the fact's sentence settles, no yes or no.
        boolean eitherOr = q.hasAnyWord(Set.of("or"));
        if (q.fact() == EventFact.COLOCATED && !eitherOr && q.hasAnyWord(Set.of("standalone", "stand-alone"))) {
            // "was it a standalone event?": the co-location says no.
            return new Answer("No: " + fact.text(), fact.sessions(), true);
        }
        if (claimed.isEmpty() || firstTime || eitherOr) {
            return fact;
        }
        boolean right = said.containsAll(claimed);
        List<Token> beyond = q.fact() == EventFact.PLACE && !right ? placeBeyondTheOneSaid(q, claimed, said)
                : List.of();
        if (!beyond.isEmpty()) {
            // "the forum was held at the Hyatt in Vancouver, correct?": the city is right; the venue, which the post
            // never names, is neither borne out nor denied.
            return Answer.notInPost("The post does not say so: it never mentions "
                    + Phrases.join(beyond.stream().map(Token::surface).toList()) + ". " + fact.text(), fact.sessions());
        }
        return new Answer((right ? "Yes: " : "No: ") + fact.text(), fact.sessions(), true);
    }

    /**
     * The words of a claimed place that the answer lacks, when some other word of it is the answer's place ("the Hyatt
     * in Vancouver") and the post never uses them at all: a finer place than the post gives. Empty otherwise.
     */
    private static List<Token> placeBeyondTheOneSaid(Question q, List<String> claimed, Set<String> said) {
        if (claimed.stream().noneMatch(said::contains) || q.hasAnyWord(Set.of("not", "instead", "rather"))) {
            return List.of(); // "in Prague", "in Vancouver, not Prague": another place, which the answer denies
        }
        List<Token> beyond = q.topic().stream().filter(word -> claimed.contains(word.text())
                && !said.contains(word.text())).toList();
        boolean unused = beyond.stream().allMatch(word -> word.capital() && postNeverWrites(q, word.text()));
        return unused ? beyond : List.of();
    }

    /**
     * The words after "in" that the post never has and that are written as a name ("in Chicago"), as asked; null
     * when there are none. Only the post's own words are trusted to name a place it has.
     */
    String placeNeverNamed(Question q) {
        String place = placePutUp(q);
        String word = place == null ? null : place.toLowerCase(java.util.Locale.ROOT);
        return place == null || !postNeverWrites(q, word) ? null : place;
    }

    /**
     * "the first forum in 2008 was held in Napa, wasn't it?", "was the first forum in Vancouver too?": a place put up
     * for the first forum, of which the post gives only its year and size; this year's place is no answer to it. Null
     * when the question is not about the first forum or puts up no place.
     */
    Answer firstForumsPlace(Question q) {
        if (q.fact() != EventFact.FIRST_FORUM || placePutUp(q) == null) {
            return null;
        }
        String never = placeNeverNamed(q);
        Answer first = EventAnswers.answer(EventFact.FIRST_FORUM, q.event(), 0, Set.of());
        return Answer.notInPost("The post does not say where the first forum was held" + (never == null ? ""
                : "; it never mentions " + never) + "." + (first.answered() ? " It says only: " + first.text() : ""),
                List.of());
    }

    /**
     * The place a question puts up, "in" and a name ("in Napa", "in Vancouver"), whether the post has it or not; a
     * name of someone the question names is none ("in Avi's keynote"). Null when there is none.
     */
    private String placePutUp(Question q) {
        List<Token> all = q.words();
        for (int i = 0; i + 1 < all.size(); i++) {
            Token next = all.get(i + 1);
            if (all.get(i).text().equals("in") && next.capital() && !next.text().matches("\\d+")
                    && q.people().stream().noneMatch(person -> QuestionShape.isNameOf(person, next.text()))
                    && index.resolve(next).unknown()) {
                return next.surface().replaceAll("[^\\p{L}\\p{N}-]", "");
            }
        }
        return null;
    }

    /**
     * "everyone went to the pub after day 2, correct?": what the question says of the evening is checked against
     * that day's, and when the post says it of another day's evening, the answer is a no with that day's.
     */
    Answer eveningChecked(Question q, Answer fact) {
        Set<String> asked = PostLookup.contentStems(q.words());
        Set<String> thatDay = PostLookup.stemsOf(fact.text());
        for (int day = 1; day <= q.event().program().days(); day++) {
            Answer other = day == q.day() ? null : EventAnswers.answer(EventFact.AFTER_TALKS, q.event(), day, asked);
            if (other == null || !other.answered()) {
                continue;
            }
            // The question's words that only the other evening has ("pub"): said of that day, not this one.
            Set<String> onlyThere = new HashSet<>(PostLookup.stemsOf(other.text()));
            onlyThere.removeAll(thatDay);
            onlyThere.retainAll(asked);
            if (!onlyThere.isEmpty()) {
                // Both evenings are said: the one asked about, and the one the question mixed it up with.
                return new Answer("No: that was after day " + day + ". " + other.text() + " " + fact.text(),
                        other.sessions(), true);
            }
        }
        return fact;
    }

    /** Whether every word of the question the post has is in the session's title, and there is one at least. */
    static boolean restatesTitle(List<TopicIndex.Resolved> words, Session session) {
        Set<String> title = PostLookup.stemsOf(session.title());
        List<TopicIndex.Resolved> known = words.stream().filter(word -> !word.unknown() && !word.typo()).toList();
        return !known.isEmpty() && known.stream().allMatch(word -> !word.stems().isEmpty()
                && word.stems().stream().allMatch(title::contains));
    }

    /** Whether a word the asker wrote looks like a name rather than an ordinary word ("LIO", "Apple", "GPLv2"). */
    static boolean looksLikeAName(String surface) {
        return surface.chars().anyMatch(Character::isUpperCase);
    }

    /**
     * "Stefan's in-kernel SCSI target was LIO, right?", "Alex made his animations in Apple Keynote?": a belief that
     * names, in a name the post never has, a detail of one session the post speaks of without naming (the target, the
     * software). The answer is private: the post does not say, and what it does say of the detail follows. Not a
     * belief about the session as a whole ("the SmartOS port was to FreeBSD"), which its title and paragraph answer,
     * nor one whose name stands where the post has a name of its own ({@link #anotherNameInItsPlace}).
     */
    Answer namesWhatThePostLeavesUnnamed(Question q, List<TopicIndex.Resolved> words, Session session,
            List<String> unknown) {
        // A year is a name of a time ("done by 2012"), which the post no more gives than a product's.
        if (!q.checksABelief() || unknown.isEmpty()
                || !unknown.stream().allMatch(name -> looksLikeAName(name) || YEAR.matcher(name).matches())) {
            return null;
        }
        // A detail is a word of the session's paragraph beyond its title ("target", "animations").
        Set<String> title = PostLookup.stemsOf(session.title());
        Set<String> paragraph = PostLookup.stemsOf(String.join(" ", lookup.paragraphSentences(session)));
        boolean aDetail = words.stream().anyMatch(word -> !word.unknown() && lookup.isSpecific(word)
                && !title.containsAll(word.stems()) && paragraph.containsAll(word.stems()));
        // The sentence that speaks to the belief: where a name of the post's own may stand, and otherwise what the
        // post does say of that detail, unnamed ("it used non-free software"), for the asker to weigh.
        String said = lookup.bestSupported(session, words);
        if (!aDetail || anotherNameInItsPlace(q, said, session, unknown)) {
            return null;
        }
        return Answer.notInPost("The post does not say so: it never mentions " + Phrases.join(unknown) + ". "
                + (said == null ? "" : "It says of " + Phrases.described(model, session) + ": “" + said + "”"),
                List.of(session));
    }

    /** A name as people's names are written, a capital and then small letters ("Pekka Enberg", not "LIO"). */
    private static boolean writtenAsAPersonsName(String surface) {
        return Arrays.stream(surface.split("\\s+")).allMatch(part -> part.matches("\\p{Lu}\\p{Ll}+"));
    }

    /**
     * "Michael Tsirkin covered zero-copy RX, right?", "the SmartOS port was to FreeBSD?": whether the post has a name
     * of its own where the belief has one the post never uses, so that the post corrects the belief. Either the
     * sentence of the session that speaks to the belief has such a name ("experiences from doing so in Xen" for
     * "came from VMware"), or the session's paragraph has one beside the word the belief's name stands beside
     * ("zero-copy TX", "to Illumos", "QEMU Object Model"). A name counts when the question does not have it, few
     * sessions use it (not "QEMU"), and it is no one's name unless the belief's is a person's ("Pekka Enberg").
     * Without one ("Stefan's in-kernel SCSI target was LIO?": the post names no target) the belief is about
     * something the post does not say.
     */
    private boolean anotherNameInItsPlace(Question q, String best, Session session, List<String> unknown) {
        Set<String> asked = wordsOf(q);
        List<String> years = unknown.stream().filter(name -> YEAR.matcher(name).matches()).toList();
        if (!years.isEmpty() && years.size() == unknown.size()) {
            // A year stands where the post has a year of its own ("his 2010 keynote"), not any name.
            Predicate<Token> aYear = token -> YEAR.matcher(token.text()).matches() && !asked.contains(token.text());
            return best != null && Token.of(best).stream().anyMatch(aYear)
                    || nameBeside(q.words(), years, lookup.paragraphSentences(session), aYear);
        }
        List<String> names = unknown.stream().filter(BeliefReadings::looksLikeAName).toList();
        boolean aPerson = names.stream().allMatch(BeliefReadings::writtenAsAPersonsName);
        // Speakers' names are not among the words the index weighs, so a person's name counts without that test.
        Predicate<Token> another = token -> looksLikeAName(token.surface()) && !token.opening()
                && !asked.contains(token.text())
                && (aPerson ? peoplesNameWords.contains(token.text()) || specific(token)
                        : !peoplesNameWords.contains(token.text()) && specific(token));
        List<String> sentences = lookup.paragraphSentences(session);
        int bestAt = sentences.indexOf(best);
        // A short sentence after it goes on with it ("Sort of like NAPI for virtio.").
        String goesOn = bestAt >= 0 && bestAt + 1 < sentences.size()
                && Token.of(sentences.get(bestAt + 1)).size() < SHORT_SENTENCE ? sentences.get(bestAt + 1) : "";
        if (best != null && Token.of(best + " " + goesOn).stream().anyMatch(another)) {
            return true;
        }
        return nameBeside(q.words(), names, lookup.paragraphSentences(session), another);
    }

    /**
     * Whether a sentence has a name beside the word the belief's name stands beside, on the same side ("zero-copy
     * TX" for "zero-copy RX", "hosted by CTO Brian Stevens" for "hosted by Jim Whitehurst").
     */
    private static boolean nameBeside(List<Token> question, List<String> names, List<String> sentences,
            Predicate<Token> another) {
        return sentenceWithANameBeside(question, names, sentences, another) != null;
    }

    /** The first sentence with a name beside the word the belief's name stands beside; null when none has one. */
    private static String sentenceWithANameBeside(List<Token> question, List<String> names, List<String> sentences,
            Predicate<Token> another) {
        for (String name : names) {
            List<Token> parts = Token.of(name);
            int at = -1;
            for (int i = 0; i + parts.size() <= question.size() && at < 0; i++) {
                if (question.get(i).text().equals(parts.get(0).text())) {
                    at = i;
                }
            }
            if (at < 0) {
                continue;
            }
            Token before = neighbour(question, at - 1, -1);
            Token after = neighbour(question, at + parts.size(), 1);
            for (String sentence : sentences) {
                List<Token> tokens = Token.of(sentence);
                for (int i = 0; i < tokens.size(); i++) {
                    Token next = neighbour(tokens, i + 1, 1);
                    Token previous = neighbour(tokens, i - 1, -1);
                    if (before != null && tokens.get(i).text().equals(before.text()) && next != null
                            && another.test(next)
                            || after != null && tokens.get(i).text().equals(after.text()) && previous != null
                            && another.test(previous)) {
                        return sentence;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "The default POWER7 firmware can only run Xen, right?": a name the post uses only of other sessions, where the
     * session's own paragraph has a name beside the same word ("can only run pHype"); that sentence corrects it.
     * Null when the question checks no belief or no such sentence is there.
     */
    String sentenceWithItsOwnName(Question q, Session session) {
        if (!q.checksABelief()) {
            return null;
        }
        List<String> sentences = lookup.paragraphSentences(session);
        Set<String> paragraph = PostLookup.stemsOf(String.join(" ", sentences));
        List<String> names = q.words().stream().filter(word -> word.writtenAsName() || !word.opening()
                && looksLikeAName(word.surface()) && word.surface().length() > 1)
                .filter(word -> !paragraph.contains(Stems.of(word.text()))).map(Token::surface).toList();
        if (names.isEmpty()) {
            return null;
        }
        return sentenceWithANameBeside(q.words(), names, sentences, aNameNotAsked(q));
    }

    /**
     * "The pub everyone went to after day one was the Lamplighter, right?": a belief that names, in a name the post
     * never has, something of the event the post's sentence leaves unnamed ("a pub nearby"). Not when the sentence
     * has a name beside the same word ("hosted by CTO Brian Stevens" for "hosted by Jim Whitehurst"). The answer is
     * private, with what the post does say after it.
     */
    static Answer eventDetailLeftUnnamed(Question q, List<String> unknown, String said) {
        // A name the answer itself has ("published August 15, 2011" beside "23 August 2011") is the post's.
        if (!q.checksABelief() || unknown.isEmpty() || !unknown.stream().allMatch(BeliefReadings::looksLikeAName)
                || unknown.stream().anyMatch(name -> PostLookup.mentions(said, name.toLowerCase(Locale.ROOT)))) {
            return null;
        }
        if (nameBeside(q.words(), unknown, List.of(said), aNameNotAsked(q))) {
            return null;
        }
        return Answer.notInPost("The post does not say so: it never mentions " + Phrases.join(unknown) + ". " + said,
                List.of());
    }

    /** A word written as a name, not opening its sentence, that the question does not have. */
    private static Predicate<Token> aNameNotAsked(Question q) {
        Set<String> asked = wordsOf(q);
        return token -> looksLikeAName(token.surface()) && !token.opening() && !asked.contains(token.text());
    }

    private static Set<String> wordsOf(Question q) {
        Set<String> words = new HashSet<>();
        q.words().forEach(word -> words.add(word.text()));
        return words;
    }

    /** The word next to a position, going one way, past the articles ("an xHCI controller": "controller"). */
    private static Token neighbour(List<Token> tokens, int from, int step) {
        for (int i = from; i >= 0 && i < tokens.size(); i += step) {
            if (!ARTICLES.contains(tokens.get(i).text())) {
                return tokens.get(i);
            }
        }
        return null;
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** Fewer words than this make a sentence that goes on with the one before it. */
    private static final int SHORT_SENTENCE = 8;

    /** Whether few sessions use the word (a name of one topic, not "QEMU" or "KVM"). */
    private boolean specific(Token token) {
        List<Token> cleaned = Token.of(TextNormalizer.clean(token.surface()));
        if (cleaned.size() != 1) {
            return false;
        }
        TopicIndex.Resolved resolved = index.resolve(cleaned.get(0));
        return !resolved.stems().isEmpty() && index.isSpecific(resolved);
    }
}
