package org.kvmforum.bot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.content.PartOfDay;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.content.SessionKind;
import org.kvmforum.bot.search.PeopleDirectory;
import org.kvmforum.bot.search.FieldCategories;
import org.kvmforum.bot.search.SemanticIndex;
import org.kvmforum.bot.search.SessionSearch;
import org.kvmforum.bot.search.Stems;
import org.kvmforum.bot.search.TextNormalizer;
import org.kvmforum.bot.search.Token;
import org.kvmforum.bot.search.TopicIndex;
import org.kvmforum.bot.search.WordLists;

/**
 * Answers a question asked in plain words from the post alone. Built once per content generation (see
 * {@code Library#answers()}); immutable and thread-safe.
 *
 * <p>A question is read first ({@link QuestionReader}): what it asks for (who, which session, slides, when, a
 * list, a count, or a fact about the event itself) and what picks the sessions (people it names, a day, part
 * of day or kind of session, a position in the program, a topic). Questions about the event are answered from
 * the event's facts before any session search, since their words ("how many days", "the first forum") land
 * on sessions by accident. Sessions are then picked by person ({@link PeopleDirectory}), by filters and
 * position, or by topic, with the {@link TopicIndex}: how much of the topic a session has, and how central it
 * is to it. Whatever the post does not give is answered with {@link Answer#answered()} false and a sentence
 * saying what it does not say.
 *
 * <p>Topic words are weighed by the {@link TopicIndex} (where in a session's description a word occurs, stemmed
 * by the session index's own stemmer); when the words find no strong match, the session index's dense half
 * ({@link SemanticIndex}) finds the session, or the sentence of the post, the question means. Questions of a kind
 * the model holds nothing for ({@link Unstated}) get a plain "the post does not say".
 */
public final class QuestionAnswerer {

    /**
     * How far below the best session's similarity (by detail) another session of a list by topic may be, and the
     * least it may have: "memory management" is 0.65–0.69 to the talk named for it and 0.43–0.45 to the one on
     * memory utilisation, while sessions that share only a common word sit under 0.4 (and must share one of the
     * topic's words besides).
     */
    private static final float LIST_CLOSE = 0.25f;
    /** "which year …": a value, which a fact gives as a number, not a name its statement could lack. */
    private static final Set<String> VALUE_NOUNS = Set.of("year", "month", "date", "number", "size", "events",
            "activities", "plans", "things", "stuff", "socials", "happenings", "event", "activity");
    private static final float LIST_FLOOR = 0.4f;

    /**
     * Below {@link SemanticIndex#SESSION_MATCH}, the meaning's best session still stands from this score when it is
     * also the words' best (weak) match and leads the next by {@link SemanticIndex#SESSION_MARGIN}: two retrievers
     * that work differently agree on it. Measured on all the question sets: from 0.30 or 0.35 the same questions
     * gain ("who spoke on handing a GPU directly to a guest?"), and none is lost.
     */
    private static final float AGREEING_FLOOR = 0.35f;
    /** How far the meaning's best must lead the next to pick one of the sessions the words tie. */
    private static final float TIE_BROKEN_BY_MEANING = 0.1f;

    /** A question with event-fact words is still about a session when its topic is this central to one. */
    private static final float SESSION_OVER_FACT_PROMINENCE = 0.6f;

    /** Weak hits worth offering when nothing matches. */
    private static final float SUGGESTION_CONFIDENCE = 0.4f;
    private static final int SUGGESTIONS = 3;

    /** The facts whose answer is a number: a "how many" question about any other fact gets no number from it. */
    private static final Set<EventFact> NUMBER_FACTS = Set.of(EventFact.ATTENDANCE, EventFact.DAYS, EventFact.SLOTS,
            EventFact.FIRST_FORUM, EventFact.PARALLEL_TRACKS, EventFact.OVERVIEW);

    /** The facts that are a sentence of the post rather than a value: a thing asked of them must be in it. */
    private static final Set<EventFact> STATEMENT_FACTS = Set.of(EventFact.AFTER_TALKS, EventFact.FIRST_FORUM,
            EventFact.RECORDINGS);

    /** The facts that answer where-questions. */
    private static final Set<EventFact> PLACE_FACTS = Set.of(EventFact.PLACE, EventFact.VENUE, EventFact.COLOCATED,
            EventFact.EVENT_PAGE, EventFact.REPORT, EventFact.RECORDINGS, EventFact.OVERVIEW, EventFact.AFTER_TALKS);

    private final ContentModel model;
    /** Every session, in program order (the model builds a new list on each call). */
    private final List<Session> allSessions;
    private final ListCheck listCheck;
    private final QuestionReader reader;
    private final TopicIndex index;
    /** The look-ups the readings share: ranked sessions, a paragraph's sentences, the person a sentence names. */
    private final PostLookup lookup;
    /** What someone thought of a session, and what the report's author says of himself. */
    private final AuthorsViews views;
    /** Two sessions side by side, each of several people, one session's relation to another's work. */
    private final Comparisons comparisons;
    /** Links the post gives besides slides, and documents it does not link. */
    private final Links links;
    /** Who did something a session's paragraph says was done. */
    private final WhoDidIt whoDidIt;
    /** Answers from the program's order and shape: positions, neighbours, lists, counts. */
    private final ProgramAnswers program;
    /** A thing asked of one session: named, said in other words, left unnamed, or not there. */
    private final DetailReadings details;
    /** The sentence or fact that answers by meaning. */
    private final MeaningReadings meaning;
    /** The readings of a belief put up for confirmation. */
    private final BeliefReadings beliefs;
    private final Map<String, Set<String>> statementStems;
    /** Answers by cleaned question: the same questions come back, and an answer is never stale within a generation. */
    private final Cache<String, Answer> cache = Caffeine.newBuilder().maximumSize(2_048).build();
    private final SemanticIndex semantic;
    /** "who gave “<the first talk's title>”?", from the model: the hint for a blank question. */
    private final String example;
    /** The years the posts describe or name as their first forum's: any other year is not described. */
    private final Set<Integer> knownYears;
    /** Names and years the posts write: a question about others is about something they do not describe. */
    private final Grounding grounding;
    private final SessionOrder order;
    /** Main clauses that point back at their context ("who was on after that?"), read with it. */
    private final ContextReading contextReading;
    /** Every word of every person's name, lower case. */
    private final Set<String> nameWords;
    /** Every word the posts use, lower case: what a name or year in a question is checked against. */
    private final Set<String> postWords;
    /** "OVA" for a name the post only writes out. */
    private final Initialisms initialisms;
    private final Clippings clippings;
    /** Broad subjects of the field and their parts, for lists by subject. */
    private final FieldCategories categories = FieldCategories.load();
    /** The words a question is built on, for respelling their typos. */
    private final Set<String> questionVocabulary;
    /** The same words by length: a slip changes a word's length by one letter at most. */
    private final Map<Integer, List<String>> vocabularyByLength;
    /** Who a sentence names, for the people a paragraph names besides a session's speakers. */
    private final PeopleDirectory people;

    public QuestionAnswerer(ContentModel model, PeopleDirectory people, SessionSearch sessions) {
        this.semantic = sessions.semantic();
        this.people = people;
        this.model = model;
        this.allSessions = model.sessions();
        this.reader = new QuestionReader(model, people);
        this.index = sessions.topics();
        this.lookup = new PostLookup(model, index);
        this.views = new AuthorsViews(model, index, lookup);
        this.links = new Links(model, question -> semantic.sentences(reader.withoutEventName(question), question.event()));
        this.nameWords = lookup.nameWords();
        Set<Integer> years = new HashSet<>();
        for (Event event : model.events()) {
            years.add(event.year());
            if (event.facts().firstForum() != null) {
                years.add(event.facts().firstForum().year());
            }
        }
        this.knownYears = Set.copyOf(years);
        Set<String> inPost = new HashSet<>(nameWords);
        for (Event event : model.events()) {
            for (String sentence : event.sentences()) {
                Token.of(TextNormalizer.clean(sentence)).forEach(token -> inPost.add(token.text()));
            }
        }
        inPost.addAll(lookup.titleWords());
        this.postWords = Set.copyOf(inPost);
        this.initialisms = new Initialisms(model, postWords);
        this.clippings = new Clippings(model, postWords, nameWords);
        this.questionVocabulary = Cues.questionVocabulary();
        // Spelling also mends the words that ask for a fact of the event ("locaton"), which are no cue words.
        this.vocabularyByLength = java.util.stream.Stream.concat(questionVocabulary.stream(),
                        Cues.EVENT_FACT_WORDS.stream().filter(word -> !questionVocabulary.contains(word)))
                .collect(java.util.stream.Collectors.groupingBy(String::length));
        this.example = model.sessions().stream().filter(s -> !s.speakers().isEmpty()).findFirst()
                .map(s -> "who gave " + Phrases.quoted(s) + "?").orElse("who gave the first talk?");
        this.statementStems = statementStems(model);
        this.grounding = new Grounding(model);
        this.whoDidIt = new WhoDidIt(model, index, semantic, reader, lookup);
        this.program = new ProgramAnswers(model, lookup);
        this.details = new DetailReadings(model, index, lookup, program, categories);
        this.meaning = new MeaningReadings(model, semantic, reader, lookup, details);
        this.beliefs = new BeliefReadings(model, index, lookup, program);
        this.order = new SessionOrder(model, this::sessionsNamedIn);
        this.listCheck = new ListCheck(model, reader, this::sessionsNamedIn);
        this.comparisons = new Comparisons(model, index, lookup, order);
        this.contextReading = new ContextReading(reader, index);
    }

    /**
     * The sessions a part of a question names on its own ("the usb talk", "Andrea's", "Anthony's keynote"): its
     * people's sessions, of its kind, day and part, narrowed by its topic's best matches. Empty when the part names
     * nothing, or its topic matches no session well.
     */
    private List<Session> sessionsNamedIn(String text) {
        Question part = reader.read(text);
        if (part.event() == null || part.people().isEmpty() && part.kind() == null && !part.hasTopic()) {
            return List.of();
        }
        List<Session> pool = new ArrayList<>();
        for (Session session : allSessions) {
            boolean theirs = part.people().isEmpty()
                    || part.people().stream().anyMatch(person -> session.speakers().contains(person.id()));
            if (theirs && PostLookup.passesFilters(part, session)) {
                pool.add(session);
            }
        }
        if (!part.hasTopic() && part.position() != 0 && pool.size() > 1) {
            // "the opening keynote", "day 2's last talk": the one at that place among those it names.
            List<Session> inOrder = new ArrayList<>(pool);
            inOrder.sort(Comparator.comparingInt(Session::order));
            int at = part.position() == Question.LAST ? inOrder.size() - 1 : part.position() - 1;
            return at >= 0 && at < inOrder.size() ? List.of(inOrder.get(at)) : List.of();
        }
        if (!part.hasTopic() || pool.size() == 1) {
            return pool;
        }
        List<TopicIndex.Resolved> words = lookup.resolve(part.topic());
        List<TopicMatch> ranked = lookup.rank(words, pool);
        if (!ranked.isEmpty() && ranked.get(0).strong()) {
            return PostLookup.bestOf(ranked);
        }
        Session singled = index.specificMatch(words, pool);
        return singled == null ? List.of() : List.of(singled);
    }

    /**
     * The answer to a question. Never throws and never returns null: blank or unreadable input gets an
     * unanswered hint. Repeated questions are answered from a cache.
     */
    public Answer answer(String question) {
        String spelt = clippings.clipped(initialisms.spelt(withQuestionWordsSpelt(withPronounsUncontracted(TextNormalizer.clean(
                OtherLanguages.inEnglish(question))))));
        String key = withFragmentAsked(withNamingAsListing(withProgramWordsApart(withDescriptionsApart(
                withSessionEndAsTheSession(withLunchAsTheBreak(withCueWordsSpelt(withPossessivesMarked(spelt))))))));
        if (key.isEmpty()) {
            return Answer.notInPost("Ask a question about the event, for example: " + example + "", List.of());
        }
        return cache.get(key, asked -> links.withLinksOfQuotes(asked, withBeliefsChecked(asked,
                withSwapNamed(asked, answerEitherOr(asked)))));
    }

    /**
     * "Did Michael Tsirkin talk about zero-copy RX?": a yes-or-no refused about one session, with a word the post
     * never has standing where a sentence of that session has another ("zero-copy TX"). The post does speak to it,
     * and says otherwise; its sentence is the answer. Any other answer as it is.
     */
    private Answer withSwapNamed(String asked, Answer answer) {
        if (answer.answered() || answer.sessions().size() != 1) {
            return answer;
        }
        Question q = reader.read(asked);
        if (!q.opensYesOrNo()) {
            return answer;
        }
        Session session = answer.sessions().get(0);
        SubstitutedWord.Found swap = SubstitutedWord.in(asked, lookup.paragraphSentences(session), index::known);
        if (swap == null) {
            return answer;
        }
        return Answer.of("No: the post says " + swap.said() + ", not " + swap.asked() + ". Of "
                + Phrases.described(model, session) + " (" + Phrases.shortWhen(session) + ") it says: “"
                + swap.sentence() + "”", List.of(session));
    }

    /**
     * A public answer checked against what a belief claims beyond it: a figure the post never gives
     * ({@link BeliefReadings#withFigureNeverGiven}), or a demonstration in a post that never speaks of one ("avi did a
     * live demo of the arm port during his keynote, right?", {@link Unstated#DEMO}), which no sentence bears out
     * however close the rest comes; what was found then follows a private "does not say". Only a text with a figure
     * or a word for a demonstration is read again, and once.
     */
    private Answer withBeliefsChecked(String asked, Answer answer) {
        boolean figure = BeliefReadings.hasFigure(asked);
        boolean demo = asked.toLowerCase(java.util.Locale.ROOT).contains("demo");
        if (!answer.answered() || !figure && !demo) {
            return answer;
        }
        Question q = reader.read(asked);
        Answer checked = figure ? beliefs.withFigureNeverGiven(q, asked, answer) : answer;
        if (demo && checked.answered() && q.event() != null && q.checksABelief()
                && Unstated.askedIn(q, knownYears) == Unstated.DEMO) {
            return Answer.notInPost(Unstated.DEMO.sentence() + ". What it has on that: " + answer.text(),
                    answer.sessions());
        }
        return checked;
    }

    /**
     * "Was Bryan's talk about porting KVM to FreeBSD or to SmartOS?": read whole, a question that offers two
     * answers asks of both at once and finds neither. When it finds nothing, each alternative is asked on its own;
     * the one the post bears out (answered, and not with a no) is the answer, when the other is not. "…, or am I
     * mixing him up?" is the question before the hedge.
     */
    private Answer answerEitherOr(String asked) {
        // Only a text with "or" in it can offer two answers; any other is not read again (hostile input stays cheap).
        List<String> alternatives = OR_WORD.matcher(asked).find() ? MainClause.alternatives(asked) : List.of();
        if (alternatives.size() == 1) {
            // The hedge says nothing of what is asked ("the post never mentions thinking").
            Answer alone = answerMainClause(alternatives.get(0));
            if (alone.answered()) {
                return alone;
            }
            alternatives = List.of();
        }
        List<Offered> offered = OR_WORD.matcher(asked).find() ? peopleOffered(asked) : List.of();
        if (offered.size() == 2 && reader.read(asked).opensYesOrNo()
                && offered.stream().allMatch(one -> !reader.read(one.name()).people().isEmpty())) {
            // "did Anthony or Avi give the QEMU keynote?": both are people of the post, and read together their
            // sessions are all the answer has; the one of them who did it is. (Not "which sessions were given by
            // Avi or Anthony?", which asks for both.)
            Answer one = givenByOne(offered);
            if (one != null) {
                return one;
            }
        }
        Answer whole = answerMainClause(asked);
        if (whole.answered()) {
            return whole;
        }
        java.util.regex.Matcher guessed = GUESS_AFTER_A_COMMA.matcher(asked.trim());
        if (guessed.matches()) {
            // "How many talks were in the first day's morning session, five or six?": the question before the
            // guesses asks it all; its answer says which guess, if any, is right.
            Answer unguessed = answerMainClause(guessed.group(1) + "?");
            if (unguessed.answered()) {
                return unguessed;
            }
        }
        Answer borne = alternatives.size() < 2 ? null : borneOut(alternatives);
        if (borne == null && OR_WORD.matcher(asked).find()) {
            // "new virtio networking features: Michael Tsirkin or Rusty Russell?": two people offered, one of whom
            // the post may never name; each is put in the question alone.
            List<Offered> people = peopleOffered(asked);
            borne = people.isEmpty() ? null : givenByOne(people);
        }
        return borne != null ? borne : whole;
    }

    /**
     * Of the question asked once with each of two people, the one whose answer is one session that person gave,
     * when the other's is not; null otherwise. (Asked of someone else, the answer may name the right speaker
     * without a "No", so the speakers decide, not the wording.)
     */
    private Answer givenByOne(List<Offered> alternatives) {
        List<Integer> given = new ArrayList<>();
        Answer chosen = null;
        for (int i = 0; i < alternatives.size(); i++) {
            Answer answer = answerMainClause(alternatives.get(i).question());
            List<Person> person = reader.read(alternatives.get(i).name()).people();
            boolean theirs = answer.answered() && answer.sessions().size() == 1 && person.size() == 1
                    && answer.sessions().get(0).speakers().contains(person.get(0).id());
            if (theirs) {
                given.add(i);
                chosen = answer;
            }
        }
        if (given.size() != 1) {
            return null;
        }
        return borneOutAs(given.get(0), alternatives.size(), chosen);
    }

    /** The one alternative the post bears out, said as such; null when none or several are. */
    private Answer borneOut(List<String> alternatives) {
        List<Answer> answers = alternatives.stream().map(this::answerMainClause).toList();
        List<Integer> borne = java.util.stream.IntStream.range(0, answers.size())
                .filter(i -> answers.get(i).answered() && !answers.get(i).text().matches("(?s)^(No|Neither)\\b.*"))
                .boxed().toList();
        if (borne.size() != 1) {
            return null;
        }
        Answer chosen = answers.get(borne.get(0));
        // The answer is one session, and the one the words all alternatives share name, if they name one ("was
        // the SmartOS port for AMD or only Intel": not the AMD IOMMU talk); a list or an event fact is the
        // alternative's own words finding something else.
        List<Session> shared = sessionsNamedIn(commonStart(alternatives.get(0), alternatives.get(1)));
        if (chosen.sessions().size() != 1 || !shared.isEmpty() && !shared.contains(chosen.sessions().get(0))) {
            return null;
        }
        return borneOutAs(borne.get(0), alternatives.size(), chosen);
    }

    /** "Of the two, the post bears out the second. …": the chosen alternative's answer, by its place. */
    private static Answer borneOutAs(int place, int count, Answer chosen) {
        String text = chosen.text().replaceFirst("^Yes[:.,]?\\s*", "");
        String which = (count == 2 ? "Of the two" : "Of the " + Phrases.number(count)) + ", the post bears out the "
                + ORDINALS.get(place);
        return Answer.of(which + ". " + Character.toUpperCase(text.charAt(0)) + text.substring(1), chosen.sessions());
    }

    /** A wh-question, a comma, and a short guess or two at its answer: "…, five or six?", "…, after day 2?". */
    private static final java.util.regex.Pattern GUESS_AFTER_A_COMMA = java.util.regex.Pattern.compile(
            "(?i)^((?:how many|how much|when|where|which|who|what)\\b[^,\u2014\u2013]{8,})(?:,|\\s+[-\u2013\u2014]+)\\s*+(?!(?:is|was|are|were|did|does|do|has|had|and|but|which|what|who|when|where|how|why)\\b)(?:[^,?]{1,30}?\\s+or\\s+)?[^,?]{1,30}\\?*$");

    /** Two names either side of "or": "Asias He or Pekka Enberg", "Anton Blanchard or Paul Mackerras". */
    private static final java.util.regex.Pattern TWO_NAMES = java.util.regex.Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){0,2})\\s+or\\s+(\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){0,2})\\b");

    /**
     * The question once with each of two people it offers ("was that Asias He or Pekka Enberg?"), when one of them
     * is a person of the post; empty otherwise.
     */
    private List<Offered> peopleOffered(String asked) {
        java.util.regex.Matcher names = TWO_NAMES.matcher(asked);
        if (!names.find()) {
            return List.of();
        }
        String one = names.group(1);
        String other = names.group(2);
        int start = names.start();
        // "Was Anton Blanchard or …": the question's opening word is no part of the name.
        String[] words = one.split("\\s+");
        if (words.length > 1 && (Cues.YES_NO_OPENERS.contains(words[0].toLowerCase(java.util.Locale.ROOT))
                || MainClause.SECOND_QUESTION.contains(words[0].toLowerCase(java.util.Locale.ROOT)))) {
            start += one.indexOf(words[1]);
            one = one.substring(one.indexOf(words[1]));
        }
        boolean known = !reader.read(one).people().isEmpty() || !reader.read(other).people().isEmpty();
        if (!known) {
            return List.of();
        }
        String before = asked.substring(0, start);
        String after = asked.substring(names.end());
        return List.of(new Offered(before + one + after, one), new Offered(before + other + after, other));
    }

    /** The question asked of one of the people offered, and that person's name as written. */
    private record Offered(String question, String name) {}

    /** Which alternative the post bears out, by its place in the question. */
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth");

    /** "saw avis pmu talk, whats next": the clause before the comma is the context the order is relative to. */
    private static String withOrderAloneAfterAComma(String question) {
        int comma = question.lastIndexOf(',');
        return comma > 0 && ORDER_ALONE.matcher(question.substring(comma + 1)).matches()
                ? question.substring(0, comma) + ". " + question.substring(comma + 1).trim() : question;
    }

    /** "what was before?", "whats next", "who spoke after?": an order with nothing it is relative to. */
    /** "Which one came first?", "which of the two was later?": an order between two things said before it. */
    private static final java.util.regex.Pattern WHICH_OF_THE_TWO = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:so\\s+|and\\s+)?which(?:\\s+one|\\s+of\\s+(?:them|those|these|the\\s+two|those\\s+two"
            + "|these\\s+two|the\\s+2))\\s+"
            + "(?:(?:came|come|was|were|is|went|ran|happened|took\\s+place|got\\s+presented)\\s+)?"
            + "(first|earlier|before|later|last|second|after|afterwards)\\b[^?]*\\?*\\s*$");
    /** Where a context splits into the parts that may each name one session: "and", commas, sentence ends. */
    private static final java.util.regex.Pattern CONTEXT_PARTS = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:[.;!?]\\s+|,\\s*|\\s+and\\s+|\\s+then\\s+)");

    private static final java.util.regex.Pattern ORDER_ALONE = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:and\\s+|so\\s+)?(what|which(?:\\s+(?:talk|session|one))?|who)(?:'s|s)?\\s+"
            + "(?:(?:came|come|was|is|were|went|spoke|talked|"
            + "presented|right|just|immediately|directly|straight)\\s+){0,3}(before|after|next|afterwards|previous|"
            + "earlier|later)(?:\\s+that)?\\s*[?.!]*\\s*$");

    private static final java.util.regex.Pattern OR_WORD = java.util.regex.Pattern.compile("(?i)\\sor\\s");

    /**
     * The question with its context, the asker's own clauses without the words that make them ask for a fact of the
     * event or a kind the post cannot answer ({@link ContextReading#withAskersClausesReduced}): "… covering the
     * POWER7 port this week …" asks for dates, "… would like to watch what he presented …" for the recordings,
     * "… so I can tell where the lunch break fell" for meals, though none of them is the question. Used only when
     * that changes what the whole asks for; the asker's other words stay ("I'm interested in capping guest disk
     * bandwidth" is the subject, in the asker's own words).
     */
    private String withoutTheAskersCues(String question, String sentence) {
        String reduced = contextReading.withAskersClausesReduced(question, sentence, this::withoutCueWords);
        if (reduced.equals(question)) {
            return question;
        }
        Question whole = reader.read(question);
        Question cut = reader.read(reduced);
        boolean asksOtherwise = whole.fact() != cut.fact() || whole.event() != null && cut.event() != null
                && Unstated.askedIn(whole, knownYears) != Unstated.askedIn(cut, knownYears);
        return asksOtherwise ? reduced : question;
    }

    /** The longest of the asker's clauses whose cue words are looked for; a clause is rarely half as long. */
    private static final int ASKERS_CLAUSE_WORDS = 40;

    /** How many cue words one of the asker's clauses may lose: one that needs more is left as it is. */
    private static final int ASKERS_CUES = 3;

    /**
     * One of the asker's clauses without the words that, read alone, make it ask for a fact of the event or a kind
     * the post does not hold: each taken out in turn, the first whose absence takes such a cue away and adds none
     * goes, until it asks neither ("I'd like to watch what he presented" loses "watch"; "so I can tell where the lunch break fell",
     * "lunch"). The clause as it is when no one word does it.
     */
    private String withoutCueWords(String clause) {
        List<String> words = new ArrayList<>(List.of(clause.trim().split("\\s+")));
        if (words.size() > ASKERS_CLAUSE_WORDS) {
            return clause; // each word out is one more reading: a long text stays cheap, and as it is
        }
        for (int round = 0; round < ASKERS_CUES; round++) {
            Question read = reader.read(String.join(" ", words));
            Unstated kind = read.event() == null ? null : Unstated.askedIn(read, knownYears);
            if (read.fact() == null && kind == null) {
                return String.join(" ", words);
            }
            int cut = -1;
            for (int i = 0; i < words.size() && cut < 0; i++) {
                List<String> without = new ArrayList<>(words);
                without.remove(i);
                Question less = reader.read(String.join(" ", without));
                Unstated lessKind = less.event() == null ? null : Unstated.askedIn(less, knownYears);
                // The word goes when its absence takes a cue away and adds none: not "every" of "every week", whose
                // absence makes "week" ask for dates, nor "week" of "next week", whose absence leaves "next" to order.
                boolean noOtherReading = less.relative() == read.relative() && less.position() == read.position()
                        && less.day() == read.day() && less.part() == read.part()
                        && (less.fact() == null || less.fact() == read.fact()) && (lessKind == null || lessKind == kind);
                cut = (less.fact() != read.fact() || lessKind != kind) && noOtherReading ? i : -1;
            }
            if (cut < 0) {
                return clause;
            }
            words.remove(cut);
        }
        return clause;
    }

    /**
     * "Michael Tsirkin's virtio networking talk - which day and part of the day?": the context names someone's
     * session, or a session by its name, so a bare "which day" asks when that one was, not the event's dates.
     */
    private boolean contextNamesASession(String question) {
        Question whole = reader.read(question);
        return !whole.people().isEmpty() || whole.namedTalk();
    }

    /** The words two texts start with, up to the first that differs. */
    private static String commonStart(String one, String other) {
        String[] a = one.split("\\s+");
        String[] b = other.split("\\s+");
        int n = 0;
        while (n < Math.min(a.length, b.length) && a[n].equalsIgnoreCase(b[n])) {
            n++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(a, 0, n));
    }

    /**
     * The main clause decides what is asked: "we've got a noisy neighbour problem… was there anything about
     * limiting a guest's I/O?" is the question in its last sentence, the rest is context. The whole text is
     * read only when the main clause alone finds no answer, so context can still narrow a topic.
     */
    private Answer answerMainClause(String asked) {
        Answer listed = listCheck.answer(asked);
        if (listed != null) {
            return listed; // "the first morning was Avi's keynote, POWER7, VFIO, … — is that the full list?"
        }
        Answer answer = answerMainClause(asked, false);
        if (answer.answered() || !answer.text().endsWith(NOTHING_MATCHES)) {
            return answer;
        }
        // "who did the GPU passthrough talk? we're trying to pass a graphics card to a VM": the asker's sentences
        // after the question were left out, and the question found nothing without them; they may name the subject.
        Answer again = AskersFrame.withoutTrailingOwnSentences(asked).equals(asked) ? null
                : answerMainClause(asked, true);
        if (again == null || !again.answered()) {
            // "I'm replicating the author's path through the first afternoon's tracks. Which talks did he attend?":
            // the context's words matched nothing; its day and part still say which program the clause asks of.
            String scoped = mainClauseInItsScope(asked);
            again = scoped == null ? null : answerMainClause(scoped, false);
        }
        return again != null && again.answered() ? again : answer;
    }

    /** The clause without the marks that end it, so that words can be put after it. */
    private static String withoutEndMark(String clause) {
        return clause.replaceAll("[?!.]+\\s*$", "");
    }

    /** Pronouns for people: a clause with one points at whom its context names, not at a session. */
    private static final Set<String> POINTING_AT_PEOPLE = Set.of("he", "she", "him", "her", "his", "they", "them",
            "their");

    /**
     * "I want to link the AHCI talk. I want each entry on that page to point back to where the idea came from.
     * What's the slides link?": a main clause with nothing of its own to ask of, after a context of several sentences
     * of which one names a session and the others name nothing (no session, person, day or part of one, nor a word
     * few sessions use), is asked with that sentence alone; the others' words ("entry", "idea") are the asker's and
     * would only miss. The question as it is otherwise.
     */
    private String withOnlyTheNamingSentence(String question, String sentence) {
        int at = question.lastIndexOf(sentence);
        if (at <= 0) {
            return question;
        }
        List<String> context = MainClause.sentences(question.substring(0, at).strip());
        if (context.size() < 2) {
            return question;
        }
        Question clause = reader.read(sentence);
        if (clause.event() == null || clause.hasTopic() || !clause.people().isEmpty() || clause.fact() != null
                || clause.day() != 0 || clause.part() != null || clause.position() != 0
                || clause.relative() != Question.Relative.NONE
                || clause.hasAnyWord(POINTING_AT_PEOPLE)) {
            return question; // "what had they worked on together?" points at people, whom any sentence may name
        }
        String naming = null;
        Session one = null;
        for (String part : context) {
            List<Session> named = sessionsNamedIn(part);
            if (named.size() == 1 && naming == null) {
                naming = part;
                one = named.get(0);
                continue;
            }
            Question read = named.isEmpty() ? reader.read(part) : null;
            if (read == null || read.event() == null || !read.people().isEmpty() || read.day() != 0
                    || read.part() != null || read.kind() != null
                    || lookup.resolve(read.topic()).stream().anyMatch(lookup::isSpecific)) {
                return question; // a word few sessions use ("IO") may be what the asker means
            }
        }
        if (naming != null) {
            Question named = reader.read(naming);
            if (named.relative() != Question.Relative.NONE || named.position() != 0) {
                return question; // "… who followed the qdev talk. …": an order in the naming sentence; asked whole
            }
        }
        // The whole context, when it names a session at all, names the same one.
        List<Session> byAll = naming == null ? List.of() : sessionsNamedIn(question.substring(0, at));
        return naming == null || !byAll.isEmpty() && !byAll.equals(List.of(one)) ? question : naming + " " + sentence;
    }

    /**
     * The main clause, with no topic of its own, put in the day and part its context names, its pronouns as the
     * person or the author the context names: "Which talks did the author attend on day 1 in the afternoon?". Null
     * when the clause has a topic, the context no day or part, or the clause is the whole question.
     */
    private String mainClauseInItsScope(String asked) {
        String question = AskersFrame.without(asked);
        String sentence = MainClause.of(question);
        if (sentence.equals(question)) {
            return null;
        }
        Question clause = reader.read(sentence);
        Question whole = reader.read(question);
        // Not "I'm into GPU passthrough on day 2. Which talks covered it?": "it" is a subject the post lacks.
        if (clause.event() == null || clause.hasTopic() || clause.day() != 0 || clause.part() != null
                || QuestionShape.refersBack(clause) || whole.day() == 0 && whole.part() == null) {
            return null;
        }
        String named = sentence;
        if (whole.people().size() == 1) {
            named = withPronounsNamed(sentence, whole.people().get(0).name());
        } else if (whole.people().isEmpty() && QuestionShape.isTheAuthor(whole)) {
            named = withPronounsNamed(sentence, "the author");
        }
        return withoutEndMark(named) + (whole.day() != 0 ? " on day " + whole.day() : "")
                + (whole.part() != null && whole.part().known() ? " in the " + whole.part().word() : "") + "?";
    }

    private Answer answerMainClause(String asked, boolean trailingKept) {
        // "As a program committee volunteer, I'm curious why …": who asks and what for is no part of the question.
        String framed = withOrderAloneAfterAComma(MainClause.withOrderPhraseMovedBack(MainClause.withCountAsked(
                MainClause.withAlternativeJoined(AskersFrame.without(asked, trailingKept)))));
        Answer guessed = guessAfterADash(framed);
        if (guessed != null) {
            return guessed; // "What came right after Avi's opening keynote — the VFIO talk?"
        }
        String sentence = MainClause.of(framed);
        String question = withOnlyTheNamingSentence(framed, sentence);
        List<String> parts = MainClause.twoQuestions(sentence);
        if (parts.size() >= 2) {
            // "where was it held and how many people came?": each question answered, the answers side by side.
            List<Answer> answers = parts.stream().map(this::answerMainClause).toList();
            if (answers.stream().anyMatch(Answer::answered)) {
                List<Session> sessions = new ArrayList<>();
                List<String> texts = new ArrayList<>();
                for (Answer part : answers) {
                    texts.add(part.text());
                    part.sessions().stream().filter(session -> !sessions.contains(session)).forEach(sessions::add);
                }
                return Answer.of(String.join("\n", texts), sessions);
            }
        }
        String clauseAsked = MainClause.hedgeAsTag(sentence);
        String main = clauseAsked;
        // The context as read beside its main clause: without who reported it ("My team lead says …").
        String withContext = withoutTheAskersCues(MainClause.withoutReportingFrame(question), sentence);
        main = contextReading.anchored(question, main, () -> theOneSessionNamed(question, sentence));
        Question clause = main.equals(question) ? null : reader.read(main);
        if (clause != null && clause.people().isEmpty() && !QuestionShape.isTheAuthor(clause)
                && clause.hasAnyWord(THIRD_PERSON_WORDS)) {
            // "I've watched Bryan's DTrace talks … What was his talk at KVM Forum 2011?": the pronoun is the one
            // person the context names, put into the clause, so the rest of the context ("watched") asks nothing.
            Question whole = reader.read(question);
            if (whole.people().size() == 1 && !QuestionShape.isTheAuthor(whole)) {
                main = withPronounsNamed(main, whole.people().get(0).name());
                clause = reader.read(main);
            }
        }
        if (clause != null && clause.people().isEmpty() && !clause.hasTopic() && question.lastIndexOf(sentence) > 0
                && clause.hasAnyWord(Set.of("he", "him", "his"))
                && (clause.position() != 0 || clause.day() != 0 || clause.part() != null)
                && !clause.hasAnyWord(POINTING_BEYOND_HIM)) {
            Question before = reader.read(question.substring(0, question.lastIndexOf(sentence)));
            if (before.people().isEmpty() && QuestionShape.isTheAuthor(before) && !before.hasAnyWord(Cues.MISSED)
                    && before.hasAnyWord(Cues.AUTHOR)) {
                // "I'm following the author's path through the day 1 parallel tracks. What was the first afternoon
                // talk he went to?": "he" is the author, and the context's day is the clause's; the rest of the
                // context ("path", "point of view") asks nothing. Not "the author skipped some talks. what did he
                // come back for?", whose context says what he came back from, nor a clause that points back at
                // more than him ("which talk did he attend first there?") or asks no place in the program.
                main = withPronounsNamed(main, "the author");
                if (clause.day() == 0 && before.day() != 0) {
                    main = withoutEndMark(main) + " on day " + before.day() + "?";
                }
                clause = reader.read(main);
            }
        }
        if (clause != null && clause.day() == 0 && clause.part() != null && clause.part().known()
                && clause.people().isEmpty() && !clause.hasTopic() && question.lastIndexOf(sentence) > 0) {
            // "I'm trying to reconstruct the first day: which talk closed the morning session?": the morning is the
            // day's the context names.
            Question before = reader.read(question.substring(0, question.lastIndexOf(sentence)));
            if (before.day() != 0 && before.people().isEmpty() && before.part() == null) {
                main = withoutEndMark(main) + " on day " + before.day() + "?";
                clause = reader.read(main);
            }
        }
        java.util.regex.Matcher ofTheTwo = clause == null ? null : WHICH_OF_THE_TWO.matcher(main);
        if (ofTheTwo != null && ofTheTwo.matches() && question.lastIndexOf(sentence) > 0) {
            // "On the first morning there was a virtio-scsi talk and a talk on the native KVM tool. Which one came
            // first?": the two sessions the context names, one in each of its parts, put side by side.
            Set<Session> named = new java.util.LinkedHashSet<>();
            for (String part : CONTEXT_PARTS.split(question.substring(0, question.lastIndexOf(sentence)))) {
                // A part that names a session only by its place ("on the first morning") is the setting; one that
                // points back at them ("I'm putting them in my notes") says what the asker does with them.
                Question read = reader.read(part);
                boolean setting = part.isBlank() || !read.hasTopic()
                        || read.hasAnyWord(Set.of("them", "they", "those", "these", "both"));
                List<Session> one = setting ? List.of() : sessionsNamedIn(part);
                if (one.size() == 1) {
                    named.add(one.get(0));
                }
            }
            if (named.size() == 2) {
                List<Session> two = new ArrayList<>(named);
                boolean later = Set.of("later", "last", "second", "after", "afterwards").contains(
                        ofTheTwo.group(1).toLowerCase(java.util.Locale.ROOT));
                main = "Which came " + (later ? "later" : "first") + ", " + Phrases.quoted(two.get(0)) + " or "
                        + Phrases.quoted(two.get(1)) + "?";
                clause = reader.read(main);
            }
        }
        java.util.regex.Matcher orderAlone = clause == null ? null : ORDER_ALONE.matcher(main);
        if (clause != null && orderAlone.matches() && question.lastIndexOf(sentence) > 0
                && contextNamesATalk(question, sentence)) {
            // "loved the vfio talk. what was before?": an order with nothing to be relative to is relative to the
            // session the context names.
            String one = theOneSessionNamed(question, sentence);
            if (one != null) {
                boolean before = Set.of("before", "previous", "earlier").contains(orderAlone.group(2).toLowerCase(
                        java.util.Locale.ROOT));
                main = (orderAlone.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("who") ? "who spoke right "
                        : "what came right ") + (before ? "before " : "after ") + one + "?";
                clause = reader.read(main);
            }
        }
        if (clause != null && !clause.hasTopic() && clause.people().isEmpty() && clause.kind() == null
                && (clause.fact() == null || clause.fact() == EventFact.PARALLEL_TRACKS
                        || clause.fact() == EventFact.AFTER_TALKS) // "what came right after it?"
                && clause.hasAnyWord(Set.of("it"))
                && !ASKS_WHAT_IT_IS.matcher(sentence).find()
                && !clause.opensYesOrNo() && contextNamesATalk(question, sentence)) {
            // "I'm trying to place the AHCI talk in the schedule for a recap post. Which day was it in?": "it" is the
            // one session the context names, put into the clause, so the asker's words ("recap") ask nothing. Not
            // "I thought the USB talk was on day 1. Was it?": there "it" is the belief, which the context puts.
            String one = theOneSessionNamed(question, sentence);
            if (one != null) {
                main = IT.matcher(main).replaceAll(java.util.regex.Matcher.quoteReplacement(one));
                clause = reader.read(main);
            }
        }
        java.util.regex.Matcher pointed = clause == null ? null : THOSE_SLIDES.matcher(main);
        if (clause != null && clause.people().isEmpty() && clause.fact() == null && pointed.find()
                && question.lastIndexOf(sentence) > 0) {
            // "I tried opening Michael Tsirkin's virtio-net slides and my PDF viewer choked. What format are those
            // slides in?": the slides of the one session the context names.
            String one = theOneSessionNamed(question, sentence);
            if (one != null) {
                main = pointed.replaceFirst(java.util.regex.Matcher.quoteReplacement(
                        "the " + pointed.group(1) + " of " + one));
                clause = reader.read(main);
            }
        }
        if (clause != null && clause.fact() == EventFact.REPORT && clause.people().isEmpty()
                && clause.hasAnyWord(Set.of("they", "them", "those", "these")) && !clause.hasAnyWord(Cues.THE_POST)
                && question.lastIndexOf(sentence) > 0 && Token.of(question.substring(0, question.lastIndexOf(sentence)))
                        .stream().anyMatch(token -> Cues.SLIDES.contains(token.text()))) {
            // "I'd like Markus Armbruster's slides. Where are they posted?": what was posted is the slides the
            // context asks for, not the post.
            main = withContext;
            clause = reader.read(main);
        }
        if (clause != null && !clause.hasTopic() && clause.people().isEmpty()) {
            boolean back = QuestionShape.refersBack(clause);
            Question before = back && (clause.fact() == EventFact.PLACE || clause.fact() == EventFact.VENUE)
                    ? reader.read(question.substring(0, Math.max(0, question.lastIndexOf(sentence))))
                    : null;
            int otherYear = before == null || before.event() == null ? 0
                    : grounding.otherYearNamed(before.words(), before.event().year());
            if (otherYear != 0) {
                // "last year's forum was also with linuxcon, but which city was that in?": "that" is the other year's
                // forum, whose place the post does not give.
                return Answer.notInPost("The post does not describe " + otherYear + ": it reports on "
                        + before.event().name() + ".", List.of());
            }
            // "… as the first day's morning session ended. Which talk closed that morning session?": "that" takes the
            // context's day, whether or not the clause names the part.
            Question context = back && clause.day() == 0 ? reader.read(question) : null;
            // Not "The author missed two sessions on day two. Which talks were those?": "those" are the ones missed.
            boolean plural = clause.hasAnyWord(Set.of("those", "these", "they", "them"))
                    && Token.of(question.substring(0, Math.max(0, question.lastIndexOf(sentence)))).stream()
                            .anyMatch(token -> Cues.MISSED.contains(token.text()));
            if (context != null && context.day() != 0 && context.people().isEmpty() && context.kind() == null
                    && !plural) {
                // "I missed day 2 because of my flight, who opened it?": "it" is the day the context names.
                main = withoutEndMark(main) + " on day " + context.day();
            } else if (!clause.hasFilters() && !(clause.repeated() && !back) // "which people gave more than one
                    // talk?" is whole without its context; "what were those two talks?" is not
                    && (clause.position() == 0 || back) && (clause.fact() == null
                    || (back || clause.words().size() == 1)
                    && Set.of(EventFact.PLACE, EventFact.VENUE).contains(clause.fact())
                    || clause.fact() == EventFact.RECORDINGS && QuestionShape.asksWhichSession(clause)
                    || clause.fact() == EventFact.DATES && clause.target() == Target.TIME
                            && contextNamesASession(question))) {
                // "Anthony's QEMU keynote slides - where?": a bare question word asks of what came before it.
                // "Andrea and Rik both did MM talks, which ones?", "I'd like Anthony's keynote slides, where are
                // they?": a main clause with nothing of its own asks about the context before it.
                main = withContext;
            }
        }
        if (clause != null && !main.equals(question) && !main.equals(withContext) && clause.people().isEmpty()
                && elliptical(clause, question.substring(0, Math.max(0, question.lastIndexOf(sentence))))) {
            // "Marcelo said live block copy could share code with another feature. Which feature?": a bare "which
            // feature" asks for the one the context just spoke of, not for any session with the word.
            main = withContext;
        }
        if (clause != null && !main.equals(question) && clause.people().isEmpty() && !QuestionShape.isTheAuthor(clause)
                && clause.hasAnyWord(Set.of("he", "she", "him", "her", "his"))) {
            // "the author skipped some talks. what did he come back for?": "he" is who the context names.
            Question whole = reader.read(question);
            if (whole.people().size() == 1 || whole.people().isEmpty() && QuestionShape.isTheAuthor(whole)) {
                main = withContext;
            }
        }
        if (clause != null && !main.equals(question) && clause.kind() == null && givesOne(clause)) {
            // "The post says a couple of lightning talks were held. Besides Dan, who else gave one?": "one" is of the
            // kind the context names.
            Question whole = reader.read(question);
            main = whole.kind() != null ? withContext : main;
        }
        if (clause != null && clause.kind() == null && !clause.hasTopic()
                && clause.people().isEmpty() && clause.day() == 0 && clause.part() == null
                && HOW_MANY_THERE.matcher(clauseAsked).find()) {
            // "Somebody claimed there were three keynotes. How many were there, going by the post?": a count of the
            // kind the context names, asked of the post as a whole.
            Question whole = reader.read(question);
            if (whole.kind() != null) {
                main = HOW_MANY_THERE.matcher(clauseAsked).replaceFirst(java.util.regex.Matcher.quoteReplacement(
                        "how many " + Phrases.kindPlural(whole.kind()) + " were there"));
                clause = reader.read(main);
            }
        }
        if (clause != null && !main.equals(question) && clause.position() != 0 && clause.people().isEmpty()
                && clause.hasAnyWord(Set.of("one")) && !clause.hasTopic()) {
            // "I gather Avi gave two talks. When was the second one?": the one the context names the sessions of.
            Question whole = reader.read(question);
            if (whole.people().size() == 1 && !QuestionShape.isTheAuthor(whole)) {
                // "gave two talks": of their talks, not a BOF they sat in.
                String theirs = whole.hasAnyWord(Set.of("talk", "talks", "presentation", "presentations")) ? "talks"
                        : "sessions";
                main = withoutEndMark(main) + " of " + whole.people().get(0).name() + "'s " + theirs
                        + "?";
            }
        }
        Question read = reader.read(main);
        Answer defined = read.event() != null && (read.checksABelief() || read.opensYesOrNo())
                ? beliefs.definedInApposition(read) : null;
        if (defined != null) {
            return defined; // "illumos is some BSD variant, right?": what the post says Illumos is
        }
        Answer authored = read.event() != null ? authorshipClaimed(read) : null;
        if (authored != null) {
            return authored; // "The report was written by Anthony, right?"
        }
        Answer placed = positionClaimed(read);
        if (placed != null) {
            return placed; // "the QEMU keynote opened the whole forum, right?"
        }
        Answer counted = read.opensYesOrNo() ? countClaimed(read, main) : null;
        if (counted != null) {
            return counted; // "were there six talks in the first day's morning session?"
        }
        Answer clefted = read.people().size() == 1 ? whoClaimed(read, main) : null;
        if (clefted != null) {
            return clefted; // "Was it Avi who asked for benchmark results?"
        }
        Answer answer = answerUncached(main);
        Answer surname = surnameOfOneFoundNeverWritten(read, answer);
        if (surname != null) {
            return surname; // "what's the last name of the guy who gave the opening keynote?": the post says "Avi"
        }
        Answer noOneElse = noOneElseNamed(read, answer);
        if (noOneElse != null) {
            return noOneElse; // "who else worked on the native KVM tool?": the post names only its speaker
        }
        if (read.target() == Target.SPEAKER && read.hasAnyWord(Set.of("who", "whom")) && read.people().isEmpty()
                && answer.answered() && answer.sessions().isEmpty() && !read.opensYesOrNo()
                && lookup.nearestNamed(answer.text(), 0, Token.of(TextNormalizer.clean(answer.text()))) == null
                && !grounding.namesSomeoneInPassing(answer.text())) {
            // "who filmed the talks?": the post's sentence on the recordings names nobody who made them.
            return Answer.notInPost("The post does not say who. " + answer.text(), List.of());
        }
        Answer figure = read.checksABelief() ? figureNeverGiven(read, answer, BeliefReadings.hasFigure(main))
                : QuestionShape.opensWithHowMany(read) ? numberNeverGiven(answer) : null;
        if (figure != null) {
            return figure; // "Anthony said around 5000 patches were committed since last year, right?"
        }
        // "where was kvm forum 2010 held? the post says it was also with linuxcon": a main clause that asks what the
        // post cannot answer (another year, a clock time) is refused as such; its context does not make it another
        // question. A main clause that found nothing is read again with its context.
        Unstated refusal = answer.answered() || read.event() == null ? null : Unstated.askedIn(read, knownYears);
        // "The Red Hat dinner sounds fun … What was the name of the brewery?": a name the post never gives stays
        // refused, whatever the context finds.
        boolean refusedByKind = refusal == Unstated.OTHER_YEAR || refusal == Unstated.CLOCK_TIME
                || refusal == Unstated.SURNAME || refusal == Unstated.UNNAMED;
        // "Bryan Cantrill is with Joyent, isn't he?": an employer, which the post never gives, whatever its name.
        boolean aboutThePerson = refusal == Unstated.EMPLOYER || refusal == Unstated.CONTACT;
        Answer dated = refusal == Unstated.OTHER_YEAR ? beliefs.yearAgainstASentence(read) : null;
        if (dated != null) {
            return dated; // "was virtio designed at the 2010 forum?": the post dates it in another year
        }
        // "We're interested in KVM on ARM for edge devices. Who is actually doing the development work on the ARM
        // port?": a main clause that names its own subject and points at nothing before it asks all there is; the
        // asker's context does not turn its refusal into an answer about something else.
        boolean ownSubject = main.equals(clauseAsked) // not filled from context
                && read.event() != null && (read.hasTopic() || !read.people().isEmpty()
                || read.fact() != null) && !QuestionShape.refersBack(read)
                && !read.hasAnyWord(Set.of("one", "ones", "he", "she", "him", "her", "his"));
        // "Exactly how many BOF sessions were held? The post just says a few and I need a number for my report.": a
        // question of its own, asked first, is not made another by the remark after it.
        boolean askedFirst = question.lastIndexOf(sentence) == 0 && question.length() > sentence.length()
                && read.kind() != null && QuestionShape.asksHowMany(read);
        boolean selfContained = ownSubject && QuestionShape.GIVING_CONTEXT.matcher(question.substring(0, Math.max(0,
                        question.lastIndexOf(sentence)))).find()
                || askedFirst && !QuestionShape.refersBack(read);
        // "I'd love to recreate the slick AHCI animations. Which presentation software did Alex Graf use to make
        // them?": the clause names whose session and asks a thing of it, which the post does not say; "them" points
        // back at the context, which narrows nothing the refusal needs.
        // Not "Which device was that, according to Gerd's talk?": there the context is the thing asked.
        boolean refusedOfSomeone = !answer.answered() && !answer.sessions().isEmpty() && !read.people().isEmpty()
                && !read.hasAnyWord(Set.of("that", "it", "this", "those", "these"));
        String thingAsked = refusedOfSomeone ? details.askedThing(read) : null;
        boolean thingRefusedOfSomeone = thingAsked != null && !Set.of("name", "names").contains(thingAsked);
        if (!answer.answered() && !main.equals(question) && !main.equals(withContext) && !refusedByKind
                && !selfContained && !thingRefusedOfSomeone) {
            answer = answerUncached(withContext);
        }
        // "I'm emulating USB 3 devices. Which USB 3 host controller model did Gerd say QEMU would emulate?": a main
        // clause refused about the session it names ("the post does not say which model") is answered; the asker's
        // context does not make it another question.
        boolean refusedAboutASession = (selfContained || thingRefusedOfSomeone) && !answer.sessions().isEmpty()
                && details.askedThing(read) != null;
        // "We are interested in KVM on ARM boards. Who is actually doing the work on the ARM port?": the paragraph
        // was read and names nobody; the asker's other words do not make someone of it.
        boolean nobodyNamed = selfContained && answer.text().startsWith(WhoDidIt.WHO_NOT_SAID);
        if (!answer.answered() && !refusedByKind && !refusedAboutASession && !nobodyNamed) {
            // "My team lead says Asias He gave a talk worth watching… Which one was it?": what the asker says of
            // themselves ("team", "lead", "worth") found nothing; the rest of the context with the main clause may.
            String withoutTheAsker = contextReading.withoutTheAskersWords(question, sentence,
                    questionVocabulary);
            Answer second = withoutTheAsker.equals(question) ? answer : answerUncached(withoutTheAsker);
            answer = second.answered() ? second : answer;
        }
        // Not when the context names another year or the first forum ("… the very first KVM Forum in 2008. Which
        // city was it in?"): then "it" is that one.
        Question whole = clause == null || answer.answered() || clause.fact() == null || main.equals(clauseAsked) ? null
                : reader.read(question);
        boolean anotherForum = whole != null && (whole.fact() == EventFact.FIRST_FORUM || whole.event() != null
                && grounding.otherYearNamed(whole.words(), whole.event().year()) != 0
                || whole.words().stream().anyMatch(word -> word.text().matches("(19|20)\\d\\d")
                        && (whole.event() == null || !word.text().equals(Integer.toString(whole.event().year())))));
        if (whole != null && !anotherForum) {
            // "I'm booking travel for a future KVM Forum and was curious where the 2011 edition was held. Which city
            // hosted it?": the context read with the clause found nothing; the clause asks a fact of the event alone.
            Answer alone = answerUncached(clauseAsked);
            answer = alone.answered() ? alone : answer;
        }
        if (answer.answered() && read.checksABelief() && read.fact() != null && answer.sessions().isEmpty()
                && !BeliefReadings.VALUE_FACTS.contains(read.fact())) {
            // "The pub everyone went to after day one was the Lamplighter, right?": the event's sentence answers,
            // but names no pub; the name is the asker's, which the post does not bear out or deny.
            List<String> unknown = new ArrayList<>();
            withoutUnknownNames(main, unknown);
            Answer unnamed = BeliefReadings.eventDetailLeftUnnamed(read, unknown, answer.text());
            if (unnamed != null) {
                return unnamed;
            }
        }
        // "was kvm forum 2011 in san francisco?": a value of the event asked about is as much a belief.
        boolean valueAsked = read.opensYesOrNo() && read.fact() != null && PUT_TO_THE_EVENT.contains(read.fact());
        // "KVM Forum 2012 will be in Barcelona, right?": another edition named by its year, whose place the post never
        // gives; no "no" about this one's.
        List<Token> readWords = read.words();
        boolean anotherEdition = refusal == Unstated.OTHER_YEAR && java.util.stream.IntStream.range(1, readWords.size())
                .anyMatch(i -> readWords.get(i).text().matches("(19|20)\\d\\d")
                        && !readWords.get(i).text().equals(Integer.toString(read.event().year()))
                        && eventNameWord(readWords.get(i - 1).text()));
        // "Was the native linux kvm tool presented by Pekka Enberg?": a yes-or-no naming someone the post never does
        // as who did what the post says someone else did.
        boolean someoneUnknownGuessed = read.opensYesOrNo() && read.people().isEmpty() && !read.hasAnyWord(Set.of("or"))
                && java.util.stream.IntStream.range(1, readWords.size()).anyMatch(i -> readWords.get(i).text().equals("by")
                        && GIVEN.contains(readWords.get(i - 1).text()));
        if (!answer.answered() && (read.checksABelief() || valueAsked || someoneUnknownGuessed) && !aboutThePerson
                && !anotherEdition) {
            // "the forum was in Seattle this year, correct?": a name or year the post never has is the asker's
            // belief; what the question asks without it is answered, and the belief is not the post's.
            List<String> unknown = new ArrayList<>();
            String without = withoutUnknownNames(main, unknown);
            Answer retried = without.equals(main) ? null : answerUncached(without);
            // One fact or one session answers it; a list means the rest of the question was too little to go on.
            if (retried != null && retried.answered() && retried.sessions().size() <= 1) {
                // A value the post never has is a wrong one: "the first forum was in 2009, right?" is a no.
                Question withoutIt = reader.read(without);
                EventFact fact = withoutIt.fact();
                // "in San Francisco with 300 people": the fact the unknown name stood in is answered too, when the
                // question without it reads as another ("300 people" alone asks for the attendance).
                boolean nameWasTheValue = read.fact() != null && read.fact() != fact
                        && BeliefReadings.VALUE_FACTS.contains(read.fact());
                Answer named = nameWasTheValue ? EventAnswers.answer(read.fact(), read.event(), 0, Set.of()) : null;
                boolean value = fact != null && BeliefReadings.VALUE_FACTS.contains(fact) || nameWasTheValue;
                // A yes to the rest is no yes to it; what is left opens a sentence of its own ("The talk …").
                String rest = Phrases.capitalised((named != null && named.answered() ? named.text() + " " : "")
                        + retried.text().replaceFirst("^(Yes|No)[:.] ", ""));
                // "the forum was at the Vancouver Convention Centre, right?": the value the post gives is the
                // asker's own (Vancouver); the name beyond it is a detail the post does not have, not a wrong value.
                boolean valueAgrees = value && !nameWasTheValue && Token.of(without).stream()
                        .filter(token -> token.capital() && !token.opening() && !eventNameWord(token.text()))
                        .anyMatch(token -> PostLookup.mentions(retried.text(), token.text()));
                Answer firstForums = beliefs.firstForumsPlace(read);
                if (firstForums != null) {
                    return firstForums; // "the first forum in 2008 was held in Napa, wasn't it?"
                }
                // Not "This post went up in September 2011, right?": the answer's own date (August) says no.
                boolean aDate = !unknown.isEmpty() && unknown.stream().allMatch(name -> Cues.isMonth(
                        name.toLowerCase(java.util.Locale.ROOT))) && Token.of(TextNormalizer.clean(retried.text()))
                        .stream().noneMatch(token -> token.text().length() > 2 && Cues.isMonth(token.text()));
                if (aDate && !value) {
                    // "QEMU 1.0 came out in December 2011, right?": a date the post never gives for it.
                    return Answer.notInPost("The post does not say so: it gives no such date and never mentions "
                            + Phrases.join(unknown) + ". " + rest, retried.sessions());
                }
                if (valueAgrees) {
                    return Answer.notInPost("The post does not say so: it never mentions " + Phrases.join(unknown)
                            + ". " + rest, retried.sessions());
                }
                Answer unnamed = !value && retried.sessions().size() == 1 && withoutIt.target() != Target.SPEAKER
                        ? beliefs.namesWhatThePostLeavesUnnamed(read, lookup.resolve(read.topic()),
                                retried.sessions().get(0), unknown) : null;
                if (unnamed != null) {
                    return unnamed; // "Stefan's in-kernel SCSI target was LIO, right?": the post names no target
                }
                Answer unnamedOfTheEvent = !value && retried.sessions().isEmpty() && withoutIt.fact() != null
                        ? BeliefReadings.eventDetailLeftUnnamed(read, unknown, rest) : null;
                if (unnamedOfTheEvent != null) {
                    return unnamedOfTheEvent; // "the pub after day one was the Lamplighter, right?": "a pub nearby"
                }
                return Answer.of((value ? "No: the post never mentions " : "The post never mentions ")
                        + Phrases.join(unknown) + ". " + rest, retried.sessions());
            }
        }
        // "Juan Quintela is the QEMU migration maintainer, right?": a kind of fact the post never gives is not borne
        // out or denied by a sentence ("Next up was Juan Quintela's session"); nor is "there was a keynote on SPICE,
        // right?", refused with the sessions on it, all of another kind than the one asked about.
        Answer refused = answer;
        boolean refusedForItsKind = read.kind() != null && !refused.sessions().isEmpty()
                && refused.sessions().stream().allMatch(session -> session.kind() != read.kind());
        // An employer is refused by its kind when the belief says so in words of work ("was working at IBM"); "his
        // experience was from VMware" may be a thing the post does say (where the experience came from).
        boolean beliefRefusedByKind = BELIEFS_REFUSED_BY_KIND.contains(refusal)
                && (refusal != Unstated.EMPLOYER || read.hasAnyWord(WORDS_OF_EMPLOYMENT));
        if (!answer.answered() && !beliefRefusedByKind && !refusedForItsKind) {
            Answer said = beliefs.beliefAgainstASentence(read);
            if (said != null) {
                return said;
            }
            said = read.event() != null && read.checksABelief()
                    ? meaning.sentenceForABelief(read, lookup.resolve(read.topic())) : null;
            if (said != null) {
                return said;
            }
        }
        if (answer.answered() && read.target() == Target.SLIDES && QuestionShape.asksWhetherThereIs(main)
                && answer.sessions().size() == 1
                && !answer.sessions().get(0).hasSlides() && !answer.text().contains("http")) {
            // "were there slides or notes published for the chardev BOF?": none linked, whatever else is said of it.
            Session session = answer.sessions().get(0);
            return Answer.notInPost("The post links no slides or notes for " + Phrases.described(model, session)
                    + " (" + Phrases.shortWhen(session) + ").", answer.sessions());
        }
        // A belief ("someone said Anthony wanted…, right?") is answered by what the post says, not by a yes to it.
        return answer.answered() && QuestionShape.asksWhetherThereIs(main) && !read.checksABelief()
                && !answer.text().startsWith("Yes")
                && !answer.text().startsWith("No") ? Answer.of("Yes. " + answer.text(), answer.sessions()) : answer;
    }

    /**
     * Whether a clause is only a which- or what-word and a noun the context before it has ("Which feature?" after
     * "… share code with another feature."): it asks of what the context spoke of.
     */
    private static boolean elliptical(Question clause, String before) {
        List<Token> words = clause.words();
        // "Which device type was it?": the noun and words that only point back at the one the context spoke of.
        boolean onlyPointing = words.size() > 2 && words.subList(2, words.size()).stream()
                .allMatch(word -> POINTING_TAIL.contains(word.text()));
        if (words.size() < 2 || words.size() != 2 && !onlyPointing || !Set.of("which", "what").contains(
                words.get(0).text()) || before.isBlank()) {
            return false;
        }
        String noun = Stems.of(words.get(1).text());
        return Token.of(TextNormalizer.clean(before)).stream().anyMatch(token -> Stems.of(token.text()).equals(noun));
    }

    /**
     * Words after "which device" that ask nothing more of it: "which device type was it". Not "which module was
     * that?", which the clause with its context already answers from the sentence the context restates.
     */
    private static final Set<String> POINTING_TAIL = Set.of("type", "kind", "sort", "exactly", "was", "is", "were",
            "it");

    /** What another event has of its own: its length, dates and crowd. */
    private static final Set<String> OTHER_EVENTS_OWN = Set.of("days", "long", "lasted", "ran", "run", "dates",
            "start", "started", "begin", "began", "end", "ended", "attendees", "attendance", "attended", "people");
    // Not "last": "was it with linuxcon last year too" asks of the forum's own co-location.
    /** Words that ask how the forum and another event went together, which the post does say. */
    private static final Set<String> JOINED_WITH = Set.of("with", "w", "colocated", "co-located", "alongside", "together",
            "same", "attached", "beside", "bundled", "joint", "part", "next", "before", "after", "during");

    /** One session or its speaker; not "the last talks", which are several. */
    private static final Set<String> ONE_SESSION_OR_SPEAKER = Set.of("talk", "session", "presentation", "keynote",
            "bof", "lecture", "slot", "speech", "speaker", "presenter");

    /**
     * "the opening speaker", "the first talk", "the last presenter": a word of place right before a word for a
     * session or its speaker. Not "the toy that started it" or "the end of the forum", where the place is a topic's.
     */
    private boolean placeBesideASessionNoun(Question q) {
        List<Token> words = q.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            String word = words.get(i).text();
            String next = words.get(i + 1).text();
            boolean place = Cues.OPENING.contains(word) || Cues.LAST.contains(word) || Cues.ORDINALS.containsKey(word);
            if (place && ONE_SESSION_OR_SPEAKER.contains(next)) {
                // Not "how long did the opening speech last?", which asks what the post never gives.
                return Unstated.askedIn(q, knownYears) == null;
            }
        }
        return false;
    }

    /**
     * "what was the main complaint in the opening keynote?": a kind and its place in the program name one session
     * (so does a place right before a word for any session or its speaker: "the opening speaker"), and the topic is
     * what is asked of it, not a search for another ("complaint" is a word of the USB talk). Its paragraph's sentence
     * closest in meaning answers, else the session itself, when the topic's words do not name it. Null for a
     * yes-or-no, for anything but a question about a session, or when no session is at that place.
     */
    private Answer askedOfThePlaced(Question q, List<TopicIndex.Resolved> words) {
        // "what group did the opening speaker bring up?": a place and a word for any session (no kind) name one
        // too, when something is asked of it.
        boolean anyKind = q.kind() == null && q.hasTopic()
                && (q.target() == Target.SESSION || q.target() == Target.SPEAKER) && placeBesideASessionNoun(q)
                && !q.words().get(0).text().equals("how"); // "how long did the opening speech last?": a measure
        if (q.kind() == null && !anyKind || q.position() == 0 || q.target() != Target.SESSION && !anyKind
                || q.opensYesOrNo() || q.checksABelief() || q.relative() != Question.Relative.NONE) {
            return null;
        }
        List<Session> pool = PostLookup.pool(q, q.event().sessions());
        int n = q.position() == Question.LAST ? pool.size() : q.position();
        if (n < 1 || n > pool.size()) {
            return null;
        }
        Session placed = pool.get(n - 1);
        List<TopicMatch> ranked = lookup.rank(words, q.event().sessions());
        if (!ranked.isEmpty() && (ranked.get(0).session().equals(placed)
                || ranked.get(0).strong() && (anyKind || ranked.get(0).session().kind() == q.kind()))) {
            // The topic names it too, or names another of the kind ("how did the chardev BOF end?"): the readings
            // by topic answer it.
            return null;
        }
        Answer quoted = meaning.quoteFromParagraph(q, placed, true);
        return quoted != null ? quoted : aboutChosen(q, List.of(placed));
    }

    /** Words of work: a belief about an employer is refused by its kind only when it says so in them. */
    private static final Set<String> WORDS_OF_EMPLOYMENT = Set.of("work", "works", "working", "worked", "employed",
            "employer", "employee", "behalf", "job");

    /**
     * Kinds of fact the post never gives that a belief about them can only be refused: no sentence near in meaning
     * bears out who maintains what, what anything cost or who founded it, a date still to come ("Paul gave a date
     * for when it would be upstream, right?"), what the audience asked, or what is inside a slide deck. Kinds read
     * from looser cues may be a misreading that the sentence corrects, and are not among them: what became of
     * something, and results ("Anthony asked for benchmarking results, right?" is a sentence of the post).
     */
    private static final Set<Unstated> BELIEFS_REFUSED_BY_KIND = java.util.EnumSet.of(Unstated.ROLES, Unstated.MONEY,
            Unstated.ORIGINS, Unstated.CONTACT, Unstated.PERSONAL, Unstated.CLOCK_TIME, Unstated.EMPLOYER,
            Unstated.FUTURE_DATES, Unstated.AUDIENCE_QUESTIONS, Unstated.SLIDE_CONTENTS);

    /**
     * "were there parallel tracks in the morning sessions?", "parallel tracks were only on day 2, right?": where the
     * program ran parallel tracks, checked against the day and part asked about. Null for any other question.
     */
    private Answer tracksChecked(Question q) {
        Event.Program program = q.event().program();
        boolean aboutTracks = q.words().stream().anyMatch(word -> Set.of("parallel", "tracks", "track")
                .contains(word.text()));
        // "were the morning sessions split into parallel tracks": words of splitting say nothing more.
        boolean topicOfItsOwn = q.topic().stream().anyMatch(word -> !Set.of("split", "divided", "separate",
                "concurrent", "simultaneous", "multiple", "two", "single").contains(word.text()));
        // "were the afternoon sessions single track?": the opposite claim, checked the same way.
        boolean single = q.words().stream().anyMatch(word -> word.text().equals("single"));
        // "the forum ran parallel tracks all day long, right?": tracks claimed for every part of every day.
        List<Token> said = q.words();
        boolean allDay = Unstated.phrase(said, "all", "day") || Unstated.phrase(said, "whole", "day")
                || Unstated.phrase(said, "entire", "day") || q.hasAnyWord(Set.of("throughout"));
        if (q.opensYesOrNo() && aboutTracks && allDay && q.people().isEmpty() && program.parallelTracks() != null) {
            boolean everywhere = true;
            boolean anywhere = false;
            for (int day = 1; day <= Math.max(1, program.days()); day++) {
                for (PartOfDay part : PartOfDay.values()) {
                    everywhere &= !part.known() || program.parallelIn(day, part);
                    anywhere |= part.known() && program.parallelIn(day, part);
                }
            }
            // "single track all day" holds only where no part had tracks.
            boolean holds = single ? !anywhere : everywhere;
            return Answer.of((holds ? "Yes: " : "No: ") + "the post says there were parallel tracks "
                    + program.parallelTracks() + ".");
        }
        // "and the day 2 parallel track ones he attended?": the sessions he saw there, not whether there were tracks.
        boolean sessionsHeSaw = QuestionShape.saysTheAuthorAttended(q) && q.hasAnyWord(SESSIONS_ASKED);
        if (!q.opensYesOrNo() || !aboutTracks || topicOfItsOwn || sessionsHeSaw || !q.people().isEmpty()
                || q.position() != 0
                || program.parallelTracks() == null || q.day() == 0 && q.part() == null) {
            return null;
        }
        // "I think there were three parallel tracks in the afternoon?": the post says there were tracks, not how many.
        List<Token> all = q.words();
        boolean howMany = java.util.stream.IntStream.range(0, all.size() - 1).anyMatch(i ->
                Cues.NUMBERS.containsKey(all.get(i).text()) && Cues.NUMBERS.get(all.get(i).text()) > 1
                        && Set.of("parallel", "tracks", "track", "rooms").contains(all.get(i + 1).text()));
        if (howMany && !single) {
            return Answer.notInPost("The post does not say how many tracks ran at once: it says there were parallel"
                    + " tracks " + program.parallelTracks() + ".", List.of());
        }
        List<Integer> days = new ArrayList<>();
        for (int day = 1; day <= Math.max(1, program.days()); day++) {
            int d = day;
            if (java.util.Arrays.stream(PartOfDay.values()).anyMatch(part -> part.known() && program.parallelIn(d, part))) {
                days.add(day);
            }
        }
        boolean only = q.words().stream().anyMatch(word -> word.text().equals("only"));
        boolean holds;
        if (q.part() != null) {
            holds = q.day() != 0 ? program.parallelIn(q.day(), q.part())
                    : days.stream().anyMatch(day -> program.parallelIn(day, q.part()));
        } else {
            holds = days.contains(q.day()) && (!only || days.size() == 1);
        }
        boolean everyDay = days.size() == program.days() && days.size() > 1;
        String which = everyDay ? (days.size() == 2 ? "on both days" : "on every day")
                : "on day " + days.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" and "));
        return Answer.of((holds != single ? "Yes: " : "No: ") + "the post says there were parallel tracks "
                + program.parallelTracks() + ", " + which + ".");
    }

    /** "which talk …", "what session …": a question whose answer is a session. */
    /**
     * "how many people attended Bryan Cantrill's talk": one person's one session, named by a singular word for a
     * session beside the person, and no topic. Null when they have more than one of the kind asked, or none.
     */
    private Session sessionNamedBySpeaker(Question q) {
        if (q.people().size() != 1 || q.hasTopic()
                || q.words().stream().noneMatch(word -> SINGLE_SESSION_NOUNS.contains(word.text()))) {
            return null;
        }
        List<Session> theirs = model.sessionsOf(q.people().get(0)).stream()
                .filter(session -> q.kind() == null ? session.kind() != SessionKind.BOF : session.kind() == q.kind())
                .toList();
        return theirs.size() == 1 ? theirs.get(0) : null;
    }

    private static final Set<String> SINGLE_SESSION_NOUNS = Set.of("talk", "session", "presentation", "keynote",
            "bof", "lecture");

    /**
     * "what does QOM stand for?": the post's own expansion, a sentence where the word is followed by ", the" or "("
     * and capitalised words ("QAPI and QOM, the QEMU Object Model"); "the post does not spell out pHype" when it has
     * the word but none. Null for any other question.
     */
    private Answer spelledOut(Question q) {
        List<Token> words = q.words();
        boolean standsFor = false;
        for (int i = 0; i + 1 < words.size(); i++) {
            standsFor |= Set.of("stand", "stands", "short").contains(words.get(i).text())
                    && words.get(i + 1).text().equals("for");
        }
        // "what does 'yabusame' mean": a word's meaning, which the post gives only where it spells a name out.
        boolean means = !words.isEmpty() && words.get(0).text().equals("what")
                && words.stream().anyMatch(word -> Set.of("mean", "means", "meaning").contains(word.text()));
        // "what does the acronym QAPI stand for": the word naming what the term is says nothing of its own.
        List<Token> named = q.topic().stream().filter(token -> !Set.of("stand", "stands", "short", "mean", "means",
                "meaning", "acronym", "abbreviation", "initialism", "term", "word", "name", "letters")
                .contains(token.text())).toList();
        if (!standsFor && !means || named.size() != 1) {
            return null;
        }
        String term = named.get(0).surface();
        java.util.regex.Pattern expansion = java.util.regex.Pattern.compile("\\b(?i:"
                + java.util.regex.Pattern.quote(term) + ")\\b(?:,\\s+the|\\s+\\()\\s+[A-Z]");
        boolean mentioned = false;
        for (String sentence : q.event().sentences()) {
            mentioned |= PostLookup.containsWord(sentence.toLowerCase(java.util.Locale.ROOT),
                    term.toLowerCase(java.util.Locale.ROOT));
            if (expansion.matcher(sentence).find()) {
                return Answer.of("The post says: “" + sentence + "”", PostLookup.sessionsQuoting(q.event(), sentence));
            }
        }
        String shown = term.replaceAll("[^\\p{L}\\p{N} .+#/-]", "");
        if (means && !mentioned) {
            return Answer.notInPost("The post does not say what " + shown + " means.", List.of());
        }
        return mentioned ? Answer.notInPost("The post does not spell out " + shown + "; it uses the word as it is.",
                List.of()) : null;
    }

    /**
     * "was the postcopy talk the last one Amit saw?": the report's author, a position in what he saw (every session
     * the report describes) and a session named by the topic, compared. Null for any other question.
     */
    private Answer authorsPositionChecked(Question q, List<TopicIndex.Resolved> words) {
        if (!QuestionShape.isTheAuthor(q) || q.position() == 0 || !q.hasTopic() || !q.opensYesOrNo()) {
            return null;
        }
        List<TopicMatch> ranked = lookup.rank(words, q.event().sessions());
        List<Session> named = PostLookup.bestOf(ranked);
        if (ranked.isEmpty() || !ranked.get(0).strong() || named.size() != 1) {
            return null;
        }
        Question position = q.withoutPeople().withTopic(List.of());
        Answer found = program.aboutProgram(position, PostLookup.pool(position, q.event().sessions()));
        if (!found.answered() || found.sessions().size() != 1) {
            return null;
        }
        Session there = found.sessions().get(0);
        return Answer.of((there.equals(named.get(0)) ? "Yes. " : "No. ") + found.text(), List.of(there));
    }

    /** Verbs whose object is a subject brought up: "did Juan mention xbzrle", "did Avi talk about Hyper-V". */
    private static final Set<String> MENTIONING = Set.of("mention", "mentioned", "mentions", "cover", "covered",
            "discuss", "discussed", "talk", "talked", "say", "said", "about", "touch", "touched", "bring", "brought");

    /** How a session is said to have been given, before "by": "presented by Pekka Enberg". */
    private static final Set<String> GIVEN = Set.of("presented", "given", "delivered", "led", "run", "done");

    /** Verbs of saying something in passing, not of what a session was about: "did Avi mention Xen". */
    private static final Set<String> IN_PASSING = Set.of("mention", "mentioned", "mentions", "say", "said", "touch",
            "touched", "bring", "brought", "discuss", "discussed");

    /** Words that compare, in a question ("why is it better") and in the sentence that gives the reason. */
    private static final Set<String> COMPARATIVES = Set.of("better", "worse", "faster", "slower", "easier", "harder",
            "simpler", "cleaner", "safer", "saner", "more", "less", "superior", "inferior");

    /** The verbs of what a speaker's session was on: "Paul talked about ARM, right?". */
    private static final Set<String> SPOKE_ON = Set.of("talked", "spoke", "presented", "covered", "discussed",
            "described");

    /** Verbs of giving a session, as a statement puts them ("Hans gave a talk?"). */
    private static final Set<String> GAVE = Set.of("gave", "give", "gives", "presented", "presents", "delivered",
            "spoke", "talked", "did");

    /**
     * The event's values a yes-or-no may put to it in the asker's words ("was it in San Francisco?"): where and when,
     * not who came ("did Linus Torvalds attend?" asks of someone the post never names).
     */
    /** The words of a sentence that give a reason for what it states: "due to lots of submissions, …". */
    private static final Set<String> CAUSAL = Set.of("because", "due", "since", "thanks", "owing", "so");

    /**
     * "Were the talk slots shortened because of a lack of sponsors?", "parallel tracks due to the many
     * submissions, right?": a reason put to a fact of the program. The fact's own sentence answers, saying whether
     * the reason asked is the one it gives (most of the reason's words are in it) or another; when the sentence
     * gives no reason, the post does not say why. Null for any other question.
     */
    private Answer reasonPutToAFact(Question q) {
        if (q.fact() == null || !q.opensYesOrNo() && !q.checksABelief()) {
            return null;
        }
        List<Token> all = q.words();
        int at = 0;
        while (at < all.size() && !REASON_GIVEN.contains(all.get(at).text())) {
            at++;
        }
        if (at == all.size()) {
            return null;
        }
        List<String> given = new ArrayList<>();
        for (Token token : all.subList(at + 1, all.size())) {
            if (!Cues.STOP.contains(token.text()) && !REASON_GIVEN.contains(token.text())
                    && !Cues.CONFIRMATION_TAGS.contains(token.text())) {
                given.add(Stems.of(token.joined()));
            }
        }
        String sentence = EventAnswers.sentenceOf(q.fact(), q.event());
        if (given.isEmpty() || sentence == null) {
            return null;
        }
        Set<String> stated = PostLookup.stemsOf(sentence);
        boolean causal = Token.of(TextNormalizer.clean(sentence)).stream()
                .anyMatch(token -> CAUSAL.contains(token.text()));
        if (!causal) {
            return Answer.notInPost("The post does not say why. It says: \u201c" + sentence + "\u201d", List.of());
        }
        long held = given.stream().filter(stated::contains).count();
        return Answer.of((held * 2 >= given.size() ? "Yes, by the post: \u201c"
                : "No: the post gives another reason: \u201c") + sentence + "\u201d");
    }

    /** Words for where a post is filed on its blog: "what category is this post filed under?". */
    private static final Set<String> FILED = Set.of("category", "categories", "filed", "categorised",
            "categorized", "tagged");

    /**
     * "What category is this post filed under?", "the post is filed under Linux, right?": the categories of the post's
     * front matter. Not a question about a session ("which category of talk was AHCI"). Null otherwise.
     */
    private Answer categoryOfThePost(Question q) {
        boolean aboutASession = q.kind() != null || q.hasAnyWord(Cues.SESSION_NOUNS) || !q.people().isEmpty();
        if (!q.hasAnyWord(FILED) || aboutASession && !q.hasAnyWord(Cues.THE_POST)) {
            return null;
        }
        List<String> categories = q.event().report().categories();
        if (categories.isEmpty()) {
            return Answer.notInPost("The post's front matter gives it no category.", List.of());
        }
        String filedUnder = "The post is filed under " + Phrases.join(categories)
                + " (the categories of its front matter).";
        if (!q.opensYesOrNo() && !q.checksABelief()) {
            return Answer.of(filedUnder);
        }
        boolean named = categories.stream().anyMatch(category -> Token.of(TextNormalizer.clean(category)).stream()
                .anyMatch(token -> q.hasAnyWord(Set.of(token.text()))));
        return Answer.of((named ? "Yes. " : "No. ") + filedUnder);
    }

    /** Words of someone's view of a thing: "how did the author sum up the two days", "amit's take on them". */
    private static final Set<String> VIEW_WORDS = Set.of("describe", "described", "sum", "summed", "summarise",
            "summarize", "summarised", "summarized", "characterise", "characterize", "call", "called", "think",
            "thought", "feel", "felt", "take", "impression", "impressions", "verdict", "view", "opinion");

    /**
     * "How did the author sum up the two days?", "Did the author think the two days went by quickly?": the author's
     * view of the event's days as a whole, which is what the post writes of them by their number ("a very long two
     * days"). Null for any other question, or when the post never writes of its days so.
     */
    private Answer authorsWordsOnTheDays(Question q) {
        int days = q.event().program().days();
        String author = q.event().report().author();
        boolean byTheAuthor = q.hasAnyWord(Cues.AUTHOR)
                || author != null && q.people().stream().anyMatch(person -> person.name().equalsIgnoreCase(author));
        if (days < 2 || !byTheAuthor || !q.hasAnyWord(VIEW_WORDS) || q.kind() != null) {
            return null;
        }
        List<Token> all = q.words();
        boolean theDays = java.util.stream.IntStream.range(0, all.size() - 1)
                .anyMatch(i -> Integer.valueOf(days).equals(Cues.NUMBERS.get(all.get(i).text()))
                        && all.get(i + 1).text().equals("days"));
        if (!theDays) {
            return null;
        }
        String written = Phrases.number(days) + " days";
        for (String sentence : q.event().sentences()) {
            if (sentence.toLowerCase(java.util.Locale.ROOT).contains(written)) {
                return Answer.of("Of the " + written + " as a whole, the post says: \u201c" + sentence + "\u201d");
            }
        }
        return null;
    }

    /** Words that give a reason: "because of the submissions", "due to the venue", "the reason being". */
    private static final Set<String> REASON_GIVEN = Set.of("because", "due", "reason", "owing", "cause", "caused");

    private static final Set<EventFact> PUT_TO_THE_EVENT = Set.of(EventFact.PLACE, EventFact.COLOCATED,
            EventFact.DATES);

    /**
     * "Amit writes “I'm to blame for that” — blame for what?": words in quotation marks that a sentence of the post
     * has, word for word (at least {@link #QUOTED_WORDS}); what is asked of them is in that sentence, quoted with its
     * session. Who said them, and when, are left to the other readings. Null when nothing quoted is the post's.
     */
    private Answer quotedFromThePost(Question q, String question) {
        if (q.target() == Target.SPEAKER || q.target() == Target.SLIDES || q.target() == Target.TIME
                || q.position() != 0 || q.relative() != Question.Relative.NONE) {
            return null;
        }
        java.util.regex.Matcher quotes = QUOTED.matcher(question);
        while (quotes.find()) {
            String said = quotes.group(1).replaceAll("\\s+", " ").trim().toLowerCase(java.util.Locale.ROOT)
                    .replace('’', '\'');
            // A title in quotation marks names its session, for the other readings to answer about.
            boolean aTitle = q.event().sessions().stream().anyMatch(session -> session.title()
                    .toLowerCase(java.util.Locale.ROOT).contains(said));
            if (said.split(" ").length < QUOTED_WORDS || aTitle) {
                continue;
            }
            for (Session session : q.event().sessions()) {
                for (String sentence : lookup.paragraphSentences(session)) {
                    if (sentence.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').contains(said)) {
                        return Answer.of("The post says of " + Phrases.described(model, session) + ": “" + sentence
                                + "”", List.of(session));
                    }
                }
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("[\"“‘']([^\"”’]{6,}?)[\"”’']");

    /** Words a quotation must have to be taken as the post's own. */
    private static final int QUOTED_WORDS = 3;

    /**
     * Whether the session is the one the question is closest to by its sentences, ahead of the next by
     * {@link #DETAIL_LEAD}: "the qcow3 talk" is far nearer Kevin Wolf's sentence on QCOW3 than anything else,
     * while "the libvirt talk" is near several paragraphs that mention libvirt or management in passing.
     */
    private boolean leadsByDetail(Question q, Session session) {
        List<SemanticIndex.Scored<Session>> ranked = inQuestionsPool(q, semantic.sessionsByDetail(reader.withoutEventName(q)));
        return ranked.size() > 1 && ranked.get(0).item().equals(session)
                && ranked.get(0).score() - ranked.get(1).score() >= DETAIL_LEAD;
    }

    /** How far a session must lead the next by its closest sentence to be what a word said in passing names. */
    private static final float DETAIL_LEAD = 0.1f;

    /**
     * A sentence of the post with most of the question's words (at least {@link #SAYS_IT_SHARE} of those the post
     * uses, and two or more), or null: the question restates something the post says.
     */
    private String sentenceSaysIt(Question q, List<TopicIndex.Resolved> words) {
        List<TopicIndex.Resolved> known = words.stream().filter(word -> !word.typo() && !word.stems().isEmpty()).toList();
        if (known.size() < 2) {
            return null;
        }
        for (String sentence : q.event().sentences()) {
            Set<String> said = PostLookup.stemsOf(sentence);
            long found = known.stream().filter(word -> word.stems().stream().anyMatch(said::contains)).count();
            if (found >= 2 && found >= SAYS_IT_SHARE * known.size()) {
                return sentence;
            }
        }
        return null;
    }

    /**
     * "what's the downside of having parallel tracks?": the sentence that says the thing asked about (by the
     * question's words, or the part of the day it names), and the one after it when that one goes on about it
     * ("This allowed for more talks, but…"). Null when no sentence says the thing or none follows on.
     */
    private Answer consequenceSaid(Question q, List<TopicIndex.Resolved> words) {
        List<String> sentences = q.event().sentences();
        String tracks = q.event().program().parallelTracks();
        for (int i = 0; i + 1 < sentences.size(); i++) {
            String sentence = sentences.get(i);
            boolean saysIt = sentence.equals(sentenceSaysIt(q, words))
                    || q.part() != null && tracks != null && sentence.contains(tracks);
            String next = sentences.get(i + 1);
            if (saysIt && next.matches("(This|That|It|These|Those)\\b.*")) {
                return Answer.of("The post says: “" + sentence + " " + next + "”", List.of());
            }
        }
        // "what were the downsides of the 2011 setup": nothing named but the event itself; the one consequence the post
        // draws of the event's own arrangements (outside every session's paragraph) is the one asked.
        // Only when the question names the event ("the 2011 setup"); "any downsides mentioned?" after a session named
        // in its context is about that session.
        boolean thisYear = q.hasAnyWord(Set.of("year", "year's", "yr")) && q.hasAnyWord(Set.of("this", "that"));
        // "downsides of the format?": a consequence of the event's own arrangements, named as such.
        boolean ofTheArrangements = q.hasAnyWord(Cues.ARRANGEMENTS) && q.hasAnyWord(Cues.CONSEQUENCE);
        // "format", "setup": words for the event's own arrangements, which a session's may share, say no session.
        List<TopicIndex.Resolved> named = lookup.resolve(q.topic().stream()
                .filter(token -> !Cues.ARRANGEMENTS.contains(token.text()) && !Cues.CONSEQUENCE.contains(token.text()))
                .toList());
        if (!q.asksAboutEvent() && !thisYear && !ofTheArrangements || named.stream().anyMatch(lookup::isSpecific)) {
            return null;
        }
        // A downside is a consequence drawn with a contrast ("more talks, but small Q&A sessions").
        boolean downside = QuestionShape.asksForADownside(q);
        String found = null;
        for (int i = 0; i + 1 < sentences.size(); i++) {
            String next = sentences.get(i + 1);
            boolean ofTheEvent = PostLookup.sessionsQuoting(q.event(), sentences.get(i)).isEmpty();
            if (ofTheEvent && next.matches("(This|That|It|These|Those)\\b.*")
                    && (!downside || next.matches("(?i).*\\b(but|though|however)\\b.*"))) {
                if (found != null) {
                    return null;
                }
                found = sentences.get(i) + " " + next;
            }
        }
        return found == null ? null : Answer.of("The post says: “" + found + "”", List.of());
    }

    /** Whether the sentence has the question's word that made it read as the unstated kind ("merge", "maintainers"). */
    private static boolean saysItsOwnTrigger(Question q, String sentence, Unstated kind) {
        if (sentence == null) {
            return false;
        }
        Set<String> said = PostLookup.stemsOf(sentence);
        return q.words().stream().anyMatch(word -> kind.triggers().contains(word.text())
                && said.contains(Stems.of(word.joined())));
    }

    /**
     * "what did Gerd say about USB versions": a sentence of a named person's session with every word of the question
     * the post has ("USB") gives a version ("USB 3").
     */
    private boolean versionInTheirParagraph(Question q, List<TopicIndex.Resolved> words) {
        List<TopicIndex.Resolved> known = words.stream().filter(word -> !word.typo() && !word.stems().isEmpty()).toList();
        if (known.isEmpty()) {
            return false;
        }
        for (Person person : q.people()) {
            for (Session session : model.sessionsOf(person)) {
                for (String sentence : lookup.paragraphSentences(session)) {
                    Set<String> said = PostLookup.stemsOf(sentence);
                    if (known.stream().allMatch(word -> word.stems().stream().anyMatch(said::contains))
                            && givesANewVersion(q, sentence)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Whether the sentence gives a version the question does not have: "which usb version" is answered by "USB 3";
     * "in which QEMU version did USB 3 support land" is not, the 3 being the question's own.
     */
    private static boolean givesANewVersion(Question q, String sentence) {
        if (sentence == null) {
            return false;
        }
        // "which QEMU version": the version is QEMU's, a number right after its name.
        List<Token> words = q.words();
        String of = null;
        for (int i = 1; i < words.size(); i++) {
            String before = words.get(i - 1).text();
            if (Set.of("version", "versions").contains(words.get(i).text()) && !Cues.QUESTION_WORDS.contains(before)
                    && !Cues.STOP.contains(before)) {
                of = before;
            }
        }
        List<Token> said = Token.of(TextNormalizer.clean(sentence));
        for (int i = 0; i < said.size(); i++) {
            String word = said.get(i).text();
            boolean version = word.matches("v?\\d+(\\.\\d+)*") && !word.matches("(19|20)\\d\\d");
            boolean ofIt = of == null || i > 0 && said.get(i - 1).text().equals(of);
            if (version && ofIt && !q.hasAnyWord(Set.of(word))) {
                return true;
            }
        }
        return false;
    }

    /** The share of a question's words a sentence must have to be what the question restates. */
    private static final float SAYS_IT_SHARE = 0.6f;

    /**
     * "any talk on nested virt?": a word the post never uses, right before one it uses but in no session's title,
     * names a kind of that thing the post does not have; the post has the thing only in passing. Null otherwise.
     */
    private Answer kindNeverNamed(Question q, List<TopicIndex.Resolved> words, List<TopicMatch> matches) {
        List<Token> topic = q.topic();
        List<Token> all = q.words();
        for (int i = 0; i + 1 < topic.size() && i + 1 < words.size(); i++) {
            TopicIndex.Resolved kind = words.get(i);
            TopicIndex.Resolved thing = words.get(i + 1);
            int at = all.indexOf(topic.get(i));
            boolean adjacent = at >= 0 && at + 1 < all.size() && all.get(at + 1).equals(topic.get(i + 1));
            boolean inATitle = allSessions.stream()
                    .anyMatch(session -> index.weight(session, thing) >= TopicIndex.EQUIVALENT * TopicIndex.TITLE);
            // "a talk on nested virt", "any nested virt talk": not "did AHCI beat virtio-blk", whose unknown word is
            // a verb between two things.
            // (A topic word read from a rewritten form of the question may be in no place of its words: at is -1.)
            boolean leads = at == 0 || at > 0 && Cues.TOPIC_INTRO.contains(all.get(at - 1).text())
                    || at > 0 && Set.of("any", "the", "a", "an", "some").contains(all.get(at - 1).text());
            if (adjacent && leads && kind.unknown() && !thing.unknown() && !thing.typo() && !inATitle
                    && !topic.get(i).capital() && !matches.isEmpty()) {
                Session passing = matches.get(0).session();
                return Answer.notInPost("The post never mentions " + topic.get(i).surface() + " "
                        + topic.get(i + 1).surface() + ". It has " + topic.get(i + 1).surface() + " only in passing, in "
                        + Phrases.described(model, passing) + ".", List.of(passing));
            }
        }
        return null;
    }

    /** The text without the names and years it writes that the posts never use ("Seattle", "2009", "FreeBSD"). */
    private String withoutUnknownNames(String text, List<String> removed) {
        String result = text;
        List<Token> tokens = Token.of(TextNormalizer.clean(text));
        int previous = -2;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean named = token.capital() && !token.opening() || token.text().matches("(19|20)\\d\\d");
            // The year of an event the posts report is known, whether or not a post's text spells it.
            boolean knownYear = token.text().matches("\\d{4}") && knownYears.contains(Integer.parseInt(token.text()));
            if (named && !postWords.contains(token.text()) && !knownYear && !token.surface().isEmpty()) {
                String shown = token.surface().replaceAll("[^\\p{L}\\p{N} .+#/-]", "");
                if (previous == i - 1 && !removed.isEmpty()) {
                    removed.set(removed.size() - 1, removed.get(removed.size() - 1) + " " + shown); // "Jim Whitehurst"
                } else {
                    removed.add(shown);
                }
                previous = i;
                result = result.replaceFirst("\\b" + java.util.regex.Pattern.quote(token.surface()) + "\\b", "");
            }
        }
        return result.replaceAll("\\s+", " ").trim();
    }

    private static final java.util.regex.Pattern A_WORD = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private static final java.util.regex.Pattern A_WORD_WITH_APOSTROPHES =
            java.util.regex.Pattern.compile("[A-Za-z]+(?:['\u2019][A-Za-z]+)*");

    /**
     * "right before lunch", "after lunch": the break between a day's two parts, so the end of the morning or the
     * start of the afternoon, which the program has ("before the afternoon", "after the morning").
     */
    static String withLunchAsTheBreak(String question) {
        return LUNCH_BEFORE.matcher(LUNCH_AFTER.matcher(question).replaceAll("$1 the morning"))
                .replaceAll("$1 the afternoon");
    }

    /**
     * "what was on after Alex Williamson finished?", "right after the VFIO talk ended": after a session's end is after
     * the session. The verb is no topic. Not after the forum or a day ended, which is no session.
     */
    static String withSessionEndAsTheSession(String question) {
        return SESSION_ENDED.matcher(question).replaceAll("$1");
    }

    private static final java.util.regex.Pattern SESSION_ENDED = java.util.regex.Pattern.compile(
            "(?i)(\\bafter\\s+(?!(?:the\\s+)?(?:forum|conference|event|day|talks|sessions)\\b)[^?.!,;:]{2,60}?)"
            + "\\s+(?:had\\s+|has\\s+|was\\s+)?(?:finished|ended|wrapped up|concluded"
            + "|done|over)(?=\\s*(?:[?.!,;:]|on\\b|in\\b|$))");

    /**
     * Words of the program the asker ran together or padded: "the first-morning session" is "the first morning
     * session", "day-two" is "day two", "everything from day 2's first session" asks for all its sessions, and "as
     * well" closing a question adds no topic.
     */
    static String withProgramWordsApart(String question) {
        String apart = PROGRAM_COMPOUND.matcher(question).replaceAll("$1 $2");
        apart = COUNT_OF.matcher(apart).replaceFirst("$1how many "); // "count of day 2 talks"
        apart = WH_DID.matcher(apart).replaceAll("$1 did"); // "what'd paul present"
        apart = THEN_WHAT.matcher(apart).replaceFirst("what came after $1?"); // "ahci then what"
        // "the second day's first session (the morning part before the parallel tracks)": an aside of four words or
        // more explains what came before it; a short one may be the name asked by ("the SATA talk (AHCI)").
        apart = ASIDE.matcher(apart).replaceAll("");
        apart = EVERYTHING_FROM.matcher(apart).replaceFirst("$1all sessions ");
        return AS_WELL_CLOSING.matcher(apart).replaceFirst("");
    }

    /**
     * "the SCSI-for-guests talk", "the memory-after-switchover method": three or more words run together by hyphens
     * are the asker's description, said in words the post writes apart; a compound the post itself writes stays.
     */
    String withDescriptionsApart(String question) {
        java.util.regex.Matcher chain = HYPHEN_CHAIN.matcher(question);
        StringBuilder out = new StringBuilder();
        while (chain.find()) {
            String words = chain.group();
            boolean ofThePost = postWords.contains(words.toLowerCase(java.util.Locale.ROOT));
            chain.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(ofThePost ? words
                    : words.replace('-', ' ')));
        }
        return chain.appendTail(out).toString();
    }

    private static final java.util.regex.Pattern HYPHEN_CHAIN = java.util.regex.Pattern.compile(
            "\\b\\p{L}+(?:-\\p{L}+){2,}\\b");

    /** Words in parentheses, four or more. */
    private static final java.util.regex.Pattern ASIDE = java.util.regex.Pattern.compile(
            "\\s*\\((?:[^()\\s]+\\s+){3,}[^()\\s]+\\)");

    /** "ahci then what", "the keynote and then what?": what came after it. */
    private static final java.util.regex.Pattern THEN_WHAT = java.util.regex.Pattern.compile(
            "(?i)^\\W*(.{2,80}?)\\s*,?\\s+(?:and\\s+)?then what\\s*\\?*\\s*$");

    /** "count of …", "number of …" opening a question: how many. */
    private static final java.util.regex.Pattern COUNT_OF = java.util.regex.Pattern.compile(
            "(?i)^(\\W*)(?:the\\s+)?(?:count|number|total number|no\\.)\\s+of\\s+");
    /** "what'd", "where'd", "how'd": a question word with "did" run into it. */
    private static final java.util.regex.Pattern WH_DID = java.util.regex.Pattern.compile(
            "(?i)\\b(what|where|when|how|why)['\u2019]?d\\b");

    private static final java.util.regex.Pattern PROGRAM_COMPOUND = java.util.regex.Pattern.compile(
            "(?i)\\b(first|second|last|final|opening|closing|1st|2nd|day)-(morning|afternoon|day|session|one|two|\\d)\\b");
    private static final java.util.regex.Pattern EVERYTHING_FROM = java.util.regex.Pattern.compile(
            "(?i)^(\\W*)everything\\s+(?=(?:from|on|in|at)\\b)");
    private static final java.util.regex.Pattern AS_WELL_CLOSING = java.util.regex.Pattern.compile(
            "(?i),?\\s+as well(?=\\s*[?.!]*\\s*$)");

    /**
     * "Name all the speakers from the first morning": "name" opening a request for people or sessions asks to list
     * them, not for a name the post may lack ("what's the pub's name").
     */
    static String withNamingAsListing(String question) {
        return NAMING_A_LIST.matcher(question).replaceFirst("$1list ");
    }

    /**
     * "version of the virtio-scsi spec", "title of Markus's talk": a fragment that asks for one thing of another,
     * read as the question it stands for ("what is the version of …").
     */
    static String withFragmentAsked(String question) {
        // "name of stefan's in-kernel scsi target", "what is the name of Stefan's target?": what the thing of
        // theirs is called, asked as such.
        java.util.regex.Matcher named = NAME_OF_THEIRS.matcher(question.trim());
        if (named.matches()) {
            return "what is " + named.group(1) + " called?";
        }
        return ATTRIBUTE_FRAGMENT.matcher(question).replaceFirst("what is the $1 of ");
    }

    /** "(what is the) name of X's Y": the name of a thing of someone's. */
    private static final java.util.regex.Pattern NAME_OF_THEIRS = java.util.regex.Pattern.compile(
            "(?i)^\\W*(?:what(?:'s|s| is| was) )?(?:the )?name of (\\S+['\u2019]s\\s+[^?]+?)\\s*\\?*$");

    /** A fragment opening with what it asks for, then "of": "name of …", "version of …". */
    private static final java.util.regex.Pattern ATTRIBUTE_FRAGMENT = java.util.regex.Pattern.compile(
            "(?i)^\\W*(name|title|version|model|size)\\s+of\\s+");

    private static final java.util.regex.Pattern NAMING_A_LIST = java.util.regex.Pattern.compile(
            "(?i)^(\\W*(?:pls\\s+|please\\s+|can you\\s+|could you\\s+)?)name\\s+(?=(?:all|every|each|the|them)?\\b"
            + "(?:\\s*\\S+){0,4}?\\s*\\b(?:speakers?|presenters?|people|talks?|sessions?|presentations?|keynotes?|bofs?|everyone|all)\\b)");

    private static final java.util.regex.Pattern LUNCH_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(before)\\s+(?:the\\s+)?lunch(?:\\s+break)?\\b");
    private static final java.util.regex.Pattern LUNCH_AFTER = java.util.regex.Pattern.compile(
            "(?i)\\b(after)\\s+(?:the\\s+)?lunch(?:\\s+break)?\\b");

    /** "wat did everyone do" → "what did everyone do": the question words' common misspellings, spelt right. */
    private static final java.util.regex.Pattern ENDING_IN_S = java.util.regex.Pattern.compile("\\b(\\p{L}{3,})s\\b");

    /**
     * "what was anthonys unpopular idea": a name of the post's people with an "s" and no apostrophe, which is no word
     * of the post, is that person's ("anthony's"). Names of two letters ("he" of Asias He) are left alone.
     */
    String withPossessivesMarked(String question) {
        return ENDING_IN_S.matcher(question).replaceAll(word -> java.util.regex.Matcher.quoteReplacement(
                nameWords.contains(word.group(1).toLowerCase(java.util.Locale.ROOT))
                        && !postWords.contains(word.group().toLowerCase(java.util.Locale.ROOT))
                        ? word.group(1) + "'s" : word.group()));
    }

    /** "we're", "she'll", "we'd": a pronoun with its verb, written out. */
    private static final java.util.regex.Pattern PRONOUN_CONTRACTION = java.util.regex.Pattern.compile(
            "(?i)\\b(we|he|she|they)['\u2019](re|ll|d)\\b");

    /**
     * "We're planning NUMA tuning work and …" is "We are planning …": with its apostrophe dropped, "we're" would be
     * read as "were", which opens a yes-or-no question, and "she'll" as "shell".
     */
    static String withPronounsUncontracted(String question) {
        return PRONOUN_CONTRACTION.matcher(question).replaceAll(contraction -> contraction.group(1) + " "
                + switch (contraction.group(2).toLowerCase(java.util.Locale.ROOT)) {
                    case "re" -> "are";
                    case "ll" -> "will";
                    default -> "would";
                });
    }

    static String withQuestionWordsSpelt(String question) {
        java.util.regex.Matcher words = A_WORD.matcher(question);
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            String right = Cues.QUESTION_WORD_TYPOS.get(words.group().toLowerCase(java.util.Locale.ROOT));
            words.appendReplacement(out, right == null ? words.group() : right);
        }
        words.appendTail(out);
        return out.toString();
    }

    /**
     * "what came rigth after avi's keynote", "the last talk of the frist day": a word that is neither the post's nor
     * a name, one typing slip (two letters swapped, one left out) from exactly one word a question is built on
     * ({@link Cues#questionVocabulary}), is that word. Words the post has are left as they are, so a topic is never
     * respelt; a word near two such words ("tals": talk, tale?) is left too.
     */
    String withCueWordsSpelt(String question) {
        java.util.regex.Matcher words = A_WORD_WITH_APOSTROPHES.matcher(question);
        StringBuilder out = new StringBuilder();
        while (words.find()) {
            String word = words.group();
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            // "wasn't", "who's", "whos": contractions, with their apostrophe or without, are spelt as meant.
            boolean contraction = lower.indexOf('\'') >= 0 || lower.indexOf('\u2019') >= 0
                    || Cues.CONTRACTIONS.contains(lower);
            String right = lower.length() < 3 || contraction || questionVocabulary.contains(lower)
                    || Cues.EVENT_FACT_WORDS.contains(lower)
                    || postWords.contains(lower) ? null : onlyWordOneEditAway(lower);
            words.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(right == null ? word : right));
        }
        words.appendTail(out);
        return out.toString();
    }

    /** Words this long may have one letter typed wrong ("attendence") and still be only one word. */
    private static final int MISTYPED_FROM = 7;

    /** Whether the long word is the candidate with one letter typed wrong, its first letter and ending right. */
    private static boolean letterMistyped(String word, String candidate) {
        if (word.length() < MISTYPED_FROM || word.length() != candidate.length() || word.charAt(0) != candidate.charAt(0)) {
            return false;
        }
        int differences = 0;
        int at = -1;
        for (int i = 0; i < word.length() && differences < 2; i++) {
            if (word.charAt(i) != candidate.charAt(i)) {
                differences++;
                at = i;
            }
        }
        // Not in the ending, which makes another form of a word ("developed" is no slip of "developer").
        return differences == 1 && at < word.length() - 2;
    }

    /** The one word of the question vocabulary one typing slip from the word, or null. */
    private String onlyWordOneEditAway(String word) {
        String found = null;
        List<String> sameOrOneLonger = new ArrayList<>(vocabularyByLength.getOrDefault(word.length(), List.of()));
        sameOrOneLonger.addAll(vocabularyByLength.getOrDefault(word.length() + 1, List.of()));
        for (String candidate : sameOrOneLonger) {
            if (swapped(word, candidate) || letterLeftOut(word, candidate) || letterMistyped(word, candidate)) {
                if (found != null) {
                    return null;
                }
                found = candidate;
            }
        }
        return found;
    }

    /** Two letters side by side swapped, in words of four letters and more: "rigth", "frist". */
    private static boolean swapped(String a, String b) {
        if (a.length() != b.length() || a.length() < 4) {
            return false;
        }
        int first = -1;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                if (first >= 0) {
                    return i == first + 1 && a.charAt(first) == b.charAt(i) && a.charAt(i) == b.charAt(first)
                            && a.substring(i + 1).equals(b.substring(i + 1));
                }
                first = i;
            }
        }
        return false;
    }

    /**
     * One letter of the word left out, inside it, a final "e" or the "g" of "-ing": "lighting" for "lightning",
     * "befor", "keynot", "lightnin".
     * Not another final letter ("read" is no slip for "ready"), and never a letter too many: "short" is a word of
     * its own, not a slip for "sort".
     */
    private static boolean letterLeftOut(String typed, String word) {
        if (word.length() != typed.length() + 1 || typed.length() < 4 || typed.charAt(0) != word.charAt(0)) {
            return false;
        }
        int i = 0;
        while (i < typed.length() && typed.charAt(i) == word.charAt(i)) {
            i++;
        }
        boolean atTheEnd = i == typed.length();
        // A final "g" dropped after "in" is how chat writes "-ing" ("lightnin talks").
        return typed.substring(i).equals(word.substring(i + 1)) && (!atTheEnd || word.charAt(i) == 'e'
                || word.charAt(i) == 'g' && typed.endsWith("in"));
    }

    /** Reads the question; exposed to the package for tests of intent and topic. */
    Question read(String question) {
        return reader.read(question);
    }

    /**
     * "Anthony said around 5000 patches were committed since last year, right?": a belief that puts a figure on
     * what one session's paragraph says without any figure. The figure is the asker's, so a private "the post gives
     * no figure", with what the paragraph does say. Null when the belief claims no figure, the answer is no single
     * session's, or its paragraph gives a number.
     */
    private Answer figureNeverGiven(Question q, Answer answer, boolean writesAFigure) {
        if (!answer.answered() || answer.sessions().size() != 1 || q.day() != 0 || q.position() != 0) {
            return null;
        }
        Session session = answer.sessions().get(0);
        String title = TextNormalizer.clean(session.title() + " " + session.titleInPost())
                .toLowerCase(java.util.Locale.ROOT);
        List<Token> words = q.words();
        boolean figure = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).text();
            // The digits of a Discord mention ("<@123…>") are no figure: the text's figures as written say so.
            boolean number = writesAFigure && word.matches("\\d+(\\.\\d+)?%?") && !word.matches("(19|20)\\d\\d");
            // "USB 3", "IOMMU v2": a number of the title names the thing; "day 2" places a session; "Windows 7" is
            // a name.
            boolean named = title.contains(word) || i > 0 && (title.contains(words.get(i - 1).text() + " " + word)
                    || Set.of("day", "days", "version", "v").contains(words.get(i - 1).text())
                    || words.get(i - 1).capital() || DetailReadings.isAcronym(words.get(i - 1)));
            // "5000 patches", "10 TODO items": a figure counts or measures what follows it; "windows 7 is …" names.
            boolean counts = i + 1 < words.size() && !Cues.STOP.contains(words.get(i + 1).text())
                    && !Cues.AUXILIARIES.contains(words.get(i + 1).text());
            figure |= number && counts && !named;
            // "AHCI came out double the speed of IDE, right?": a ratio in words is a figure too.
            figure |= BeliefReadings.MULTIPLES.contains(word);
        }
        if (!figure || lookup.paragraphSentences(session).stream().anyMatch(PostLookup::givesANumber)) {
            return null;
        }
        return Answer.notInPost("The post gives no figure for that. What it says of " + Phrases.described(model,
                session) + ": " + program.sessionsSentence(List.of(session)), List.of(session));
    }

    /**
     * "How many Red Hat employees attended the dinner hosted by Brian Stevens?": a how-many question answered with
     * a sentence that holds no number ("We Red Hat folks had a dinner …") asks what the post does not count. A
     * private "the post gives no number", with the sentence. Null when the answer has a number beyond a day's, or
     * names sessions (whose list is the count).
     */
    private static Answer numberNeverGiven(Answer answer) {
        if (!answer.answered() || !answer.sessions().isEmpty() || answer.text().startsWith("Yes")
                || answer.text().startsWith("No")) {
            return null;
        }
        String withoutDays = answer.text().replaceAll("(?i)\\bday \\d+|\\b(19|20)\\d\\d\\b|<[^>]*>|https?://\\S+", " ");
        if (PostLookup.givesANumber(withoutDays) || withoutDays.matches("(?is).*\\b(first|second|third|couple|few"
                + "|several|many|lots|dozen|dozens|hundred|hundreds|half)\\b.*")) {
            return null;
        }
        return Answer.notInPost("The post gives no number for that. " + answer.text(), answer.sessions());
    }

    /**
     * "Was the postcopy talk right at the end of the second day?": "the end of" (or "the beginning of") placing a talk
     * or keynote; not "a panel discussion at the end of day two", which names no session of the post.
     */
    private static boolean atTheEndOfATalk(Question q) {
        List<Token> words = q.words();
        boolean ofATalk = q.hasAnyWord(Cues.SESSION_NOUNS) || q.hasAnyWord(Cues.KEYNOTE);
        for (int i = 1; ofATalk && i + 1 < words.size(); i++) {
            if (Set.of("end", "beginning", "start").contains(words.get(i).text()) && words.get(i - 1).text().equals("the")
                    && words.get(i + 1).text().equals("of")) {
                return true;
            }
        }
        return false;
    }

    /** Words that put a session first or last: "opened the forum", "the last talk", "wrapped up day 2". */
    private static final Set<String> PLACE_CLAIMED = Set.of("first", "last", "final", "opened", "open", "opens",
            "opening", "kicked", "kick", "kicks", "closed", "close", "closes", "closing", "started", "start", "starts",
            "wrapped", "finished", "concluded");

    /**
     * "The QEMU keynote opened the whole forum, right?", "did the postcopy talk close day 2?": one session, named by
     * its speaker or its topic, claimed to be the first or the last of the event, a day or a part of one, checked
     * against the program. Null when the question claims no such place, or names no one session.
     */
    private Answer positionClaimed(Question q) {
        boolean ordinal = q.position() > 1; // "The second talk of the forum was VFIO, wasn't it?"
        if (!q.opensYesOrNo() || q.position() == 0 || q.relative() != Question.Relative.NONE
                || q.edge() != Question.Edge.NONE || q.event() == null || q.fact() != null
                || !ordinal && !q.hasAnyWord(PLACE_CLAIMED) && !atTheEndOfATalk(q) || Unstated.askedIn(q, knownYears) != null) {
            return null; // not "did QCOW3 end up merged in the end?", what became of it
        }
        List<Session> named;
        if (q.people().size() == 1) {
            named = model.sessionsOf(q.people().get(0)).stream()
                    .filter(session -> q.kind() == null || session.kind() == q.kind()).toList();
            if (named.size() > 1 && q.hasTopic()) {
                named = PostLookup.bestOf(lookup.rank(lookup.resolve(q.topic()), named)); // "Avi's PMU talk"
            }
        } else if (q.people().isEmpty() && q.hasTopic()) {
            // "the QEMU keynote": the topic among the sessions of the kind named.
            List<Session> ofKind = q.event().sessions().stream()
                    .filter(session -> q.kind() == null || session.kind() == q.kind()).toList();
            named = PostLookup.bestOf(lookup.rank(lookup.resolve(q.topic()), ofKind));
        } else {
            return null;
        }
        if (named.size() != 1) {
            return null;
        }
        Session session = named.get(0);
        // "the QEMU keynote opened day 2": the kind is the named session's; "the second keynote was Anthony's":
        // the kind counted.
        List<Session> scope = q.event().sessions().stream()
                .filter(other -> q.day() == 0 || other.day() == q.day())
                .filter(other -> q.part() == null || other.part() == q.part())
                .filter(other -> !ordinal || q.kind() == null || other.kind() == q.kind())
                .sorted(java.util.Comparator.comparingInt(Session::order)).toList();
        if (scope.isEmpty()) {
            return null;
        }
        String where = Phrases.scope(q.day(), q.part(), q.event().name());
        String noun = ordinal && q.kind() != null ? Phrases.kindNoun(q.kind()) : "session";
        int its = scope.indexOf(session);
        // "VFIO was the fourth talk of the day 1 morning, yeah?": where in the same count it was, when it is in it.
        String itsPlace = its < 0 ? "on " + Phrases.shortWhen(session)
                : "the " + Phrases.ordinal(its + 1) + " " + noun + " " + where
                        + (q.day() != 0 && q.part() != null ? "" : " (" + Phrases.shortWhen(session) + ")");
        if (q.position() > scope.size()) {
            // "VFIO was the ninth talk of the day 1 morning, right?": there are not that many.
            return Answer.of("No: the post describes only " + scope.size() + " " + noun + (scope.size() == 1 ? "" : "s")
                    + " " + where + "; " + Phrases.described(model, session) + " was " + itsPlace + ".",
                    List.of(session));
        }
        boolean first = q.position() == 1;
        Session edge = ordinal ? scope.get(q.position() - 1) : first ? scope.get(0) : scope.get(scope.size() - 1);
        String place = (ordinal ? "the " + Phrases.ordinal(q.position()) : first ? "the first" : "the last") + " "
                + noun + " the post describes " + where;
        if (edge.equals(session)) {
            return Answer.of("Yes: " + Phrases.described(model, session) + " was " + place + ".", List.of(session));
        }
        return Answer.of("No: " + place + " was " + Phrases.described(model, edge) + " (" + Phrases.shortWhen(edge)
                + "); " + Phrases.described(model, session) + " was " + itsPlace + ".", List.of(edge, session));
    }

    /** Count words a claimed number of sessions is written in, beyond those of {@link Cues#NUMBERS}. */
    private static final List<String> COUNT_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty");

    /** Nouns for sessions a number before them counts. */
    private static final Set<String> COUNTED_SESSIONS = Set.of("talks", "sessions", "keynotes", "bofs", "presentations",
            "speakers", "presenters");

    /**
     * "Were there six talks in the first day's morning session?", "Amit attended four talks on the day-1 afternoon,
     * right?": a number of sessions put up for confirmation, checked against the count the program gives for the
     * same question asked with "how many". Null when the question claims no such number, or the count finds none.
     */
    private Answer countClaimed(Question q, String question) {
        List<Token> words = q.words();
        int claimed = -1;
        int at = -1;
        for (int i = 0; i + 1 < words.size() && at < 0; i++) {
            String word = words.get(i).text();
            int value = word.matches("\\d{1,2}") ? Integer.parseInt(word) : COUNT_WORDS.indexOf(word);
            String next = words.get(i + 1).text();
            boolean counted = COUNTED_SESSIONS.contains(next) || Cues.LIGHTNING.contains(next)
                    && i + 2 < words.size() && words.get(i + 2).text().equals("talks");
            boolean dayNamed = i > 0 && Set.of("day", "days").contains(words.get(i - 1).text());
            // "was any talk given by two speakers?", "a talk with three presenters": speakers of one session.
            boolean perSession = Cues.PERSON_NOUNS.contains(next) && i > 0
                    && Set.of("by", "with", "had", "has", "have").contains(words.get(i - 1).text());
            if (value >= 0 && counted && !dayNamed && !perSession) {
                claimed = value;
                at = i;
            }
        }
        if (at < 0) {
            return null;
        }
        String noun = words.get(at + 1).text() + (Cues.LIGHTNING.contains(words.get(at + 1).text()) ? " talks" : "");
        String rest = question.replaceFirst("(?i)\\b" + java.util.regex.Pattern.quote(words.get(at).surface()) + "\\s+"
                + java.util.regex.Pattern.quote(words.get(at + 1).surface()) + "(\\s+talks)?\\b", "")
                .replaceAll("(?i),?\\s*(right|correct|yes|no|true)\\s*\\?*\\s*$", "");
        Question asHowMany = reader.read("how many " + noun + " " + rest);
        if (asHowMany.target() != Target.COUNT) {
            return null;
        }
        Answer count = answerUncached("how many " + noun + " " + rest);
        if (!count.answered()) {
            return null;
        }
        // Right when it is the count given, in all or of the kind claimed ("6 sessions … (1 keynote and 5 talks)").
        java.util.regex.Matcher figures = java.util.regex.Pattern.compile("\\b(\\d+) (\\w+)").matcher(count.text());
        boolean right = false;
        boolean first = true;
        while (figures.find()) {
            int figure = Integer.parseInt(figures.group(1));
            right |= figure == claimed && (first || figures.group(2).equalsIgnoreCase(noun.split(" ")[0]));
            first = false;
        }
        String counts = count.text().startsWith("The ") ? "t" + count.text().substring(1) : count.text();
        return new Answer((right ? "Yes: " : "No: ") + counts, count.sessions(), true);
    }

    /** Words that ask for people beside the one the question or its session already names. */
    private static final Set<String> OTHERS_BESIDE = Set.of("co-developers", "codevelopers", "co-developer",
            "collaborators", "collaborator", "co-authors", "coauthors", "co-author", "teammates", "contributors");

    /**
     * "Who else worked on the native KVM tool?", "Asias He presented it; who were his co-developers?": an answer
     * found by who did it names no one beside those the question or its one session already names, so the
     * paragraph is read for others, as for any who-else question; null when it names someone new.
     */
    private Answer noOneElseNamed(Question q, Answer answer) {
        if (q.target() != Target.SPEAKER || !answer.answered() || answer.sessions().size() != 1) {
            return null;
        }
        Set<Person> known = new HashSet<>(q.people());
        if (known.isEmpty()) {
            known.addAll(model.speakersOf(answer.sessions().get(0)));
        }
        boolean someoneNew = people.mentionedIn(answer.text()).stream().anyMatch(person -> !known.contains(person));
        Answer others = someoneNew ? null : othersNamedBeside(q, answer.sessions(), q.hasAnyWord(OTHERS_BESIDE));
        return others == null || others.answered() ? null : others;
    }

    /** "was it Avi who …", "wasn't it Anthony that …": a person put up as the one who did something. */
    private static final java.util.regex.Pattern CLEFT = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:was|wasn't|is|isn't)\\s+it\\s+([^,?.!]{2,40}?)\\s+(?:who|that)\\s+([^?.!]{3,200}?)[?.!\\s]*$");

    /**
     * "Was it Avi who pushed back on post-copy and asked for benchmark results?": the person guessed, checked against
     * who the post says did it, asked as "who …". Yes or no only when that answer names someone, and the guess is
     * the only person the question names. Null otherwise.
     */
    private Answer whoClaimed(Question q, String question) {
        java.util.regex.Matcher cleft = CLEFT.matcher(question);
        if (!cleft.matches()) {
            return null;
        }
        Question guessed = reader.read(cleft.group(1));
        Person person = q.people().get(0);
        if (guessed.people().size() != 1 || !guessed.people().get(0).equals(person)
                || !reader.read(cleft.group(2)).people().isEmpty()) {
            return null;
        }
        // "was it Juan who talked about post-copy?": his own session has it, whoever else the post says did.
        Question act = reader.read("who " + cleft.group(2) + "?");
        List<TopicIndex.Resolved> subject = lookup.resolve(act.topic()).stream().filter(lookup::isSpecific).toList();
        boolean theirsHasIt = subject.isEmpty() || model.sessionsOf(person).stream()
                .anyMatch(session -> index.coverage(session, subject) > 0f);
        Answer who = answerUncached("who " + cleft.group(2) + "?");
        List<Person> named = who.answered() ? people.mentionedIn(who.text()) : List.of();
        // The answer names the one who did it first.
        boolean same = !named.isEmpty() && named.get(0).equals(person);
        if (named.isEmpty() || !same && theirsHasIt) {
            return null;
        }
        return new Answer((same ? "Yes: " : "No: ") + who.text(), who.sessions(), true);
    }

    /**
     * "The report was written by Anthony, right?", "this write-up was originally written by amosk, wasn't it?": who
     * the asker believes wrote the post, checked against its author. Null for any other question.
     */
    private Answer authorshipClaimed(Question q) {
        List<Token> all = q.words();
        int by = -1;
        for (int i = 1; i + 1 < all.size() && by < 0; i++) {
            by = all.get(i).text().equals("by") && AUTHORED.contains(all.get(i - 1).text()) ? i : -1;
        }
        // What was written is the post: its noun comes before "by" ("the report was written by …").
        boolean ofThePost = by > 0 && all.subList(0, by).stream().anyMatch(word -> Cues.THE_POST.contains(word.text()));
        String author = q.event().report() == null ? null : q.event().report().author();
        if (by < 0 || !ofThePost || author == null || !(q.checksABelief() || q.opensYesOrNo())) {
            return null;
        }
        // The claimed writer: people after "by", or a name the post never uses ("amosk").
        boolean theAuthor = q.people().stream().anyMatch(person -> person.name().equals(author));
        Answer report = EventAnswers.answer(EventFact.REPORT, q.event(), 0, Set.of());
        if (!report.answered()) {
            return null;
        }
        return Answer.of((theAuthor ? "Yes: " : "No: ") + report.text(), List.of());
    }

    /** Words before "by" for who wrote the post: "written by", and "the write-up was by" with the verb left out. */
    private static final Set<String> AUTHORED = Set.of("written", "wrote", "authored", "penned", "posted",
            "published", "blogged", "was", "is");

    /**
     * "The talk the author called lively and animated was Juan's migration talk, yes?": a belief that two
     * descriptions are one session, each side naming one; a no names the session the first side describes. Null
     * when the question is no such belief, or a side names no one session.
     */
    private Answer sameSessionClaimed(Question q) {
        if (!q.checksABelief() && !q.opensYesOrNo()) {
            return null;
        }
        List<Token> all = q.words();
        for (int i = 2; i + 2 < all.size(); i++) {
            if (!Set.of("was", "is").contains(all.get(i).text())) {
                continue;
            }
            List<Token> left = all.subList(0, i);
            List<Token> right = all.subList(i + 1, all.size());
            boolean describedLeft = left.stream().anyMatch(word -> Cues.SESSION_NOUNS.contains(word.text())
                    || word.text().equals("one")) && left.size() >= 4;
            // The other side names a session ("Juan's migration talk", "the AHCI one"), not a place or a time of it
            // ("on day 2", "after the keynote").
            String opening = right.get(0).text();
            boolean namedRight = opening.equals("the") || !SessionOrder.isOrderWord(opening)
                    && !Cues.STOP.contains(opening) && right.stream().anyMatch(word -> Cues.SESSION_NOUNS.contains(word.text()));
            if (!describedLeft || !namedRight) {
                continue;
            }
            List<Session> described = sessionsNamedIn(SessionOrder.text(all, 0, i));
            List<Session> named = sessionsNamedIn(SessionOrder.text(all, i + 1, all.size()));
            if (described.size() != 1 || named.size() != 1) {
                return null;
            }
            Session is = described.get(0);
            boolean same = is.equals(named.get(0));
            return Answer.of((same ? "Yes: " : "No: ") + Phrases.described(model, is) + " (" + Phrases.shortWhen(is)
                    + ")" + (same ? "." : ", not " + Phrases.described(model, named.get(0)) + "."),
                    same ? List.of(is) : List.of(is, named.get(0)));
        }
        return null;
    }

    /** "who else gave one", "did he present one too": "one" as what was given, standing for a kind named before. */
    private static boolean givesOne(Question q) {
        List<Token> all = q.words();
        for (int i = 1; i < all.size(); i++) {
            if (Set.of("one", "ones").contains(all.get(i).text()) && GAVE.contains(all.get(i - 1).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "What came right after Avi's keynote — the VFIO talk?", "Whose session was an entertaining ride — Bryan
     * Cantrill's?": a question, then after a dash the asker's guess at its answer. The question is answered, and
     * the answer says yes or no to the guess when the guess names a session or a person. Null when the text is not
     * of that shape, or its question finds no answer (then it is read as a whole).
     */
    private Answer guessAfterADash(String question) {
        java.util.regex.Matcher shape = GUESS_AFTER_A_DASH.matcher(question);
        // "What came right after VFIO — virtio-scsi, or the block file format talk?": two guesses, one of them right.
        List<String> guesses = shape.matches() ? List.of(shape.group(2).trim().split("\\s*,?\\s+or\\s+")) : List.of();
        if (!shape.matches() || guesses.size() > 3 || guesses.stream().anyMatch(one -> one.split("\\s+").length > 6)) {
            return null;
        }
        Answer answer = answerMainClause(shape.group(1).trim() + "?");
        if (!answer.answered()) {
            return null;
        }
        if (answer.sessions().isEmpty()) {
            // "Who hosted the dinner — I assume the Red Hat CEO?": a fact of the event, which says what it says of
            // the guess (a CTO, not a CEO).
            return reader.read(shape.group(1)).target() == Target.SPEAKER ? answer : null;
        }
        Session given = answer.sessions().get(0);
        boolean right = false;
        for (String guess : guesses) {
            List<Session> guessedSessions = sessionsNamedIn(guess);
            Question guessRead = reader.read(guess);
            if (!guessRead.people().isEmpty()) {
                right |= guessRead.people().stream().anyMatch(person -> given.speakers().contains(person.id()));
            } else if (!guessedSessions.isEmpty()) {
                right |= guessedSessions.contains(given);
            } else {
                return null; // "what's the virtio-scsi talk - any slides?": a second question, not a guess
            }
        }
        // "No: the talk …", "No: after “…”": a sentence's opening function word follows the colon in lower case.
        String first = answer.text().split(" ", 2)[0];
        String text = Set.of("The", "After", "Before").contains(first)
                ? Character.toLowerCase(first.charAt(0)) + answer.text().substring(1) : answer.text();
        if (guesses.size() > 1) {
            return right ? answer : new Answer("Neither: " + text, answer.sessions(), true);
        }
        return new Answer((right ? "Yes: " : "No: ") + text, answer.sessions(), true);
    }

    /**
     * A wh-question and a short guess at its answer with the question mark: after a dash ("… — the VFIO talk?"),
     * or asked as "was it …" after a comma or a question mark ("which talk closed the day-2 morning, was it SPICE?",
     * "What came after the SmartOS talk? Was it IO throttling?").
     */
    private static final java.util.regex.Pattern GUESS_AFTER_A_DASH = java.util.regex.Pattern.compile(
            "(?i)((?:what|which|who|whose|whom)\\b[^?—–]{6,}?)(?:\\s+(?:—|–|--|-)\\s+|\\s*[,?]\\s*(?:or\\s+)?"
                    + "(?:was|is|wasn't|isn't)\\s+(?:it|that|this)\\s+)([^?—–]{2,60})\\?\\s*");

    /**
     * "what was said in the BOF on moving QEMU away from C?", "which language did it propose?": a session the post
     * names only in a sentence it shares with another (its paragraph is another's) has no words of its own, so
     * what was said there, or any detail of it, the post does not give. Null for a question of who, when or whether
     * there was one, or a session with a paragraph of its own.
     */
    private Answer saidNothingOfIt(Question q, List<TopicIndex.Resolved> words, Session session) {
        boolean shared = session.summary() != null && !session.summary().isBlank() && allSessions.stream()
                .anyMatch(other -> !other.equals(session) && session.summary().equals(other.summary()));
        if (!shared || q.target() != Target.SESSION || !q.people().isEmpty()) {
            return null;
        }
        // What was said or decided, a thing of it, or a belief beyond its title: its content is asked for.
        Set<String> title = Token.of(TextNormalizer.clean(session.title())).stream().map(token -> Stems.of(token.text()))
                .collect(java.util.stream.Collectors.toSet());
        boolean beyondItsTitle = q.topic().stream().map(token -> Stems.of(token.text())).anyMatch(stem -> !title.contains(stem)
                && !Cues.STOP.contains(stem));
        boolean contentAsked = q.hasAnyWord(CONTENT_ASKED) || details.askedThing(q) != null
                || (q.opensYesOrNo() || q.checksABelief()) && beyondItsTitle;
        if (!contentAsked || QuestionShape.asksWhetherThereIs(q.words())) {
            return null;
        }
        return Answer.notInPost("The post names " + Phrases.described(model, session) + " ("
                + Phrases.shortWhen(session) + ") only in passing and says nothing of what was said there: “"
                + session.summary().strip() + "”", List.of(session));
    }

    /** Words that ask what was said, proposed or decided in a session. */
    private static final Set<String> CONTENT_ASKED = Set.of("said", "say", "discussed", "discuss", "proposed",
            "propose", "suggested", "decided", "concluded", "agreed", "outcome", "conclusion", "wanted", "want",
            "covered", "talked", "argued", "recommended");

    /**
     * "Andrea was the only one to talk about memory management, right?": the sessions on the topic, as "which
     * sessions were about …" finds them, checked for anyone else's. Null when the question claims no "only one" of
     * a person, or the list finds nothing.
     */
    private Answer onlyOneOnTheTopic(Question q) {
        List<Token> all = q.words();
        boolean onlyOne = false;
        for (int i = 0; i + 1 < all.size(); i++) {
            if (!all.get(i).text().equals("only")) {
                continue;
            }
            for (int k = i + 1; k < all.size() && k <= i + 3; k++) {
                onlyOne |= ONLY_ONES.contains(all.get(k).text()); // "the only one", "the only (migration) talk"
            }
        }
        if (!onlyOne || !(q.checksABelief() || q.opensYesOrNo()) || q.people().size() != 1 || !q.hasTopic()) {
            return null;
        }
        String topic = q.topic().stream().map(Token::surface).collect(java.util.stream.Collectors.joining(" "));
        Answer listed = answerUncached("which sessions were about " + topic + "?");
        if (!listed.answered() || listed.sessions().isEmpty()) {
            return null;
        }
        Person person = q.people().get(0);
        List<Session> others = listed.sessions().stream()
                .filter(session -> !session.speakers().contains(person.id())).toList();
        if (others.size() == listed.sessions().size()) {
            return null; // none of theirs is on it: another reading says whose it was
        }
        String opening = others.isEmpty() ? "Yes: of the sessions the post describes, only theirs is on that. "
                : "No: " + (others.size() == 1 ? "another session is" : others.size() + " other sessions are")
                        + " on that too. ";
        return Answer.of(opening + listed.text(), listed.sessions());
    }

    /** A pronoun for a person: "he", "she", "him", "his". */
    private static final java.util.regex.Pattern THIRD_PERSON = java.util.regex.Pattern.compile(
            "(?i)\\b(he|she|him|his)\\b");

    /** Pronouns for the one person a context names; not "her", both "her talk" and "her", which no one rewrite fits. */
    private static final Set<String> THIRD_PERSON_WORDS = Set.of("he", "she", "him", "his");

    /** "it", for the one talk a context names. */
    private static final java.util.regex.Pattern IT = java.util.regex.Pattern.compile("(?i)\\bit\\b");

    /** A count with nothing to count of its own: "How many were there?". */
    private static final java.util.regex.Pattern HOW_MANY_THERE = java.util.regex.Pattern.compile(
            "(?i)\\bhow many (?:were|are) there\\b");

    /** "those slides", "that deck": the slides of a session named before. */
    private static final java.util.regex.Pattern THOSE_SLIDES = java.util.regex.Pattern.compile(
            "(?i)\\b(?:those|these|that|this|its)\\s+(slides|deck)\\b");

    /**
     * "Which one was it?" (not "which session was it in?"): "it" is the session asked for, which the context
     * describes, not one it names.
     */
    private static final java.util.regex.Pattern ASKS_WHAT_IT_IS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:which|what|who)(?: one| talk| session)? (?:was|is) it\\W*$");

    /**
     * Whether the context before the main clause names a talk as one ("the AHCI talk"), not the post or a pub, and
     * no person when the clause asks who: "I'm sure Rik gave the NUMA talk. Who actually gave it?" puts up whose it
     * was.
     */
    private boolean contextNamesATalk(String question, String sentence) {
        int at = question.lastIndexOf(sentence);
        Question context = at > 0 ? reader.read(question.substring(0, at)) : null;
        return context != null && context.namedTalk()
                && (context.people().isEmpty()
                        || Token.of(sentence).stream().noneMatch(word -> word.text().equals("who")));
    }

    /** The most topic words of a context that are tried one by one for the session they single out. */
    private static final int CONTEXT_TOPIC_WORDS = 16;

    /**
     * The words that name the one session the context before a main clause names (read as it is or without the
     * asker's own words), to be put into the clause: its title, or its title and speakers when the title alone is
     * shared with another's ("“Live Migration” by Juan Quintela"). Null when the context names none or more than
     * one, or when neither names it alone.
     */
    private String theOneSessionNamed(String question, String sentence) {
        Session one = sessionTheContextNames(question, sentence);
        if (one == null) {
            return null;
        }
        String title = Phrases.quoted(one);
        for (String naming : List.of(title, title + " by " + Phrases.speakers(model, one))) {
            if (sessionsNamedIn(naming).equals(List.of(one))) {
                return naming;
            }
        }
        return null;
    }

    private Session sessionTheContextNames(String question, String sentence) {
        int at = question.lastIndexOf(sentence);
        if (at <= 0) {
            return null;
        }
        String context = question.substring(0, at);
        List<Session> named = sessionsNamedIn(context);
        if (named.size() != 1) {
            String kept = contextReading.withoutTheAskersWords(question, sentence, questionVocabulary);
            int end = kept.lastIndexOf(sentence);
            named = end <= 0 ? List.of() : sessionsNamedIn(kept.substring(0, end));
        }
        if (named.size() == 1) {
            return named.get(0);
        }
        // "… to place the AHCI talk in the schedule for a recap post": the asker's words ("place", "post") are the
        // post's too; the session is the one that each topic word singling out a session singles out.
        List<Token> topic = reader.read(context).topic();
        if (topic.size() > CONTEXT_TOPIC_WORDS) {
            return null; // a context this long is not read word by word (hostile input stays cheap)
        }
        Set<Session> singled = new java.util.LinkedHashSet<>();
        for (Token word : topic) {
            List<Session> alone = sessionsNamedIn(word.text());
            if (alone.size() == 1) {
                singled.add(alone.get(0));
            }
        }
        return singled.size() == 1 ? singled.iterator().next() : null;
    }

    /** "what was his talk?" → "what was Bryan Cantrill's talk?": the clause's pronouns as the person named. */
    static String withPronounsNamed(String clause, String name) {
        java.util.regex.Matcher pronoun = THIRD_PERSON.matcher(clause);
        StringBuilder out = new StringBuilder();
        while (pronoun.find()) {
            String word = pronoun.group(1).toLowerCase(java.util.Locale.ROOT);
            pronoun.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    word.equals("his") ? name + "'s" : name));
        }
        pronoun.appendTail(out);
        return out.toString();
    }

    /** Pointers at something other than a person: "which talk did he attend first there?". */
    private static final Set<String> POINTING_BEYOND_HIM = Set.of("there", "then", "that", "this", "it", "those",
            "these", "they", "them");

    /** The first sentence of the session's paragraph with one of the words, or null. */
    private String sentenceWithAWordOf(Session session, Set<String> words) {
        return lookup.paragraphSentences(session).stream()
                .filter(sentence -> Token.of(TextNormalizer.clean(sentence)).stream()
                        .anyMatch(token -> words.contains(token.text())))
                .findFirst().orElse(null);
    }

    /** What a consequence of the event's arrangements is asked with: "downsides of the format this yr". */
    private static final Set<String> CONSEQUENCE_OR_ARRANGEMENT = java.util.stream.Stream.of(Cues.CONSEQUENCE,
            Cues.ARRANGEMENTS, Set.of("year", "year's", "yr")).flatMap(Set::stream)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The words after "only" that claim a single one: "the only one to talk about …", "the only … talk". */
    private static final Set<String> ONLY_ONES = Set.of("one", "person", "speaker", "presenter", "talk", "session");

    /**
     * A who-question the sessions do not answer may ask for someone the post names in passing ("who asked for
     * benchmark results for post-copy?": a sentence in a session's paragraph, about someone not its speaker).
     */
    private Answer answerUncached(String question) {
        Answer answer = answerFromModel(question);
        if (answer.answered()) {
            return answer;
        }
        Question q = reader.read(question);
        // "who maintains …" stays unanswered, whatever sentence is near: a role is never in a sentence's names.
        // (Other kinds may be: "who asked for benchmark results" is a question about results the post answers.)
        // "who is doing the ARM port": the paragraph's sentence was read and says nobody does; another sentence
        // close in meaning names someone else.
        boolean sentenceRead = answer.text().startsWith(WhoDidIt.WHO_NOT_SAID);
        Unstated lacking = q.event() == null ? null : Unstated.askedIn(q, knownYears);
        // "who told amit in private there's no violation": the author named is who was told, not who is asked for.
        boolean othersNamed = q.event() == null ? !q.people().isEmpty() : q.people().stream()
                .anyMatch(person -> !person.name().equals(q.event().report().author()));
        // "who came up with the virtio design at the 2008 forum": the post names no one of the first forum.
        Answer named = sentenceRead || q.event() == null || q.target() != Target.SPEAKER || othersNamed
                || q.fact() == EventFact.FIRST_FORUM
                || refusesSentences(lacking)
                || asksOfSomethingUnknown(lookup.resolve(q.topic())) ? null : personInSentence(q);
        // A kind the post lacks stays refused, except what became of a session or its results: "the talk Anthony
        // asked for benchmark results for" names the session by them.
        if (named == null && q.event() != null && (lacking == null || lacking == Unstated.RESULTS
                || lacking == Unstated.AFTERWARDS)) {
            named = sessionBySentence(q);
        }
        return named != null ? named : answer;
    }


    /**
     * "Andrea was the one who talked about free page hinting, yes?", "was it Paul who brought up the ARM port?": a
     * guess at who spoke of something. When another person's session has every specific word of it and the one
     * named has none of them, the guess is corrected with both. Null otherwise.
     */
    private Answer someoneElsesSubject(Question q, List<TopicIndex.Resolved> words, List<Session> theirs) {
        List<TopicIndex.Resolved> subject = words.stream().filter(lookup::isSpecific).toList();
        if (q.people().size() != 1 || subject.isEmpty() || theirs.isEmpty()) {
            return null;
        }
        Session other = namedForIt(subject, words, theirs, q.event().sessions());
        if (other == null && theirs.stream().allMatch(session -> index.coverage(session, subject) == 0f)) {
            // "kevin wolf gave the talk on limiting disk usage, yeah?": no word of the subject is in their sessions,
            // nor names another; its meaning, far nearer one other session than any, does.
            String said = q.topic().stream().map(Token::surface).collect(java.util.stream.Collectors.joining(" "));
            other = SemanticIndex.confidentOrFarAhead(inQuestionsPool(q, semantic.sessions(said)))
                    .filter(session -> !theirs.contains(session) && !model.speakersOf(session).isEmpty())
                    .orElse(null); // one with no speaker named says nothing against them
        }
        if (other == null) {
            return null;
        }
        List<Session> both = new ArrayList<>(List.of(other));
        theirs.stream().filter(session -> !both.contains(session)).forEach(both::add);
        String said = lookup.bestSupported(other, subject);
        return Answer.of("No: " + Phrases.described(model, other) + " (" + Phrases.shortWhen(other) + ")"
                + (said == null ? "." : ", where the post says: “" + said + "”") + " "
                + program.personSessions(q, theirs, false), both);
    }

    /**
     * The one session not among theirs that the subject names, when none of theirs does: it has every word of the
     * subject, and no other session outside theirs has. One of theirs with the words only in its paragraph ("QOM
     * conversion" in the qdev talk, "post-copy" in the migration talk) is not named for them when the other has them
     * in its title ("QAPI and QOM", "Live block copy"). Null when theirs may be the one meant.
     */
    private Session namedForIt(List<TopicIndex.Resolved> subject, List<TopicIndex.Resolved> words, List<Session> theirs,
            List<Session> all) {
        List<Session> others = new ArrayList<>();
        for (TopicMatch match : lookup.rank(subject, all)) {
            if (!theirs.contains(match.session()) && index.coverage(match.session(), subject) >= 1f) {
                others.add(match.session());
            }
        }
        if (others.size() > 1) {
            // "the live block copy work": "block" is in two titles; the question's other words, too common to
            // single out a session alone, say which of the two.
            others.sort(Comparator.comparingDouble((Session session) -> -index.coverage(session, words)));
            float best = index.coverage(others.get(0), words);
            if (best >= 0.75f && index.coverage(others.get(1), words) < best
                    && theirs.stream().allMatch(session -> index.coverage(session, words) < best)) {
                others = List.of(others.get(0));
            }
        }
        if (others.size() != 1) {
            return null;
        }
        Session other = others.get(0);
        boolean titled = index.prominence(other, subject) >= TopicIndex.LINK;
        for (Session session : theirs) {
            float coverage = index.coverage(session, subject);
            // "did Kevin Wolf present live block copy?": his title has "block" too, but the other has every word of
            // the question's topic ("live", "copy" are too common to be its subject alone), more prominently.
            boolean otherHasAll = titled && index.coverage(other, words) >= 1f && index.coverage(session, words) < 1f
                    && index.prominence(other, words) > index.prominence(session, words);
            if (otherHasAll) {
                continue;
            }
            if (coverage >= 1f && !titled || coverage > 0f && (!titled || index.prominence(session, subject) >= TopicIndex.LINK)) {
                return null;
            }
        }
        return other;
    }

    /** Whether the word is one of the event's name ("KVM", "Forum", the year): it names the event, no value of it. */
    private boolean eventNameWord(String word) {
        return model.events().stream().anyMatch(event -> PostLookup.mentions(event.name(), word));
    }

    /** Plural words for the sessions a question asks for: "the day 2 parallel track ones he attended". */
    private static final Set<String> SESSIONS_ASKED = Set.of("ones", "talks", "sessions", "presentations");

    /**
     * "proper SCSI semantics for our guests, which talk would I watch?": watching, with no word for a recording, asks
     * which session to follow, not whether there are videos.
     */
    private static boolean onlyWatching(Question q) {
        return q.hasAnyWord(Cues.WATCHING) && q.words().stream().map(Token::text).noneMatch(word ->
                !Cues.WATCHING.contains(word) && (Cues.RECORDING_WORDS.contains(word) || Cues.VIDEO.contains(word)));
    }

    /** "Alex Graf gave a talk worth watching, which one was it?": people named, each with a session of the post. */
    private boolean speakersNamed(Question q) {
        return !q.people().isEmpty() && q.people().stream().allMatch(person -> model.sessionsOf(person).stream()
                .anyMatch(session -> session.speakers().contains(person.id())));
    }

    /**
     * "which talk did amit say had quite a lot of TODO items?": a question for a session described by what the post
     * says of it through someone not its speaker ({@link MeaningReadings#sessionDescribed}), answered of that session.
     * Null when the question asks of something the post never names, or no one session's paragraph holds the sentence.
     */
    private Answer sessionBySentence(Question q) {
        if (asksOfSomethingUnknown(lookup.resolve(q.topic()))) {
            return null;
        }
        Session session = meaning.sessionDescribed(q);
        return session == null ? null : aboutChosen(q.withoutPeople(), List.of(session));
    }

    /**
     * The person named by the sentence of the post closest to a who-question, when it clears
     * {@link SemanticIndex#SENTENCE_MATCH}: named in it, or, for a sentence that opens with "he" or "she", in the
     * sentence before it. The sentence is quoted, with the session whose paragraph holds it. Null otherwise.
     */
    private Answer personInSentence(Question q) {
        SemanticIndex.PostSentence best = meaning.closestSentence(q);
        if (best == null) {
            // "during the postcopy talk, who pushed back and asked for benchmark numbers?": by meaning no sentence is
            // close enough, but one has most of the question's specific words.
            List<TopicIndex.Resolved> specific = lookup.resolve(q.topic()).stream().filter(lookup::isSpecific)
                    .distinct().toList();
            int at = specific.size() < 2 ? -1 : PostLookup.sentenceWithMost(q.event(), specific);
            best = at < 0 ? null : new SemanticIndex.PostSentence(q.event(), at, q.event().sentences().get(at));
        }
        if (best == null) {
            return null;
        }
        String quoted = best.text();
        Person person = lookup.lastNamedIn(quoted);
        String first = quoted.split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        if (person == null && (first.equals("he") || first.equals("she")) && best.index() > 0) {
            String previous = q.event().sentences().get(best.index() - 1);
            person = lookup.lastNamedIn(previous);
            quoted = previous + " " + quoted;
        }
        if (person == null) {
            return null;
        }
        return Answer.of(person.name() + ", by the post: “" + quoted + "”", PostLookup.sessionsQuoting(q.event(), best.text()));
    }

    /**
     * Whether the topic's subject is a word the post never uses: the topic has such a word, and every word it has
     * that the post does use is common in it ("real-time KVM": the post says KVM everywhere, real-time nowhere). A
     * sentence found by meaning for it would be found for the common word.
     */
    private boolean asksOfSomethingUnknown(List<TopicIndex.Resolved> words) {
        boolean unknown = false;
        for (TopicIndex.Resolved word : words) {
            if (word.unknown()) {
                unknown = true;
                continue;
            }
            // A word the post says in the field's other words ("counters" for its "PMU") is as much a subject.
            for (String stem : word.stems().isEmpty() ? word.equivalents() : word.stems()) {
                if (index.rarity(stem) >= TopicIndex.COMMON_RARITY) {
                    return false;
                }
            }
        }
        return unknown;
    }

    private Answer answerFromModel(String question) {
        Question readAs = reader.read(question);
        // "qcow2 vs qed vs fvd, which talk do i watch": a session, not the recordings
        Question q = readAs.fact() == EventFact.RECORDINGS && QuestionShape.asksWhichSession(readAs)
                && (namesASession(readAs, lookup.resolve(readAs.topic())) || speakersNamed(readAs)
                        || onlyWatching(readAs))
                ? readAs.withFact(null) : readAs;
        Event event = q.event();
        if (event == null) {
            return Answer.notInPost("The post is not loaded, so there is nothing to answer from.", List.of());
        }
        List<TopicIndex.Resolved> words = lookup.resolve(q.topic());
        Answer early = firstOf(
                () -> order.guessedNextTo(q), // "After the SmartOS talk came IO throttling, right?"
                () -> reasonPutToAFact(q), // "were the slots shortened because of a lack of sponsors?"
                () -> categoryOfThePost(q), // "what category is this post filed under?"
                () -> authorsWordsOnTheDays(q)); // "how did the author sum up the two days?"
        if (early != null) {
            return early;
        }
        Unstated unstated = Unstated.askedIn(q, knownYears);
        // "which talk said snapshot merge and block copy could share code": "merge" is the post's word there.
        // "who presented that native kvm tool thing, the one that might end up replicating qemu?": who gave a session
        // the question names, which it describes by what might become of it.
        boolean whoGaveIt = q.target() == Target.SPEAKER && q.words().size() > 1
                && QuestionShape.GIVING.contains(q.words().get(1).text());
        // "the talk about a lightweight tool that may end up replicating qemu": a talk named by what may become of it.
        if ((unstated == Unstated.UNNAMED || unstated == Unstated.AFTERWARDS
                && (QuestionShape.asksForASession(q) || whoGaveIt || q.namedTalk() && q.target() == Target.SESSION
                        && !q.opensYesOrNo() && q.people().isEmpty())) && namesASession(q, words)) {
            // "the one about a protocol better than VNC, what was it called?": a session's name is its title.
            unstated = null;
        }
        String colocated = event.venue() == null ? null : event.venue().colocatedWith();
        if (q.fact() == EventFact.ATTENDANCE && colocated != null && !q.asksAboutEvent() && Token.of(TextNormalizer.clean(colocated)).stream()
                .filter(token -> token.text().length() > 2).anyMatch(token -> q.hasAnyWord(Set.of(token.text())))) {
            // "how many people were at linuxcon": the post counts the forum's attendees, not the other event's.
            return Answer.notInPost("The post does not say how many attended " + colocated + ". It gives "
                    + event.name() + "'s own attendance: " + EventAnswers.answer(EventFact.ATTENDANCE, event, 0,
                            Set.of()).text(), List.of());
        }
        boolean namesTheOtherEvent = colocated != null && Token.of(TextNormalizer.clean(colocated)).stream()
                .filter(token -> token.text().length() > 2).anyMatch(token -> q.hasAnyWord(Set.of(token.text())));
        if (namesTheOtherEvent && q.hasAnyWord(OTHER_EVENTS_OWN) && !q.hasAnyWord(JOINED_WITH)
                && !q.hasAnyWord(Cues.EVENT_NOUNS)) {
            // "LinuxCon NA 2011 ran for three days, right?", "when did LinuxCon start?": the other event's own
            // length, dates or crowd, which the post never gives; it says only that the forum was held with it.
            Answer with = EventAnswers.answer(EventFact.COLOCATED, event, 0, Set.of());
            return Answer.notInPost("The post says nothing of " + colocated + " itself" + (with.answered()
                    ? ", only this: " + with.text() : "."), List.of());
        }
        // "which developers, by name, attended the first forum?" asks for people as much as "who" does.
        boolean forPeople = q.hasAnyWord(Set.of("who", "whom")) || q.words().size() > 1
                && Set.of("which", "what").contains(q.words().get(0).text())
                && Cues.PERSON_NOUNS.contains(q.words().get(1).text());
        if (q.fact() == EventFact.FIRST_FORUM && q.target() == Target.SPEAKER && forPeople) {
            // "who gave the keynote at the first KVM Forum in 2008?": the post names no one of that forum.
            Answer first = EventAnswers.answer(EventFact.FIRST_FORUM, event, 0, Set.of());
            return Answer.notInPost("The post names no one who spoke at the first forum."
                    + (first.answered() ? " It says: " + first.text() : ""), List.of());
        }
        if (q.fact() == EventFact.ATTENDANCE && q.hasTopic() && !words.isEmpty()
                && words.stream().allMatch(word -> word.unknown() || word.typo()) // "linus" is no typo of "linux"
                && q.opensYesOrNo() && !q.hasAnyWord(Set.of("how", "many", "much")) && q.topic().size() <= 3
                && q.people().isEmpty() && !q.hasAnyWord(Cues.AUTHOR)
                && q.topic().stream().allMatch(token -> token.text().chars().allMatch(Character::isLetter))) {
            // "did linus torvalds attend": the post gives a head count, and never names that one.
            return Answer.notInPost("The post never mentions " + q.topic().stream().map(Token::surface)
                    .collect(java.util.stream.Collectors.joining(" ")) + ". It gives only the head count: "
                    + EventAnswers.answer(EventFact.ATTENDANCE, event, 0, Set.of()).text(), List.of());
        }
        if (q.fact() == EventFact.SLOTS && q.kind() != null && q.kind() != SessionKind.TALK && !q.checksABelief()
                && !q.opensYesOrNo()) {
            // "how long did the keynotes run": the post gives the talks' slots, not the length of the other kinds.
            Answer slots = EventAnswers.answer(EventFact.SLOTS, event, 0, Set.of());
            return Answer.notInPost("The post does not say how long the " + Phrases.kindPlural(q.kind()) + " were."
                    + (slots.answered() ? " It gives the talks' slots: " + slots.text() : ""), List.of());
        }
        if (unstated == Unstated.UNNAMED && q.people().size() == 1) {
            // "what's the name of the new image format Kevin is building": his one session's paragraph names it.
            List<Session> theirs = model.sessionsOf(q.people().get(0));
            Answer named = theirs.size() == 1 ? meaning.nameFromParagraph(q, theirs.get(0)) : null;
            if (named != null) {
                return named;
            }
        }
        if (unstated == Unstated.UNNAMED && q.people().isEmpty() && q.hasTopic()) {
            // "what is the planned successor format called": no one named, but the question surely means one session,
            // whose paragraph names it.
            Session meant = sessionMeantSurely(q);
            if (meant == null) {
                // The words' best session and the meaning's agreeing, both weak, are as sure.
                List<TopicMatch> byWords = lookup.rank(words, q.event().sessions());
                List<SemanticIndex.Scored<Session>> byMeaning = inQuestionsPool(q,
                        semantic.sessions(reader.withoutEventName(q)));
                boolean agree = !byWords.isEmpty() && !byMeaning.isEmpty()
                        && PostLookup.bestOf(byWords).equals(List.of(byMeaning.get(0).item()))
                        && byMeaning.get(0).score() >= AGREEING_FLOOR;
                meant = agree ? byMeaning.get(0).item() : null;
            }
            Answer named = meant == null ? null : meaning.nameFromParagraph(q, meant);
            if (named != null) {
                return named;
            }
        }
        if (unstated == Unstated.OTHER_YEAR && q.fact() != null && factSaysLastYear(q) && q.words().stream()
                .anyMatch(word -> word.text().equals(Integer.toString(q.event().year() - 1)))) {
            unstated = null; // "was the forum co-located with LinuxCon in 2010 too?": "like last year's"
        }
        if (unstated == Unstated.OTHER_YEAR && q.fact() == EventFact.FIRST_FORUM && q.opensYesOrNo()) {
            unstated = null; // "the forum had only been around since 2010, right?": a year claimed for the first one
        }
        // Not "who are the sub-maintainers doing the pull requests": who they are, which the sentence does not say.
        boolean doing = q.words().size() > 1 && !Cues.AUXILIARIES.contains(q.words().get(1).text());
        if ((unstated == Unstated.AFTERWARDS || unstated == Unstated.ROLES) && q.target() == Target.SPEAKER && doing
                && saysItsOwnTrigger(q, sentenceSaysIt(q, words), unstated)) {
            // "who promised to merge the cleanup patchset", "who talked about sub-maintainers sending pull requests":
            // the post has a sentence saying just that (its word for merging or maintaining too), so the question
            // asks who did what it says, not what it lacks.
            unstated = null;
        }
        boolean whichVersion = q.target() != Target.TIME && q.words().stream()
                .anyMatch(word -> Set.of("version", "versions").contains(word.text()));
        // "what usb version will qemu support first": "will" with "version" reads as a release to come, but the
        // version asked is what is supported, which a sentence gives; "which release will ship QCOW3" stays refused.
        boolean versionSupported = unstated == Unstated.FUTURE_DATES
                && !q.hasAnyWord(Set.of("when", "date", "dates", "release", "releases", "ship", "ships"));
        if ((unstated == Unstated.SOFTWARE_FACTS || versionSupported) && whichVersion
                && (givesANewVersion(q, sentenceSaysIt(q, words))
                || versionInTheirParagraph(q, words))) {
            // "which usb version could qemu be first to support": a sentence with the rest of the question gives
            // the version ("the first one to support USB 3"), which is the post's to answer.
            unstated = null;
        }
        if (unstated == Unstated.LIVE_STREAM && q.event().facts().recordings() != null
                && q.event().facts().recordings().statement().toLowerCase(java.util.Locale.ROOT).contains("stream")) {
            unstated = null; // this post says how the talks were streamed: its recordings sentence answers
        }
        // Not "what food was served at the dinner": what they ate, the post does not say; where, it does.
        if ((unstated == Unstated.EMPLOYER || unstated == Unstated.MEALS && q.hasAnyWord(Set.of("where")))
                && q.fact() == EventFact.AFTER_TALKS) {
            // "which company's CTO hosted a dinner", "where did the Red Hat group eat": the evening the post
            // describes names both, so its sentence answers.
            Answer evening = EventAnswers.answer(EventFact.AFTER_TALKS, event, q.day(), PostLookup.contentStems(q.words()));
            if (evening.answered() && q.hasTopic()) {
                return evening;
            }
        }
        if (unstated == Unstated.EMPLOYER && QuestionShape.isTheAuthor(q)) {
            Answer group = views.authorsGroup(q);
            if (group != null) {
                return group;
            }
        }
        if (unstated != null) {
            // "did the writer feel the KVM tool was on course to become another qemu": what the author thought then,
            // in his own words, not what became of it.
            Answer ownView = views.authorsOwnView(q, words);
            return ownView != null ? ownView : unstated(q, unstated, words);
        }
        // Readings of kinds of question that each answer, or say the post does not, from one part of the model:
        // tried in this order, the first that applies answers.
        Answer read = firstOf(
                () -> thereWasSomethingUnknown(q, words),
                () -> program.othersThanTheAuthors(q, !words.isEmpty() && words.stream().allMatch(TopicIndex.Resolved::unknown)),
                () -> tracksChecked(q),
                () -> spelledOut(q),
                () -> ungrounded(q),
                // "did the author think the KVM tool is heading toward replicating qemu": his view of a session
                // found, in words of the asker's the post need not have.
                () -> views.authorsOwnView(q, words),
                () -> subjectNeverMentioned(q, words),
                () -> links.namedLink(q),
                () -> slidesFormat(q, words),
                () -> program.slidesCounted(q),
                () -> links.documentNotLinked(q),
                () -> tracksCounted(q),
                () -> kindDescribed(q, words),
                () -> views.authorsSuggestion(q, words),
                () -> views.authorsView(q, words),
                () -> comparisons.relatedToOtherWork(q, words),
                () -> quotedFromThePost(q, question),
                () -> comparisons.twoSessionsCompared(q, words),
                () -> authorsPositionChecked(q, words),
                () -> views.authorsOwnWords(q, words),
                () -> whatTheAuthorMissed(q));
        if (read != null) {
            return read;
        }
        // "who spoke on day 1 afternoon (the track the blogger followed)?", "which of the day 2 parallel-track talks
        // did he attend?": what he saw in a part of the program is what the post describes there.
        boolean inAPart = q.day() != 0 || q.part() != null;
        boolean asksForSessions = q.target() == Target.LIST || q.target() == Target.COUNT
                || inAPart && (q.target() == Target.SPEAKER || q.target() == Target.SESSION && !q.words().isEmpty()
                && (Set.of("which", "what").contains(q.words().get(0).text()) || q.hasAnyWord(SESSIONS_ASKED)));
        // "talks in the day 2 parallel tracks that the post covers": what it describes there is what he saw.
        boolean described = QuestionShape.saysTheAuthorAttended(q) || q.hasAnyWord(Set.of("covers", "covered",
                "describes", "described", "mentions", "mentioned", "lists", "listed"));
        boolean listsWhatHeSaw = (q.fact() == EventFact.REPORT || inAPart && q.fact() == EventFact.PARALLEL_TRACKS)
                && asksForSessions && described && q.people().isEmpty() && !q.hasTopic();
        if (listsWhatHeSaw) {
            // "which day-2 parallel-track talks did the author go to?": the sessions the post describes there.
            return program.aboutProgram(q.withFact(null), PostLookup.pool(q, event.sessions()));
        }
        if (q.position() != 0 && q.people().isEmpty() && (q.fact() == EventFact.REPORT && QuestionShape.saysTheAuthorAttended(q)
                || q.fact() == EventFact.PARALLEL_TRACKS && (q.part() != null || QuestionShape.saysTheAuthorAttended(q)))) {
            // "in the day 2 parallel tracks, what did the author see first?": a position in what he saw.
            return program.aboutProgram(q.withFact(null), PostLookup.pool(q, event.sessions()));
        }
        // "which talk wrapped up day 2's first session, right before the parallel tracks started?": the last of the
        // part named, and the start the edge names is the next part's; the position says it all.
        boolean lastBeforeTheNext = q.position() == -1 && q.edge() == Question.Edge.BEFORE_START
                && q.part() == PartOfDay.MORNING;
        if (q.edge() != Question.Edge.NONE && q.part() != null && q.people().isEmpty() && !q.hasTopic()
                && q.position() != 0 && !lastBeforeTheNext) {
            return program.atEdge(q); // "the last talk before the day 1 afternoon": the edge is the position
        }
        Answer ordered = order.answer(q);
        if (ordered != null) {
            return ordered;
        }
        Answer same = sameSessionClaimed(q);
        if (same != null) {
            return same; // "The talk the author called lively and animated was Juan's migration talk, yes?"
        }
        Answer onlyOne = program.onlyOneOfItsKind(q);
        if (onlyOne != null) {
            return onlyOne;
        }
        if (q.edge() != Question.Edge.NONE && q.part() != null && q.people().isEmpty() && !lastBeforeTheNext) {
            return program.atEdge(q);
        }
        Answer everyDay = program.onEveryDay(q);
        if (everyDay != null) {
            return everyDay; // "did anyone present on both days?"
        }
        if (q.repeated() && q.people().isEmpty() && !q.hasTopic()) {
            return program.repeatedSpeakers(q);
        }
        if (QuestionShape.asksWhy(q)) {
            // A reason is a sentence of the post, never a fact of the model: quote it, or say there is none.
            // When the question names a session, its reason is in that session's paragraph.
            // The words of a consequence ("drawback") are what is asked, not what it is of: not a session's subject.
            // Nor are the words for the event's arrangements, of which a consequence is asked ("downsides of the
            // format"): a session's title may share them ("block file format").
            List<TopicIndex.Resolved> subject = PostLookup.topicWithout(q, words, QuestionShape.asksForAConsequence(q)
                    ? CONSEQUENCE_OR_ARRANGEMENT : Cues.CONSEQUENCE);
            List<TopicMatch> named = subject.isEmpty() ? List.of() : lookup.rank(subject, q.event().sessions());
            Session namedSession = !named.isEmpty() && named.get(0).strong() ? named.get(0).session() : null;
            if (namedSession == null) {
                // "why is vfio better than the old way": the one session whose title has a specific word of it.
                Set<Session> titled = new HashSet<>();
                for (TopicIndex.Resolved word : subject) {
                    for (Session session : q.event().sessions()) {
                        if (lookup.isSpecific(word) && index.weight(session, word) >= TopicIndex.LINK) {
                            titled.add(session);
                        }
                    }
                }
                namedSession = titled.size() == 1 ? titled.iterator().next() : null;
            }
            if (namedSession == null && q.people().size() == 1) {
                // "why did Kevin Wolf criticise the people designing new image formats": his session is the one.
                List<TopicMatch> theirs = lookup.rank(words, model.sessionsOf(q.people().get(0)));
                namedSession = theirs.isEmpty() ? null : theirs.get(0).session();
                List<Session> only = PostLookup.pool(q, model.sessionsOf(q.people().get(0)));
                if (namedSession == null && only.size() == 1 && !QuestionShape.isTheAuthor(q)) {
                    namedSession = only.get(0); // "rik's stuff, any downside?": the one session of theirs
                }
            }
            if (namedSession == null && q.people().size() == 1 && words.isEmpty()) {
                // "why didn't the author's own BOF go anywhere?": of their sessions of the kind asked, the one whose
                // paragraph gives a reason ("partly due to my jet lag") is the one asked about.
                List<Session> pool = PostLookup.pool(q, model.sessionsOf(q.people().get(0)));
                List<String> reasons = new ArrayList<>();
                Session withReason = null;
                for (Session session : pool) {
                    for (String sentence : lookup.paragraphSentences(session)) {
                        if (MeaningReadings.givesAReason(sentence)) {
                            reasons.add(sentence);
                            withReason = session;
                        }
                    }
                }
                if (reasons.size() == 1) {
                    return Answer.of("The post says of " + Phrases.described(model, withReason) + ": “"
                            + reasons.get(0) + "”", List.of(withReason));
                }
            }
            Answer quoted = QuestionShape.asksForAConsequence(q) ? null : meaning.reasonWithTheSubject(q, words);
            if (quoted == null && namedSession != null && q.hasAnyWord(COMPARATIVES)) {
                // "why is vfio better than the old way": the paragraph's sentence that compares ("a much more cleaner
                // and secure way") is the reason it gives.
                String compared = sentenceWithAWordOf(namedSession, COMPARATIVES);
                quoted = compared == null ? null : Answer.of("The post says: “" + compared + "”", List.of(namedSession));
            }
            if (quoted == null && namedSession != null) {
                quoted = meaning.quoteFromParagraph(q, namedSession);
            }
            if (quoted == null && namedSession != null && q.fact() == null) {
                // "what drawbacks did Rik mention": the paragraph's sentence with the question's own words, when the
                // meaning alone was not close enough.
                // "why couldn't they just run linux on power7 boxes": the words beyond the session's own title
                // ("linux") say which sentence of its paragraph is asked about.
                Session whyOf = namedSession;
                List<TopicIndex.Resolved> beyond = words.stream()
                        .filter(word -> lookup.isSpecific(word) && index.weight(whyOf, word) < TopicIndex.LINK).toList();
                List<TopicIndex.Resolved> asked = beyond.isEmpty() ? words : beyond;
                String best = lookup.bestSupported(namedSession, asked);
                quoted = best != null && index.support(namedSession, asked, best) >= PostLookup.DETAIL_SUPPORT
                        ? Answer.of("The post says: “" + best + "”", List.of(namedSession)) : null;
            }
            if (quoted == null && q.fact() != null && !QuestionShape.asksForAConsequence(q)) {
                // "why were the talks so short": the fact asked about, when the sentence that gives it gives a reason.
                Answer fact = EventAnswers.answer(q.fact(), event, q.day(), PostLookup.contentStems(q.words()));
                quoted = fact.answered() && MeaningReadings.givesAReason(fact.text()) ? fact : null;
            }
            if (quoted == null && QuestionShape.asksForAConsequence(q)) {
                quoted = consequenceSaid(q, words);
            }
            if (quoted == null) {
                quoted = meaning.quoteReason(q);
            }
            if (quoted == null && namedSession != null && QuestionShape.asksForADownside(q)) {
                // "rik's stuff, any downside?": the paragraph's sentence that names a drawback as one, when the event's
                // own arrangements have none.
                String drawback = sentenceWithAWordOf(namedSession, Cues.CONSEQUENCE);
                quoted = drawback == null ? null : Answer.of("The post says of " + Phrases.described(model,
                        namedSession) + ": “" + drawback + "”", List.of(namedSession));
            }
            return quoted != null ? quoted : Answer.notInPost(QuestionShape.asksForAConsequence(q)
                    ? "The post does not say what that led to." : "The post does not say why.", List.of());
        }
        // Attendance and rooms are per session; a slot's length or the recordings are the event's, for every talk.
        // The minutes a question claims for a slot ("a full 30 min talk on tmem") are the claim, not its subject.
        List<TopicIndex.Resolved> subject = q.fact() == EventFact.SLOTS ? lookup.resolve(q.topic().stream()
                .filter(word -> !word.text().chars().allMatch(Character::isDigit)).toList()) : words;
        Session bySpeaker = (q.fact() == EventFact.ATTENDANCE || q.fact() == EventFact.VENUE)
                && !topicIsASession(q, subject) ? sessionNamedBySpeaker(q) : null;
        if (q.fact() == EventFact.SLOTS && bySpeaker == null && !topicIsASession(q, subject) && q.people().size() == 1) {
            // "how long was dan's tmem talk": a person with one session names it, whatever the words for it.
            List<Session> theirs = model.sessionsOf(q.people().get(0)).stream()
                    .filter(session -> session.eventId().equals(q.event().id())).toList();
            bySpeaker = theirs.size() == 1 ? theirs.get(0) : null;
        }
        if (q.fact() != null && (topicIsASession(q, subject) || bySpeaker != null)) {
            Session session = bySpeaker != null ? bySpeaker : lookup.rank(subject, allSessions).get(0).session();
            switch (q.fact()) {
                case VENUE -> {
                    return Answer.notInPost("The post does not say which room or venue "
                            + Phrases.described(model, session) + " was in; it was " + Phrases.when(session) + ".",
                            List.of(session));
                }
                case ATTENDANCE -> {
                    Answer named = namedInABof(q, session);
                    if (named != null) {
                        return named;
                    }
                    // The model has the event's attendance, never a session's.
                    String whole = q.event().facts().attendance() == null ? ""
                            : "; it gives only the whole event's: " + q.event().facts().attendance();
                    return Answer.notInPost("The post does not say how many people attended "
                            + Phrases.described(model, session) + whole + ".", List.of(session));
                }
                case SLOTS -> {
                    Answer fact = EventAnswers.answer(q.fact(), event, q.day(), Set.of());
                    if (session.kind() == SessionKind.TALK || !fact.answered()) {
                        return new Answer(fact.text(), List.of(session), fact.answered()); // "how long was the AHCI talk"
                    }
                    // The post gives the length of talk slots only, and this session was of another kind: "dan's tmem
                    // session was a full 30 min talk?" is a no (a lightning talk is shorter); how long it was, the
                    // post does not say.
                    String by = session.speakers().isEmpty() ? "" : " by " + Phrases.speakers(model, session);
                    String was = Phrases.quoted(session) + by + " was a "
                            + Phrases.kindNoun(session.kind()) + "; the post gives the length only of talk slots. ";
                    boolean claimsAFullSlot = (q.opensYesOrNo() || q.checksABelief())
                            && session.kind() == SessionKind.LIGHTNING_TALK;
                    return claimsAFullSlot ? Answer.of("No: " + was + fact.text(), List.of(session))
                            : Answer.notInPost("The post does not say how long it was: " + was + fact.text(),
                                    List.of(session));
                }
                case RECORDINGS -> {
                    // True of every talk: "is there a video of the VFIO talk".
                    Answer fact = EventAnswers.answer(q.fact(), event, q.day(), Set.of());
                    return new Answer(fact.text(), List.of(session), fact.answered());
                }
                default -> { } // the topic is a session: answered about below
            }
        }
        // "who told the author in private that there's no licence violation": the author is mentioned, a session is asked.
        // "which talk was about getting ZFS, DTrace and Zones together with KVM": the session, not the co-location.
        boolean reportMentioned = (q.fact() == EventFact.REPORT || q.fact() == EventFact.COLOCATED)
                && index.specificMatch(words, allSessions) != null;
        if (q.fact() != null && !topicIsASession(q, words) && !reportMentioned) {
            Answer fact = EventAnswers.answer(q.fact(), event, q.day(), PostLookup.contentStems(q.words()));
            return fact.answered() ? beliefs.valueChecked(q, notTheValueAsked(q, fact)) : fact;
        }
        if (QuestionShape.asksForAnOpinion(q)) {
            return Answer.notInPost("The post does not rate or rank the sessions: it describes what was said in "
                    + "each, in its author's words.", List.of());
        }
        if (q.day() > event.program().days() && event.program().days() > 0 && q.opensYesOrNo()
                && q.people().isEmpty() && !q.hasTopic()) {
            // "was there a third day?": the post answers that, with the days it describes.
            return Answer.of("No: " + event.name() + " lasted " + Phrases.number(event.program().days()) + " days.");
        }
        if (q.day() > event.program().days() && event.program().days() > 0) {
            return Answer.notInPost("The post does not describe a day " + q.day() + ": " + event.name() + " lasted "
                    + Phrases.number(event.program().days()) + " days.", List.of());
        }
        Answer bySpeakers = program.byNumberOfSpeakers(q);
        if (bySpeakers != null) {
            return bySpeakers;
        }
        Answer byFormat = bySlidesFormat(q);
        if (byFormat != null) {
            return byFormat;
        }
        Person object = personActedOn(q);
        if (object != null && !someoneElseNamedNearby(q, object)) {
            // "who asked Bryan Cantrill the licensing question": someone other than the person named, whom the post
            // would have had to name beside them.
            return Answer.notInPost("The post does not say who " + q.words().get(1).text() + " " + object.name()
                    + " anything; it names no one else in that.", List.of());
        }
        if (!q.people().isEmpty()) {
            return aboutPeople(q, words);
        }
        Answer ofThePlaced = q.hasTopic() ? askedOfThePlaced(q, words) : null;
        if (ofThePlaced != null) {
            return ofThePlaced; // "what was the main complaint in the opening keynote?"
        }
        if (q.hasTopic()) {
            return aboutTopic(q, words);
        }
        if (q.position() != 0 || q.hasFilters() || q.target() != Target.SESSION) {
            return program.aboutProgram(q, PostLookup.pool(q, event.sessions()));
        }
        return EventAnswers.answer(EventFact.OVERVIEW, event, 0, Set.of());
    }

    /**
     * "which talks did the author skip on day 2?", "how many sessions did he miss?", "after missing two sessions,
     * which talk did Amit rejoin for?": questions about the gaps where the post's author says he missed sessions.
     * How many, and what he describes on either side, the post says; which sessions they were, it does not. Null
     * when the question is not about the author missing sessions, or the post has no such gap.
     */
    /** Verbs of being at a session. */
    private static final Set<String> ATTENDING = Set.of("attend", "attended", "see", "saw", "catch", "caught",
            "watch", "watched");

    private Answer whatTheAuthorMissed(Question q) {
        boolean missing = false;
        boolean author = false;
        boolean rejoined = false;
        for (Token word : q.words()) {
            missing |= Cues.MISSED.contains(word.text());
            author |= Cues.AUTHOR.contains(word.text());
            rejoined |= Cues.REJOINED.contains(word.text());
        }
        for (Person person : q.people()) {
            author |= person.name().equals(q.event().report().author());
        }
        // "how many sessions did he skip on day 2": with no one named, the one who skips is the one who reports.
        author |= missing && q.people().isEmpty() && q.hasAnyWord(Set.of("he", "him", "his"));
        List<Event.Gap> gaps = new ArrayList<>();
        for (Event.Gap gap : q.event().program().gaps()) {
            Session before = sessionAt(q.event(), gap.afterOrder());
            if (q.day() == 0 || before != null && before.day() == q.day()) {
                gaps.add(gap);
            }
        }
        // "did the author manage to attend every talk?": whether he missed any, which his gap answers.
        boolean everyOne = q.opensYesOrNo() && q.hasAnyWord(ATTENDING)
                && q.hasAnyWord(Set.of("every", "all", "each"));
        if (author && everyOne && !gaps.isEmpty()) {
            String tracks = q.event().program().parallelTracks();
            return Answer.of("No. Its author says: “" + gaps.get(0).statement() + "”"
                    + (tracks == null ? "" : " And there were parallel tracks: the post describes only the talks he"
                            + " attended."), List.of());
        }
        // "what did the author come back for?": coming back says he was away, as missing does.
        List<Token> all = q.words();
        boolean cameBack = java.util.stream.IntStream.range(0, all.size()).anyMatch(i -> Set.of("rejoin", "rejoined",
                "rejoining", "return", "returned").contains(all.get(i).text()) || all.get(i).text().equals("back")
                && i > 0 && Set.of("come", "came", "coming", "get", "got").contains(all.get(i - 1).text()));
        // "how many talks in total, including ones the author missed": a count of the event, his absences inside it.
        boolean including = q.target() == Target.COUNT && q.hasAnyWord(Set.of("including", "include", "incl"));
        if (!missing && !cameBack || !author || gaps.isEmpty() || including) {
            return null;
        }
        Event.Gap gap = gaps.get(0);
        Session before = sessionAt(q.event(), gap.afterOrder());
        Session after = sessionAt(q.event(), gap.afterOrder() + 1);
        String around = (before == null ? "" : " They came after " + Phrases.described(model, before))
                + (after == null ? "" : (before == null ? " They came before " : " and before ")
                + Phrases.described(model, after) + " (" + Phrases.shortWhen(after) + ")") + ".";
        List<Session> context = new ArrayList<>();
        if (before != null) {
            context.add(before);
        }
        if (after != null) {
            context.add(after);
        }
        // "before he skipped two sessions", not "the sessions he skipped before the postcopy talk".
        boolean beforeTheGap = false;
        List<Token> words = q.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            String next = words.get(i + 1).text();
            String third = i + 2 < words.size() ? words.get(i + 2).text() : "";
            beforeTheGap |= words.get(i).text().equals("before") && (Set.of("he", "she", "they").contains(next)
                    || Cues.MISSED.contains(next) || Cues.AUTHOR.contains(next) || Cues.AUTHOR.contains(third));
        }
        if (beforeTheGap && !rejoined && before != null) {
            // "the last talk the author saw before he skipped two sessions"
            return Answer.of("Before the sessions its author missed, the post's last was " + Phrases.described(model, before)
                    + " (" + Phrases.shortWhen(before) + "). It then says: “" + gap.statement() + "”", List.of(before));
        }
        if ((rejoined || q.relative() == Question.Relative.AFTER) && after != null) {
            return Answer.of("After the sessions its author missed, the post goes on with "
                    + Phrases.described(model, after) + " (" + Phrases.shortWhen(after) + "). It says: “"
                    + gap.statement() + "”", List.of(after));
        }
        // "why did the author miss two talks", "what was he doing instead": his own sentence is the answer.
        boolean why = !q.words().isEmpty() && q.words().get(0).text().equals("why");
        // "The author says he skipped some sessions on day 2. How many?": the count, asked after its context.
        boolean howMany = java.util.stream.IntStream.range(0, words.size() - 1).anyMatch(i ->
                words.get(i).text().equals("how") && words.get(i + 1).text().equals("many")
                        && (i + 2 == words.size() || Cues.PLURAL_SESSIONS.contains(words.get(i + 2).text())
                                || COUNT_VERBS_AFTER_HOW_MANY.contains(words.get(i + 2).text())));
        if (q.target() == Target.COUNT || QuestionShape.opensWithHowMany(q) || howMany || why
                || QuestionShape.asksWhatTheAuthorDid(q)) {
            return Answer.of("Its author says: “" + gap.statement() + "”" + around, context);
        }
        return Answer.notInPost("The post does not name the sessions its author missed; it says only: “"
                + gap.statement() + "”" + around, context);
    }

    /** "How many did he miss?": a count whose noun is left to the context, the verb following at once. */
    private static final Set<String> COUNT_VERBS_AFTER_HOW_MANY = Set.of("did", "does", "were", "had", "has");

    /** The session of that program order in the event, or null. */
    private static Session sessionAt(Event event, int order) {
        for (Session session : event.sessions()) {
            if (session.order() == order) {
                return session;
            }
        }
        return null;
    }

    /**
     * A question about a name or a year the posts never write: whatever it asks of them, the nearest session or fact
     * would answer something else. Null when the question takes nothing as given that the posts lack.
     */
    private Answer ungrounded(Question q) {
        String name = grounding.unknownName(q.words());
        if (name != null) {
            return Answer.notInPost("The post never mentions " + name + ", so it cannot say.", List.of());
        }
        Grounding.PassingName passing = q.people().isEmpty() ? grounding.passingSpeaker(q.words()) : null;
        if (passing != null) {
            return Answer.notInPost("The post mentions " + passing.name() + " only in passing, with no talk or words of "
                    + "theirs. It says: “" + passing.sentence() + "”", List.of());
        }
        // Not "which city hosted last year's forum": a fact of the event the post gives of its own year only.
        // Nor "what was the title of his keynote last year": the post's sessions and their titles are its own year's.
        Answer saidOfThatYear = q.fact() != null || q.hasAnyWord(Set.of("title", "titled", "called", "named"))
                ? null : saidOfCountedYear(q);
        if (saidOfThatYear != null) {
            return saidOfThatYear;
        }
        int year = grounding.unknownYear(q.words(), q.event().year(), q.fact() != null ? knownYears : null);
        if (year != 0 && year == q.event().year() - 1 && q.fact() != null && factSaysLastYear(q)) {
            year = 0; // "was it co-located with LinuxCon in 2010 as well?": the fact says "like last year's"
        }
        if (q.fact() == EventFact.FIRST_FORUM && q.opensYesOrNo()) {
            year = 0; // "the forum had only been around since 2010, right?": a year claimed for the first forum
        }
        Answer dated = year != 0 ? beliefs.yearAgainstASentence(q) : null;
        if (dated != null) {
            return dated; // "avi's prediction of an arm port coming soon was from 2009, right?": the post says 2008
        }
        if (year != 0) {
            return Answer.notInPost("The post does not describe " + year + ": it reports on " + q.event().name()
                    + ".", List.of());
        }
        int sessionYear = anotherYearsSession(q);
        if (sessionYear != 0) {
            // "the slides from Avi's 2010 keynote": the post may quote that year's keynote, never link or place it.
            String mention = q.event().sentences().stream().filter(sentence -> sentence.contains(
                    String.valueOf(sessionYear))).findFirst().map(sentence -> " It mentions " + sessionYear
                            + " only in passing: “" + sentence + "”").orElse("");
            return Answer.notInPost("The post's sessions are those of " + q.event().name() + "; it has no session of "
                    + sessionYear + ", nor its title, place or slides." + mention, List.of());
        }
        return null;
    }

    /**
     * "What was the big complaint about QEMU patches the year before?": the post's sentence on that year that the
     * question's words find, quoted. A figure it does not give ("how many patches exactly since last year?") is
     * not in the post, with what it does say. Null when the question counts no year, or no sentence on it matches.
     */
    private Answer saidOfCountedYear(Question q) {
        List<Grounding.OnCountedYear> candidates = grounding.onCountedYear(q.words(), q.event());
        if (candidates.isEmpty()) {
            return null;
        }
        // The one sharing most words with the question; among those, the closest in meaning when the sentence model
        // is there, else the sentence on the year itself before its neighbour. One candidate needs no meaning.
        java.util.Map<Integer, Float> meaning = new java.util.HashMap<>();
        if (candidates.size() > 1) {
            semantic.sentences(reader.withoutEventName(q), q.event())
                    .forEach(ranked -> meaning.put(ranked.item().index(), ranked.score()));
        }
        Grounding.OnCountedYear best = candidates.stream().sorted(
                java.util.Comparator.comparingDouble((Grounding.OnCountedYear c) -> -c.shared())
                        .thenComparing(c -> -meaning.getOrDefault(c.index(), 0f))
                        .thenComparing(c -> c.index() == c.besideIndex() ? 0 : 1)).findFirst().orElseThrow();
        List<String> sentences = q.event().sentences();
        List<String> said = best.index() == best.besideIndex() ? List.of(sentences.get(best.index()))
                : List.of(sentences.get(Math.min(best.index(), best.besideIndex())),
                        sentences.get(Math.max(best.index(), best.besideIndex())));
        String quote = String.join(" ", said);
        List<Session> sessions = q.event().sessions().stream().filter(session -> session.summary() != null
                && said.stream().anyMatch(sentence -> session.summary().contains(sentence))).toList();
        String of = sessions.size() == 1 ? " of " + Phrases.described(model, sessions.get(0)) + " ("
                + Phrases.shortWhen(sessions.get(0)) + ")" : "";
        boolean figureAsked = QuestionShape.opensWithHowMany(q) || q.hasAnyWord(Set.of("exact", "exactly", "figure"))
                || Unstated.phrase(q.words(), "how", "many") || Unstated.phrase(q.words(), "how", "much");
        if (figureAsked && !quote.matches("(?s).*\\d.*")) {
            return Answer.notInPost("The post gives no figure for that. It says" + of + ": “" + quote + "”", sessions);
        }
        return Answer.of("The post says" + of + ": “" + quote + "”", sessions);
    }

    /** Whether the post's statement of the fact asked about speaks of the year before ("like last year's"). */
    private boolean factSaysLastYear(Question q) {
        Answer fact = EventAnswers.answer(q.fact(), q.event(), q.day(), Set.of());
        return fact.answered() && fact.text().toLowerCase(java.util.Locale.ROOT).contains("last year");
    }

    /** What a question may ask of another year's session that the post, quoting it at most, never gives. */
    private static final Set<String> OTHER_YEARS_SESSION_ATTRIBUTES = Set.of("title", "titled", "called", "named",
            "name", "where", "venue", "room", "city", "held", "delivered", "given", "recording", "video", "recorded",
            "long", "length");

    /**
     * Slides, a title, a place or a recording asked of a year other than the event's, right before a word for a
     * session ("the slides of Avi's 2010 keynote", "the title of his 2010 keynote"): a session of another year's
     * forum. 0 when there is none.
     */
    private static int anotherYearsSession(Question q) {
        List<Token> words = q.words();
        // "what did Avi say in his 2010 keynote" asks for what the post quotes of it; its title, place or time, or
        // its slides, the post never gives.
        boolean attributeAsked = q.target() == Target.SLIDES || q.hasAnyWord(OTHER_YEARS_SESSION_ATTRIBUTES);
        if (!attributeAsked) {
            return 0;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String word = words.get(i).text();
            if (!word.matches("(19|20)\\d\\d") || Integer.parseInt(word) == q.event().year()) {
                continue;
            }
            // "the 2010 keynote", "the 2010 QEMU keynote": the word for a session right after it, or one word on.
            for (int k = i + 1; k < words.size() && k <= i + 2; k++) {
                String noun = words.get(k).text();
                if ((Cues.SESSION_NOUNS.contains(noun) || Cues.KEYNOTE.contains(noun)) && !noun.equals("one")) {
                    return Integer.parseInt(word);
                }
            }
        }
        return 0;
    }

    /**
     * "was KSM discussed in any of the memory overcommit talks?", "did any talk go into dirty page logging?": a
     * yes-or-no whose subject the post never writes, in its words or the field's other words for them. The subject
     * is an acronym the post lacks, or two such words within three ("dirty page logging", "legal action"): one
     * plain word alone may be the asker's own way of saying what the post has ("handing a GPU to a guest"), and is
     * left to the meaning. The answer says so, with what the post does have on the rest. Null otherwise.
     */
    private Answer subjectNeverMentioned(Question q, List<TopicIndex.Resolved> words) {
        // Only a claim about what was said ("did any talk go into…", "was X discussed…"): "is there a talk on
        // <something in the asker's words>" asks for a session, which the meaning may still find. A belief with a
        // name or a detail the post lacks is checked as a belief.
        List<Token> all = q.words();
        boolean claim = q.opensYesOrNo() && !q.checksABelief() && Cues.YES_NO_OPENERS.contains(all.get(0).text())
                && !(all.size() > 1 && Set.of("there", "anything").contains(all.get(1).text()));
        // "was kvm forum 2011 in san francisco?": a value of the event (its place, its dates) put to it, not a subject.
        boolean valueOfTheEvent = q.fact() != null && PUT_TO_THE_EVENT.contains(q.fact());
        // "were the slots shortened because the venue was small?": a reason put to a fact of the event, which the
        // fact's own sentence answers with the reason the post gives.
        boolean reasonForAFact = q.fact() != null && q.hasAnyWord(REASON_GIVEN);
        if (!claim || !q.people().isEmpty() || valueOfTheEvent || reasonForAFact) {
            return null;
        }
        List<String> unknown = unknownSubject(q, words);
        if (unknown.isEmpty()) {
            return null;
        }
        Answer spokenTo = spokenToInOtherWords(q, words, unknown);
        if (spokenTo != null) {
            return spokenTo;
        }
        Answer titled = otherTitleGiven(q, unknown);
        if (titled != null) {
            return titled;
        }
        List<TopicMatch> ranked = lookup.rank(words, q.event().sessions());
        List<Session> closest = !ranked.isEmpty() && ranked.get(0).strong() ? PostLookup.bestOf(ranked) : List.of();
        String text = "The post never mentions " + String.join(" or ", unknown) + ", so it does not say so.";
        if (closest.size() == 1) {
            text += " What it has closest: " + Phrases.described(model, closest.get(0)) + " ("
                    + Phrases.shortWhen(closest.get(0)) + ").";
        }
        return Answer.notInPost(text, closest.size() == 1 ? closest : suggestions(ranked));
    }

    /** The most words a person's name is read in, among capitalised words in a row. */
    private static final int MAX_NAME_WORDS = 4;

    /** A title written as an acronym right before or after a name: "CTO Brian Stevens", "Brian Stevens, CEO". */
    private static final java.util.regex.Pattern TITLE_BESIDE = java.util.regex.Pattern.compile(
            "\\b([A-Z]{2,4})\\s+%1$s\\b|\\b%1$s,?\\s+(?:the\\s+)?([A-Z]{2,4})\\b");

    /**
     * "Was Brian Stevens Red Hat's CEO?": a title (an acronym the post never uses) put up for someone the post names
     * with another title ("a dinner hosted by CTO Brian Stevens"). Answered no, with the title and the sentence. Null
     * when the title put up is no acronym, or the post gives the person no other.
     */
    private Answer otherTitleGiven(Question q, List<String> unknown) {
        if (unknown.size() != 1 || !unknown.get(0).matches("[A-Z]{2,4}")) {
            return null;
        }
        // The name: two or more capitalised words in a row after the first word, none of them the title.
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("(?<=\\s)(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)+)")
                .matcher(q.words().stream().map(Token::surface).collect(java.util.stream.Collectors.joining(" ")));
        Set<String> candidates = new java.util.LinkedHashSet<>();
        while (names.find()) {
            // "Brian Stevens Red Hat's": a run of capitalised words may hold the name and more; each part of two to
            // four words in a row is tried, longest first (a name is no longer; a long run stays linear).
            String[] run = names.group(1).split("\\s+");
            for (int length = Math.min(run.length, MAX_NAME_WORDS); length >= 2; length--) {
                for (int from = 0; from + length <= run.length; from++) {
                    candidates.add(String.join(" ", java.util.Arrays.copyOfRange(run, from, from + length)));
                }
            }
        }
        for (String name : candidates) {
            java.util.regex.Pattern beside = java.util.regex.Pattern.compile(
                    String.format(TITLE_BESIDE.pattern(), java.util.regex.Pattern.quote(name)));
            for (String sentence : q.event().sentences()) {
                java.util.regex.Matcher title = beside.matcher(sentence);
                if (title.find()) {
                    String given = title.group(1) != null ? title.group(1) : title.group(2);
                    if (!given.equals(unknown.get(0))) {
                        return Answer.of("No: the post calls " + name + " " + given + ", not " + unknown.get(0)
                                + ": “" + sentence + "”");
                    }
                }
            }
        }
        return null;
    }

    /**
     * "Was the licensing question clearly answered in the SmartOS talk?": the sentence that speaks to a yes-or-no
     * in other words ("the question on licensing was addressed vaguely"), borne out or not. Only when the words the
     * post lacks say how something went ("clearly", "answered", "handled"), not what it was: "is it built on the
     * blkio controller?", "did it rely on GObject?" claim a thing the post never names. Null otherwise.
     */
    private Answer spokenToInOtherWords(Question q, List<TopicIndex.Resolved> words, List<String> lacking) {
        boolean howItWent = lacking.stream().flatMap(phrase -> java.util.Arrays.stream(
                phrase.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"))).filter(word -> !word.isEmpty())
                .allMatch(word -> WordLists.isPlainEnglish(word) || word.matches(".{3,}(ly|ed)"));
        return howItWent ? meaning.sentenceForABelief(q, words) : null;
    }

    /**
     * The words of a question's subject the post never writes, as asked and made safe to echo: an acronym the post
     * lacks, or two such words within three ("dirty page logging", "market share to vmware"). Empty when the subject
     * is not one of these: one plain word alone ("stay") may be the asker's way of saying what the post has.
     */
    private List<String> unknownSubject(Question q, List<TopicIndex.Resolved> words) {
        List<Token> topic = q.topic();
        List<String> unknown = new ArrayList<>();
        boolean subject = false;
        int lastUnknown = -10;
        for (int i = 0; i < topic.size() && i < words.size(); i++) {
            TopicIndex.Resolved word = words.get(i);
            String surface = topic.get(i).surface();
            boolean writtenAsName = topic.get(i).capital() && !surface.equals(surface.toUpperCase(java.util.Locale.ROOT));
            // Words of the post outside the sessions count too: "Red Hat" is in the report's evening.
            if (!word.unknown() || word.typo() || nameWords.contains(topic.get(i).text()) || writtenAsName
                    || surface.chars().anyMatch(Character::isDigit) || postWords.contains(topic.get(i).text())) {
                continue;
            }
            boolean acronym = surface.length() >= 2 && surface.chars().allMatch(Character::isLetter)
                    && surface.equals(surface.toUpperCase(java.util.Locale.ROOT));
            subject |= acronym || i - lastUnknown <= 2;
            lastUnknown = i;
            unknown.add(surface.replaceAll("[^\\p{L}\\p{N} .+#/-]", ""));
        }
        return subject ? unknown : List.of();
    }

    /**
     * The last word of a yes-or-no question's topic, as asked, when it is the claim's object and a word the post never
     * writes ("…based on xhci?", "…support power6?"): not a typo of the post's words nor a name; null otherwise.
     */
    private String claimNeverWritten(Question q, List<TopicIndex.Resolved> words) {
        List<Token> topic = q.topic();
        if (topic.isEmpty() || words.size() != topic.size() || q.words().isEmpty()) {
            return null;
        }
        Token last = topic.get(topic.size() - 1);
        TopicIndex.Resolved word = words.get(words.size() - 1);
        boolean endsTheQuestion = q.words().get(q.words().size() - 1).text().equals(last.text());
        boolean never = word.unknown() && !word.typo() && !nameWords.contains(last.text())
                && !postWords.contains(last.text()) && last.text().length() >= 3;
        return endsTheQuestion && never ? last.surface().replaceAll("[^\\p{L}\\p{N} .+#/-]", "") : null;
    }

    /** Nouns that name nothing by themselves: "what fun stuff". */
    private static final Set<String> VAGUE_NOUNS = Set.of("stuff", "things", "thing");

    /** Verbs of a change, whose "before" asks for the value it changed from. */
    private static final Set<String> CHANGED = Set.of("cut", "reduced", "shortened", "changed", "lowered", "raised",
            "increased", "decreased", "shrunk", "extended", "lengthened");
    /** Words asking for a former value. */
    private static final Set<String> FORMERLY = Set.of("previously", "formerly", "originally", "prior");
    /** Nouns that ask for a place. */
    private static final Set<String> PLACE_NOUNS = Set.of("city", "country", "town", "venue", "location", "hotel",
            "state", "province");

    /**
     * An event fact answers the question only when it holds the kind of value asked for. A number ("how many went
     * to the dinner") is in the facts that are numbers; a name ("which brewery") is not in a statement that
     * mentions the thing without naming it; the slot length is the talks', not the lightning talks' or BOFs'.
     * Otherwise: the post does not say, and what it does say.
     */
    /**
     * "who asked Bryan the licensing question", "who told Amit": a who-question whose verb acts on the person named
     * right after it asks for somebody else; the person so named, or null.
     */
    private static Person personActedOn(Question q) {
        List<Token> all = q.words();
        if (q.target() != Target.SPEAKER || all.size() < 3 || !all.get(0).text().equals("who")
                || !ACTING_ON.contains(all.get(1).text())) {
            return null;
        }
        String next = all.get(2).text();
        return q.people().stream().filter(person -> java.util.Arrays.asList(
                person.name().toLowerCase(java.util.Locale.ROOT).split("\\s+")).contains(next)).findFirst().orElse(null);
    }

    /**
     * Whether a sentence with two of the question's words names someone other than the person acted on: "who told
     * amit privately there is no violation" is answered by "In a private chat later, Bryan mentioned…".
     */
    private boolean someoneElseNamedNearby(Question q, Person object) {
        Set<String> asked = PostLookup.contentStems(q.words());
        for (String sentence : q.event().sentences()) {
            Set<String> said = new HashSet<>(PostLookup.stemsOf(sentence));
            said.retainAll(asked);
            if (said.size() >= 2 && people.mentionedIn(sentence).stream().anyMatch(person -> !person.equals(object))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs whose object is not the one who acted: "who asked Bryan", not "who presented". */
    private static final Set<String> ACTING_ON = Set.of("asked", "told", "questioned", "challenged", "interviewed",
            "thanked", "introduced", "invited", "interrupted", "corrected", "pressed", "grilled");

    /** "who else …", "which other people …", "anyone besides Brian": people asked for beyond some already known. */
    private static boolean asksForOtherPeople(Question q) {
        boolean people = q.target() == Target.SPEAKER
                || q.words().stream().anyMatch(word -> Cues.PERSON_NOUNS.contains(word.text()));
        return people && besidesSomeone(q.words(), OTHERS);
    }

    /** One of the words for "besides", except "else" of a place: "copying a disk somewhere else". */
    private static boolean besidesSomeone(List<Token> words, Set<String> others) {
        return java.util.stream.IntStream.range(0, words.size()).anyMatch(i -> others.contains(words.get(i).text())
                && !(i > 0 && PLACE_PRONOUNS.contains(words.get(i - 1).text()))
                && !(i > 0 && ANYONE_PRONOUNS.contains(words.get(i - 1).text())));
    }

    /** "starving everyone else", "someone else's work": anyone beside, not people beside the ones asked of. */
    private static final Set<String> ANYONE_PRONOUNS = Set.of("everyone", "everybody", "everything", "someone",
            "somebody", "something", "anyone", "anybody", "anything", "nobody", "nothing");

    private static final Set<String> PLACE_PRONOUNS = Set.of("somewhere", "anywhere", "elsewhere", "nowhere",
            "everywhere", "someplace", "anyplace");

    private static final Set<String> OTHERS = Set.of("else", "other", "others", "besides", "apart", "aside", "except",
            "excluding");

    /** The people a sentence names whom the question does not name. */
    private List<Person> namedBeyondTheQuestion(Question q, String sentence) {
        Set<String> asked = new HashSet<>();
        q.words().forEach(word -> asked.add(word.text()));
        return people.mentionedIn(sentence).stream().filter(person -> !q.people().contains(person)
                && java.util.Arrays.stream(person.name().toLowerCase(java.util.Locale.ROOT).split("\\s+"))
                        .noneMatch(asked::contains)).toList();
    }

    private Answer notTheValueAsked(Question q, Answer fact) {
        // "how many people were in the audience for Bryan Cantrill's talk": one person's session, uncounted too.
        String author = q.event().report() == null ? null : q.event().report().author();
        boolean speakersTalk = q.hasAnyWord(Cues.SESSION_NOUNS)
                && q.people().stream().anyMatch(person -> !person.name().equals(author));
        if (q.fact() == EventFact.ATTENDANCE && (QuestionShape.asksForASession(q) || speakersTalk)) {
            // "which talk drew the biggest crowd": the post gives one figure, for the whole event.
            return Answer.notInPost("The post gives no attendance for single sessions, only the whole event's. It"
                    + " does say: " + fact.text(), fact.sessions());
        }
        if (q.fact() == EventFact.ATTENDANCE && q.kind() != null && !q.hasTopic() && q.people().isEmpty()) {
            // "how many people joined the BOFs": a kind of session, whose audience the post never counts.
            return Answer.notInPost("The post gives no attendance for its " + Phrases.kindPlural(q.kind())
                    + ", only the whole event's. It does say: " + fact.text(), fact.sessions());
        }
        boolean dayNamed = java.util.stream.IntStream.range(0, Math.max(0, q.words().size() - 1))
                .anyMatch(i -> Cues.ORDINALS.containsKey(q.words().get(i).text())
                        && q.words().get(i + 1).text().equals("day"));
        if (q.fact() == EventFact.ATTENDANCE && (q.day() != 0 || q.part() != null || dayNamed)) {
            // "how many attended on the second day": the post gives one figure for the whole event.
            return Answer.notInPost("The post gives only the whole event's attendance, not a day's. It does say: "
                    + fact.text(), fact.sessions());
        }
        String colocated = q.event().venue().colocatedWith();
        if (colocated != null && q.fact() != EventFact.COLOCATED && namesAll(q, colocated)) {
            // "how many people attended LinuxCon NA": the post's facts are its own event's, not the other's.
            return Answer.notInPost("The post says nothing of " + colocated + " itself; only that " + q.event().name()
                    + " was co-located with it.", fact.sessions());
        }
        // "how long did the BOFs last" is read as the event's days; of a kind of session, it asks for their length.
        boolean kindsLength = q.fact() == EventFact.SLOTS || q.fact() == EventFact.DAYS && Unstated.phrase(q.words(), "how", "long");
        if (kindsLength && (q.kind() == SessionKind.LIGHTNING_TALK || q.kind() == SessionKind.BOF)) {
            Answer slots = q.fact() == EventFact.SLOTS ? fact
                    : EventAnswers.answer(EventFact.SLOTS, q.event(), q.day(), Set.of());
            return Answer.notInPost("The post gives the length of the talk slots only, not of "
                    + Phrases.kindPlural(q.kind()) + ". It does say: " + slots.text(), slots.sessions());
        }
        if (colocated != null && q.fact() == EventFact.COLOCATED && (q.target() == Target.SPEAKER || q.kind() != null
                || q.words().stream().anyMatch(word -> Cues.SESSION_NOUNS.contains(word.text())
                        && !word.text().equals("one")))) {
            // "who gave the keynote at LinuxCon that week": the other event's program, which the post does not give.
            return Answer.notInPost("The post says nothing of " + colocated + "'s own program; only that "
                    + q.event().name() + " was co-located with it.", fact.sessions());
        }
        if (asksForOtherPeople(q) && namedBeyondTheQuestion(q, fact.text()).isEmpty()) {
            // "who else was at the dinner besides its host": the fact's sentence names no one the asker did not.
            return Answer.notInPost("The post names no one else there. " + fact.text(), fact.sessions());
        }
        // "how many parallel tracks": a fact that is a number only when its statement gives one.
        if (QuestionShape.asksHowMany(q) && (!NUMBER_FACTS.contains(q.fact()) || !PostLookup.givesANumber(fact.text()))) {
            return Answer.notInPost("The post gives no number for that. It does say: " + fact.text(), fact.sessions());
        }
        // "what date will the videos go up": a date is asked, and the fact's sentence gives none ("soon").
        boolean asksForADate = q.words().stream().anyMatch(word -> word.text().equals("date"));
        if (asksForADate && !PostLookup.givesANumber(fact.text())) {
            return Answer.notInPost("The post gives no date for that. It does say: " + fact.text(), fact.sessions());
        }
        // "how long were the slots before they were cut to 30 minutes": the value before a change the post reports.
        Set<String> words = new HashSet<>();
        q.words().forEach(word -> words.add(word.text()));
        boolean former = words.contains("before") && words.stream().anyMatch(CHANGED::contains)
                || words.stream().anyMatch(FORMERLY::contains);
        if (former && NUMBER_FACTS.contains(q.fact())) {
            return Answer.notInPost("The post does not give the earlier figure. It does say: " + fact.text(),
                    fact.sessions());
        }
        // "where was the 2008 forum held", "in which city was the first forum": a place is asked, and this fact is
        // not one.
        boolean place = !q.words().isEmpty() && q.words().get(0).text().equals("where")
                || words.stream().anyMatch(PLACE_NOUNS::contains);
        if (place && !PLACE_FACTS.contains(q.fact())) {
            return Answer.notInPost("The post does not say where. It does say: " + fact.text(), fact.sessions());
        }
        if (asksWhichUnnamed(q, fact.text())) {
            return Answer.notInPost(Unstated.UNNAMED.sentence() + ". It does say: " + fact.text(), fact.sessions());
        }
        String thing = details.askedThing(q);
        // "what fun stuff happened", "what social things": a word before a vague noun only colours it.
        for (int i = 0; thing != null && i + 1 < q.words().size(); i++) {
            if (q.words().get(i).text().equals(thing) && VAGUE_NOUNS.contains(q.words().get(i + 1).text())) {
                thing = null;
            }
        }
        // "which night did everyone go to the pub": a night or evening is the day the fact places it after.
        boolean dayGiven = thing != null && Set.of("night", "evening", "day").contains(thing)
                && fact.text().matches("(?s).*\\b[Dd]ay \\d.*");
        if (thing != null && STATEMENT_FACTS.contains(q.fact()) && !VALUE_NOUNS.contains(thing) && !dayGiven
                && !PostLookup.mentions(fact.text(), thing)) {
            // "what food was served at the dinner", "which city hosted the first forum": the fact's sentence has no
            // word for the thing asked, so it does not say.
            return Answer.notInPost("The post does not say which " + thing + ". It does say: " + fact.text(),
                    fact.sessions());
        }
        return fact;
    }

    /** Whether the question has every word of the name ("LinuxCon NA"). */
    private static boolean namesAll(Question q, String name) {
        Set<String> asked = new HashSet<>();
        q.words().forEach(word -> asked.add(word.text()));
        for (Token word : Token.of(TextNormalizer.clean(name))) {
            if (!asked.contains(word.text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "which brewery did they go to": the question opens with which and a noun the statement has only as a common
     * noun ("the nearby brewery"), so the name asked for is not there.
     */
    private boolean asksWhichUnnamed(Question q, String statement) {
        List<Token> words = q.words();
        if (words.size() < 2 || !Set.of("which", "what").contains(words.get(0).text())) {
            return false;
        }
        String noun = details.askedThing(q);
        // "what pub did they go to": "what" right before the thing asked for; not "what did the attendees do".
        if (noun == null || VALUE_NOUNS.contains(noun)
                || words.get(0).text().equals("what") && !words.get(1).text().equals(noun)) {
            return false;
        }
        String quotedNoun = java.util.regex.Pattern.quote(noun);
        if (java.util.regex.Pattern.compile("(?i)\\b" + quotedNoun + "\\b(?:\\W+\\w+){0,3}?\\W*[“\"]|[”\"](?:\\W+\\w+){0,3}?\\W+"
                + quotedNoun + "\\b").matcher(statement).find()) {
            return false; // "posted by the account “amosk”, the author its front matter gives": a quoted name beside it
        }
        List<Token> tokens = Token.of(statement);
        for (int i = 0; i < tokens.size(); i++) {
            // "the virtio design": a word the sessions use, before the noun, names the thing.
            String before = i > 0 ? tokens.get(i - 1).text() : "";
            boolean named = !before.isEmpty() && Cues.isAThing(before) && index.known(Stems.of(before));
            if (tokens.get(i).text().equals(noun) && !tokens.get(i).capital() && !named) {
                return true;
            }
        }
        return false;
    }

    /**
     * A surname asked of the speaker of one session found by its place or topic ("the guy who gave the opening
     * keynote"), where the post calls every speaker of it by a first name only: the full name the answer shows comes
     * from the data file beside the post, so the surname is refused as when the person is named. Null otherwise.
     */
    private Answer surnameOfOneFoundNeverWritten(Question q, Answer answer) {
        if (!answer.answered() || !q.people().isEmpty() || answer.sessions().size() != 1
                || !Unstated.asksForASurname(q.words())) {
            return null;
        }
        List<Person> speakers = model.speakersOf(answer.sessions().get(0));
        if (speakers.isEmpty() || speakers.stream()
                .anyMatch(person -> person.mentions().stream().anyMatch(form -> form.trim().contains(" ")))) {
            return null;
        }
        return unstated(q.withPeople(speakers), Unstated.SURNAME, List.of());
    }

    /**
     * "The post does not say …" for a question outside what the post holds, followed by what it does say about
     * the sessions or people asked about ("It does say: “Avi's keynote” was on day 1, in the morning session").
     */
    private Answer unstated(Question q, Unstated kind, List<TopicIndex.Resolved> words) {
        List<Session> related = new ArrayList<>();
        for (Person person : q.people()) {
            related.addAll(model.sessionsOf(person));
        }
        if (kind == Unstated.SURNAME) {
            // Say where the full name the bot shows comes from, so the answer never seems to contradict itself.
            List<String> forms = q.people().stream().map(person -> "calls " + person.firstName() + " only “"
                    + person.mentions().get(0).trim() + "”; the name " + person.name()
                    + " comes from the data file beside it").toList();
            return Answer.notInPost("The post " + String.join(", and ", forms) + ", not from the post. It does say: "
                    + program.times(related).text(), related);
        }
        Answer dated = kind == Unstated.OTHER_YEAR ? beliefs.yearAgainstASentence(q) : null;
        if (dated != null) {
            return dated; // "virtio got hashed out at the 2010 forum, didn't it?": the post dates it in 2008
        }
        if (kind == Unstated.OTHER_YEAR && q.people().isEmpty()) {
            // "where's the next forum going to be": its sessions are no answer; what the post covers is.
            Answer overview = EventAnswers.answer(EventFact.OVERVIEW, q.event(), 0, Set.of());
            return Answer.notInPost(kind.sentence() + "." + (overview.answered() ? " It covers this one: "
                    + overview.text() : ""), List.of());
        }
        if (related.isEmpty() && q.hasTopic()) {
            // "the USB talk began at 10:30": the time claimed is not a word for the session.
            List<TopicIndex.Resolved> subject = kind != Unstated.CLOCK_TIME ? words : lookup.resolve(q.topic()
                    .stream().filter(word -> !word.text().chars().allMatch(Character::isDigit)).toList());
            List<TopicMatch> ranked = lookup.rank(subject, q.event().sessions());
            if (!ranked.isEmpty() && ranked.get(0).strong()) {
                related.addAll(PostLookup.bestOf(ranked));
            }
        }
        if (related.isEmpty() && kind == Unstated.CLOCK_TIME && q.position() != 0 && !q.hasTopic()) {
            // "what time of day did the opening keynote start": no clock time, but which session opened, and when.
            Answer placed = program.aboutProgram(q.withTarget(Target.SESSION), PostLookup.pool(q, q.event().sessions()));
            related.addAll(placed.answered() && placed.sessions().size() == 1 ? placed.sessions() : List.of());
        }
        StringBuilder text = new StringBuilder(kind.sentence()).append('.');
        if (kind == Unstated.ATTENDANCE_BREAKDOWN && q.event().facts().attendance() != null) {
            text.append(" The total it gives: ").append(q.event().facts().attendance()).append('.'); // "about 150"
        }
        boolean ofVideos = kind == Unstated.TALK_VIDEO || kind == Unstated.LIVE_STREAM || kind == Unstated.FUTURE_DATES
                && q.words().stream().anyMatch(word -> Set.of("video", "videos", "recording", "recordings")
                        .contains(word.text()));
        if (ofVideos && q.event().facts().recordings() != null) {
            text.append(" It says: “").append(q.event().facts().recordings().statement()).append('”');
            if (q.event().facts().recordings().whereUrl() != null) {
                text.append(" (").append(q.event().facts().recordings().whereUrl()).append(')');
            }
        } else if (!related.isEmpty()) {
            text.append(" It does say: ").append(program.times(related).text());
        }
        return Answer.notInPost(text.toString(), related);
    }

    // ---------------------------------------------------------------- people

    private Answer aboutPeople(Question q, List<TopicIndex.Resolved> words) {
        Answer othersThere = othersInThePart(q);
        if (othersThere != null) {
            return othersThere; // "Besides Avi, Paul and Kevin, who else spoke in the first day's morning session?"
        }
        Answer withTheAuthor = whoDidIt.withTheAuthor(q, words);
        if (withTheAuthor != null) {
            return withTheAuthor; // "who told amit in private that there's no licensing violation"
        }
        boolean byTheAuthor = q.people().stream().allMatch(person -> person.name().equals(q.event().report().author()));
        Answer described = byTheAuthor && QuestionShape.asksWhichSession(q) ? sessionBySentence(q) : null;
        if (described != null) {
            return described; // "which session did amit call very cool": the author narrates every paragraph
        }
        if (byTheAuthor && !q.people().isEmpty() && q.hasTopic() && !q.opensYesOrNo() && !QuestionShape.asksForAView(q)
                && q.target() == Target.SESSION && q.kind() == null) {
            // "what did amit compare event index to": what the author wrote of another's session is that session's
            // paragraph, when the words name it and none of his own.
            List<TopicMatch> own = lookup.rank(words, model.sessionsOf(q.people().get(0)));
            List<TopicMatch> all = lookup.rank(words, q.event().sessions());
            boolean another = !all.isEmpty() && all.get(0).strong() && (own.isEmpty() || !own.get(0).strong());
            if (another) {
                return aboutTopic(q.withoutPeople(), words);
            }
        }
        if (q.people().size() == 1 && q.people().get(0).name().equals(q.event().report().author())
                && (q.position() != 0 || q.day() != 0 || q.part() != null) && !q.hasTopic() && QuestionShape.saysTheAuthorAttended(q)) {
            // "the last talk Amit caught": the report's author, and what he saw is every session the report describes.
            return program.aboutProgram(q.withoutPeople(), PostLookup.pool(q, q.event().sessions()));
        }
        Set<Session> theirs = new LinkedHashSet<>();
        for (Person person : q.people()) {
            theirs.addAll(model.sessionsOf(person));
        }
        List<Session> sessions = new ArrayList<>(theirs);
        sessions.sort(Comparator.comparingInt(Session::order));
        if (sessions.isEmpty()) {
            return Answer.notInPost("The post names " + Phrases.names(q.people()) + " but gives no session of theirs.",
                    List.of());
        }
        boolean asksForATalk = q.kind() == null && q.hasAnyWord(TALK_NOUNS);
        if (asksForATalk && sessions.stream().allMatch(session -> session.kind() == SessionKind.BOF)) {
            // "what was Hans de Goede's talk about": the post has him only in a BOF, which is no talk of his.
            // "did Hans de Goede give a talk?" is answered, though: no, with what he did.
            String none = "The post describes no talk by " + Phrases.names(q.people()) + ". It does say: "
                    + program.personSessions(q, sessions, false);
            // A statement asked as a question ("hans de goede gave a talk?") is one too.
            boolean statement = !MainClause.SECOND_QUESTION.contains(q.words().get(0).text())
                    && q.hasAnyWord(GAVE);
            // "the spice talk was by hans de goede, right?": a talk the topic names is put to them; whose it was
            // answers that, with what they did.
            Answer whoseItWas = q.hasTopic() && (q.opensYesOrNo() || q.checksABelief())
                    ? beliefs.supposedSpeakerChecked(q, words) : null;
            if (whoseItWas != null) {
                return whoseItWas;
            }
            return (q.opensYesOrNo() || statement) && !q.hasTopic() ? Answer.of("No. " + none, sessions)
                    : Answer.notInPost(none, sessions);
        }
        Answer read = firstOf(
                () -> whoDidIt.whoDidWhatTheyMentioned(q, words),
                () -> comparisons.whichOfThem(q, words),
                () -> comparisons.eachOfThem(q, words),
                () -> comparisons.relatedWork(q));
        if (read != null) {
            return read;
        }
        if (q.opensYesOrNo() && q.together() && q.people().size() > 1) {
            // "did Rik and Andrea give a joint talk?": a session all of them were in, or none.
            List<Session> shared = sessions.stream().filter(session -> q.people().stream()
                    .allMatch(person -> session.speakers().contains(person.id()))).toList();
            return shared.isEmpty()
                    ? Answer.of("No: the post has no session with all of " + Phrases.names(q.people()) + ". "
                            + program.personSessions(q, sessions, false), sessions)
                    : Answer.of("Yes. " + program.sessionsSentence(shared), shared);
        }
        // "were Anthony's two talks on the same day": the talks he gave, not a BOF he sat in.
        List<Session> pair = q.words().stream().anyMatch(word -> TALK_NOUNS.contains(word.text())
                || Set.of("talks", "presentations", "keynotes").contains(word.text()))
                ? sessions.stream().filter(session -> session.kind() != SessionKind.BOF).toList() : sessions;
        if (pair.size() == 2 && QuestionShape.asksSameDay(q)) {
            // "did Avi give the PMU talk on the same day as his keynote?": their two sessions' days, compared.
            Session one = pair.get(0);
            Session two = pair.get(1);
            boolean same = one.day() == two.day();
            return Answer.of((same ? "Yes: " : "No: ") + Phrases.described(model, one) + " was on day " + one.day()
                    + (same ? ", and so was " : ", and ") + Phrases.described(model, two)
                    + (same ? "" : " on day " + two.day()) + ".", pair);
        }
        // "was Alon's talk on day 1?": his talk is on day 2; the BOF he sat in on day 1 is no talk of his.
        List<Session> filtered = PostLookup.pool(q, pair.isEmpty() ? sessions : pair);
        if (q.position() > filtered.size() && q.position() <= sessions.size() && q.position() > 0) {
            // "Avi's second talk, the one on day 2": the day describes the one asked for; it does not count them.
            filtered = sessions;
        }
        Answer onlyOne = onlyOneOnTheTopic(q);
        if (onlyOne != null) {
            return onlyOne; // "Andrea was the only one to talk about memory management, right?"
        }
        Answer ofTheirKind = beliefs.topicOfTheirKindChecked(q, words);
        if (ofTheirKind != null) {
            return ofTheirKind; // "Avi's keynote was mostly about KVM performance, right?": that was his other talk
        }
        Answer supposed = beliefs.supposedSpeakerChecked(q, words);
        if (supposed != null) {
            return supposed;
        }
        if (q.opensYesOrNo() && (q.day() != 0 || q.part() != null) && q.hasTopic() && q.position() == 0) {
            // "Avi's performance monitoring talk was on day 1, yes?": their session on it, wherever it was.
            List<TopicMatch> own = lookup.rank(words, sessions);
            if (!own.isEmpty() && own.get(0).strong() && (own.size() == 1 || own.get(1).rank() < own.get(0).rank())) {
                Answer checked = whenChecked(q, List.of(own.get(0).session()));
                if (checked != null) {
                    return checked;
                }
            }
        }
        if (q.target() != Target.COUNT && q.target() != Target.LIST && QuestionShape.opensWithHowMany(q) && !ProgramAnswers.countsPeople(q)
                && q.hasTopic() && !filtered.isEmpty()) {
            // "how much CPU did the tablet use before Gerd's fixes": a figure, which their paragraph gives or not.
            Session session = filtered.get(0);
            String best = lookup.bestSupported(session, words);
            if (best != null && PostLookup.givesANumber(best) && index.support(session, words, best) >= PostLookup.DETAIL_SUPPORT) {
                return Answer.of("The post says of " + Phrases.described(model, session) + ": “" + best + "”",
                        List.of(session));
            }
            return Answer.notInPost("The post gives no figure for that. What it says of "
                    + Phrases.described(model, session) + (best == null ? "." : ": “" + best + "”"), List.of(session));
        }
        // "Which talk followed Rik van Riel's memory talk?": the talk after one of theirs, not another that names them.
        boolean nextToTheirs = q.relative() != Question.Relative.NONE && q.hasAnyWord(TALK_NOUNS);
        Answer inTheirWords = nextToTheirs ? null : mentionedInAParagraph(q, words, sessions, filtered);
        if (inTheirWords != null) {
            return inTheirWords;
        }
        if (!filtered.isEmpty()) {
            sessions = filtered;
        }
        if (q.hasTopic()) {
            List<TopicMatch> theirsRanked = lookup.rank(words, sessions);
            Session mentioning = sessionMentioning(q, words);
            if (mentioning != null && (theirsRanked.isEmpty() || !theirsRanked.get(0).strong())) {
                // "who spoke about X and <a speaker>'s work?": the speaker is part of the topic, not its speaker.
                return aboutTopic(q.withoutPeople(), words);
            }
            List<Session> onTopic = new ArrayList<>(PostLookup.bestOf(theirsRanked));
            if (q.people().size() > 1 && !onTopic.isEmpty()) {
                // "Andrea and Rik both did MM talks, which ones?": each person asked about has a session in the
                // answer; one whose words do not match ("Memory Management" for "MM") but who gave one session
                // that passes the question's filters is taken to mean that one.
                for (Person person : q.people()) {
                    List<Session> own = PostLookup.pool(q, model.sessionsOf(person));
                    if (own.size() == 1 && onTopic.stream().noneMatch(session -> session.speakers().contains(person.id()))) {
                        onTopic.add(own.get(0));
                    }
                }
                onTopic.sort(Comparator.comparingInt(Session::order));
            }
            boolean yesNo = q.opensYesOrNo();
            // A guess at who ("was it Paul who…", "Andrea was the one who…, yes?"), not "did Alex say anything
            // about X", which asks what the post has of them.
            boolean guess = q.checksABelief() || QuestionShape.guessesWho(q) || QuestionShape.claimsWhoGaveIt(q);
            Answer someoneElses = guess && q.target() != Target.SLIDES
                    && !q.hasAnyWord(Set.of("anything", "something")) ? someoneElsesSubject(q, words, sessions) : null;
            if (someoneElses != null) {
                return someoneElses;
            }
            Answer unnamedThing = yesNo && onTopic.size() == 1 ? details.thingNeverNamed(q, words, onTopic) : null;
            if (unnamedThing != null) {
                return unnamedThing; // "did Avi say which guest OSes would get the virtual PMU first?"
            }
            Answer elsewhere = yesNo && onTopic.size() == 1 ? saidOnlyElsewhere(words, onTopic.get(0)) : null;
            if (elsewhere != null && q.checksABelief() && claimsTheSubject(q)) {
                // "Allen Kay's talk was about USB passthrough, wasn't it?": a belief of what their session was
                // about, which the post does answer: it was about something else.
                return Answer.of(elsewhere.text().replaceFirst("^The post does not say so: it ", "No: the post "),
                        elsewhere.sessions());
            }
            if (elsewhere != null) {
                return elsewhere; // "did Paolo say anything about Windows drivers": Windows is another talk's
            }
            List<String> neverSaid = yesNo && !misspeltName(q) ? unknownSubject(q, words) : List.of();
            List<String> unknown = java.util.stream.IntStream.range(0, words.size())
                    .filter(i -> words.get(i).unknown() && i < q.topic().size())
                    .mapToObj(i -> q.topic().get(i).surface()).toList();
            if (onTopic.size() == 1 && !unknown.isEmpty() && q.checksABelief() && !misspeltName(q)
                    && BeliefReadings.restatesTitle(words, onTopic.get(0))) {
                // "bryan ported kvm to freebsd, right?": the rest of the belief is their session's title, so the word
                // the post never has stands where the title has another; what the session was corrects it.
                return Answer.of("No. " + program.personSessions(q, onTopic, false) + " The post never mentions "
                        + String.join(" or ", unknown) + ".", onTopic);
            }
            // "did Kevin Wolf propose a brand-new format from scratch?" is one too: every word of it the post has is
            // in their session's title, so the rest says how, not what else.
            // Not "did juan mention xbzrle compression in his migration talk": what is mentioned is the subject.
            boolean ofTheirTitle = yesNo && onTopic.size() == 1 && BeliefReadings.restatesTitle(words, onTopic.get(0))
                    && !q.hasAnyWord(MENTIONING);
            if ((q.checksABelief() || ofTheirTitle) && onTopic.size() == 1 && !misspeltName(q)
                    && (!neverSaid.isEmpty() || !unknown.isEmpty())) {
                // "so Kevin is writing a totally new format from scratch?": a belief about one session of theirs, in
                // words the post never has. It is no yes; what the post says of that session is the answer, for the
                // asker to set against the belief.
                List<String> said = neverSaid.isEmpty() ? unknown : neverSaid;
                Answer unnamed = beliefs.namesWhatThePostLeavesUnnamed(q, words, onTopic.get(0), said);
                if (unnamed != null) {
                    return unnamed; // "Gerd's USB 3 work is an xHCI controller emulation, right?"
                }
                String text = "The post never mentions " + String.join(" or ", said) + ", so it does not bear"
                        + " that out. It does say: " + program.personSessions(q, onTopic, false);
                // "tsirkin said event indexing cuts exits by 50%, right?": a figure where the paragraph gives none
                // is not set against anything it says ("QEMU 2.0" is, where it says "1.0").
                boolean figureWithoutCounterpart = said.stream()
                        .anyMatch(word -> word.chars().anyMatch(Character::isDigit))
                        && String.join(" ", lookup.paragraphSentences(onTopic.get(0))).chars()
                                .noneMatch(Character::isDigit);
                return figureWithoutCounterpart ? Answer.notInPost(text, onTopic) : Answer.of(text, onTopic);
            }
            if (onTopic.size() == 1 && !unknown.isEmpty() && yesNo && claimsTheSubject(q) && !misspeltName(q)
                    && !q.hasAnyWord(IN_PASSING)) {
                // "Was Bryan Cantrill's session about porting KVM to FreeBSD?": what their session was about answers
                // it, in the post's words where the asker has one the post never uses.
                return Answer.of("No. " + program.personSessions(q, onTopic, false) + " The post never mentions "
                        + String.join(" or ", neverSaid.isEmpty() ? unknown : neverSaid) + ".", onTopic);
            }
            Answer spokenTo = yesNo && !onTopic.isEmpty() && !neverSaid.isEmpty()
                    ? spokenToInOtherWords(q, words, neverSaid) : null;
            if (spokenTo != null) {
                return spokenTo; // "was the licensing question settled properly in Bryan's talk?"
            }
            if (!onTopic.isEmpty() && !neverSaid.isEmpty()) {
                // "did avi compare kvm's market share to vmware": the post never writes the subject, so a sentence
                // with the rest of the question is no yes.
                return Answer.notInPost("The post never mentions " + String.join(" or ", neverSaid) + ", in "
                        + Phrases.names(q.people()) + "'s sessions or anywhere else. It does say: "
                        + program.personSessions(q, onTopic, false), onTopic);
            }
            String denied = yesNo && onTopic.size() == 1 ? sentenceDenying(q, onTopic.get(0)) : null;
            if (denied != null) {
                // "Bryan admitted there's a license violation, right?": "Bryan mentioned there's no violation at all".
                return Answer.of("No. The post says of " + Phrases.described(model, onTopic.get(0)) + ": “" + denied
                        + "”", onTopic);
            }
            if (QuestionShape.guessesWho(q) && onTopic.size() == 1 && q.target() != Target.SLIDES) {
                // "Was it Paul Mackerras who talked about running KVM on POWER7?": a guess at who gave the session
                // the words name above all others; how the asker puts its subject is no detail to check.
                List<TopicMatch> all = lookup.rank(words, q.event().sessions());
                if (!all.isEmpty() && all.get(0).session().equals(onTopic.get(0)) && all.get(0).strong()
                        && (all.size() < 2 || all.get(1).rank() < all.get(0).rank())) {
                    return Answer.of(program.personSessions(q, onTopic, false), onTopic);
                }
            }
            String detail = yesNo && onTopic.size() == 1 ? sentenceWithADetail(onTopic.get(0), words) : null;
            String claimed = detail == null ? null : claimNeverWritten(q, words);
            if (claimed != null) {
                // "is gerd's usb 3 support based on xhci?": the rest is in a sentence, but what it is claimed to be
                // is a word the post never writes.
                return Answer.notInPost("The post never mentions " + claimed + ". It does say: "
                        + program.personSessions(q, onTopic, false), onTopic);
            }
            if (detail != null) {
                // "did Michael Tsirkin's talk cover zero-copy transmit?": a word of the paragraph beyond its title.
                // The yes needs the sentence that says most of what is asked; one shared word is not enough ("did
                // Asias demo booting a Windows guest": the paragraph has guests, never a Windows boot).
                String best = lookup.bestSupported(onTopic.get(0), words);
                // "Avi predicted the ARM port would land in kernel 2.6.40, right?": a figure it lacks is no yes.
                if (index.support(onTopic.get(0), words, best) < PostLookup.DETAIL_SUPPORT || BeliefReadings.figureMissing(q, best)) {
                    String text = "The post does not say so. What it says of " + Phrases.described(model, onTopic.get(0))
                            + ": “" + best + "”";
                    // "kevin wants everyone to switch to QED?": a belief about their session is set against what
                    // the post says of it; a plain question about a detail it lacks is not in the post.
                    return q.checksABelief() && !BeliefReadings.figureMissing(q, best) ? Answer.of(text, onTopic)
                            : Answer.notInPost(text, onTopic);
                }
                String verdict = q.checksABelief() && claimAcrossAContrast(words, best) ? "Not quite. " : "Yes. ";
                return Answer.of(verdict + "The post says of " + Phrases.described(model, onTopic.get(0)) + ": “" + best
                        + "”", onTopic);
            }
            List<String> absent = yesNo && !q.checksABelief() && onTopic.size() == 1
                    ? wordsNotInIt(q, words, onTopic.get(0)) : List.of();
            if (!absent.isEmpty()) {
                // "did alex williamson do a live demo of vfio?": their session, but the paragraph has no word for
                // the rest of what is asked ("live"), so the post does not say so. A detail whose sentence says most
                // of the question ("a question about huge pages": "asked how it interacts with huge pages") was
                // answered above; a belief ("his talk was about virtio-blk, yes?") is answered with their session.
                return Answer.notInPost("The post does not say so: what it says of " + Phrases.described(model,
                        onTopic.get(0)) + " has nothing on " + Phrases.join(absent) + ".", onTopic);
            }
            if (onTopic.isEmpty() && q.relative() == Question.Relative.NONE && q.position() == 0) {
                // "did Alex Williamson say anything about the AMD IOMMU v2 work?", "what did Avi think about
                // post-copy": another's session is on it, and the post does not name them in its paragraph.
                // The question's specific words (few sessions use them) make the subject; none may be theirs.
                List<TopicIndex.Resolved> subject = words.stream()
                        .filter(lookup::isSpecific).toList();
                List<TopicMatch> everyone = subject.isEmpty() ? List.of() : lookup.rank(subject, q.event().sessions());
                boolean noneOfTheirs = !everyone.isEmpty() && everyone.get(0).confidence() == 1f
                        && sessions.stream().allMatch(session -> index.coverage(session, subject) == 0f);
                // A word of someone's name ("de" of Hans de Goede) says whose session, not what about.
                boolean byName = q.topic().stream().anyMatch(token -> nameWords.contains(token.text()));
                // The other's subject, named in its title or lead, not a word in passing ("a common complaint").
                if (!everyone.isEmpty() && noneOfTheirs && !byName
                        && everyone.get(0).prominence() >= TopicIndex.LINK
                        && !theirs.contains(everyone.get(0).session())) {
                    Session other = everyone.get(0).session();
                    // "who did the vfio thing, was it alex graf?", "I remember Gerd doing the SPICE talk, was that
                    // him?": a guess at who, which the other's session corrects.
                    if (yesNo && (QuestionShape.claimsWhoGaveIt(q) || q.checksABelief())
                            || q.target() == Target.SPEAKER || QuestionShape.guessesWho(q)) {
                        // "I remember Kevin Wolf giving the VFIO talk, right?", "Joerg talked about VT-d, didn't
                        // he?": it was someone else's.
                        // Both halves of the belief are corrected: whose the subject was, and what theirs was.
                        List<Session> both = new ArrayList<>(List.of(other));
                        sessions.stream().filter(session -> !both.contains(session)).forEach(both::add);
                        return Answer.of("No: " + Phrases.described(model, other) + " (" + Phrases.shortWhen(other)
                                + "). " + program.personSessions(q, sessions, false), both);
                    }
                    return Answer.notInPost("The post does not say that " + Phrases.names(q.people()) + " spoke of that: it"
                            + " was the subject of " + Phrases.described(model, other) + ".", List.of(other));
                }
            }
            boolean noneInTheirs = !words.isEmpty() && sessions.stream().allMatch(s -> index.coverage(s, words) == 0f);
            // "andrea's talk was about ksm", and "paul talked about KVM on ARM, right": what they spoke on.
            boolean ofTheirTalk = q.words().stream().anyMatch(word -> Cues.SESSION_NOUNS.contains(word.text())
                    || Cues.KEYNOTE.contains(word.text()) || SPOKE_ON.contains(word.text()));
            if (q.checksABelief() && ofTheirTalk && onTopic.isEmpty() && noneInTheirs && !misspeltName(q)) {
                // "andrea's talk was about ksm, wasn't it?": what their talk was about answers the belief. When
                // another session is plainly on the subject ("Rik talked about NUMA policies, right?"), it is said.
                Session other = sessionOnTheSubject(q, words, theirs);
                return other == null ? Answer.of("No. " + program.personSessions(q, sessions, false), sessions)
                        : Answer.of("No. " + program.personSessions(q, sessions, false) + " The post has that in "
                                + Phrases.described(model, other) + " (" + Phrases.shortWhen(other) + ").",
                                java.util.stream.Stream.concat(sessions.stream(), java.util.stream.Stream.of(other))
                                        .toList());
            }
            if (yesNo && onTopic.isEmpty() && noneInTheirs && !misspeltName(q)) {
                // "did Avi's keynote mention Hyper-V or VMware?": no word of it is in what the post says of theirs.
                return Answer.notInPost("The post does not say that " + Phrases.names(q.people()) + " spoke of that. It does say: "
                        + program.personSessions(q, sessions, false), sessions);
            }
            if (!onTopic.isEmpty() && unknownWords(words) > 0 && !misspeltName(q) && yesNo) {
                // "did Kevin Wolf say anything about vmdk in his block format talk": the post never uses the word.
                return Answer.notInPost("The post never mentions that, in " + Phrases.names(q.people())
                        + "'s sessions or anywhere else. It does say: " + program.personSessions(q, onTopic, false), onTopic);
            }
            if (!onTopic.isEmpty()) {
                sessions = onTopic;
            } else if (allUnknown(words) && !misspeltName(q) && !asksTheGist(q)) {
                // "what did Avi say about Hyper-V": the post never uses the word, so it is not what they said.
                return Answer.notInPost("The post never mentions that, in " + Phrases.names(q.people())
                        + "'s sessions or anywhere else. It does say: " + program.personSessions(q, sessions, false),
                        sessions);
            }
        }
        Answer unnamed = details.thingNeverNamed(q, words, sessions);
        if (unnamed != null) {
            return unnamed; // "what software did Alex Graf use for his animations"
        }
        Answer thingNamed = details.thingNamed(q, sessions);
        if (thingNamed != null) {
            return thingNamed; // "which port did Avi say is finally getting some development": "an ARM port"
        }
        Answer others = othersNamedBeside(q, sessions, false);
        if (others != null) {
            return others;
        }
        Answer quantity = details.quantityNeverGiven(q, sessions);
        if (quantity != null) {
            return quantity;
        }
        if (q.relative() != Question.Relative.NONE) {
            // "what did Avi present right after the QEMU keynote": the anchor is the session the topic names.
            Session named = anchorNamedBeside(q, words, theirs);
            // "after Gerd Hoffmann" means after his talk, not after a BOF he sat in; "before Avi's second talk",
            // after the one of his talks in that place.
            List<Session> given = theirs.stream().filter(s -> s.kind() != SessionKind.BOF)
                    .sorted(Comparator.comparingInt(Session::order)).toList();
            Session anchor = named != null ? named
                    : q.position() > 0 && q.position() <= given.size() ? given.get(q.position() - 1)
                    : sessions.stream().filter(s -> s.kind() != SessionKind.BOF).findFirst().orElse(sessions.get(0));
            return program.neighbour(q, anchor);
        }
        if (q.position() != 0) {
            // "the PMU slides from Avi's second talk": his second session of all, a keynote counted as a talk, when
            // the topic or kind left fewer than that.
            List<Session> given = theirs.stream().filter(session -> session.kind() != SessionKind.BOF)
                    .sorted(Comparator.comparingInt(Session::order)).toList();
            if (q.position() > sessions.size() && q.position() <= given.size()
                    && (sessions.isEmpty() || sessions.contains(given.get(q.position() - 1)))) {
                return program.positioned(q.withKind(null), given, "of " + Phrases.names(q.people()) + "'s sessions");
            }
            return program.positioned(q, sessions, "of " + Phrases.names(q.people()) + "'s sessions");
        }
        if (q.opensYesOrNo() && !q.hasTopic() && q.target() != Target.SLIDES) {
            // "did Avi speak on both days?", "did Anthony present twice on day 2?": their sessions say yes or no.
            boolean holds = !filtered.isEmpty() && (!q.repeated() || filtered.size() >= 2)
                    && (!QuestionShape.asksForEveryDay(q) || filtered.stream().map(Session::day).distinct().count()
                            >= q.event().program().days());
            return Answer.of((holds ? "Yes. " : "No. ") + program.personSessions(q, new ArrayList<>(theirs), false),
                    new ArrayList<>(theirs));
        }
        return switch (q.target()) {
            case SLIDES -> program.slides(sessions);
            case TIME -> program.times(sessions);
            case COUNT -> countedTalks(q, sessions);
            case SPEAKER -> q.together()
                    ? together(q.people(), sessions)
                    : Answer.of(program.personSessions(q, sessions, false), sessions);
            default -> withDetail(q, Answer.of(program.personSessions(q, sessions, false), sessions), sessions);
        };
    }

    /**
     * "what was Anthony's concern in the postcopy talk", "who gave the lightning talk related to Rik's work": the
     * person named is not the question's speaker but someone another session's paragraph mentions. That session is
     * the one that passes the question's day, part and kind and matches its topic better than the person's own
     * sessions do (or, without a topic, when none of their own passes the filters). The answer gives it, its
     * speakers, and the paragraph's sentences that name the person. Null when no such session stands out.
     */
    private Answer mentionedInAParagraph(Question q, List<TopicIndex.Resolved> words, List<Session> theirOwn,
            List<Session> theirOwnFiltered) {
        List<Session> mentioning = new ArrayList<>();
        for (Session session : q.event().sessions()) {
            if (PostLookup.passesFilters(q, session) && !theirOwn.contains(session) && !namingSentences(session, q.people()).isEmpty()) {
                mentioning.add(session);
            }
        }
        if (mentioning.isEmpty()) {
            return null;
        }
        Session chosen = null;
        if (q.hasFilters() && theirOwnFiltered.isEmpty() && mentioning.size() == 1) {
            chosen = mentioning.get(0); // "the lightning talk related to Rik's work": Rik gave no lightning talk
        } else if (q.hasTopic()) {
            List<TopicMatch> ranked = lookup.rank(words, mentioning);
            List<TopicMatch> own = lookup.rank(words, theirOwnFiltered.isEmpty() ? theirOwn : theirOwnFiltered);
            boolean namedByTopic = !ranked.isEmpty() && ranked.get(0).prominence() >= TopicIndex.LEAD
                    && (ranked.size() == 1 || ranked.get(1).rank() < ranked.get(0).rank());
            if (namedByTopic && (own.isEmpty() || own.get(0).rank() < ranked.get(0).rank())) {
                chosen = ranked.get(0).session();
            }
        }
        if (chosen == null && q.hasTopic()) {
            chosen = namedWithTheSubject(q, words, mentioning, theirOwn);
        }
        if (chosen == null) {
            return null;
        }
        String quoted = String.join(" ", namingSentences(chosen, q.people()));
        String text = q.target() == Target.SPEAKER
                ? program.speakers(List.of(chosen)).text() + " The post: “" + quoted + "”"
                : "In what the post says of " + Phrases.described(model, chosen) + ": “" + quoted + "”";
        return Answer.of(text, List.of(chosen));
    }

    /**
     * "what was anthony's objection to post-copy": the one session whose sentences naming the person have a
     * specific word of the question (few sessions use it) that none of the person's own sessions has. Null when no
     * one session does.
     */
    private Session namedWithTheSubject(Question q, List<TopicIndex.Resolved> words, List<Session> mentioning,
            List<Session> theirOwn) {
        List<TopicIndex.Resolved> subject = words.stream().filter(word -> lookup.isSpecific(word)
                && theirOwn.stream().allMatch(own -> index.weight(own, word.stems()) == 0f)).toList();
        Session found = null;
        for (Session session : subject.isEmpty() ? List.<Session>of() : mentioning) {
            Set<String> said = PostLookup.stemsOf(String.join(" ", namingSentences(session, q.people())));
            if (subject.stream().anyMatch(word -> said.containsAll(word.stems()))) {
                if (found != null) {
                    return null;
                }
                found = session;
            }
        }
        return found;
    }

    /** The sentences of a session's paragraph that name any of the people, by any form the post uses for them. */
    private List<String> namingSentences(Session session, List<Person> people) {
        List<String> found = new ArrayList<>();
        boolean named = false;
        for (String sentence : lookup.paragraphSentences(session)) {
            // "Anthony wanted to ensure … He also asked for benchmarking results": "he" goes on about them.
            named = people.stream().anyMatch(person -> PostLookup.sentenceNames(sentence, person))
                    || named && sentence.matches("^(He|She|They) .*");
            if (named) {
                found.add(sentence);
            }
        }
        return found;
    }

    /**
     * The session other than the person's own that the question's topic (and day, part, kind) strongly names, to
     * be relative to: "right after the QEMU keynote". Null when the topic names none, or names one of theirs.
     */
    private Session anchorNamedBeside(Question q, List<TopicIndex.Resolved> words, Set<Session> theirs) {
        if (!q.hasTopic() || topicIsTheirs(q)) {
            return null;
        }
        List<Session> others = new ArrayList<>();
        for (Session session : PostLookup.pool(q, q.event().sessions())) {
            if (!theirs.contains(session)) {
                others.add(session);
            }
        }
        List<TopicMatch> ranked = lookup.rank(words, others);
        List<TopicMatch> own = lookup.rank(words, new ArrayList<>(theirs));
        boolean named = !ranked.isEmpty() && ranked.get(0).strong()
                && (own.isEmpty() || own.get(0).rank() < ranked.get(0).rank());
        return named ? ranked.get(0).session() : null;
    }

    /**
     * "Rik van Riel's memory talk", "Rik's memory talk": the topic right after a person's name describes their own
     * session, so it names no other session to be next to.
     */
    private static boolean topicIsTheirs(Question q) {
        List<Token> all = q.words();
        Set<String> topic = new HashSet<>();
        q.topic().forEach(token -> topic.add(token.text()));
        // Any word of each way the post names them: "Rik van Riel's memory talk", "Rik's memory talk".
        Set<String> nameWords = new HashSet<>();
        for (Person person : q.people()) {
            for (String mention : java.util.stream.Stream.concat(java.util.stream.Stream.of(person.name()),
                    person.mentions().stream()).toList()) {
                nameWords.addAll(List.of(mention.toLowerCase(java.util.Locale.ROOT).split("\\s+")));
            }
        }
        for (int i = 0; i + 1 < all.size(); i++) {
            if (nameWords.contains(all.get(i).text()) && topic.contains(all.get(i + 1).text())) {
                return true;
            }
        }
        return false;
    }

    /** Words for coming to a session, as its audience: "how many turned up to the BOF". */
    private static final Set<String> TURNED_UP = Set.of("turned", "showed", "attended", "attend", "came", "audience",
            "attendees", "attendance");

    /**
     * "how many people did the author talk to in the chardev BOF": a BOF's people are those the post names in it, so
     * how many took part besides the post's author is the number it names. Null for any other session, or a BOF
     * where it names nobody else (then it gives no number).
     */
    private Answer namedInABof(Question q, Session session) {
        if (session.kind() != SessionKind.BOF) {
            return null;
        }
        String author = q.event().report().author();
        List<Person> others = model.speakersOf(session).stream().filter(person -> !person.name().equals(author))
                .toList();
        if (others.isEmpty()) {
            return null;
        }
        String named = "The post names " + Phrases.number(others.size()) + " " + (others.size() == 1 ? "person"
                : "people") + " besides its author, " + author + ", in the BOF " + Phrases.quoted(session) + ": "
                + Phrases.names(others) + ".";
        if (q.hasAnyWord(TURNED_UP)) {
            // "how many people turned up to the chardev BOF": an attendance, which the post gives for no session.
            return Answer.notInPost("The post does not say how many attended it. " + named, List.of(session));
        }
        return Answer.of(named + " It gives no other count.", List.of(session));
    }

    /**
     * The one session the question's specific words (few sessions use them) all point to, outside the given ones:
     * whose subject a mistaken belief names. Null when they point nowhere, or to several sessions alike.
     */
    private Session sessionOnTheSubject(Question q, List<TopicIndex.Resolved> words, Set<Session> excluded) {
        List<TopicIndex.Resolved> subject = words.stream()
                .filter(lookup::isSpecific).toList();
        List<TopicMatch> ranked = subject.isEmpty() ? List.of() : lookup.rank(subject, q.event().sessions());
        List<Session> best = PostLookup.bestOf(ranked);
        if (best.size() != 1 || excluded.contains(best.get(0)) || ranked.get(0).confidence() < 1f) {
            return null;
        }
        return best.get(0);
    }

    /**
     * The session the topic strongly matches whose paragraph names one of the question's people without them
     * being among its speakers, or null.
     */
    private Session sessionMentioning(Question q, List<TopicIndex.Resolved> words) {
        List<TopicMatch> ranked = lookup.rank(words, allSessions);
        if (ranked.isEmpty() || !ranked.get(0).strong()) {
            return null;
        }
        Session best = ranked.get(0).session();
        for (Person person : q.people()) {
            if (best.speakers().contains(person.id())) {
                return null;
            }
            for (String form : person.mentions()) {
                if (PostLookup.containsWord(best.summary(), form)) {
                    return best;
                }
            }
        }
        return null;
    }

    /** The topic words between "after" (or "before") and the next question word: what names the anchor session. */
    private static List<Token> anchorPhrase(Question q) {
        List<Token> all = q.words();
        int from = -1;
        for (int i = 0; i < all.size() && from < 0; i++) {
            from = Cues.AFTER.contains(all.get(i).text()) || Cues.BEFORE.contains(all.get(i).text()) ? i : -1;
        }
        if (from < 0) {
            return q.topic();
        }
        int to = all.size();
        for (int k = from + 1; k < all.size() && to == all.size(); k++) {
            to = MainClause.SECOND_QUESTION.contains(all.get(k).text()) ? k : to;
        }
        List<Token> anchor = new ArrayList<>();
        for (Token token : q.topic()) {
            int at = all.indexOf(token);
            if (at > from && at < to) {
                anchor.add(token);
            }
        }
        return anchor.isEmpty() ? q.topic() : anchor;
    }

    /** "Paolo Bonzini gave “virtio-scsi transport” with Stefan Hajnoczi." */
    private Answer together(List<Person> people, List<Session> sessions) {
        Set<String> asked = new HashSet<>();
        people.forEach(p -> asked.add(p.id()));
        List<String> parts = new ArrayList<>();
        for (Session session : sessions) {
            List<String> others = new ArrayList<>();
            for (Person speaker : model.speakersOf(session)) {
                if (!asked.contains(speaker.id())) {
                    others.add(speaker.name());
                }
            }
            String who = Phrases.names(model.speakersOf(session).stream().filter(p -> asked.contains(p.id())).toList());
            parts.add(others.isEmpty()
                    ? who + " " + Phrases.gave(session) + " alone (" + Phrases.shortWhen(session) + ")"
                    : Phrases.join(others) + " " + Phrases.gave(session) + " with " + who
                            + " (" + Phrases.shortWhen(session) + ")");
        }
        return Answer.of(String.join("; ", parts) + ".", sessions);
    }

    // ---------------------------------------------------------------- topics

    /**
     * "was there a BOF on live migration?", "there was also a keynote on AHCI, right?": whether there was a session of
     * one kind on a subject, when the post's sessions on it, of its day and part, are all of other kinds. No "yes"
     * with the talks: the post describes no session of that kind on it, and the ones it does describe follow. Null
     * when the question asks no such thing or the words name no session surely.
     */
    private Answer noneOfTheKind(Question q, List<TopicMatch> matches) {
        boolean whether = q.opensYesOrNo() || QuestionShape.asksWhetherThereIs(q.words()) || q.checksABelief();
        if (q.kind() == null || !whether || !q.people().isEmpty() || matches.isEmpty() || !matches.get(0).strong()) {
            return null;
        }
        List<Session> best = PostLookup.bestOf(matches).stream()
                .filter(session -> session.eventId().equals(q.event().id())).toList();
        Question anyKind = q.withKind(null);
        if (best.isEmpty() || best.stream().anyMatch(session -> session.kind() == q.kind()
                || !PostLookup.passesFilters(anyKind, session))) {
            return null;
        }
        List<String> described = best.stream().map(session -> Phrases.described(model, session) + " ("
                + Phrases.shortWhen(session) + ")").toList();
        return Answer.notInPost("The post describes no " + Phrases.kindNoun(q.kind()) + " on that, only "
                + Phrases.join(described) + ".", best);
    }

    private Answer aboutTopic(Question q, List<TopicIndex.Resolved> words) {
        List<Session> onTheSubject = sessionsOnASubject(q);
        if (onTheSubject.size() >= 2) {
            return aboutChosen(q, onTheSubject); // "which talks were about storage?": every talk on a part of it
        }
        List<Session> several = lookup.severalNamed(q);
        if (several.size() >= 2) {
            return aboutChosen(q, several); // "who gave the AHCI and USB talks?": each of them
        }
        if (q.relative() != Question.Relative.NONE) {
            // "right after the QEMU keynote on day 2, who took the stage": the session to be next to is named after
            // "after"; "took the stage" is what is asked of the next one.
            List<Token> anchor = anchorPhrase(q);
            if (anchor.size() < q.topic().size()) {
                q = q.withTopic(anchor);
                words = lookup.resolve(anchor);
            }
        }
        List<TopicMatch> matches = lookup.rank(words, allSessions);
        Answer modified = (q.opensYesOrNo() || QuestionShape.asksWhetherThereIs(q.words())) ? kindNeverNamed(q, words, matches) : null;
        if (modified != null) {
            return modified;
        }
        List<TopicMatch> inPool = new ArrayList<>();
        for (TopicMatch match : matches) {
            if (match.session().eventId().equals(q.event().id()) && PostLookup.passesFilters(q, match.session())) {
                inPool.add(match);
            }
        }
        // "the kvm tool talk was on day 2, right?": the day is the claim. The session the words name best across
        // the event is checked against it, not the best of that day's ("management tools" in a day-2 talk).
        // Of the kind asked, when one is: "the QEMU keynote was on day 1?" checks the keynote, not a talk on QEMU.
        SessionKind kindAsked = q.kind();
        List<TopicMatch> ofTheKind = kindAsked == null ? matches : matches.stream()
                .filter(match -> match.session().kind() == kindAsked).toList();
        boolean dayClaimed = q.opensYesOrNo() && q.position() == 0 && (q.day() != 0 || q.part() != null)
                && !ofTheKind.isEmpty() && ofTheKind.get(0).strong() && !inPool.contains(ofTheKind.get(0))
                && (inPool.isEmpty() || inPool.get(0).rank() < ofTheKind.get(0).rank()
                        || kindAsked != null && inPool.get(0).session().kind() != kindAsked);
        if (dayClaimed && ofTheKind.get(0).session().eventId().equals(q.event().id())) {
            return whenChecked(q, List.of(ofTheKind.get(0).session()));
        }
        // "the keynote on virtio-scsi" had no keynote on it; the talk on it is still the answer.
        boolean filtersHold = !inPool.isEmpty() && inPool.get(0).strong();
        Answer otherKind = filtersHold ? null : noneOfTheKind(q, matches);
        if (otherKind != null) {
            return otherKind; // "was there a BOF on live migration?": talks, no BOF
        }
        // A question that names its event by year is about that event's sessions only, matched or not.
        List<TopicMatch> usable = filtersHold || QuestionShape.namesItsYear(q) ? inPool : matches;
        boolean strong = !usable.isEmpty() && usable.get(0).strong();
        // A long question in its own words may still use two of one paragraph's specific words ("merging the best
        // of QED and FVD"): they single the session out though most of the question's words are not the post's.
        Session specific = strong ? null : index.specificMatch(words, usable.stream().map(TopicMatch::session).toList());
        specific = specific == null ? null : titledByAnother(q, words, specific);
        // "copying a running guest's disk": every word of one title, said in the field's other words.
        Session singled = strong || specific != null ? specific
                : index.titleSaid(words, usable.stream().map(TopicMatch::session).toList());
        if (singled != null) {
            usable = new ArrayList<>(usable);
            usable.sort(Comparator.comparing((TopicMatch m) -> !m.session().equals(singled)));
        }
        if (!strong && singled == null || namesSomeoneUnknown(q, words)) {
            // Not a session; maybe something the post says about the event ("who is <someone the post names outside its sessions>").
            EventFact fact = factMentioning(q.topic());
            Session meant = fact == null ? null : sessionMeantSurely(q);
            if (meant != null && saysMoreOf(meant, words, EventAnswers.answer(fact, q.event(), q.day(),
                    PostLookup.contentStems(q.words())).text())) {
                // "qemu and usb 3 - what's the story": one word ("story") is in a sentence about the event, but the
                // whole question is surely about a session, whose paragraph has more of its words: the session is
                // the answer. Not "virtio was designed at the forum?", all of whose words that sentence has.
                fact = null;
            }
            if (fact != null && q.namedTalk() && (q.target() == Target.SPEAKER || q.target() == Target.SESSION)) {
                // "who gave the talk on tracing guests": the post says it of the event, so no session was on it.
                Answer answer = EventAnswers.answer(fact, q.event(), q.day(), PostLookup.contentStems(q.words()));
                return Answer.notInPost("The post describes no session on that. It mentions it only in what it says"
                        + " of the event: " + answer.text(), List.of());
            }
            if (fact != null) {
                Answer answer = EventAnswers.answer(fact, q.event(), q.day(), PostLookup.contentStems(q.words()));
                return answer.answered() ? notTheValueAsked(q.withFact(fact), answer) : answer;
            }
            // A word written as a name the post never has ("Linus", "Hyper-V") is not matched by meaning: the
            // model would find the nearest session for a name as readily as for a topic.
            if (namesSomeoneUnknown(q, words)) {
                return Answer.notInPost("The post never mentions that name: none of its sessions is by or about it.",
                        List.of());
            }
            EventFact asked = usable.isEmpty() || !usable.get(0).strong() ? meaning.factByMeaning(q) : null;
            if (asked != null) {
                // "what bigger conference was it attached to": no session, but a fact of the event, in other words.
                Answer answer = EventAnswers.answer(asked, q.event(), q.day(), PostLookup.contentStems(q.words()));
                return answer.answered() ? notTheValueAsked(q.withFact(asked), answer) : answer;
            }
            // One word the post never uses ("s390", "KSM") describes nothing a meaning could be matched on; nor does
            // a subject it never names beside its common words ("real-time KVM").
            if (words.size() == 1 && allUnknown(words) || asksOfSomethingUnknown(words)) {
                return Answer.notInPost(neverMentioned(q, words), suggestions(matches));
            }
            // "the nested virtualization talk": one word the post never uses, naming a kind of what the post mentions
            // only in passing. (A question put wholly in other words, "handing a real GPU to a VM", has several.)
            if (unknownWords(words) == 1 && unknownBeforeKnown(words) && !usable.isEmpty()
                    && index.onlyInPassing(usable.get(0).session(), words)) {
                return inPassing(q, words, usable.get(0).session());
            }
            // Tied by the share of the words they have; which of them has the words more centrally is the meaning's
            // to weigh with the rest of the question.
            List<Session> tiedByWords = new ArrayList<>();
            for (TopicMatch match : usable) {
                if (match.confidence() == usable.get(0).confidence()) {
                    tiedByWords.add(match.session());
                }
            }
            Session byMeaning = sessionByMeaning(q, usable.isEmpty() ? null : usable.get(0).session(), tiedByWords,
                    words);
            if (byMeaning != null) {
                Answer unnamed = details.thingNeverNamed(q, words, List.of(byMeaning));
                return unnamed != null ? unnamed : aboutChosen(q, List.of(byMeaning));
            }
            Answer quoted = q.target() == Target.SESSION ? meaning.quoteByMeaning(q) : null;
            if (quoted != null) {
                return quoted;
            }
            return Answer.notInPost(notFound(q), suggestions(matches));
        }
        TopicMatch best = usable.get(0);
        Answer definition = whatItIs(q, words);
        if (definition != null) {
            return definition;
        }
        // A talk named by its topic alone must be about it; one picked by kind, day or part need only mention it.
        boolean pickedByFilters = q.hasFilters() && filtersHold;
        // "any storage talks?": a session that says "storage" in passing ranks first, but others close behind are
        // about it in the field's other words ("block"): those are the talks on it.
        List<Session> aboutIt = new ArrayList<>();
        if (!pickedByFilters && singled == null && index.onlyInPassing(best.session(), words)) {
            for (Session session : PostLookup.bestOf(usable)) {
                if (!index.onlyInPassing(session, words)) {
                    aboutIt.add(session);
                }
            }
        }
        if (!aboutIt.isEmpty()) {
            usable = usable.stream().filter(match -> aboutIt.contains(match.session())).toList();
            best = usable.get(0);
        }
        if (!pickedByFilters && unknownBeforeKnown(words) && index.onlyInPassing(best.session(), words)) {
            // "the nested virtualization talk", "KSM / same-page merging": the subject is a word the post never
            // uses, and what it does use comes up only in passing. Not "what does event indexing cut down on":
            // words the post lacks after its subject ask something of it.
            return inPassing(q, words, best.session());
        }
        if (q.namedTalk() && !pickedByFilters && index.onlyInPassing(best.session(), words)) {
            // "a talk on GPU passthrough": the word is in passing in one paragraph, but the meaning may name the talk.
            Session byMeaning = sessionByMeaning(q, null, List.of(), words);
            // "who did the qcow3 talk": every word the post's, few sessions use them, and the meaning finds the same
            // session: the asker names it by what it was about, said in passing or not.
            boolean sameByMeaning = !hasUnknownWord(words) && words.stream().allMatch(word -> word.typo()
                    || index.isSpecific(word)) && leadsByDetail(q, best.session());
            if (sameByMeaning) {
                return aboutChosen(q, List.of(best.session()));
            }
            return byMeaning != null && !byMeaning.equals(best.session())
                    ? aboutChosen(q, List.of(byMeaning)) : inPassing(q, words, best.session());
        }
        List<Session> chosen = singled != null ? List.of(singled) : PostLookup.bestOf(usable);
        if (singled == null && !pickedByFilters && chosen.size() == 1 && q.people().isEmpty()) {
            Session arbitrated = meaningBreaksTheTie(q, usable, chosen.get(0));
            chosen = arbitrated != null ? List.of(arbitrated) : chosen;
        }
        if ((q.target() == Target.LIST || QuestionShape.asksForSeveral(q)) && q.position() == 0
                && q.relative() == Question.Relative.NONE) {
            chosen = alsoCloseInMeaning(q, usable, chosen);
        }
        // "what followed the qdev talk" asks for its neighbour, not a thing of it.
        boolean ofItself = q.relative() == Question.Relative.NONE;
        Answer nothingOfItsOwn = chosen.size() == 1 && ofItself ? saidNothingOfIt(q, words, chosen.get(0)) : null;
        if (nothingOfItsOwn != null) {
            return nothingOfItsOwn; // "what was said in the BOF on moving QEMU away from C?"
        }
        String thing = q.target() == Target.SESSION && chosen.size() == 1 && ofItself ? details.askedThing(q) : null;
        Answer neverNamed = thing != null && !DetailReadings.QUANTITY_NOUNS.contains(thing)
                && details.sentenceLeavingUnnamed(chosen.get(0), thing, q) != null
                ? details.thingNeverNamed(q, words, chosen) : null;
        if (neverNamed != null) {
            // "what is the in-kernel SCSI target called": the paragraph has the thing, and never by name. (Null when
            // the verb asked about has the thing as its object: then the paragraph names it after all.)
            return neverNamed;
        }
        if (thing != null) {
            // "which distros carry the flow control patches": the paragraph may name the thing in other words
            // ("RHEL and Fedora"); a sentence of it this close answers before the thing's own word is looked for.
            Answer close = meaning.quoteFromParagraph(q, chosen.get(0), true, SemanticIndex.SENTENCE_MATCH);
            if (close != null && details.namesSomethingNew(close.text(), q, chosen.get(0))) {
                return close;
            }
        }
        Answer unnamed = details.thingNeverNamed(q, words, chosen);
        if (unnamed != null) {
            return unnamed;
        }
        // "was there …", "anything about …", "does the SmartOS port …": not "somebody gave a talk on …, who was that".
        boolean whether = q.target() == Target.SESSION && (q.opensYesOrNo() || QuestionShape.asksWhetherThereIs(q.words())
                && q.words().stream().noneMatch(word -> MainClause.SECOND_QUESTION.contains(word.text())));
        Answer elsewhere = whether && chosen.size() == 1 ? saidOnlyElsewhere(words, chosen.get(0)) : null;
        if (elsewhere == null && q.opensYesOrNo() && chosen.size() == 1
                && sentenceWithADetail(chosen.get(0), words) != null) {
            // "did AHCI beat virtio-blk?": a detail beyond the title, quoted from the sentence that says most of it;
            // the post's words, not a yes or a no of ours, answer how it compared.
            String said = lookup.bestSupported(chosen.get(0), words);
            if (said != null && index.support(chosen.get(0), words, said) >= PostLookup.DETAIL_SUPPORT) {
                return Answer.of("The post says of " + Phrases.described(model, chosen.get(0)) + ": “" + said + "”",
                        chosen);
            }
        }
        if (elsewhere != null) {
            // "did any speaker bring up experiences from Xen": another session has every specific word, so it is
            // the one asked about; otherwise "does the SmartOS port work on AMD CPUs": AMD is only another talk's.
            Session all = onlySessionWithAll(words);
            if (all != null && !all.equals(chosen.get(0))) {
                return aboutChosen(q, List.of(all));
            }
            String ownName = beliefs.sentenceWithItsOwnName(q, chosen.get(0));
            if (ownName != null) {
                // "The default POWER7 firmware can only run Xen, right?": "… which can only run pHype".
                return Answer.of("No. The post says of " + Phrases.described(model, chosen.get(0)) + ": “" + ownName
                        + "”", chosen);
            }
            return elsewhere;
        }
        if (q.target() == Target.SESSION && chosen.size() == 1 && ofItself && details.askedThing(q) != null) {
            // "which popular OS doesn't support AHCI, per the AHCI talk": a detail of the session, in its paragraph.
            Answer detail = meaning.quoteFromParagraph(q, chosen.get(0), true);
            if (detail != null) {
                return detail;
            }
        }
        return aboutChosen(q, chosen);
    }


    /**
     * "what's Illumos?", "what is QOM": a question for what something is, about a word the post uses, is answered by
     * the post's first sentence that has every word of the topic, quoted. Null for any other question, or when no
     * sentence has them all.
     */
    private Answer whatItIs(Question q, List<TopicIndex.Resolved> words) {
        if (q.relative() != Question.Relative.NONE) {
            return null; // "what followed the qdev talk": the session next to it, not what qdev is
        }
        List<Token> all = q.words();
        // "what's Illumos" reads as "what Illumos": the possessive-looking 's is dropped with the apostrophe.
        boolean whatIs = all.size() > 1 && (all.get(0).text().equals("whats")
                || all.get(0).text().equals("what") && (Set.of("is", "are", "s").contains(all.get(1).text())
                || !q.topic().isEmpty() && q.topic().get(0).text().equals(all.get(1).text())));
        // "explain post-copy migration like the post does", "how does the current device assignment work": how the
        // post puts it, in the first sentence with all of it.
        boolean explain = all.stream().anyMatch(word -> word.text().equals("explain"))
                || all.size() > 3 && all.get(0).text().equals("how") && Set.of("does", "do").contains(all.get(1).text())
                && Set.of("work", "works").contains(all.get(all.size() - 1).text());
        if (!whatIs && !explain || q.target() != Target.SESSION || words.isEmpty() || hasUnknownWord(words)
                || words.size() > (explain ? 4 : 2)) {
            return null;
        }
        for (String sentence : q.event().sentences()) {
            Set<String> stems = PostLookup.stemsOf(sentence);
            boolean hasAll = words.stream().allMatch(word -> word.stems().stream().anyMatch(stems::contains));
            if (hasAll) {
                return Answer.of("The post says: “" + sentence + "”", PostLookup.sessionsQuoting(q.event(), sentence));
            }
        }
        return null;
    }

    /**
     * "which talks were about storage?", "gimme every storage / block layer talk": a list asked for by a broad subject
     * of the field ({@link FieldCategories}) is every session whose title, slides or opening sentence names a part
     * of it ("block", "SCSI", "AHCI"), in the program's order. Empty for any other question.
     */
    private List<Session> sessionsOnASubject(Question q) {
        // "which talks …", "every storage talk": sessions, in the plural or all of them.
        boolean asksForSessions = q.target() == Target.LIST
                || q.words().stream().anyMatch(word -> Cues.PLURAL_SESSIONS.contains(word.text()))
                || q.hasAnyWord(Set.of("every", "all")) && q.hasAnyWord(Cues.SESSION_NOUNS);
        if (!asksForSessions || !q.people().isEmpty() || q.position() != 0 || q.relative() != Question.Relative.NONE
                || !q.hasTopic()) {
            return List.of();
        }
        // A word most sessions have ("porting kvm to other platforms") says nothing of which subject is asked.
        List<String> subject = q.topic().stream().map(Token::text)
                .filter(word -> index.rarity(Stems.of(word)) >= TopicIndex.COMMON_RARITY || !index.known(Stems.of(word)))
                .toList();
        Set<String> members = categories.membersOf(subject);
        List<Session> found = new ArrayList<>();
        for (Session session : PostLookup.pool(q, q.event().sessions())) {
            if (members.stream().anyMatch(stem -> index.weight(session, List.of(stem)) >= TopicIndex.LEAD)) {
                found.add(session);
            }
        }
        return found;
    }

    /**
     * "how many talks did anthony liguori give?": the talks and keynotes a person gave, not the BOFs they took part
     * in, which the count then says apart; any other count of their sessions counts them all.
     */
    private Answer countedTalks(Question q, List<Session> sessions) {
        boolean talksGiven = q.kind() == null && q.people().size() == 1
                && q.hasAnyWord(Set.of("talks", "presentations", "talk"))
                && q.hasAnyWord(Set.of("give", "gave", "given", "present", "presented", "deliver", "delivered", "do",
                        "did", "hold", "held"));
        List<Session> given = sessions.stream().filter(s -> s.kind() != SessionKind.BOF).toList();
        if (!talksGiven || given.isEmpty()) {
            return Answer.of(program.personSessions(q, sessions, true), sessions);
        }
        List<Session> bofs = sessions.stream().filter(s -> s.kind() == SessionKind.BOF).toList();
        Person person = q.people().get(0);
        List<String> named = given.stream().map(s -> Phrases.named(s) + " (" + Phrases.shortWhen(s) + ")").toList();
        List<Session> shown = new ArrayList<>(given);
        shown.addAll(bofs);
        // "how many talks did Anthony give?": the talks counted in words; the BOFs they sat in, if any, beside.
        return Answer.of(person.name() + " gave " + Phrases.number(given.size()) + (given.size() == 1 ? " talk: "
                : " talks: ") + Phrases.join(named) + "." + (bofs.isEmpty() ? "" : " Besides, " + person.firstName()
                + " took part in " + Phrases.number(bofs.size()) + (bofs.size() == 1 ? " BOF." : " BOFs.")), shown);
    }

    /** What the question asks of the sessions its topic picked. */
    private Answer aboutChosen(Question q, List<Session> chosen) {
        if (q.relative() != Question.Relative.NONE) {
            return program.neighbour(q, chosen.get(0));
        }
        if (q.position() != 0 && chosen.size() > 1) {
            List<Session> inOrder = new ArrayList<>(chosen);
            inOrder.sort(Comparator.comparingInt(Session::order));
            return program.positioned(q, inOrder, "of the sessions on it");
        }
        if (QuestionShape.opensWithHowMany(q) && ProgramAnswers.countsPeople(q) && chosen.size() == 1 && !chosen.get(0).speakers().isEmpty()) {
            // "how many people gave the virtio-scsi talk, and who?": its speakers, counted and named.
            Session session = chosen.get(0);
            int n = session.speakers().size();
            return Answer.of(Phrases.capitalised(Phrases.number(n)) + (n == 1 ? " person: " : " people: ")
                    + Phrases.speakers(model, session) + ", in " + Phrases.quoted(session) + " ("
                    + Phrases.shortWhen(session) + ").", chosen);
        }
        if (q.target() != Target.COUNT && q.target() != Target.LIST && QuestionShape.opensWithHowMany(q)) {
            // A count the program does not hold ("how many talks were submitted") is not a session.
            return Answer.notInPost("The post gives no number for that. The closest it has: "
                    + program.sessionsSentence(chosen), chosen);
        }
        Answer checked = whenChecked(q, chosen);
        if (checked != null) {
            return checked;
        }
        if (q.target() == Target.SPEAKER && chosen.size() == 1 && q.people().isEmpty()) {
            Answer others = othersNamedBeside(q, chosen, false);
            if (others != null) {
                return others;
            }
        }
        if (q.target() == Target.SPEAKER && chosen.size() == 1) {
            Answer detail = whoDidIt.personForADetail(q, chosen.get(0));
            if (detail != null) {
                return detail;
            }
        }
        return switch (q.target()) {
            case SPEAKER -> program.speakers(chosen);
            case SLIDES -> program.slides(chosen);
            case TIME -> program.times(chosen);
            default -> {
                Answer unsaid = detailNotSaid(q, chosen);
                yield unsaid != null ? unsaid : withDetail(q, Answer.of(program.sessionsSentence(chosen), chosen), chosen);
            }
        };
    }

    /** Where a sentence turns: "…are static; he wants to make them dynamic", "…, but …", "instead of". */
    private static final java.util.regex.Pattern CONTRAST = java.util.regex.Pattern.compile(
            "(?i)\\s*;\\s*|,?\\s+but\\s+|\\s+instead of\\s+|\\s+rather than\\s+|\\s+as opposed to\\s+");

    /**
     * "andrea wants NUMA policies to stay static, right?" against "Current NUMA policies are static; he wants to
     * make them dynamic": the claim's first word (its verb) and its last (what it claims) are both in the sentence,
     * but on the two sides of a turn in it, so the sentence says something else of the one than of the other.
     */
    private boolean claimAcrossAContrast(List<TopicIndex.Resolved> words, String sentence) {
        String[] clauses = CONTRAST.split(sentence);
        if (clauses.length < 2 || words.size() < 2) {
            return false;
        }
        int first = clauseWith(clauses, words.get(0));
        int last = clauseWith(clauses, words.get(words.size() - 1));
        return first >= 0 && last >= 0 && first != last;
    }

    /** The index of the first clause that has the word, or -1. */
    private static int clauseWith(String[] clauses, TopicIndex.Resolved word) {
        for (int i = 0; i < clauses.length; i++) {
            Set<String> stems = PostLookup.stemsOf(clauses[i]);
            if (!word.stems().isEmpty() && stems.containsAll(word.stems())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * For a list by topic ("which talks were about memory management"): the words' best matches, and each other
     * session with some of the topic's words whose meaning is near the best one's (within {@link #LIST_CLOSE},
     * from {@link #LIST_FLOOR}). One session may carry the topic in its title and another only in its paragraph's
     * other words ("memory utilisation" for "memory management"); the two retrievers together find both, where
     * the words alone rank the second far below. Without the model, the words' choice stands.
     */
    private List<Session> alsoCloseInMeaning(Question q, List<TopicMatch> usable, List<Session> chosen) {
        // By detail: the second session often touches the topic in one sentence of a paragraph about more.
        List<SemanticIndex.Scored<Session>> ranked = semantic.sessionsByDetail(reader.withoutEventName(q));
        float best = 0f;
        for (SemanticIndex.Scored<Session> scored : ranked) {
            if (chosen.contains(scored.item())) {
                best = Math.max(best, scored.score());
            }
        }
        List<Session> wider = new ArrayList<>(chosen);
        for (SemanticIndex.Scored<Session> scored : ranked) {
            boolean close = scored.score() >= LIST_FLOOR && scored.score() >= best - LIST_CLOSE;
            if (!close || wider.size() >= PostLookup.MAX_MATCHES) {
                break;
            }
            boolean sharesWords = usable.stream().anyMatch(m -> m.session().equals(scored.item()));
            if (sharesWords && !wider.contains(scored.item())) {
                wider.add(scored.item());
            }
        }
        return wider;
    }

    /** Whether words that look like an event-fact question really name a session ("who wrote the virtio-scsi spec"). */
    private boolean topicIsASession(Question q, List<TopicIndex.Resolved> words) {
        if (!q.hasTopic()) {
            return false;
        }
        List<TopicMatch> ranked = lookup.rank(words, allSessions);
        return !ranked.isEmpty() && ranked.get(0).strong()
                && ranked.get(0).prominence() >= SESSION_OVER_FACT_PROMINENCE;
    }

    /** "the Xen talk": the word is in the post, but only in passing in one session's paragraph. */
    private Answer inPassing(Question q, List<TopicIndex.Resolved> words, Session session) {
        List<String> surfaces = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (String stem : words.get(i).stems()) {
                if (index.weight(session, List.of(stem)) > 0f) {
                    // The post's spelling of the word asked, else the post's word for it: never the user's text.
                    String asked = index.postSpelling(q.topic().get(i).text());
                    surfaces.add(asked != null && !words.get(i).typo() ? asked : index.surface(stem));
                }
            }
        }
        String topic = String.join(" ", surfaces);
        // The subject as asked ("nested virtualization"), letters and digits only since it is the user's text.
        List<String> asked = new ArrayList<>();
        for (Token token : q.topic()) {
            asked.add(token.text().replaceAll("[^\\p{L}\\p{N}-]", ""));
        }
        if (q.words().stream().anyMatch(word -> Cues.mentioning(word.text()))) {
            // "any talk touching snapshots?": a mention is what is asked, and a mention in passing is one.
            String said = lookup.bestSupported(session, words);
            return Answer.of("Yes, in passing: " + topic + " comes up in " + Phrases.described(model, session) + " ("
                    + Phrases.shortWhen(session) + ")" + (said == null ? "." : ". The post says: “" + said + "”"),
                    List.of(session));
        }
        String passing = topic + " comes up only in passing, in " + Phrases.described(model, session) + ".";
        if (q.target() == Target.SPEAKER && QuestionShape.agentVerb(q) != null) {
            // "who invented FVD?": who did it, which a passing mention does not say.
            return Answer.notInPost(WhoDidIt.WHO_NOT_SAID + QuestionShape.verbPhrase(q) + ": " + passing, List.of(session));
        }
        String kind = q.kind() == null ? "talk" : Phrases.kindNoun(q.kind());
        String subject = String.join(" ", asked).trim();
        String article = !subject.isEmpty() && "aeiou".indexOf(subject.charAt(0)) >= 0 ? "an " : "a ";
        return Answer.notInPost("The post does not mention " + article + subject + " " + kind + ": " + passing,
                List.of(session));
    }

    /** Whether a topic word is a misspelling of a word of the named people's names ("Marcelo Tossati"). */
    private static boolean misspeltName(Question q) {
        for (Token token : q.topic()) {
            for (Person person : q.people()) {
                for (String part : person.name().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                    // Two typos at most in all, as the people directory reads names ("tossati").
                    if (org.kvmforum.bot.search.EditDistance.distance(token.text(), part, 2) <= 2) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether a word the post never uses stands right before one it uses: "nested virtualization", "KSM same-page". */
    private static boolean unknownBeforeKnown(List<TopicIndex.Resolved> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).unknown() && !words.get(i + 1).unknown()) {
                return true;
            }
        }
        return false;
    }

    /** Whether some word of the topic is one the post never uses, even as a typo. */
    private static boolean hasUnknownWord(List<TopicIndex.Resolved> words) {
        return unknownWords(words) > 0;
    }

    /** How many words of the topic the post never uses, even as a typo. */
    private static int unknownWords(List<TopicIndex.Resolved> words) {
        int unknown = 0;
        for (TopicIndex.Resolved word : words) {
            unknown += word.unknown() ? 1 : 0;
        }
        return unknown;
    }

    /** Words between "was there" and the thing asked about: "was there any hackathon". */
    private static final Set<String> THERE_WAS_FILLERS = Set.of("a", "an", "any", "some", "also", "ever", "actually");

    /**
     * "Was there a hackathon or coding day attached to the forum?": whether there was a thing, named by a word the
     * post never uses (no typo of one of its words), is answered by the post never mentioning it; the words after it
     * ("attached to the forum", "with the QEMU maintainers") do not make it a session that has them. Null when the
     * question asks whether there was a session or a person, or names something the post has.
     */
    private Answer thereWasSomethingUnknown(Question q, List<TopicIndex.Resolved> words) {
        List<Token> all = q.words();
        if (all.size() < 3 || !Set.of("was", "were").contains(all.get(0).text())
                || !all.get(1).text().equals("there")) {
            return null;
        }
        int at = 2;
        while (at < all.size() && THERE_WAS_FILLERS.contains(all.get(at).text())) {
            at++;
        }
        if (at >= all.size() || !Cues.isAThing(all.get(at).text())) {
            return null;
        }
        String thing = all.get(at).text();
        for (int i = 0; i < q.topic().size() && i < words.size(); i++) {
            if (q.topic().get(i).text().equals(thing)) {
                return words.get(i).unknown() && !words.get(i).typo()
                        ? Answer.notInPost("The post never mentions a " + all.get(at).surface() + ".", List.of())
                        : null;
            }
        }
        return null;
    }

    /** "The post never mentions s390": the topic's words the post never uses, as asked, made safe to echo. */
    private String neverMentioned(Question q, List<TopicIndex.Resolved> words) {
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < words.size() && i < q.topic().size(); i++) {
            String word = q.topic().get(i).surface().replaceAll("[^\\p{L}\\p{N} .+#/-]", "");
            // Each once: "zork zork zork" (or "# of" many times) is one word the post never uses, not a list of them.
            if (words.get(i).unknown() && !unknown.contains(word)) {
                unknown.add(word);
            }
        }
        return unknown.isEmpty() ? notFound(q)
                : "The post never mentions " + String.join(" or ", unknown) + ", so none of its sessions is on that.";
    }

    /** Whether every word of the topic is one the post never uses, even as a typo. */
    private static boolean allUnknown(List<TopicIndex.Resolved> words) {
        for (TopicIndex.Resolved word : words) {
            if (!word.unknown()) {
                return false;
            }
        }
        return !words.isEmpty();
    }

    /**
     * Whether the topic has a word written as a name ("Linus") that the post does not have: the question is
     * about someone the post never mentions, however close the word is to something it does ("links").
     */
    private boolean namesSomeoneUnknown(Question q, List<TopicIndex.Resolved> words) {
        for (int i = 0; i < words.size(); i++) {
            Token token = q.topic().get(i);
            // "the SCSI-for-guests talk": a compound of the post's words is a description, not a name.
            boolean compoundOfKnown = token.parts().size() > 1 && token.parts().stream()
                    .anyMatch(part -> !Cues.STOP.contains(part) && index.known(Stems.of(part)));
            // A word the post's prose has outside its sessions ("Vancouver", "NAPI") names no one the post lacks.
            boolean inTheProse = grounding.inTheProse(q.event(), Stems.of(token.text()));
            if (token.writtenAsName() && words.get(i).unknown() && !compoundOfKnown && !inTheProse) {
                return true;
            }
        }
        return false;
    }

    /**
     * The session the question is about by meaning, when the words did not find it ("handing a real GPU to a VM"):
     * the dense index's best session, if {@link SemanticIndex#confident} of it (the words' best weak match agreeing
     * counts), and passes the question's day, part and kind. Null otherwise, or without the model.
     */
    /**
     * "talk on passing a GPU straight through to a VM": the session with most of the words ("pass-through" and
     * "guests" in the PMU talk) and the session the words name most centrally (graphics and assignment in a title)
     * differ. The meaning of the whole question, when it clearly prefers the second, decides; null when the two
     * lexical leaders agree or the meaning does not clearly prefer the second.
     */
    private Session meaningBreaksTheTie(Question q, List<TopicMatch> usable, Session byShare) {
        TopicMatch byRank = usable.stream().max(Comparator.comparing(TopicMatch::rank)).orElse(null);
        if (byRank == null || byRank.session().equals(byShare)) {
            return null;
        }
        List<SemanticIndex.Scored<Session>> ranked = inQuestionsPool(q, semantic.sessions(reader.withoutEventName(q)));
        if (ranked.isEmpty() || !ranked.get(0).item().equals(byRank.session())
                || ranked.get(0).score() < SemanticIndex.SESSION_MATCH) {
            return null;
        }
        float shareScore = ranked.stream().filter(scored -> scored.item().equals(byShare)).map(SemanticIndex.Scored::score)
                .findFirst().orElse(0f);
        return ranked.get(0).score() - shareScore >= 2 * SemanticIndex.SESSION_MARGIN ? byRank.session() : null;
    }

    private Session sessionByMeaning(Question q, Session bestByWords, List<Session> tiedByWords,
            List<TopicIndex.Resolved> words) {
        String text = reader.withoutEventName(q);
        List<SemanticIndex.Scored<Session>> ranked = inQuestionsPool(q, semantic.sessions(text));
        Session whole = SemanticIndex.confident(ranked, bestByWords).orElse(null);
        if (whole != null && !tiedByWords.isEmpty() && !tiedByWords.contains(whole)) {
            // "which talk complained that KVM has basically no marketing?": the words' best (two keynotes, one word
            // each) is not the whole question's nearest session, but one sentence of theirs is nearer still. The
            // sentence and the words agreeing outweigh the paragraph alone.
            List<SemanticIndex.Scored<Session>> byDetail = inQuestionsPool(q, semantic.sessionsByDetail(text));
            Session detail = SemanticIndex.confident(byDetail).orElse(null);
            if (detail != null && tiedByWords.contains(detail) && byDetail.get(0).score() > ranked.get(0).score()) {
                return detail;
            }
        }
        if (whole == null) {
            // "which talk was about handing a gpu to a guest": the words' best and the meaning's best session agree,
            // both weak; one sentence of another paragraph closer still does not outweigh the two.
            // "which talk was the device model conversion status update": the words tie two sessions (status,
            // conversion); the meaning's best being one of them is agreement too.
            float lead = ranked.size() < 2 ? 1f : ranked.get(0).score() - ranked.get(1).score();
            // "the talk with the fancy animations": the words tie AHCI's "animation effects" and the "animated" talk;
            // the meaning breaks the tie by how far it prefers one of them to the others tied, whatever else is near.
            float leadOverTied = ranked.isEmpty() ? 0f : ranked.get(0).score() - ranked.stream().skip(1)
                    .filter(scored -> tiedByWords.contains(scored.item())).map(SemanticIndex.Scored::score)
                    .findFirst().orElse(ranked.get(ranked.size() - 1).score());
            boolean agree = bestByWords != null && !ranked.isEmpty() && ranked.get(0).score() >= AGREEING_FLOOR
                    && (ranked.get(0).item().equals(bestByWords) && lead >= SemanticIndex.SESSION_MARGIN
                            || tiedByWords.contains(ranked.get(0).item()) && tiedByWords.size() > 1
                                    && leadOverTied >= TIE_BROKEN_BY_MEANING);
            if (agree) {
                return ranked.get(0).item();
            }
            // Then by the paragraphs' sentences: a question about one detail of a session is nearest that detail.
            ranked = inQuestionsPool(q, semantic.sessionsByDetail(text));
            whole = SemanticIndex.confident(ranked, bestByWords).orElse(null);
        }
        if (whole == null) {
            return null;
        }
        // The session's closeness is the better of its whole and its closest sentence: "a better way for VMs to talk
        // to disks using SCSI" is closer to the sentence on the new SCSI target than to the paragraph as a whole.
        float closeness = ranked.get(0).score();
        for (SemanticIndex.Scored<Session> scored : semantic.sessionsByDetail(text)) {
            if (scored.item().equals(whole)) {
                closeness = Math.max(closeness, scored.score());
            }
        }
        // Two retrievers agreeing outweigh the words' absence; the meaning alone does not.
        return !whole.equals(bestByWords) && wordsDisagree(whole, closeness, words) ? null : whole;
    }

    /** Whether the session's title and paragraph have more of the question's words than the fact's text. */
    private static boolean saysMoreOf(Session session, List<TopicIndex.Resolved> words, String factText) {
        Set<String> sessionStems = PostLookup.stemsOf(session.title() + " " + session.summary());
        Set<String> factStems = PostLookup.stemsOf(factText);
        long inSession = words.stream().filter(word -> !word.stems().isEmpty()
                && sessionStems.containsAll(word.stems())).count();
        long inFact = words.stream().filter(word -> !word.stems().isEmpty()
                && factStems.containsAll(word.stems())).count();
        return inSession > inFact;
    }

    /**
     * The session the whole question is surely about by meaning: its best by the sentence model clears
     * {@link SemanticIndex#SESSION_SURE}, that far ahead of the next, and passes the question's filters. Null otherwise,
     * or without the model.
     */
    private Session sessionMeantSurely(Question q) {
        List<SemanticIndex.Scored<Session>> ranked = inQuestionsPool(q, semantic.sessions(reader.withoutEventName(q)));
        boolean sure = !ranked.isEmpty() && ranked.get(0).score() >= SemanticIndex.SESSION_SURE
                && (ranked.size() < 2 || ranked.get(0).score() - ranked.get(1).score() >= SemanticIndex.SESSION_MARGIN);
        return sure ? ranked.get(0).item() : null;
    }

    /**
     * "letting a VM use a real graphics card": the specific words of one paragraph (virtual, real) may single out a
     * session while a word few sessions use names another in its title (graphics). When the meaning confidently
     * finds that other session, it is the one; otherwise the paragraph's session stands.
     */
    private Session titledByAnother(Question q, List<TopicIndex.Resolved> words, Session specific) {
        Set<Session> titled = new HashSet<>();
        for (TopicIndex.Resolved word : words) {
            if (word.typo() || word.stems().isEmpty() || !index.isSpecific(word) || index.weight(specific, word) > 0f) {
                continue;
            }
            for (Session other : q.event().sessions()) {
                if (!other.equals(specific) && index.weight(other, word) >= TopicIndex.LINK) {
                    titled.add(other);
                }
            }
        }
        if (titled.isEmpty()) {
            return specific;
        }
        Session meant = SemanticIndex.confident(inQuestionsPool(q, semantic.sessions(reader.withoutEventName(q))))
                .orElse(null);
        return meant != null && titled.contains(meant) ? meant : specific;
    }

    /**
     * Whether the question's own words speak against the session its meaning found: when most of the topic is in
     * the post's words (so the question is not simply put in other words), yet the session has at most half of the
     * topic, and the meaning is not close enough to outweigh that. Words the post never uses count as missing:
     * "nested virtualization" is not the talk that mentions virtualization. A question mostly in other words
     * ("handing a real GPU to a VM") is left to the meaning.
     */
    private boolean wordsDisagree(Session session, float similarity, List<TopicIndex.Resolved> words) {
        if (similarity >= SemanticIndex.SESSION_SURE || words.isEmpty()) {
            return false;
        }
        for (TopicIndex.Resolved word : words) {
            if (lookup.isSpecific(word)
                    && index.weight(session, word) >= TopicIndex.LINK) {
                return false; // a word few sessions use, in its title: "a real graphics card" for Graphics assignment
            }
        }
        int known = 0;
        int present = 0;
        for (TopicIndex.Resolved word : words) {
            if (!word.stems().isEmpty() && !word.typo()) {
                known++;
                present += index.weight(session, word) > 0f ? 1 : 0;
            }
        }
        return known * 2 >= words.size() && present * 2 <= words.size();
    }

    private static List<SemanticIndex.Scored<Session>> inQuestionsPool(Question q,
            List<SemanticIndex.Scored<Session>> scored) {
        List<SemanticIndex.Scored<Session>> ranked = new ArrayList<>();
        for (SemanticIndex.Scored<Session> one : scored) {
            if (one.item().eventId().equals(q.event().id()) && PostLookup.passesFilters(q, one.item())) {
                ranked.add(one);
            }
        }
        return ranked;
    }

    /** The sentence for a topic nothing in the post matches. */
    private String notFound(Question q) {
        boolean looksLikeAName = false;
        for (Token token : q.topic()) {
            looksLikeAName |= token.writtenAsName() && !index.known(Stems.of(token.text()));
        }
        String what = q.kind() == null ? "session" : Phrases.kindNoun(q.kind());
        if (looksLikeAName) {
            return "The post does not mention that person or topic: no " + what + " in it is by or about them.";
        }
        return "The post does not mention a " + what + " on that: " + NOTHING_MATCHES;
    }

    /** How {@link #notFound} ends when no session matches a topic at all, not one refused for what it asks. */
    private static final String NOTHING_MATCHES = "nothing in it matches.";

    private List<Session> suggestions(List<TopicMatch> matches) {
        List<Session> offered = new ArrayList<>();
        for (TopicMatch match : matches) {
            if (offered.size() < SUGGESTIONS && match.confidence() >= SUGGESTION_CONFIDENCE) {
                offered.add(match.session());
            }
        }
        return offered;
    }

    /** An event fact whose statement in the post has most of the topic's words ("who is <someone the post names outside its sessions>"). */
    private EventFact factMentioning(List<Token> topic) {
        for (Map.Entry<String, Set<String>> statement : statementStems.entrySet()) {
            int found = 0;
            for (Token token : topic) {
                found += statement.getValue().contains(Stems.of(token.joined())) ? 1 : 0;
            }
            if (found > 0 && found * 5 >= topic.size() * 3) {
                return EventFact.valueOf(statement.getKey());
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- what one session says, and does not

    /**
     * The first sentence of the session's paragraph with a word of the question that is a detail of it: in its
     * paragraph, not its title, names or slides (those say only which session it is). Null when there is none.
     */
    private String sentenceWithADetail(Session session, List<TopicIndex.Resolved> words) {
        List<String> detailStems = new ArrayList<>();
        for (TopicIndex.Resolved word : words) {
            float weight = index.weight(session, word.stems());
            if (weight > 0f && weight < TopicIndex.LINK && !word.typo()) {
                detailStems.addAll(word.stems());
            }
        }
        for (String sentence : detailStems.isEmpty() ? List.<String>of() : lookup.paragraphSentences(session)) {
            for (Token token : Token.of(TextNormalizer.clean(sentence))) {
                if (detailStems.contains(Stems.of(token.joined())) || token.parts().stream().map(Stems::of).anyMatch(detailStems::contains)) {
                    return sentence;
                }
            }
        }
        return null;
    }

    /**
     * A yes-or-no about one session whose question has a specific word (one few sessions use) that this session's
     * text never has: "does the SmartOS port work on AMD CPUs", "did Paolo say anything about Windows drivers". The
     * post says that word of other sessions only, so it does not say this one covered it; null otherwise.
     */
    /** "his talk was about X", "the session was on X": the belief is what the session was about, not a detail. */
    private static boolean claimsTheSubject(Question q) {
        List<Token> words = q.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            String word = words.get(i).text();
            boolean about = Set.of("about", "on").contains(words.get(i + 1).text());
            // "Allen's talk was about …", "Was Bryan's session about …"; as a belief, "Alex talked about …, right?"
            // too. Not "did Alon talk about SPICE clients for Windows?", which asks what his talk said.
            if (Cues.SESSION_NOUNS.contains(word) && !word.equals("one") && (about || i + 2 < words.size()
                    && Set.of("was", "is").contains(words.get(i + 1).text())
                    && Set.of("about", "on").contains(words.get(i + 2).text()))
                    || SPOKE_ON.contains(word) && about && q.checksABelief()) {
                return true;
            }
        }
        return false;
    }

    private Answer saidOnlyElsewhere(List<TopicIndex.Resolved> words, Session session) {
        List<String> absent = new ArrayList<>();
        for (TopicIndex.Resolved word : words) {
            // A name or a term the post writes in capitals ("Windows", "AMD", "Xen"), not a verb ("bring up") or
            // a number ("day 1 or 2"), which say nothing of what the session covered.
            String surface = word.stems().isEmpty() ? null : index.surface(word.stems().get(0));
            boolean term = surface != null && surface.chars().anyMatch(Character::isUpperCase)
                    && surface.chars().noneMatch(Character::isDigit);
            if (!word.typo() && term && index.isSpecific(word) && index.weight(session, word) == 0f) {
                absent.add(surface);
            }
        }
        if (absent.isEmpty()) {
            return null;
        }
        return Answer.notInPost("The post does not say so: it mentions " + Phrases.join(absent) + " only of other"
                + " sessions. It describes " + Phrases.described(model, session) + " (" + Phrases.shortWhen(session)
                + ").", List.of(session));
    }

    /** Words that deny what follows them: "there's no violation", "not a problem", "never merged". */
    private static final Set<String> DENYING = Set.of("no", "not", "never", "without", "nothing");

    /**
     * The sentence of the session's paragraph that denies a thing the question asserts: the question's word comes
     * right after "no", "not" or "never" there (an article between), and the question denies nothing itself. Null
     * when there is none.
     */
    private String sentenceDenying(Question q, Session session) {
        boolean questionDenies = q.words().stream().anyMatch(word -> DENYING.contains(word.text())
                || Cues.NEGATED_AUXILIARIES.contains(word.text()) && q.words().indexOf(word) > 0);
        if (questionDenies) {
            return null;
        }
        Set<String> asked = new HashSet<>();
        for (Token word : q.topic()) {
            if (!nameWords.contains(word.text()) && Cues.isAThing(word.text())) {
                asked.add(Stems.of(word.text()));
            }
        }
        for (String sentence : lookup.paragraphSentences(session)) {
            List<Token> tokens = Token.of(TextNormalizer.clean(sentence));
            for (int i = 1; i < tokens.size(); i++) {
                int before = Set.of("a", "an", "any").contains(tokens.get(i - 1).text()) && i > 1 ? i - 2 : i - 1;
                if (asked.contains(Stems.of(tokens.get(i).text())) && DENYING.contains(tokens.get(before).text())) {
                    return sentence;
                }
            }
        }
        return null;
    }

    /**
     * The topic's words, as the post spells them, that the session's paragraph and title never use (nor their
     * field's other words): the post's own words, not typos or names, which the post uses elsewhere. Empty when all
     * are in it.
     */
    private List<String> wordsNotInIt(Question q, List<TopicIndex.Resolved> words, Session session) {
        List<String> absent = new ArrayList<>();
        for (int i = 0; i < words.size() && i < q.topic().size(); i++) {
            TopicIndex.Resolved word = words.get(i);
            String text = q.topic().get(i).text();
            if (!word.typo() && !word.stems().isEmpty() && !nameWords.contains(text) && text.length() > 2
                    && index.weight(session, word) == 0f) {
                // The post's spelling ("VFIO"), lower case where only a title capitalised it ("Live Migration").
                String spelt = index.postSpelling(text);
                boolean acronym = spelt != null && !spelt.substring(1).equals(spelt.substring(1).toLowerCase());
                absent.add(spelt == null ? index.surface(word.stems().get(0))
                        : acronym ? spelt : spelt.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return absent;
    }

    /** The one session whose text has every specific word of the topic, or null when none or several do. */
    private Session onlySessionWithAll(List<TopicIndex.Resolved> words) {
        List<TopicIndex.Resolved> specific = words.stream()
                .filter(lookup::isSpecific).toList();
        Session found = null;
        for (Session session : allSessions) {
            if (!specific.isEmpty() && specific.stream().allMatch(word -> index.weight(session, word) > 0f)) {
                if (found != null) {
                    return null;
                }
                found = session;
            }
        }
        return found;
    }

    /**
     * "who else worked on live block copy with Marcelo Tosatti": the people the session's paragraph names besides
     * those asked about; "the post does not say" when it names none. Null for any other question. {@code
     * besideAsked}: the caller read the question as asking for people beside (its co-developers, collaborators).
     */
    private Answer othersNamedBeside(Question q, List<Session> sessions, boolean besideAsked) {
        List<Token> all = q.words();
        // "who are the other people working on it", not "which other hypervisor had he done it on".
        boolean otherPeople = java.util.stream.IntStream.range(0, all.size()).anyMatch(i -> all.get(i).text().equals("others")
                || all.get(i).text().equals("other") && i + 1 < all.size() && Cues.PERSON_NOUNS.contains(all.get(i + 1).text()));
        boolean whoElse = q.target() == Target.SPEAKER && (otherPeople || besideAsked
                || besidesSomeone(all, Set.of("else", "besides", "apart", "except")));
        if (!whoElse || sessions.size() != 1) {
            return null;
        }
        if (q.kind() != null && !q.people().isEmpty() && q.hasAnyWord(GAVE)) {
            return othersOfTheKind(q);
        }
        Session session = sessions.get(0);
        // "who else is on the native Linux KVM tool team": besides its speakers, when the question names no one.
        List<Person> known = q.people().isEmpty() ? model.speakersOf(session) : q.people();
        if (known.isEmpty()) {
            return null;
        }
        List<Person> named = new ArrayList<>();
        for (String sentence : lookup.paragraphSentences(session)) {
            for (Person person : people.mentionedIn(sentence)) {
                if (!known.contains(person) && !named.contains(person)) {
                    named.add(person);
                }
            }
        }
        if (!named.isEmpty()) {
            return Answer.of("Besides " + Phrases.names(known) + ", the post names " + Phrases.names(named) + " in what it says of "
                    + Phrases.described(model, session) + ".", sessions);
        }
        return Answer.notInPost("The post names no one else: of " + Phrases.described(model, session)
                + ", it names only " + Phrases.names(known) + ".", sessions);
    }

    /**
     * "Besides Avi, Paul Mackerras and Kevin Wolf, who else spoke in the first day's morning session?": the sessions
     * of the day or part asked about that none of the people named gave. Null for a question without "else" (or
     * "besides", "apart", "except", "other"), without a day or part, or with a topic.
     */
    private Answer othersInThePart(Question q) {
        Set<String> otherWords = Set.of("else", "besides", "apart", "except", "other", "others");
        boolean others = q.hasAnyWord(otherWords);
        // "apart from Gerd, …": "apart" may be left as a topic word; it is none.
        boolean topic = q.topic().stream().anyMatch(word -> !otherWords.contains(word.text()));
        if (!others || q.target() != Target.SPEAKER || q.day() == 0 && q.part() == null || topic
                || q.position() != 0) {
            return null;
        }
        List<Session> rest = PostLookup.pool(q.withoutPeople(), q.event().sessions()).stream()
                .filter(session -> q.people().stream().noneMatch(person -> session.speakers().contains(person.id())))
                .toList();
        if (rest.isEmpty()) {
            return Answer.notInPost("The post names no one else there: " + Phrases.names(q.people())
                    + " gave every session it describes " + Phrases.scope(q.day(), q.part(), q.event().name()) + ".",
                    List.of());
        }
        return Answer.of("Besides " + Phrases.names(q.people()) + ", the post describes " + Phrases.join(rest.stream()
                .map(session -> Phrases.described(model, session)).toList()) + " " + Phrases.scope(q.day(), q.part(),
                        q.event().name()) + ".", rest);
    }

    /**
     * "apart from Dan Magenheimer, who else gave lightning talks?": the speakers of the other sessions of that kind;
     * "the post names no one else" when it gives none.
     */
    private Answer othersOfTheKind(Question q) {
        List<Session> ofTheKind = q.event().sessions().stream().filter(session -> session.kind() == q.kind()).toList();
        List<Session> others = ofTheKind.stream().filter(session -> q.people().stream()
                .noneMatch(person -> session.speakers().contains(person.id()))).toList();
        String kind = Phrases.kindNoun(q.kind());
        if (others.isEmpty()) {
            return Answer.notInPost("The post names no one else who gave a " + kind + ". "
                    + program.sessionsSentence(ofTheKind), ofTheKind);
        }
        return Answer.of("Besides " + Phrases.names(q.people()) + ": " + program.sessionsSentence(others), others);
    }

    /** The kinds no sentence answers by naming someone: roles and origins are never in a sentence's names. */
    private static boolean refusesSentences(Unstated kind) {
        return kind == Unstated.ROLES || kind == Unstated.ORIGINS;
    }

    /**
     * "what do the SmartOS people want from their platform", "what's the name of the new format Kevin works on": a
     * what-, why- or how-question about one session whose words go beyond what names the session asks for a
     * detail of it. The answer then also quotes the paragraph's sentence closest to the question, from
     * {@link SemanticIndex#SENTENCE_IN_PARAGRAPH}; otherwise it is left as it is.
     */
    private Answer withDetail(Question q, Answer answer, List<Session> sessions) {
        if (sessions.size() != 1 || q.words().isEmpty() || !Set.of("what", "whats", "why", "how")
                .contains(q.words().get(0).text()) || !asksBeyondTheSession(q, sessions.get(0))) {
            return answer;
        }
        Session session = sessions.get(0);
        List<String> paragraph = lookup.paragraphSentences(session);
        for (SemanticIndex.Scored<SemanticIndex.PostSentence> scored
                : semantic.sentences(reader.withoutEventName(q), q.event())) {
            String text = scored.item().text();
            // The paragraph's first sentence introduces the session, which the answer already names.
            // "what was one of the main points of Avi's keynote?": asked for what it said, the paragraph's closest
            // sentence answers however close, since the names in the question pull the intro above the rest.
            if (scored.score() < SemanticIndex.SENTENCE_IN_PARAGRAPH && !q.hasAnyWord(GIST_WORDS)) {
                break;
            }
            // The first sentence introduces the session; it counts when it says much more than its names ("…,
            // Stefan is working on the new in-kernel SCSI target and using vhost…"), not an expanded acronym.
            int beyond = details.wordsBeyondNames(session, text);
            if (paragraph.indexOf(text) > 0 && beyond >= 3 || paragraph.indexOf(text) == 0 && beyond >= FIRST_SAYS_MORE) {
                return Answer.of(answer.text() + " The post says: “" + text + "”", answer.sessions());
            }
        }
        return answer;
    }

    /**
     * "can the SmartOS port run Windows guests?", "can the IO throttling limits be changed while the guest runs?":
     * a question about one session that asks something of it (not what it was, which talk, or whether there was
     * one), whose words beyond the session's own are mostly missing from its paragraph ({@link TopicIndex#support}
     * of the whole paragraph under {@link PostLookup#DETAIL_SUPPORT}). The post does not say; its closest sentence is quoted.
     * Null otherwise.
     */
    private Answer detailNotSaid(Question q, List<Session> chosen) {
        if (chosen.size() != 1 || q.words().size() < 3 || !asksSomethingOfIt(q) || !asksBeyondTheSession(q, chosen.get(0))) {
            return null;
        }
        Session session = chosen.get(0);
        List<TopicIndex.Resolved> words = lookup.resolve(q.topic());
        if (index.support(session, words, session.summary()) >= PostLookup.DETAIL_SUPPORT) {
            return null;
        }
        // The post's words may say it otherwise ("how fast is AHCI": "performance is half-way between…"): a sentence
        // of the paragraph close in meaning answers.
        for (SemanticIndex.Scored<SemanticIndex.PostSentence> scored
                : semantic.sentences(reader.withoutEventName(q), q.event())) {
            if (scored.score() < SemanticIndex.SENTENCE_MATCH) {
                break;
            }
            if (lookup.paragraphSentences(session).contains(scored.item().text())) {
                return null;
            }
        }
        String best = lookup.bestSupported(session, words);
        return Answer.notInPost("The post does not say. What it says of " + Phrases.described(model, session)
                + (best == null || details.onlyNames(session, best) ? " is only that it was " + Phrases.when(session) + "."
                        : ": “" + best + "”"), chosen);
    }

    /**
     * Whether the question asks something of a session rather than for the session: it opens with "how", "can",
     * "could", "will", "does" or "do" (not "how many", counted elsewhere), and has no word for a session after a
     * "which" or "what" ("which talk", "what session") nor "about" ("what was it about").
     */
    private static boolean asksSomethingOfIt(Question q) {
        List<Token> words = q.words();
        String first = words.get(0).text();
        if (!ASKING_OF_IT.contains(first) || first.equals("how") && Set.of("many", "much").contains(words.get(1).text())) {
            return false;
        }
        return words.stream().noneMatch(word -> word.text().equals("about") || Cues.SESSION_NOUNS.contains(word.text())
                && !word.text().equals("one") || Cues.KEYNOTE.contains(word.text()));
    }

    /** Openers of a question that asks something of a session: how it works, what it can or will do. */
    private static final Set<String> ASKING_OF_IT = Set.of("how", "can", "could", "will", "would", "does", "do");

    /** Words beyond the names a paragraph's first sentence needs to carry a detail of its own. */
    private static final int FIRST_SAYS_MORE = 8;

    /** Whether some word of the topic is not among those that name the session (its title, speakers, slides). */
    private boolean asksBeyondTheSession(Question q, Session session) {
        if (q.hasAnyWord(GIST_WORDS)) {
            return true; // "what was one of the main points of Avi's keynote?": what it said, not which it was
        }
        for (TopicIndex.Resolved word : lookup.resolve(q.topic())) {
            if (!word.typo() && index.weight(session, word) < TopicIndex.LINK) {
                return true;
            }
        }
        return false;
    }

    /** Whether the topic is only words asking what a session said ("the key takeaway", "main gripe"). */
    private static boolean asksTheGist(Question q) {
        return q.hasAnyWord(GIST_WORDS) && q.topic().stream().allMatch(token -> GIST_WORDS.contains(token.text())
                || Set.of("key", "main", "big", "biggest", "one").contains(token.text()));
    }

    /** Words that ask what a session said: its points, gist, takeaways, highlights, complaints. */
    private static final Set<String> GIST_WORDS = Set.of("point", "points", "gist", "takeaway", "takeaways",
            "highlight", "highlights", "message", "thrust", "complaint", "complaints", "gripe", "gripes", "criticism",
            "concern", "concerns", "argument", "arguments", "style", "tone");

    /** Whether the question's topic (with its people) picks one session: strongly, or by its specific words. */
    private boolean namesASession(Question q, List<TopicIndex.Resolved> words) {
        if (!q.hasTopic()) {
            return false;
        }
        List<Session> pool = new ArrayList<>();
        for (Session session : q.event().sessions()) {
            if (q.people().isEmpty() || q.people().stream().anyMatch(person -> session.speakers().contains(person.id()))) {
                pool.add(session);
            }
        }
        List<TopicMatch> ranked = lookup.rank(words, pool);
        return !ranked.isEmpty() && ranked.get(0).strong() || index.specificMatch(words, pool) != null;
    }

    /**
     * "was the virtio networking talk on the first day?": a yes or no about one session's day or part, from the
     * program. Null for any other question.
     */
    private Answer whenChecked(Question q, List<Session> chosen) {
        if (!q.opensYesOrNo() || chosen.size() != 1 || q.position() != 0 || q.day() == 0 && q.part() == null) {
            return null;
        }
        Session session = chosen.get(0);
        boolean holds = PostLookup.passesFilters(q, session);
        return Answer.of((holds ? "Yes: " : "No: ") + Phrases.described(model, session) + " was "
                + Phrases.when(session) + ".", chosen);
    }

    /**
     * "which talk's slides are an .odp instead of a pdf?": the sessions whose slides are in the format the question
     * names first, when that is a format some of the post's slides are in and few enough sessions have it to name
     * them. Null otherwise.
     */
    /** Words asking for a file's format: "what format are the slides in", "which file type". */
    private static final Set<String> FORMAT_WORDS = Set.of("format", "filetype", "extension", "type");
    /** The words of asking for a file's format, which say nothing of whose file: "file", "format". */
    private static final Set<String> FILE_WORDS = Set.of("format", "filetype", "extension", "type", "file", "files");

    /**
     * "what format are tsirkin's slides in": the file format of one session's slides, read off the link. The session
     * is the one person's only session with slides, or the one the topic picks. Null for any other question.
     */
    private Answer slidesFormat(Question q, List<TopicIndex.Resolved> words) {
        boolean asks = q.hasAnyWord(Cues.SLIDES)
                && q.hasAnyWord(FORMAT_WORDS);
        if (!asks) {
            return null;
        }
        List<Session> candidates = new ArrayList<>();
        for (Person person : q.people()) {
            model.sessionsOf(person).stream().filter(Session::hasSlides).forEach(candidates::add);
        }
        if (q.people().isEmpty()) {
            List<TopicIndex.Resolved> subject = PostLookup.topicWithout(q, words, FILE_WORDS);
            List<TopicMatch> ranked = subject.isEmpty() ? List.of() : lookup.rank(subject, q.event().sessions());
            List<Session> best = PostLookup.bestOf(ranked);
            if (!ranked.isEmpty() && ranked.get(0).strong() && best.size() == 1) {
                candidates.add(best.get(0));
            }
        }
        if (candidates.size() != 1 || !candidates.get(0).hasSlides()) {
            return null;
        }
        Session session = candidates.get(0);
        return Answer.of("The slides for " + Phrases.described(model, session) + " are " + session.slides().format()
                + ": " + session.slides().url(), List.of(session));
    }

    private Answer bySlidesFormat(Question q) {
        if (!q.people().isEmpty()) {
            return null;
        }
        Set<String> formats = new HashSet<>();
        q.event().sessions().stream().filter(Session::hasSlides)
                .forEach(session -> formats.add(session.slides().format().toLowerCase(java.util.Locale.ROOT)));
        String asked = null;
        boolean negated = false;
        List<Token> words = q.words();
        for (int i = 0; i < words.size() && asked == null; i++) {
            if (formats.contains(words.get(i).text())) {
                asked = words.get(i).text();
                for (int k = Math.max(0, i - 3); k < i; k++) {
                    negated |= NEGATIONS.contains(words.get(k).text());
                }
            }
        }
        if (asked == null) {
            return null;
        }
        String format = asked;
        boolean not = negated;
        List<Session> inIt = q.event().sessions().stream().filter(Session::hasSlides)
                .filter(session -> session.slides().format().equalsIgnoreCase(format) != not).toList();
        if (inIt.isEmpty() || inIt.size() > PostLookup.MAX_MATCHES) {
            return null;
        }
        return Answer.of("Slides " + (not ? "not in " : "in ") + format.toUpperCase(java.util.Locale.ROOT) + ": "
                + program.titlesWithSpeakers(inIt) + ".", inIt);
    }

    /** Words that negate what follows them closely ("slides that aren't a PDF"). */
    private static final Set<String> NEGATIONS = Set.of("not", "arent", "isnt", "wasnt", "werent", "non", "no",
            "other", "except");

    /** Nouns for a talk someone gave, as opposed to a BOF they sat in. */
    private static final Set<String> TALK_NOUNS = Set.of("talk", "presentation", "keynote");

    // ---------------------------------------------------------------- kinds of session, tracks

    /**
     * "what is a BOF?", "what actually happens in a BOF session?": what the post says a kind of session is, in the
     * first sentence that names it, with the sessions of that kind. Null for any other question, and when no
     * sentence names the kind.
     */
    private Answer kindDescribed(Question q, List<TopicIndex.Resolved> words) {
        List<Token> all = q.words();
        if (q.kind() == null || all.size() < 3) {
            return null;
        }
        boolean what = all.get(0).text().equals("what");
        // "what's a BOF" reads "what a BOF": the possessive-looking "'s" is dropped with the rest.
        boolean asksWhatItIs = all.get(0).text().equals("whats") || what && WHAT_IT_IS.contains(all.get(1).text())
                || what && Set.of("a", "an").contains(all.get(1).text())
                || what && all.size() > 3 && WHAT_IT_IS.contains(all.get(2).text());
        // "a BOF", "BOFs": the kind in general; "the BOF" is one of them ("what was the BOF about").
        String kindWord = Phrases.kindNoun(q.kind()).toLowerCase(java.util.Locale.ROOT).split(" ")[0];
        // "what keynotes were there": "what" before the kind picks those of the program, as "which" does.
        asksWhatItIs &= !(what && all.get(1).text().startsWith(kindWord));
        boolean inGeneral = false;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).text().startsWith(kindWord)) {
                // "what were the two keynotes": a number before the kind names those of the program.
                inGeneral = (i == 0 || !ONE_OF_THEM.contains(all.get(i - 1).text())
                        && !Cues.NUMBERS.containsKey(all.get(i - 1).text()))
                        && all.subList(i, all.size()).stream().noneMatch(word -> word.text().equals("about"));
                break;
            }
        }
        boolean nothingElse = inGeneral && words.stream().allMatch(TopicIndex.Resolved::unknown)
                && (q.fact() == null || q.fact() == EventFact.REPORT);
        if (!asksWhatItIs || !nothingElse || !q.people().isEmpty() || q.day() != 0
                || q.part() != null || q.position() != 0 || q.relative() != Question.Relative.NONE) {
            return null;
        }
        String noun = Phrases.kindNoun(q.kind()).toLowerCase(java.util.Locale.ROOT);
        String said = q.event().sentences().stream()
                .filter(sentence -> sentence.toLowerCase(java.util.Locale.ROOT).contains(noun)).findFirst().orElse(null);
        List<Session> ofKind = PostLookup.pool(q, q.event().sessions());
        if (said == null || ofKind.isEmpty()) {
            return null;
        }
        return Answer.of("The post says: “" + said + "” " + Phrases.capitalised(Phrases.kindPlural(q.kind()))
                + " in it: " + Phrases.join(ofKind.stream().map(session -> Phrases.quoted(session) + " ("
                        + Phrases.shortWhen(session) + ")").toList()) + ".", ofKind.size() == 1 ? ofKind : List.of());
    }

    /** Words before a kind's noun that make it one session of the kind: "the BOF", "that keynote", "Avi's". */
    private static final Set<String> ONE_OF_THEM = Set.of("the", "this", "that", "his", "her", "their", "first",
            "last", "second", "other");

    /** "what is", "what happens in", "what actually goes on at": a question about what a kind of session is. */
    private static final Set<String> WHAT_IT_IS = Set.of("is", "are", "was", "were", "happens", "happened", "happen",
            "goes", "went", "exactly");

    /** The first answer of the readings that gives one, or null when none applies. */
    @SafeVarargs
    private static Answer firstOf(java.util.function.Supplier<Answer>... readings) {
        for (java.util.function.Supplier<Answer> reading : readings) {
            Answer answer = reading.get();
            if (answer != null) {
                return answer;
            }
        }
        return null;
    }

    /** "how many tracks ran in parallel": the post says there were parallel tracks, never how many. Else null. */
    private static Answer tracksCounted(Question q) {
        boolean howManyTracks = QuestionShape.opensWithHowMany(q) && (Unstated.phrase(q.words(), "many", "tracks")
                || Unstated.phrase(q.words(), "many", "parallel") && Unstated.phrase(q.words(), "parallel", "tracks"));
        String tracks = q.event().program().parallelTracks();
        return !howManyTracks || tracks == null ? null : Answer.notInPost("The post does not say how many tracks"
                + " ran in parallel; only that there were parallel tracks " + tracks + ".", List.of());
    }

    // ---------------------------------------------------------------- helpers

    private static String topicText(List<Token> topic) {
        StringBuilder text = new StringBuilder();
        for (Token token : topic) {
            text.append(token.text()).append(' ');
        }
        return text.toString();
    }

    /** The stems of each event statement the post makes outside its sessions, by the fact it answers. */
    private static Map<String, Set<String>> statementStems(ContentModel model) {
        Map<String, Set<String>> stems = new HashMap<>();
        for (Event event : model.events()) {
            for (Event.AfterTalks after : event.program().afterTalks()) {
                addStems(stems, EventFact.AFTER_TALKS, after.statement());
            }
            if (event.facts().firstForum() != null) {
                addStems(stems, EventFact.FIRST_FORUM, event.facts().firstForum().statement());
            }
            if (event.facts().recordings() != null) {
                addStems(stems, EventFact.RECORDINGS, event.facts().recordings().statement());
            }
        }
        stems.replaceAll((fact, set) -> Set.copyOf(set));
        return Map.copyOf(stems);
    }

    private static void addStems(Map<String, Set<String>> stems, EventFact fact, String text) {
        Set<String> set = stems.computeIfAbsent(fact.name(), f -> new HashSet<>());
        for (Token token : Token.of(TextNormalizer.clean(text))) {
            for (String part : token.parts()) {
                set.add(Stems.of(part));
            }
        }
    }
}
