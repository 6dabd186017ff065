package org.kvmforum.bot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.content.PartOfDay;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.SessionKind;
import org.kvmforum.bot.search.EditDistance;
import org.kvmforum.bot.search.PeopleDirectory;
import org.kvmforum.bot.search.Stems;
import org.kvmforum.bot.search.TextNormalizer;
import org.kvmforum.bot.search.Token;

/**
 * Reads a plain-words question into a {@link Question}. Cues are taken out in a fixed order, each claiming
 * the words it used so that later steps do not read them again: the post's people (by the people directory's
 * rules), the event's own name, days ("the second day"), parts of days, kinds of session, the thing asked for
 * (who, when, slides, a list), facts about the event itself, positions in the program ("first", "opened",
 * "after"); what is left, without question words, is the topic. Thread-safe: no state beyond what the
 * constructor builds.
 */
final class QuestionReader {
    // Word sets the cues below look for, built once: questions are read on every /ask.
    private static final Set<String> PART_MORNING_NOUNS = Set.of("session", "sessions", "part", "track", "program",
            "programme");
    private static final Set<String> PART_AFTERNOON_NOUNS = Set.of("session", "sessions", "part", "track", "tracks",
            "program", "programme");
    private static final Set<String> TALK_NOUNS = Set.of("talk", "talks", "session", "sessions");
    /** What a part of the day was like, between "first" and "session": "the first (non-parallel) session". */
    private static final Set<String> SESSION_LIKE = Set.of("non-parallel", "nonparallel", "main", "plenary",
            "single-track", "common", "joint", "morning");
    private static final Set<String> WHICH_WHAT = Set.of("which", "what", "whats");
    private static final Set<String> MANY = Set.of("many");
    private static final Set<String> OF = Set.of("of");
    private static final Set<String> ALL_EVERY = Set.of("all", "every");
    private static final Set<String> EVENING_WORDS = Set.of("pub", "pubs", "beer", "beers", "brewery", "breweries",
            "lager", "dinner", "dinners", "drinks", "drink", "drinking", "party", "parties", "evening", "evenings",
            "night", "nightlife", "social", "socially", "socialise", "socialize", "socialising", "socializing", "bar", "bars", "restaurant", "restaurants", "supper", "celebrate",
            "celebrated", "food", "eat", "ate");
    /** Titles said beside a name, before it or after it ("Hirofuchi-san" is written apart as often). */
    private static final Set<String> HONORIFICS = Set.of("san", "sensei", "mr", "mrs", "ms", "dr", "prof", "sir",
            "herr", "monsieur", "señor", "senor");
    private static final Set<String> AFTER_WORDS = Set.of("after", "afterwards", "afterward", "later", "over");
    private static final Set<String> SOMEONE = Set.of("anyone", "anybody", "someone", "somebody");

    /** Verbs for tracks beginning to run side by side: "before the tracks split". */
    private static final Set<String> DIVIDED = Set.of("split", "splits", "splitting", "divided", "diverged", "forked",
            "separated");
    /** The report's author, as a question names them without their name. */
    private static final Set<String> REPORT_WORDS = Set.of("author", "authored", "wrote", "written", "write",
            "writer", "blogger", "blog", "blogged", "report", "reporter", "article", "writeup", "write-up", "recap",
            "notes", "published", "posted", "put", "uploaded", "originally", "repost", "reposted", "crossposted", "cross-posted",
            "copied", "mirrored", "reproduced", "syndicated");
    /** Words before "the post" that cite it as a source: "per the post", "according to the post", "in the post". */
    private static final Set<String> CITING_BEFORE = Set.of("per", "to", "in", "from", "by", "within");
    /** Words after "the post" that cite it: "the post says". */
    private static final Set<String> CITING_AFTER = Set.of("says", "said", "say", "mentions", "mention", "claims",
            "states", "describe", "describes", "cover", "covers", "list", "lists", "give", "gives", "provide",
            "provides", "compare", "compares", "compared", "call", "calls", "called");
    /** More words after the report's other names that cite it: "which speakers does the writeup name". */
    private static final Set<String> NAMING = Set.of("name", "names", "quote", "quotes");
    /**
     * What a question may ask of the report itself: "the original link of this writeup", "when was the post dated".
     * A question about the author with other words ("what code does the author admit to writing", "what did the
     * author discuss with Hans") asks about what the post says, not about the report.
     */
    private static final Set<String> REPORT_ATTRIBUTES = Set.of("original", "url", "link", "address", "site",
            "website", "page", "date", "dated", "name", "title", "source", "first", "place", "version", "one", "copy",
            "language", "full", "author's", "text", "piece", "entry",
            "authors", "whose", "exactly", "actually", "real",
            "here", "whoever", "lists", "listed", "carry", "carries");
    /** The report's attributes but a place in the program ("what did the author see first"). */
    private static final Set<String> REPORT_ATTRIBUTES_NOT_PLACES = REPORT_ATTRIBUTES.stream()
            .filter(word -> !Set.of("first", "one").contains(word)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** The copy's own metadata: "the front matter author", "which account posted it here", "the username". */
    private static final Set<String> COPY_WORDS = Set.of("front", "matter", "frontmatter", "metadata", "byline", "field",
            "account", "user", "username", "handle", "poster");
    /** The report itself, as a question names it ("in the author's notes": the post calls itself notes). */
    private static final Set<String> REPORT_NOUNS = Set.of("author", "writer", "blogger", "blog", "report", "reporter",
            "article", "writeup", "write-up", "recap", "notes");
    /** How a side clause says the report covered something: "the talks the author went to". */
    private static final Set<String> SEEN_BY_THE_AUTHOR = Set.of("went", "go", "attended", "attend", "saw", "see",
            "covered", "describes", "described", "mentions", "mentioned", "included", "listed");
    private static final Set<String> PAGE_WORDS = Set.of("page", "website", "site", "homepage", "web", "official",
            "wiki");
    private static final Set<String> SLOT_WORDS = Set.of("slot", "slots", "minutes", "minute", "mins", "min");
    private static final Set<String> SLOT_SUBJECTS = Set.of("talk", "talks", "session", "sessions", "presentation",
            "presentations", "each", "keynote", "keynotes", "discussion", "discussions", "bof", "bofs");
    private static final Set<String> DURATION_NOUNS = Set.of("duration", "length");
    /** Sessions asked for in the plural; not "topics", which the post's own sentences may be about. */
    private static final Set<String> SESSIONS_ASKED = Set.of("talks", "sessions", "presentations", "keynotes", "bofs",
            "lectures");
    private static final Set<String> HOURS = Set.of("hour", "hours", "hour-long", "hr", "hrs");
    /** "why were the talks so short": how long the slots were. */
    private static final Set<String> SHORTNESS = Set.of("short", "shorter", "shortened", "brief", "briefer");
    private static final Set<String> SLOT_CLAIMED = Set.of("long", "duration", "length", "hour", "hours", "hour-long",
            "hr", "hrs");
    private static final Set<String> VENUE_WORDS = Set.of("hotel", "hotels", "venue", "venues",
            "buildings", "centre", "center", "convention", "room", "rooms", "hall", "halls", "address",
            "accommodation", "campus", "auditorium", "street", "lodging", "ballroom", "ballrooms", "theatre", "theater");
    /** Staying somewhere is lodging ("where did everyone stay", "stayed at"); "stay static" is not. */
    private static final Set<String> STAYING = Set.of("stay", "stayed", "staying");
    private static final Set<String> HEADCOUNT_NOUNS = Set.of("people", "developers", "folks", "persons", "hackers",
            "devs", "guys", "humans", "engineers");
    /** What a crowd does at an event besides coming: "what were people discussing". */
    private static final Set<String> DISCUSSING = Set.of("discussing", "discussed", "discuss", "chatting");
    /** Verbs of coming to an event: "300 people showed up", "about 150 folks came". */
    private static final Set<String> CAME = Set.of("came", "come", "showed", "show", "turned", "joined");
    private static final Set<String> SPEAKING_WORDS = Set.of("spoke", "presented", "gave", "talked", "speak",
            "present", "give", "speakers", "presenters");
    private static final Set<String> ATTENDANCE_WORDS = Set.of("attendees", "attendance", "attended", "attending",
            "attendee", "attend", "participants", "turnout", "crowd", "audience", "registrants", "visitors",
            "delegates");
    /** How slides are made available, beside the word for them: "posted", "uploaded", "online". */
    private static final Set<String> SLIDES_PUT_UP = Set.of("posted", "linked", "uploaded", "shared", "published",
            "available", "online", "released");
    /** Words beside "how big" that leave it the event's size: "how big was it this year". */
    private static final Set<String> SIZE_FILLERS = Set.of("how", "year", "years", "time", "overall", "total",
            "roughly", "approximately", "about", "really", "actually", "event", "conference", "crowd");
    private static final Set<String> ATTENDANCE_CLAIMED = Set.of("big", "large", "size", "came", "come", "showed",
            "show");
    private static final Set<String> COLOCATION_WORDS = Set.of("colocated", "co-located", "collocated", "co-hosted",
            "cohosted", "colocation", "co-location", "alongside", "conjunction", "bundled", "piggybacked",
            "piggybacking", "tacked", "bolted");
    private static final Set<String> COLOCATION_CLAIMED = Set.of("together", "with", "part", "along", "side");
    private static final Set<String> LONG = Set.of("long");
    private static final Set<String> DAYS_CLAIMED = Set.of("long", "last", "lasted", "days", "duration", "run", "ran",
            "go", "went");
    private static final Set<String> DATE_WORDS = Set.of("date", "dates", "month", "months", "calendar", "weekday",
            "week");
    private static final Set<String> PLACE_WORDS = Set.of("city", "country", "location", "located", "town", "place",
            "where", "situated", "hosted", "host");
    private static final Set<String> EARLIEST = Set.of("first", "inaugural", "original", "earliest", "1st");
    private static final Set<String> FIRST_FORUM_WORDS = Set.of("inaugural");
    private static final Set<String> GROWTH_WORDS = Set.of("grown", "grow", "grew", "growth", "rising", "risen",
            "increase", "increased", "leap", "history", "evolved");
    private static final Set<String> GROWTH_SUBJECTS = Set.of("interest", "attendance", "forum", "attendees", "kvm",
            "people", "developers", "crowd", "audience");
    /** Other names of the post itself, claimed when cited as the source: "according to the write-up". */
    private static final Set<String> THE_REPORT = Set.of("writeup", "write-up", "recap");
    /** Words right after "post" that make it the report: "post date?", "post published when". */
    private static final Set<String> POST_ATTRIBUTES = Set.of("date", "dated", "published", "posted", "author",
            "written", "title", "url", "link", "source");
    /** The parts of an event a fact may be asked of: "which parts had parallel tracks". */
    private static final Set<String> PARTS_OF_IT = Set.of("part", "parts", "portion", "portions", "times");
    /** How many tracks, before the word: "a single track", "multiple tracks". */
    private static final Set<String> TRACK_COUNTS = Set.of("single", "one", "multiple", "multi", "two", "several",
            "many", "separate");
    private static final Set<String> REPORT_DETERMINERS = Set.of("the", "this", "that", "blog", "original", "whose");
    private static final Set<String> EVENING_FILLERS = Set.of("attendees", "everyone", "everybody", "night", "then",
            "evening", "day", "days", "did", "do", "happened", "happen", "go", "went", "head", "headed",
            "afterwards");
    private static final Set<String> NOT_A_POSITION_AFTER = Set.of("time", "times", "year", "years", "place",
            "week", "month", "night", "name", "names");
    private static final Set<String> OFF = Set.of("off");
    private static final Set<String> UP = Set.of("up");
    private static final Set<String> TAKE = Set.of("take", "took", "taking", "takes", "taken");
    /** Words that make the next "talk" a noun: "the talk", "a talk", "his talk", "any talk". */
    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "any", "this", "that", "his", "her",
            "their", "which", "what", "whose", "one", "another", "other", "first", "last", "lightning");

    private final ContentModel model;
    private final PeopleDirectory directory;
    /** Words before "the author" that make the author the object of what someone else did. */
    private static final Set<String> BESIDE_THE_AUTHOR = Set.of("with", "to", "alongside", "beside", "gave", "give",
            "told", "tell", "helped", "help", "joined", "join", "met", "meet");
    /** Forms of "go", for "went after someone". */
    private static final Set<String> GO = Set.of("go", "goes", "went", "going", "gone");

    /** Verbs whose particle may follow their object, joined into the field's word: "pass … through". */
    private static final Map<String, String> SPLIT_VERBS = Map.of("pass", "through");

    /** The words of every event's name and its year: they name the event, not a topic. */
    private final Set<String> eventWords;
    /** Person id → every word of their name and mention forms, to take out of the topic once they are found. */
    private final Map<String, Set<String>> nameWords;
    /** Every two words side by side in a session's title ("kvm tool"), lower case. */
    private final Set<String> titlePairs;
    private final Set<String> placeWords;
    /** The words of the accounts that posted the reports' copies ("amosk"): values of the report. */
    private final Set<String> posterWords;
    private final Set<String> colocationWords;
    private final Set<String> firstForumWords;
    /** The event's and its co-located event's name words: "just before the forum", "right after LinuxCon". */
    private final Set<String> eventAndColocation;

    QuestionReader(ContentModel model, PeopleDirectory directory) {
        this.model = model;
        this.directory = directory;
        Set<String> words = new HashSet<>(Cues.EVENT_NOUNS);
        for (Event event : model.events()) {
            for (Token token : Token.of(TextNormalizer.clean(event.name()))) {
                words.addAll(token.parts());
            }
            words.add(Integer.toString(event.year()));
        }
        this.eventWords = Set.copyOf(words);
        Set<String> pairs = new HashSet<>();
        for (Event event : model.events()) {
            for (org.kvmforum.bot.content.Session session : event.sessions()) {
                List<Token> title = Token.of(TextNormalizer.clean(session.title()));
                for (int i = 1; i < title.size(); i++) {
                    pairs.add(title.get(i - 1).text() + " " + title.get(i).text());
                }
            }
        }
        this.titlePairs = Set.copyOf(pairs);
        Map<String, Set<String>> names = new HashMap<>();
        for (Person person : model.people()) {
            Set<String> forms = new HashSet<>();
            String allForms = person.name() + " " + String.join(" ", person.mentions());
            for (Token token : Token.of(TextNormalizer.clean(allForms))) {
                forms.addAll(token.parts());
            }
            String handle = org.kvmforum.bot.search.PeopleDirectory.handleOf(person.name());
            if (handle != null) {
                forms.add(handle);
            }
            names.put(person.id(), Set.copyOf(forms));
        }
        this.nameWords = Map.copyOf(names);
        // What the posts themselves name as the place, the co-located event and the first forum's year: a question
        // naming them asks for that fact ("was it in <the place>?", "was it part of <the other event>?").
        Set<String> place = new HashSet<>(PLACE_WORDS);
        Set<String> colocation = new HashSet<>(COLOCATION_WORDS);
        Set<String> firstForum = new HashSet<>(FIRST_FORUM_WORDS);
        for (Event event : model.events()) {
            place.addAll(wordsOf(event.venue().place()));
            colocation.addAll(wordsOf(event.venue().colocatedWith()));
            colocation.removeAll(Cues.EVENT_NOUNS); // "X Summit": the summit is not what is asked
            if (event.facts().firstForum() != null) {
                firstForum.add(Integer.toString(event.facts().firstForum().year()));
            }
        }
        this.placeWords = Set.copyOf(place);
        Set<String> posters = new HashSet<>();
        for (Event event : model.events()) {
            if (event.report().poster() != null) {
                Token.of(TextNormalizer.clean(event.report().poster())).forEach(token -> posters.add(token.text()));
            }
        }
        this.posterWords = Set.copyOf(posters);
        this.colocationWords = Set.copyOf(colocation);
        Set<String> both = new HashSet<>(eventWords);
        both.addAll(colocationWords);
        this.eventAndColocation = Set.copyOf(both);
        this.firstForumWords = Set.copyOf(firstForum);
    }

    /** The lower-case words of a name from the model; none for null. */
    private static Set<String> wordsOf(String text) {
        Set<String> words = new HashSet<>();
        if (text != null) {
            for (Token token : Token.of(TextNormalizer.clean(text))) {
                words.addAll(token.parts());
            }
        }
        return words;
    }

    /**
     * "dan magenheimer had a full session slot?", "i heard 300 people went?", "the pub night was after day 2": a
     * statement, with a verb after its first word and no question word, closed by a question mark or by nothing.
     * Not "vfio slides?" (no verb), "can you list the keynotes?" or "anything on SPICE?".
     */
    static boolean statedAsQuestion(String raw, List<Token> words) {
        // One sentence only: "hey, was Rusty there? did he talk about virtio?" is two questions, "context: … did
        // anyone talk about that?" a statement and a question.
        String text = raw == null ? "" : raw.strip();
        boolean oneSentence = !text.isEmpty() && !ONE_SENTENCE_BREAKS.matcher(text.substring(0, text.length() - 1)).find();
        // "the pub night was after day 2", "the first forum was in 2009 iirc": a bare statement put to a bot that
        // answers questions is put up for confirmation too.
        if (!oneSentence || LEAD_IN_THEN_QUESTION.matcher(text).find() || words.size() < 3
                || Cues.YES_NO_OPENERS.contains(words.get(0).text())
                || Cues.AUXILIARIES.contains(words.get(0).text())
                || STATEMENT_OPENERS_NOT.contains(words.get(0).text())) {
            return false;
        }
        // "hey, was Rusty there?": an interjection before a yes-or-no question's auxiliary.
        int first = INTERJECTIONS.contains(words.get(0).text()) ? 1 : 0;
        if (Cues.YES_NO_OPENERS.contains(words.get(first).text()) || Cues.AUXILIARIES.contains(words.get(first).text())) {
            return false;
        }
        boolean verb = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).text();
            if (NOT_A_STATEMENT.contains(word)) {
                return false;
            }
            verb |= i > 0 && (Cues.AUXILIARIES.contains(word) || Cues.IRREGULAR_PAST.containsKey(word)
                    || STATED_VERBS.contains(word) || word.length() > 4 && word.endsWith("ed"));
        }
        return verb;
    }

    /** The most words a set-aside clause runs to before its question ("besides the event index feature"). */
    private static final int SET_ASIDE_WORDS = 5;

    /** What ends a sentence or sets a clause apart within a text. */
    private static final java.util.regex.Pattern ONE_SENTENCE_BREAKS = java.util.regex.Pattern.compile(
            "[.?!;:]\\s|\\s[-\u2013\u2014]+\\s|\\.\\.\\.");

    /** "besides power7, does paul's port support power6?": a lead-in, then a yes-or-no question. */
    private static final java.util.regex.Pattern LEAD_IN_THEN_QUESTION = java.util.regex.Pattern.compile(
            "(?i),\\s*(?:was|were|is|are|did|does|do|has|have|had|can|could|will|would|should)\\b");

    /**
     * Words that make a sentence no statement, anywhere in it: the question words, their contractions, and the words
     * of an alternative or a condition ("was it Kevin or Stefan?").
     */
    private static final Set<String> NOT_A_STATEMENT = union(Cues.QUESTION_WORDS,
            Set.of("whats", "wheres", "hows", "whether", "if", "or"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return Set.copyOf(both);
    }

    /** Openers of requests and of "anything on …?", which are no statements. */
    private static final Set<String> STATEMENT_OPENERS_NOT = Set.of("any", "anything", "anyone", "anybody",
            "someone", "somebody", "list", "show", "give", "tell", "link", "name", "please", "pls", "can", "could",
            "would", "will", "should", "may", "might", "no", "not");

    /** Words that open a message without being part of its sentence. */
    private static final Set<String> INTERJECTIONS = Set.of("hey", "hi", "hello", "ok", "okay", "so", "and", "also",
            "btw", "oh", "hmm", "um", "uh", "well", "quick", "q", "question", "yo", "sorry");

    /** Common verbs in their past or present forms that the ending "-ed" misses. */
    private static final Set<String> STATED_VERBS = Set.of("gave", "went", "spoke", "did", "does", "says", "said",
            "wants", "got", "came", "told", "beat", "beats", "won", "wins", "lost", "loses", "uses", "supports",
            "runs", "makes", "needs", "works", "gets", "takes", "gives", "shows", "thinks", "knows", "means", "goes",
            "ships", "replaces", "leads", "holds", "comes", "becomes", "became", "began", "begins");

    Question read(String raw) {
        // "day-2", "day-two": the day, as "day 2" is.
        String cleaned = DAY_COMPOUND.matcher(TextNormalizer.clean(raw)).replaceAll("$1 $2");
        cleaned = DAY_SHORT.matcher(cleaned).replaceAll("day $1"); // "d1 morning talks", "day2"
        cleaned = partsOfTheDayWrittenShort(cleaned);
        cleaned = NUMBER_SIGN.matcher(cleaned).replaceAll("number of"); // "total # of talks"
        cleaned = PERCENT_SIGN.matcher(cleaned).replaceAll(" percent"); // "what % fewer exits"
        cleaned = DAYS_OF_TALKS.matcher(cleaned).replaceAll("days"); // "how many days of talks": the days counted
        cleaned = FETCHING_UP.matcher(cleaned).replaceAll("get$1"); // "pull up the slides": no "pull requests"
        // "a 2 day or 3 day thing", "a 2 day event": a length in days, written as "two-day" is, not day 2.
        cleaned = LENGTH_IN_DAYS.matcher(cleaned).replaceAll("$1-day$2");
        Reading r = new Reading(Token.of(cleaned), placeWords, colocationWords, firstForumWords, posterWords);
        Event event = eventNamedIn(r);
        r.claimThisYear(); // "what virtio talks were there this year": the event's own year, no topic
        List<Person> people = directory.mentionedIn(cleaned);
        r.claimNames(people, nameWords);
        if (event != null && event.report().author() != null) {
            // "the last talk in amit's notes", "amit's post": the author's name owning the report names the report,
            // not a person the question asks about.
            String author = event.report().author();
            String text = cleaned;
            people = people.stream().filter(person -> !person.name().equals(author)
                    || !r.ownsTheReport(text, nameWords.getOrDefault(person.id(), Set.of()))).toList();
        }
        // "the kvm tool talk": a word of the event's name alone is the topic when a session's title has it beside
        // the same word ("Native Linux KVM tool"); otherwise it names the event.
        boolean asksAboutEvent = r.claimWhere(i -> eventWords.contains(r.tokens.get(i).text())
                && (partOfTheEventsName(r.tokens, i) || !inATitleBeside(r.tokens, i)));
        // "the downsides of the 2011 format", "the forum's setup": the event's own arrangements, not a session's.
        asksAboutEvent |= event != null && r.claimArrangementOf(Integer.toString(event.year()), eventWords);
        boolean mentionsReport = r.claimPost();
        int day = r.claimDay(event == null ? 0 : event.program().days());
        PartOfDay part = r.claimPart();
        Question.Edge edge = r.claimEdge();
        PartOfDay tracksPart = edge != Question.Edge.BEFORE_START || event == null ? null : partWithTracks(event, day);
        if (part != null && tracksPart != null && part.compareTo(tracksPart) < 0 && r.hasAny(Cues.PARALLEL)) {
            // "the talks of the first session of day 2, before the parallel tracks started": that part is what came
            // before the tracks, not what came before it.
            edge = Question.Edge.NONE;
        }
        boolean parallel = r.claimParallel();
        if (part == null && parallel && event != null && r.placedInTheTracks()) {
            // "in the day 2 parallel tracks": the part of the day the post says ran them, when it names one.
            part = partWithTracks(event, day);
        }
        boolean plainTalk = r.claimPlainSessionWords();
        SessionKind excluded = r.claimExcludedKind();
        r.claimIncludedKind();
        SessionKind kind = r.claimKind();
        if (people.isEmpty() && kind != null && event != null && r.claimAll(Cues.AUTHOR)) {
            // "what BOF topics did the author bring up": the report's author as one of the people who held a
            // session of that kind, when the post has them so; without such a kind, the author is the report's.
            people = authorWithSessions(event);
        }
        if (people.isEmpty() && event != null && r.authorsOwnSession()) {
            // "the slides for the author's own talk": the author as the person whose session is asked for.
            people = authorWithSessions(event);
        }
        if (kind == null && plainTalk && (r.hasAny(Cues.ORDINALS.keySet()) || r.hasAny(Cues.LAST))) {
            // "the last regular talk the author caught on the first afternoon": a place among the plain talks.
            kind = SessionKind.TALK;
        }
        Target target = r.target();
        if (target == Target.COUNT) {
            r.claimIncludingMissed(); // "how many talks in total, including ones the author missed"
        }
        if (people.isEmpty() && (target == Target.COUNT || target == Target.LIST)) {
            // "how many talks did the author see on the first morning": the sessions the post describes, which are
            // the ones its author saw; the author is not a topic.
            r.claimAll(Cues.AUTHOR);
        }
        boolean repeated = r.claimRepeated();
        r.claimCountedSessions();
        // "before the tracks split" asks for a session, not whether there were tracks.
        // The report's author named ("who is Amit Shah") is asking about the report; anyone else is not.
        List<Person> others = event == null ? people : people.stream()
                .filter(person -> !person.name().equals(event.report().author())).toList();
        EventFact fact = r.claimFact(target, people, others, kind, parallel && edge == Question.Edge.NONE,
                asksAboutEvent, mentionsReport, day, part);
        if (fact == null && parallel && part == null && event != null) {
            part = partWithParallelTracks(event); // "the parallel tracks" are a part of the day, by the post
        }
        int position = r.claimPosition();
        Question.Relative relative = r.claimRelative(eventAndColocation);
        boolean together = !people.isEmpty() && r.hasAny(Cues.TOGETHER);
        // "besides event idx, what else did tsirkin cover": what is set aside is known to the asker, no topic.
        r.claimSetAside();
        List<Token> topic = r.topic(target);
        return new Question(r.tokens, event, target, fact, people, topic, day, part, kind, position, relative,
                r.namesATalk(), together, asksAboutEvent, r.sharedFirstName(people), edge, repeated, excluded,
                statedAsQuestion(raw, r.tokens));
    }

    /** The one part of the day (of that day, or of any) the post says ran parallel tracks, or null. */
    private static PartOfDay partWithTracks(Event event, int day) {
        PartOfDay found = null;
        for (PartOfDay part : PartOfDay.values()) {
            if (!part.known()) {
                continue;
            }
            boolean tracks = day > 0 ? event.program().parallelIn(day, part)
                    : java.util.stream.IntStream.rangeClosed(1, Math.max(1, event.program().days()))
                            .anyMatch(d -> event.program().parallelIn(d, part));
            if (tracks) {
                if (found != null) {
                    return null;
                }
                found = part;
            }
        }
        return found;
    }

    private static final java.util.regex.Pattern DAY_COMPOUND =
            java.util.regex.Pattern.compile("(?i)\\b(day)-(\\d+|one|two|three|four|five)\\b");

    /** A day written short, in chat: "d1", "d-2", "day2". */
    private static final java.util.regex.Pattern DAY_SHORT =
            java.util.regex.Pattern.compile("(?i)\\bd(?:ay)?-?([1-9])\\b");

    /** "# of talks": the sign read as the word. */
    private static final java.util.regex.Pattern NUMBER_SIGN = java.util.regex.Pattern.compile("#\\s*(?i:of)\\b");

    /**
     * A phrasal verb of fetching, "pull up the slides", "dig them up": the asker's "get", no word of a topic ("pull"
     * is the keynote's "pull requests"). "bring up" is "mention", and stays.
     */
    private static final java.util.regex.Pattern FETCHING_UP = java.util.regex.Pattern.compile(
            "(?i)\\b(?:pull|dig)((?:\\s+(?!up\\b)[\\w'’-]+){0,3}?)\\s+up\\b");

    /** "days of talks", "days of sessions": a length in days, which the talks only fill. */
    private static final java.util.regex.Pattern DAYS_OF_TALKS = java.util.regex.Pattern.compile(
            "(?i)\\bdays\\s+of\\s+(?:talks|sessions|presentations|program|programme|content)\\b");

    /** A per-cent sign standing for the word, with no figure before it: "what % fewer", "by how many %". */
    private static final java.util.regex.Pattern PERCENT_SIGN = java.util.regex.Pattern.compile("(?<![\\d\\s])\\s*%");

    /** "am" or "pm" right after a day ("day 1 pm", "2nd day am"): its part, not a clock time or the verb. */
    private static final java.util.regex.Pattern PART_AFTER_DAY = java.util.regex.Pattern.compile(
            "(?i)\\b(day \\d|day (?:one|two|three|four|five)|(?:first|second|third|last|1st|2nd|3rd) day)"
                    + "\\s*,?\\s+(am|pm)\\b");
    /** "am" or "pm" right before a day ("pm of day 2", "am on the first day"). */
    private static final java.util.regex.Pattern PART_BEFORE_DAY = java.util.regex.Pattern.compile(
            "(?i)\\b(am|pm)(\\s+(?:of|on)\\s+(?:the\\s+)?(?:day|first|second|third|last|1st|2nd|3rd)\\b)");
    /** "am or pm", "am/pm": which part of the day, asked of a session; not "at 9 am or pm", a clock time. */
    private static final java.util.regex.Pattern AM_OR_PM = java.util.regex.Pattern.compile(
            "(?i)(?<!\\d)(?<!\\d )(?:\\bam\\s*(?:or|/)\\s*pm\\b|\\bpm\\s*(?:or|/)\\s*am\\b)");

    /**
     * The parts of a day as chat writes them beside a day, "d1 pm", "pm of day 2", "am or pm", read as the words
     * the program uses. Alone, "pm" stays a clock time's ("7 pm") and "am" the verb ("am I right").
     */
    static String partsOfTheDayWrittenShort(String text) {
        String read = PART_AFTER_DAY.matcher(text).replaceAll(m -> m.group(1) + " " + partWord(m.group(2)));
        read = PART_BEFORE_DAY.matcher(read).replaceAll(m -> partWord(m.group(1)) + m.group(2));
        return AM_OR_PM.matcher(read).replaceAll("morning or afternoon");
    }

    private static String partWord(String amOrPm) {
        return amOrPm.equalsIgnoreCase("am") ? "morning" : "afternoon";
    }

    /** A number of days before "day" and a noun or "or": "a 2 day event", "a 2 day or 3 day thing". */
    private static final java.util.regex.Pattern LENGTH_IN_DAYS = java.util.regex.Pattern.compile(
            "(?i)\\b(\\d) days?(\\s+(?:or|event|thing|conference|forum|affair|meeting|meetup|long)\\b)");

    /** The report's author as a person of the post with sessions, or none. */
    private List<Person> authorWithSessions(Event event) {
        String author = event.report().author();
        if (author == null) {
            return List.of();
        }
        List<Person> found = new ArrayList<>();
        for (Person person : directory.find(author)) {
            if (person.name().equalsIgnoreCase(author) && !person.sessionIds().isEmpty()) {
                found.add(person);
            }
        }
        return found;
    }

    /**
     * The question's words without the event's name and year (its name and year): every session and sentence of
     * the post belongs to the event, so its name says nothing about which one is meant.
     */
    String withoutEventName(Question q) {
        StringBuilder text = new StringBuilder();
        List<Token> words = q.words();
        for (int i = 0; i < words.size(); i++) {
            if (!partOfTheEventsName(words, i)) {
                text.append(words.get(i).surface()).append(' ');
            }
        }
        return text.toString().trim();
    }

    /**
     * Whether the word at i names the event: a word of its name beside another ("KVM Forum", "forum 2011"), or a
     * word for an event ("the forum"). A word of the name alone ("porting KVM") may be the topic, and stays.
     */
    private boolean partOfTheEventsName(List<Token> words, int i) {
        String word = words.get(i).text();
        if (!eventWords.contains(word)) {
            return false;
        }
        boolean besideAnother = i > 0 && eventWords.contains(words.get(i - 1).text())
                || i + 1 < words.size() && eventWords.contains(words.get(i + 1).text());
        return besideAnother || Cues.EVENT_NOUNS.contains(word) || word.chars().allMatch(Character::isDigit);
    }

    /** Whether the word at i and a word beside it are two words side by side in a session's title. */
    private boolean inATitleBeside(List<Token> words, int i) {
        String word = words.get(i).text();
        // A word of substance beside it, not "kvm on" ("KVM on the POWER7").
        return i > 0 && !Cues.STOP.contains(words.get(i - 1).text())
                && titlePairs.contains(words.get(i - 1).text() + " " + word)
                || i + 1 < words.size() && !Cues.STOP.contains(words.get(i + 1).text())
                && titlePairs.contains(word + " " + words.get(i + 1).text());
    }

    /** The part of the day the post says ran parallel tracks ("in the afternoon sessions"), or null. */
    private static PartOfDay partWithParallelTracks(Event event) {
        String tracks = event.program().parallelTracks() == null ? "" : event.program().parallelTracks().toLowerCase(java.util.Locale.ROOT);
        for (PartOfDay part : PartOfDay.values()) {
            if (tracks.contains(part.word())) {
                return part;
            }
        }
        return null;
    }

    /** The event whose year the question gives, else the first (the post's own). */
    private Event eventNamedIn(Reading r) {
        if (model.events().isEmpty()) {
            return null;
        }
        for (Event event : model.events()) {
            if (r.has(Integer.toString(event.year()))) {
                return event;
            }
        }
        return model.events().get(0);
    }

    /** One question's words and which of them a cue has claimed. */
    private static final class Reading {
        private final List<Token> tokens;
        private final boolean[] claimed;
        /** Which claimed words are people's names. */
        private final boolean[] isName;
        private final int size;

        private final Set<String> placeWords;
        private final Set<String> colocationWords;
        private final Set<String> firstForumWords;
        private final Set<String> posterWords;

        Reading(List<Token> tokens, Set<String> placeWords, Set<String> colocationWords, Set<String> firstForumWords,
                Set<String> posterWords) {
            this.placeWords = placeWords;
            this.posterWords = posterWords;
            this.colocationWords = colocationWords;
            this.firstForumWords = firstForumWords;
            this.tokens = tokens;
            this.size = tokens.size();
            this.claimed = new boolean[size];
            this.isName = new boolean[size];
        }

        private String at(int i) {
            return i >= 0 && i < size ? tokens.get(i).text() : "";
        }

        boolean has(String word) {
            for (Token token : tokens) {
                if (token.text().equals(word)) {
                    return true;
                }
            }
            return false;
        }

        boolean hasAny(Set<String> words) {
            for (Token token : tokens) {
                if (words.contains(token.text())) {
                    return true;
                }
            }
            return false;
        }

        /** Whether one of the first words is followed by one of the then words within the next few words. */
        /**
         * "how many day-1 afternoon talks": what is counted follows "many" after the day or part it is counted in.
         */
        private boolean countedAfterAPart() {
            for (int i = 0; i + 1 < size; i++) {
                if (!at(i).equals("many")) {
                    continue;
                }
                int k = i + 1;
                while (k < size && (at(k).equals("day") || Cues.NUMBERS.containsKey(at(k)) || at(k).matches("\\d+")
                        || Cues.ORDINALS.containsKey(at(k)) || Cues.MORNING.contains(at(k))
                        || Cues.AFTERNOON.contains(at(k)) || at(k).equals("parallel") || at(k).equals("track"))) {
                    k++;
                }
                return k > i + 1 && k < size && Cues.COUNTABLE.contains(at(k));
            }
            return false;
        }

        private boolean followedBy(Set<String> first, Set<String> then, int within) {
            return followedBy(first, then, within, false);
        }

        private boolean followedBy(Set<String> first, Set<String> then, int within, boolean unclaimedOnly) {
            for (int i = 0; i < size; i++) {
                if (first.contains(at(i))) {
                    for (int k = 1; k <= within; k++) {
                        if (then.contains(at(i + k)) && !(unclaimedOnly && claimed[i + k])) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /**
         * "its own video card", "video output": "video" before a noun names a thing of that noun, not a recording.
         * Before a word for a recording, a link, nothing or a small word ("a video of the talk"), it is one.
         */
        private boolean videoOfSomething() {
            for (int i = 0; i + 1 < size; i++) {
                String next = at(i + 1);
                if (at(i).equals("video") && !Cues.STOP.contains(next) && !Cues.RECORDING_WORDS.contains(next)
                        && !Cues.LINKS.contains(next) && !Cues.AUXILIARIES.contains(next)
                        && !Set.of("available", "online", "up", "posted", "anywhere", "somewhere").contains(next)) {
                    return true;
                }
            }
            return false;
        }

        private boolean phrase(String... words) {
            for (int i = 0; i + words.length <= size; i++) {
                boolean all = true;
                for (int k = 0; k < words.length && all; k++) {
                    all = at(i + k).equals(words[k]);
                }
                if (all) {
                    return true;
                }
            }
            return false;
        }

        private boolean claimAll(Set<String> words) {
            boolean any = false;
            for (int i = 0; i < size; i++) {
                if (!claimed[i] && words.contains(at(i))) {
                    claimed[i] = true;
                    any = true;
                }
            }
            return any;
        }

        /**
         * In a question for what else ("besides numa, what other items…", "apart from the keynote, what did avi…"),
         * the words set aside up to the question word: the asker names them to leave them out.
         */
        private void claimSetAside() {
            // Only a clause that opens the question: "what other BOFs were there besides A and B" names the ones
            // the question counts out, which the answer needs.
            boolean aside = size > 1 && (Set.of("besides", "except").contains(at(0))
                    || Set.of("apart", "aside").contains(at(0)) && at(1).equals("from")
                    || at(0).equals("other") && at(1).equals("than"));
            if (!aside || !hasAny(Set.of("else", "other", "others"))) {
                return;
            }
            for (int k = 0; k < size && k <= SET_ASIDE_WORDS; k++) {
                if (k > 1 && (Cues.QUESTION_WORDS.contains(at(k)) || Cues.AUXILIARIES.contains(at(k)))) {
                    return;
                }
                if (!Cues.SESSION_NOUNS.contains(at(k)) && !Cues.KEYNOTE.contains(at(k))) {
                    claimed[k] = true; // "apart from the keynote": the kind stays, so the keynote is set aside
                }
            }
        }

        /** Claims the words at the places that pass; says whether there were any. */
        private boolean claimWhere(java.util.function.IntPredicate at) {
            boolean any = false;
            for (int i = 0; i < size; i++) {
                if (!claimed[i] && at.test(i)) {
                    claimed[i] = true;
                    any = true;
                }
            }
            return any;
        }

        private void claimNext(int i, Set<String> words) {
            if (i < size && words.contains(at(i))) {
                claimed[i] = true;
            }
        }

        // ------------------------------------------------------------ people

        /** The words of the named people's names, as typed (typos included: "hajnoczy" is a name word). */
        void claimNames(List<Person> people, Map<String, Set<String>> nameWordsById) {
            Set<String> nameWords = new HashSet<>();
            for (Person person : people) {
                nameWords.addAll(nameWordsById.getOrDefault(person.id(), Set.of()));
            }
            for (int i = 0; i < size; i++) {
                String word = at(i);
                for (String name : nameWords) {
                    if (word.equals(name) || word.charAt(0) == name.charAt(0) && EditDistance.close(word, name)
                            || word.equals(name.replace("oe", "o"))) {
                        claimed[i] = isName[i] = true;
                        break;
                    }
                }
            }
            // "hirofuchi san", "mr. wolf", "dr graf": a title beside a name is part of how it is said.
            for (int i = 0; i < size; i++) {
                boolean besideAName = i > 0 && isName[i - 1] || i + 1 < size && isName[i + 1];
                if (besideAName && HONORIFICS.contains(at(i))) {
                    claimed[i] = true;
                }
            }
        }

        /**
         * Several people named, all with the same first name, and nothing but that first name typed: "Alex"
         * is Alex Williamson and Alex Graf, and the answer should say so.
         */
        boolean sharedFirstName(List<Person> people) {
            if (people.size() < 2) {
                return false;
            }
            String first = people.get(0).firstName().toLowerCase(java.util.Locale.ROOT);
            for (Person person : people) {
                if (!person.firstName().toLowerCase(java.util.Locale.ROOT).equals(first)) {
                    return false;
                }
                List<Token> nameWords = Token.of(TextNormalizer.clean(person.name()));
                for (Token word : nameWords.subList(1, nameWords.size())) {
                    if (has(word.text())) {
                        return false;
                    }
                }
            }
            return true;
        }

        // ------------------------------------------------------------ days, parts, kinds

        /** "day 2", "the second day", "day one", "the opening day", "the last day"; 0 when none. */
        int claimDay(int eventDays) {
            // "on the first or the second day": which day is asked, neither is picked.
            for (int i = 0; i + 3 < size; i++) {
                int k = at(i + 2).equals("the") ? i + 3 : i + 2;
                if (Cues.ORDINALS.containsKey(at(i)) && at(i + 1).equals("or") && k + 1 < size
                        && Cues.ORDINALS.containsKey(at(k)) && isDayWord(at(k + 1))) {
                    for (int c = i; c <= k + 1; c++) {
                        claimed[c] = true;
                    }
                    return 0;
                }
            }
            int first = claimOneDay(eventDays);
            int second = alternativeDay != 0 ? alternativeDay : claimOneDay(eventDays);
            // "day 1 or day 2?" (and "day 1 or 2?") asks which day, it does not pick one.
            return second != 0 && second != first ? 0 : first;
        }

        /** The number after "day N or": "day 1 or 2" names a second day without repeating "day". */
        private int alternativeDay;

        private int claimOneDay(int eventDays) {
            for (int i = 0; i < size; i++) {
                if (claimed[i]) {
                    continue;
                }
                List<String> parts = tokens.get(i).parts();
                if (parts.size() == 2 && isDayWord(parts.get(1)) && dayNumber(parts.get(0), eventDays) != 0) {
                    claimed[i] = true;
                    return dayNumber(parts.get(0), eventDays);
                }
                String word = at(i);
                // Not "first day 2 talk" (from "first d2 talk"): the number after "day" names it; the ordinal is the
                // talk's.
                if (isDayWord(at(i + 1)) && dayNumber(word, eventDays) != 0
                        && !(at(i + 1).equals("day") && at(i + 2).matches("[1-9]"))) {
                    claimed[i] = claimed[i + 1] = true;
                    return dayNumber(word, eventDays);
                }
                if (word.equals("day") && Cues.NUMBERS.containsKey(at(i + 1))) {
                    claimed[i] = claimed[i + 1] = true;
                    if (at(i + 2).equals("or") && Cues.NUMBERS.containsKey(at(i + 3))) {
                        claimed[i + 3] = true;
                        alternativeDay = Cues.NUMBERS.get(at(i + 3));
                    }
                    return Cues.NUMBERS.get(at(i + 1));
                }
                if (word.length() == 4 && word.startsWith("day") && word.charAt(3) >= '1' && word.charAt(3) <= '9') {
                    claimed[i] = true;
                    return word.charAt(3) - '0';
                }
            }
            return dayOfAPart(eventDays);
        }

        /**
         * "the first morning", "the second afternoon's tracks": an ordinal right before a part of the day, with no
         * session noun after the part, numbers the day whose part it is, not a session ("the first morning talk"
         * stays the morning's first talk, unless the question asks another place: "the last talk of the first
         * morning session"). Only the ordinal is claimed; the part is left to {@link #claimPart}.
         */
        private int dayOfAPart(int eventDays) {
            for (int i = 0; i + 1 < size; i++) {
                Integer ordinal = Cues.ORDINALS.get(at(i));
                String part = at(i + 1).replaceFirst("'s$", "");
                boolean isPart = Cues.MORNING.contains(part) || Cues.AFTERNOON.contains(part);
                if (claimed[i] || ordinal == null || !isPart || ordinal > eventDays) {
                    continue;
                }
                String next = at(i + 2);
                // "the last talk of the first morning session": another place asked, so this ordinal is the day's.
                int ordinalAt = i;
                boolean otherPlace = java.util.stream.IntStream.range(0, size).anyMatch(k -> k != ordinalAt
                        && !claimed[k] && (Cues.LAST.contains(at(k)) || Cues.ORDINALS.containsKey(at(k))
                                || Cues.ENDED.contains(at(k)) || Cues.STARTED.contains(at(k))));
                if (!Cues.SESSION_NOUNS.contains(next) && !Cues.LIGHTNING.contains(next) || otherPlace
                        || next.equals("session") && asksForSessionsBefore(i)) {
                    claimed[i] = true;
                    return ordinal;
                }
            }
            return 0;
        }

        /**
         * "what talks were in the first morning session", "which talks made up day 2's first session": sessions
         * asked for in the plural before an ordinal cannot be one place in the program, so the ordinal numbers the
         * day or the part they were in.
         */
        private boolean asksForSessionsBefore(int at) {
            for (int k = 0; k < at; k++) {
                if (SESSIONS_ASKED.contains(at(k))) {
                    return true;
                }
            }
            return false;
        }

        /** "who had the final slot of the first morning", "the opening slot": a slot placed in the program. */
        private boolean aPlacedSlot() {
            for (int i = 1; i < size; i++) {
                String before = at(i - 1);
                if ((at(i).equals("slot") || at(i).equals("slots")) && (Cues.ORDINALS.containsKey(before)
                        || Cues.LAST.contains(before) || Cues.OPENING.contains(before))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "what virtio talks were there this year": sessions asked for in the event's own year, no topic. Not beside
         * another year ("how did his approach change this year", against last year's), nor where no sessions are
         * asked for ("the hot topics this year" may be the post's own words).
         */
        void claimThisYear() {
            if (!hasAny(SESSIONS_ASKED) || has("last")
                    || has("previous")) {
                return;
            }
            for (int i = 0; i + 1 < size; i++) {
                if (at(i).equals("this") && at(i + 1).equals("year")) {
                    claimed[i] = claimed[i + 1] = true;
                }
            }
        }

        /** A word for the event's arrangements right after the event's year or a word of its name. */
        boolean claimArrangementOf(String year, Set<String> eventWords) {
            for (int i = 1; i < size; i++) {
                String before = at(i - 1).replaceFirst("'s$", "");
                if (Cues.ARRANGEMENTS.contains(at(i)) && (before.equals(year) || eventWords.contains(before)
                        || Set.of("event", "conference").contains(before))) {
                    claimed[i] = claimed[i - 1] = true;
                    return true;
                }
                // "what downsides did the author mention about the format?": the format weighed, with no word
                // before it saying whose ("the block format") is the event's.
                if (Cues.ARRANGEMENTS.contains(at(i)) && Set.of("the", "that", "this").contains(before)
                        && hasAny(Cues.CONSEQUENCE) && !claimed[i]) {
                    claimed[i] = true;
                    return true;
                }
            }
            return false;
        }

        private static boolean isDayWord(String word) {
            return word.equals("day") || word.equals("days");
        }

        private static int dayNumber(String word, int eventDays) {
            if (Cues.ORDINALS.containsKey(word)) {
                return Cues.ORDINALS.get(word);
            }
            if (Cues.OPENING.contains(word)) {
                return 1;
            }
            if (Cues.LAST.contains(word)) {
                return Math.max(eventDays, 0);
            }
            return 0;
        }

        PartOfDay claimPart() {
            boolean morning = false;
            boolean afternoon = false;
            for (int i = 0; i < size; i++) {
                if (Cues.MORNING.contains(at(i))) {
                    morning = claimed[i] = true;
                    claimNext(i + 1, PART_MORNING_NOUNS);
                } else if (Cues.AFTERNOON.contains(at(i))) {
                    afternoon = claimed[i] = true;
                    claimNext(i + 1, PART_AFTERNOON_NOUNS);
                }
            }
            // "what closed out the first session on day two": the post's first session of a day is its morning, the
            // second its afternoon. Only beside a verb of opening or closing, or after "in": "the first session on
            // day 2" alone is its first talk.
            boolean edgeVerb = hasAny(Cues.ENDED) || hasAny(Cues.STARTED);
            for (int i = 0; i + 1 < size; i++) {
                // "in the first session", "from the second day's first session": a part of the day, not a talk.
                boolean within = false;
                for (int back = Math.max(0, i - 4); back < i; back++) {
                    within |= Set.of("in", "during", "from", "for", "of").contains(at(back));
                }
                // "day 2's first (non-parallel) session": a word of what the part was like between them.
                int noun = i + 1 < size && SESSION_LIKE.contains(at(i + 1)) && i + 2 < size ? i + 2 : i + 1;
                // "list day 2's first session talks": the talks of that part of the day.
                boolean ofThePart = noun + 1 < size && Set.of("talks", "speakers", "presentations", "sessions", "lineup")
                        .contains(at(noun + 1));
                // "the second morning session": the part is named; the ordinal is the day's.
                boolean partNamed = Cues.MORNING.contains(at(i + 1)) || Cues.AFTERNOON.contains(at(i + 1));
                if (!at(noun).equals("session") || !(edgeVerb || within || ofThePart || asksForSessionsBefore(i))
                        || partNamed) {
                    continue;
                }
                if (Set.of("first", "1st", "opening").contains(at(i))) {
                    morning = claimed[i] = claimed[noun] = true;
                } else if (Set.of("second", "2nd").contains(at(i))) {
                    afternoon = claimed[i] = claimed[noun] = true;
                }
                claimed[i + 1] = true;
            }
            if (phrase("after", "lunch") || phrase("before", "lunch")) {
                for (int i = 1; i < size; i++) {
                    if (at(i).equals("lunch")) {
                        claimed[i] = claimed[i - 1] = true;
                        morning |= at(i - 1).equals("before");
                        afternoon |= at(i - 1).equals("after");
                    }
                }
            }
            if (morning == afternoon) {
                return null; // neither, or "morning or afternoon?", which asks for the part
            }
            return morning ? PartOfDay.MORNING : PartOfDay.AFTERNOON;
        }

        /**
         * "before the tracks split", "after the morning": a relative word whose next words (articles aside) name a
         * part of the day or the parallel tracks asks for the session at that part's edge. The relative word and
         * what follows it up to the part are claimed; the part itself is left to {@link #claimPart} and
         * {@link #claimParallel}, and the verb after it ("split", "started") says nothing more.
         */
        Question.Edge claimEdge() {
            for (int i = 0; i < size; i++) {
                boolean after = Cues.AFTER.contains(at(i));
                if (claimed[i] || !after && !Cues.BEFORE.contains(at(i))) {
                    continue;
                }
                // Three words on, not counting a day between: "before the day 1 afternoon".
                int reach = i + 3;
                for (int k = i + 1; k < size && k <= reach; k++) {
                    String word = at(k);
                    boolean part = Cues.PARALLEL.contains(word) || Cues.MORNING.contains(word)
                            || Cues.AFTERNOON.contains(word) || tokens.get(k).isCompound()
                            && Cues.PARALLEL.containsAll(tokens.get(k).parts());
                    if (part) {
                        int verb = k + 1;
                        while (verb < size && (Cues.PARALLEL.contains(at(verb)) || Cues.STOP.contains(at(verb)))) {
                            verb++;
                        }
                        boolean theParts = Set.of("sessions", "session", "talks", "tracks").contains(at(verb));
                        if ((Cues.SESSION_NOUNS.contains(at(verb)) || Cues.KEYNOTE.contains(at(verb))
                                || Cues.BOF.contains(at(verb)) || Cues.LIGHTNING.contains(at(verb))) && !theParts) {
                            break; // "after the morning keynote": a session is the anchor, not the part
                        }
                        for (int c = i; c < k; c++) {
                            claimed[c] = true;
                        }
                        boolean starts = false;
                        boolean ends = false;
                        if (verb < size && !Cues.MORNING.contains(at(verb)) && !Cues.AFTERNOON.contains(at(verb))) {
                            claimed[verb] = true; // "the tracks split", "the parallel tracks started": the part's own verb
                            starts = Cues.STARTED.contains(at(verb)) || DIVIDED.contains(at(verb));
                            ends = Cues.ENDED.contains(at(verb));
                        }
                        // Without a verb, "before the afternoon" is before its start, "after the morning" after its end.
                        if (after) {
                            return starts ? Question.Edge.AFTER_START : Question.Edge.AFTER_END;
                        }
                        return ends ? Question.Edge.BEFORE_END : Question.Edge.BEFORE_START;
                    }
                    // "before things split into parallel tracks": the verb of the tracks' start before them.
                    // "before everyone split off into tracks": one word may stand for who split.
                    int divided = DIVIDED.contains(word) ? k : DIVIDED.contains(at(k + 1)) ? k + 1 : -1;
                    if (divided > 0 && tracksWithin(divided + 1, 3)) {
                        for (int c = i; c < size && c <= divided + 3; c++) {
                            claimed[c] |= c <= divided || Cues.PARALLEL.contains(at(c)) || Cues.STOP.contains(at(c));
                        }
                        return after ? Question.Edge.AFTER_START : Question.Edge.BEFORE_START;
                    }
                    // "before the day 1 afternoon": the day, claimed already, stands between them too.
                    boolean ofADay = word.equals("day") || word.matches("day\\d|\\d") || Cues.NUMBERS.containsKey(word)
                            || Cues.ORDINALS.containsKey(word) && isDayWord(at(k + 1));
                    reach += ofADay ? 1 : 0;
                    if (!Cues.STOP.contains(word) && !ofADay) {
                        break;
                    }
                }
            }
            return Question.Edge.NONE;
        }

        /** Whether a word for parallel tracks is among the next words from i, with only little words before it. */
        private boolean tracksWithin(int from, int count) {
            for (int k = from; k < size && k < from + count; k++) {
                if (Cues.PARALLEL.contains(at(k))) {
                    return true;
                }
                if (!Cues.STOP.contains(at(k))) {
                    return false;
                }
            }
            return false;
        }

        /**
         * "who presented twice", "more than once", "more than one talk", "did anyone give two talks": the question
         * asks for what comes up more than once. A number of sessions counts only beside a word asking for a person.
         */
        /** "I caught a few minutes of a video": minutes of something else, not a session's length. */
        private boolean vagueMinutes() {
            for (int i = 1; i < size; i++) {
                if (SLOT_WORDS.contains(at(i)) && Set.of("few", "couple", "several", "some").contains(at(i - 1))) {
                    claimed[i - 1] = claimed[i] = true; // how much the asker saw, no topic either
                    return true;
                }
            }
            return false;
        }

        boolean claimRepeated() {
            // "were there multiple keynotes?" counts sessions; "who gave multiple talks?" asks for a repeat.
            boolean asksForSomeoneAtAll = hasAny(Cues.WHO) || hasAny(Cues.PERSON_NOUNS) || hasAny(SOMEONE);
            for (int i = 0; i + 1 < size; i++) {
                String next = at(i + 1);
                boolean describesSessions = Cues.SESSION_NOUNS.contains(next) || Cues.KEYNOTE.contains(next)
                        || Cues.BOF.contains(next) || Cues.LIGHTNING.contains(next);
                if (Set.of("multiple", "several").contains(at(i)) && describesSessions && !asksForSomeoneAtAll) {
                    return false;
                }
                // "did any talk have multiple presenters": speakers of one session, not one person's sessions.
                if (Set.of("multiple", "several").contains(at(i)) && Cues.PERSON_NOUNS.contains(next)) {
                    return false;
                }
            }
            if (claimAny(Cues.REPEATED)) {
                return true;
            }
            for (int i = 0; i + 2 < size; i++) {
                boolean ofPeople = i + 3 < size && Cues.PERSON_NOUNS.contains(at(i + 3));
                if (at(i).equals("more") && at(i + 1).equals("than") && !ofPeople
                        && (at(i + 2).equals("once") || at(i + 2).equals("one") || at(i + 2).equals("1"))) {
                    claimed[i] = claimed[i + 1] = claimed[i + 2] = true;
                    return true;
                }
            }
            boolean asksForSomeone = hasAny(Cues.WHO) || hasAny(Cues.PERSON_NOUNS) || hasAny(SOMEONE);
            for (int i = 0; i + 1 < size && asksForSomeone; i++) {
                Integer n = Cues.NUMBERS.get(at(i));
                // "who gave the two keynotes": "the" makes the number the sessions', not a repeat of one person's.
                boolean definite = i > 0 && at(i - 1).equals("the");
                if (n != null && n > 1 && !claimed[i] && !definite && Cues.SESSION_NOUNS.contains(at(i + 1))) {
                    claimed[i] = true;
                    return true;
                }
            }
            return false;
        }

        /**
         * "which two talks came after …", "which 2 people gave more than one talk": a number before a session noun or
         * a word for people counts them; it is no topic.
         */
        void claimCountedSessions() {
            for (int i = 0; i + 1 < size; i++) {
                // "slides for about 20 talks": any figure before a session noun is a count.
                // (A figure before a word for people stays: "roughly 100 people came" claims the attendance.)
                boolean figure = Cues.NUMBERS.containsKey(at(i));
                boolean sessionFigure = at(i).matches("\\d{1,3}") && Cues.SESSION_NOUNS.contains(at(i + 1));
                if (sessionFigure || figure && (Cues.SESSION_NOUNS.contains(at(i + 1))
                        || Cues.PERSON_NOUNS.contains(at(i + 1)))) {
                    claimed[i] = true;
                }
            }
        }

        /** "in the parallel tracks", "during the tracks": the tracks as a place in the program, not a question about them. */
        boolean placedInTheTracks() {
            for (int i = 0; i < size; i++) {
                // "the parallel-track talks": the tracks describe the sessions asked for.
                if (tokens.get(i).isCompound() && tokens.get(i).parts().stream().anyMatch(Cues.PARALLEL::contains)
                        && i + 1 < size && Cues.SESSION_NOUNS.contains(at(i + 1))) {
                    return true;
                }
                if (Set.of("in", "during", "from").contains(at(i))) {
                    for (int k = i + 1; k < size && k <= i + 4; k++) {
                        if (Cues.PARALLEL.contains(at(k))) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        boolean claimParallel() {
            boolean parallel = false;
            for (int i = 0; i < size; i++) {
                // "parallel-track talks": a compound of a parallel word is one too.
                if (Cues.PARALLEL.contains(at(i)) || tokens.get(i).isCompound()
                        && Cues.PARALLEL.containsAll(tokens.get(i).parts())) {
                    parallel = claimed[i] = true;
                    // "single track?", "multiple tracks": how many tracks, said before the word.
                    if (i > 0 && TRACK_COUNTS.contains(at(i - 1)) && Set.of("track", "tracks").contains(at(i))) {
                        claimed[i - 1] = true;
                    }
                }
            }
            if (phrase("same", "time")) {
                parallel = true;
            }
            return parallel;
        }

        /**
         * A kind of session the question sets aside: "keynote aside", "except the BOFs", "apart from his keynote",
         * "other than the lightning talks", "not counting BOFs". Claims the kind's word and the words setting it
         * aside, so that neither is read as the kind asked for or as a topic.
         */
        /**
         * "counting the keynote", "including the BOFs": a kind named to be counted in, not one to narrow to. Claims the
         * kind's word and the word before it, so no kind filters the question.
         */
        void claimIncludedKind() {
            for (int i = 1; i < size; i++) {
                if (kindNamedAt(i) == null || claimed[i]) {
                    continue;
                }
                for (int k = Math.max(0, i - 3); k < i; k++) {
                    boolean counted = Set.of("counting", "including", "incl", "plus").contains(at(k))
                            && (k == 0 || !Set.of("not", "without").contains(at(k - 1)));
                    if (counted) {
                        claimed[k] = claimed[i] = true;
                        claimNext(i + 1, TALK_NOUNS);
                    }
                }
                // "keynote included", "BOFs included": the word after the kind.
                if (i + 1 < size && Set.of("included", "inclusive", "incl").contains(at(i + 1))) {
                    claimed[i] = claimed[i + 1] = true;
                }
            }
        }

        SessionKind claimExcludedKind() {
            for (int i = 0; i < size; i++) {
                SessionKind kind = kindNamedAt(i);
                if (kind == null) {
                    continue;
                }
                if (i + 1 < size && Cues.SET_ASIDE_AFTER.contains(at(i + 1))) {
                    claimed[i] = claimed[i + 1] = true;
                    return kind;
                }
                for (int k = Math.max(0, i - 3); k < i; k++) {
                    boolean twoWords = k + 1 < i && Cues.SET_ASIDE_PAIRS.contains(at(k) + " " + at(k + 1));
                    if (Cues.SET_ASIDE_BEFORE.contains(at(k)) || twoWords) {
                        for (int j = k; j <= i; j++) {
                            claimed[j] |= j == i || j == k || twoWords && j == k + 1;
                        }
                        return kind;
                    }
                }
            }
            return null;
        }

        /** The kind a single word names ("keynote", "lightning", "BOF"), or null. */
        private SessionKind kindNamedAt(int i) {
            String word = at(i);
            return Cues.KEYNOTE.contains(word) ? SessionKind.KEYNOTE
                    : Cues.LIGHTNING.contains(word) ? SessionKind.LIGHTNING_TALK
                    : Cues.BOF.contains(word) ? SessionKind.BOF : null;
        }

        SessionKind claimKind() {
            SessionKind kind = null;
            for (int i = 0; i < size; i++) {
                String word = at(i);
                if (claimed[i]) {
                    continue; // set aside: "keynote aside"
                }
                if (Cues.KEYNOTE.contains(word)) {
                    kind = SessionKind.KEYNOTE;
                    claimed[i] = true;
                } else if (Cues.LIGHTNING.contains(word)) {
                    kind = SessionKind.LIGHTNING_TALK;
                    claimed[i] = true;
                    claimNext(i + 1, TALK_NOUNS);
                } else if (Cues.BOF.contains(word)) {
                    kind = SessionKind.BOF;
                    claimed[i] = true;
                } else if (word.equals("birds") && at(i + 1).equals("of") && at(i + 3).equals("feather")) {
                    kind = SessionKind.BOF;
                    claimed[i] = claimed[i + 1] = claimed[i + 3] = true;
                    claimed[i + 2] = at(i + 2).equals("a");
                }
            }
            return kind;
        }

        // ------------------------------------------------------------ what is asked for

        /** Verbs of giving a session: people who did so are its speakers. */
        private static final Set<String> SPEAKING = Set.of("spoke", "speak", "presented", "present", "talked",
                "gave", "give", "presenting", "speaking", "talking");

        Target target() {
            Set<String> whichWhat = WHICH_WHAT;
            // "what did people talk about in the BOFs": the people do what is asked of, they are not asked for.
            boolean peopleDoIt = false;
            for (int i = 0; i + 2 < size; i++) {
                peopleDoIt |= WHICH_WHAT.contains(at(i)) && Set.of("did", "do", "does", "were").contains(at(i + 1))
                        && Cues.PERSON_NOUNS.contains(at(i + 2));
            }
            boolean who = hasAny(Cues.WHO) || followedBy(whichWhat, Cues.PERSON_NOUNS, 2) && !peopleDoIt
                    || phrase("by", "whom")
                    || phrase("which", "of") && followedBy(Set.of("of"), Cues.PERSON_NOUNS, 4); // "which of the two X presenters"
            // "which software did he make his slide animations with" asks for the software, not the slides.
            boolean asksForAThing = size > 1 && WHICH_WHAT.contains(at(0)) && Cues.isAThing(at(1));
            boolean slides = !asksForAThing && (hasAny(Cues.SLIDES) || hasAny(Cues.LINKS) && !who);
            if (slides) {
                return Target.SLIDES;
            }
            // "how many people spoke on day 1": people who gave something are speakers, counted.
            boolean peopleSpeaking = followedBy(MANY, Set.of("people", "persons", "folks", "developers"), 1)
                    && hasAny(SPEAKING);
            // "day 2 morning session count": a count of sessions, named after them.
            boolean countAfter = false;
            for (int i = 0; i + 1 < size; i++) {
                if ((Cues.SESSION_NOUNS.contains(at(i)) || Cues.PLURAL_SESSIONS.contains(at(i)))
                        && Set.of("count", "total").contains(at(i + 1))) {
                    countAfter = claimed[i + 1] = true;
                }
            }
            // "number of talks in day 2's afternoon?", "count of BOFs": the noun that asks for a count is no topic.
            boolean countBefore = false;
            for (int i = 0; i + 2 < size; i++) {
                if (Set.of("number", "count").contains(at(i)) && at(i + 1).equals("of")
                        && Cues.COUNTABLE.contains(at(i + 2))) {
                    countBefore = claimed[i] = true;
                }
            }
            if (countAfter || countBefore
                    || phrase("how", "many")
                            && (followedBy(MANY, Cues.COUNTABLE, 3) || countedAfterAPart() || peopleSpeaking)
                    || phrase("number", "of") && followedBy(OF, Cues.COUNTABLE, 2)) {
                return Target.COUNT;
            }
            if (who) {
                return Target.SPEAKER;
            }
            boolean bothParts = hasAny(Cues.MORNING) && hasAny(Cues.AFTERNOON);
            if (has("when") || followedBy(whichWhat, Cues.TIME_NOUNS, 2, true) || bothParts && has("or")) {
                return Target.TIME;
            }
            // "memory management talks?", "any storage talks": a plural session noun asks for every one of them.
            if (hasAny(Cues.LIST) || followedBy(whichWhat, Cues.PLURAL_SESSIONS, 3) || pluralSessionsAsked()
                    || followedBy(ALL_EVERY, Cues.PLURAL_SESSIONS, 2)
                    || phrase("what", "was", "on") || phrase("what", "happened", "on")
                    || phrase("what", "happened", "in") || phrase("what", "happened", "during")) {
                return Target.LIST;
            }
            return Target.SESSION;
        }

        /**
         * "what did the red hat crowd do once it was over", "where did people go when the talks ended": a clause of
         * time, inside the question, putting what is asked after the event's talks. Its words are claimed.
         */
        private boolean claimOnceOver() {
            // "what did the Red Hat crowd do at the end of the second day?": what people did once a day was over.
            // "where did the Red Hat crowd go at the end of the forum", "what did they do at the end?" too.
            boolean didWhat = phrase("what", "did") && has("do")
                    || phrase("where", "did") && hasAny(Set.of("go", "head", "went", "headed"));
            boolean atTheEnd = phrase("end", "of") || phrase("the", "end") && at(size - 1).equals("end");
            if (didWhat && atTheEnd && !hasAny(Cues.SESSION_NOUNS)) {
                for (int i = 0; i + 1 < size; i++) {
                    if (at(i).equals("end") && at(i + 1).equals("of") || Set.of("do", "go", "head").contains(at(i))) {
                        claimed[i] = true;
                    }
                }
                return true;
            }
            for (int i = 1; i < size; i++) {
                if (!Set.of("once", "when", "after").contains(at(i))) {
                    continue;
                }
                for (int k = i + 1; k < Math.min(size, i + 5); k++) {
                    if (Set.of("over", "ended", "finished", "wrapped", "done", "closed").contains(at(k))) {
                        for (int c = i; c <= k; c++) {
                            claimed[c] = true;
                        }
                        return true;
                    }
                }
            }
            return false;
        }

        /** A plural session noun that closes the question or follows "any": "MM talks?", "any storage talks". */
        private boolean pluralSessionsAsked() {
            for (int i = 0; i < size; i++) {
                if (Cues.PLURAL_SESSIONS.contains(at(i)) && (i == size - 1 || i > 0 && at(i - 1).equals("any"))) {
                    return true;
                }
            }
            return false;
        }

        // ------------------------------------------------------------ facts about the event

        /**
         * Which fact about the event the question asks for, if any. Checked in an order where the more specific
         * fact wins: "how many attended the first forum" is about the first forum, "how long were the talks"
         * about slots, not days.
         */
        EventFact claimFact(Target target, List<Person> people, List<Person> othersThanTheAuthor, SessionKind kind,
                            boolean parallel, boolean asksAboutEvent, boolean mentionsReport, int day, PartOfDay part) {
            if (target == Target.COUNT) {
                if (day != 0 || part != null) {
                    claimAll(REPORT_WORDS); // "how many talks does the writeup list for day 2's first session"
                }
                return null; // "how many sessions did the post describe" counts sessions
            }
            claimTakePlace();
            List<String> loose = looseWords();
            if (claimSpreadOverDays()) {
                claimAll(DAYS_CLAIMED);
                return EventFact.DAYS; // "the forum ran over three days, right?": its length, not after the talks
            }
            if (claimAny(EVENING_WORDS) || claimOnceOver()) {
                return EventFact.AFTER_TALKS;
            }
            // "what happened after day 1": after nothing but the talks or a day. ("After lunch" is claimed already.)
            // "what did the author do after the last talk on day 2": after the day's talks, not after one of them.
            boolean afterTheLast = false;
            for (int i = 0; i + 2 < size; i++) {
                afterTheLast |= AFTER_WORDS.contains(at(i)) && (Cues.LAST.contains(at(i + 1))
                        || at(i + 1).equals("the") && Cues.LAST.contains(at(i + 2)));
            }
            if (afterTheLast && people.isEmpty()
                    && without(without(without(loose, AFTER_WORDS), Cues.LAST), REPORT_NOUNS).isEmpty()) {
                claimAll(AFTER_WORDS);
                claimAll(Cues.LAST);
                return EventFact.AFTER_TALKS;
            }
            if (unclaimedAny(AFTER_WORDS) && people.isEmpty() && kind == null
                    && without(loose, AFTER_WORDS).isEmpty() && !unclaimedAny(Cues.ORDINALS.keySet())) {
                claimAll(AFTER_WORDS);
                return EventFact.AFTER_TALKS;
            }
            // "what did Avi predict back in 2008": a year of someone's words, not the first forum.
            if (othersThanTheAuthor.isEmpty() && claimFirstForum()) {
                return EventFact.FIRST_FORUM;
            }
            // "who did the video recording of the sessions?": who made the recordings, when nothing else is asked.
            boolean whoRecorded = target == Target.SPEAKER && people.isEmpty() && has("who")
                    && unclaimedAny(Set.of("recorded", "recording", "recordings", "filmed", "video-recorded"))
                    && without(without(loose, Cues.RECORDING_WORDS), Cues.VIDEO).isEmpty();
            if ((target != Target.SPEAKER || whoRecorded) && claimAny(Cues.RECORDING_WORDS)) {
                claimAll(Cues.VIDEO);
                return EventFact.RECORDINGS;
            }
            // "is there a video of the VFIO talk" asks for recordings; "who talked about video over the network" not.
            if (target != Target.SPEAKER && target != Target.SLIDES && has("video") && !phrase("video", "over")
                    && !videoOfSomething()) {
                claimAll(Cues.VIDEO);
                return EventFact.RECORDINGS;
            }
            if (reportIsASideClause(people, day, part)) {
                claimAll(REPORT_WORDS); // context, never the topic
                claimAll(SEEN_BY_THE_AUTHOR);
            } else if ((target != Target.SLIDES || (mentionsReport || hasAny(REPORT_NOUNS)) && !hasAny(Cues.SLIDES)
                    && !hasAny(Cues.PLURAL_SESSIONS) && target != Target.COUNT) // "what's the original blog post URL?"
                    && (mentionsReport || hasAny(REPORT_NOUNS) || hasAny(REPORT_WORDS))
                    && withoutDateValues(without(without(without(without(loose, REPORT_WORDS), SEEN_BY_THE_AUTHOR),
                            REPORT_ATTRIBUTES), COPY_WORDS)).isEmpty()
                    && othersThanTheAuthor.isEmpty() && !reportOnlyCited()) {
                // "who wrote the report", "who wrote this?"; not "who had written the virtio-scsi spec", whose topic
                // is something else the post says was written.
                claimAll(REPORT_WORDS);
                claimAll(COPY_WORDS); // "which user account posted it here": the answer names the account
                // "which account posted this copy of the write-up": "copy" is the report's, no session's topic.
                // Not "first": "what did the author see first" asks for a place in the program.
                claimAll(REPORT_ATTRIBUTES_NOT_PLACES);
                return EventFact.REPORT;
            } else if (hasAny(REPORT_NOUNS)) {
                claimAll(REPORT_NOUNS); // "what code does the author admit to writing": who, not what, is asked of
            }
            if (asksAboutEvent && people.isEmpty() && hasAny(PAGE_WORDS)
                    && without(without(loose, PAGE_WORDS), Cues.LINKS).isEmpty()) {
                claimAll(PAGE_WORDS);
                return EventFact.EVENT_PAGE;
            }
            // "when were his two slots": a time asked, which a slot's place in the program gives, not its length.
            boolean whenOfASlot = target == Target.TIME && !phrase("how", "long") || aPlacedSlot();
            // "who did the short quick-fire talk on tmem", "slides of the brief tmem talk": it describes the session.
            boolean ofOneSession = whenOfASlot || (target == Target.SPEAKER || target == Target.SLIDES)
                    && !phrase("how", "long") && !hasAny(Cues.PLURAL_SESSIONS);
            if (ofOneSession && hasAny(SHORTNESS) && hasAny(SLOT_SUBJECTS)) {
                claimAll(SHORTNESS); // "when did the brief tmem talk take place": "brief" describes it, no topic
            }
            if (!whenOfASlot && !vagueMinutes() && claimAny(SLOT_WORDS)
                    || phrase("how", "long") && hasAny(SLOT_SUBJECTS)
                    // Not "when did the short tmem talk happen": a time asked of a session it calls short.
                    || !ofOneSession && hasAny(SHORTNESS) && hasAny(SLOT_SUBJECTS)
                    || hasAny(DURATION_NOUNS) && hasAny(Cues.SESSION_NOUNS)
                    // "talks were an hour each, I think?": a length in hours claimed of the talks.
                    || !whenOfASlot && hasAny(HOURS) && hasAny(SLOT_SUBJECTS) && !phrase("what", "hour")
                            && !phrase("which", "hour") && !hasAny(Cues.STARTED) && !hasAny(Cues.ENDED)) {
                claimAll(SLOT_CLAIMED);
                return EventFact.SLOTS;
            }
            // "first talk the author picked in the day 1 afternoon parallel tracks" asks for a session, not the tracks.
            // "which parts of the forum had parallel tracks": the parts are what the fact gives.
            if (parallel && without(loose, PARTS_OF_IT).isEmpty() && people.isEmpty()
                    && !unclaimedAny(Cues.ORDINALS.keySet())
                    && !unclaimedAny(Cues.LAST) && (target == Target.SESSION || target == Target.TIME)) {
                return EventFact.PARALLEL_TRACKS;
            }
            // "did Gerd's work address a complaint" uses the verb; "the address" asks for a place.
            boolean addressAsVerb = hasAny(Set.of("address")) && !phrase("the", "address") && !phrase("what", "address")
                    && !phrase("its", "address") && !hasAny(Set.of("hotel", "venue", "room", "building"));
            boolean lodging = hasAny(STAYING) && (has("where") || followedBy(STAYING, Set.of("at", "in"), 1));
            // "which building was it in", not "is kevin building a new format"
            boolean building = followedBy(Set.of("the", "which", "what", "a", "that"), Set.of("building"), 1);
            // "the first year the forum shared a venue with LinuxCon": a venue shared with the co-located event is
            // the co-location, not the building.
            boolean sharedWithTheOther = hasAny(colocationWords) && hasAny(Set.of("shared", "share", "sharing", "same"));
            if (sharedWithTheOther) {
                claimAll(VENUE_WORDS);
                claimAll(Set.of("shared", "share", "sharing", "same", "use", "used"));
            }
            if (!addressAsVerb && !sharedWithTheOther && claimAny(VENUE_WORDS) || lodging && claimAny(STAYING)
                    || building && claimAny(Set.of("building"))) {
                return EventFact.VENUE;
            }
            // "how many people came", "something like 300 ppl showed up, no?": a head count of the event. "What
            // were people discussing this year": the sentence that counts them says what they discussed.
            boolean countsPeople = phrase("how", "many") && followedBy(MANY, HEADCOUNT_NOUNS, 2)
                    // "300 ppl went this year?"; not "who went after people for NIH syndrome".
                    || hasAny(HEADCOUNT_NOUNS) && (hasAny(CAME) || hasAny(DISCUSSING) || has("went")
                            && !phrase("went", "after") && target != Target.SPEAKER) && people.isEmpty()
                            && kind == null && !hasAny(Cues.SESSION_NOUNS);
            boolean speaking = hasAny(SPEAKING_WORDS);
            // "how big was it"; not "how big were the spice latency improvements", a size of something else.
            boolean sizeOfIt = (phrase("how", "big") || phrase("how", "large") || has("size"))
                    && loose.stream().allMatch(word -> ATTENDANCE_CLAIMED.contains(word) || SIZE_FILLERS.contains(word));
            // "about 80 people sat in on the AHCI talk": people sitting in are its audience.
            boolean satIn = hasAny(HEADCOUNT_NOUNS) && (phrase("sat", "in") || phrase("sit", "in")
                    || phrase("sitting", "in"));
            if (!speaking && (claimAny(ATTENDANCE_WORDS) || countsPeople || sizeOfIt || satIn)) {
                claimAll(ATTENDANCE_CLAIMED);
                return EventFact.ATTENDANCE;
            }
            // "paul wants kvm to run alongside phype, yeah?": beside a speaker, it is something of their subject.
            // "was it a standalone event": an event on its own, or not; not "that standalone userspace launcher".
            boolean standaloneEvent = followedBy(Set.of("standalone", "stand-alone"),
                    Set.of("event", "conference", "conf", "forum", "thing"), 1)
                    || phrase("its", "own") && hasAny(Set.of("event", "conference", "conf"));
            if (standaloneEvent) {
                claimAll(Set.of("standalone", "stand-alone", "own", "event", "conference", "conf"));
            }
            // "what were the dates of LinuxCon NA 2011?": the dates asked, of the event named, not the colocation.
            if (othersThanTheAuthor.isEmpty() && !hasAny(DATE_WORDS) && (claimAny(colocationWords) || standaloneEvent)
                    || people.isEmpty() && (phrase("together", "with") || phrase("held", "with")
                    || phrase("part", "of") && loose.size() <= 1 && !ofTheProgram())) {
                claimAll(COLOCATION_CLAIMED);
                return EventFact.COLOCATED;
            }
            if (phrase("how", "many", "days") || phrase("number", "of", "days") || claimDuration()
                    || phrase("how", "long") && people.isEmpty() && without(loose, LONG).isEmpty()
                            && !hasAny(Cues.SESSION_NOUNS) // "how long did the opening speech last": a session's
                    || has("duration") && asksAboutEvent) {
                claimAll(DAYS_CLAIMED);
                return EventFact.DAYS;
            }
            if (target != Target.SLIDES && people.isEmpty() && datesAsked() && claimAny(DATE_WORDS)) {
                return EventFact.DATES;
            }
            // "when did it start?" asks for dates; "when was the first talk?" for a session.
            boolean positional = unclaimedAny(Cues.ORDINALS.keySet()) || unclaimedAny(Cues.LAST)
                    || unclaimedAny(Cues.OPENING);
            if (target == Target.TIME && loose.isEmpty() && people.isEmpty() && kind == null
                    && !hasAny(Cues.SESSION_NOUNS) && !positional) {
                claimAll(Cues.STARTED);
                claimAll(Cues.ENDED);
                return EventFact.DATES;
            }
            // "what city was it in this year?": the event's own year beside a place word is the event asked.
            List<String> placeLoose = unclaimedAny(placeWords) && phrase("this", "year")
                    ? without(loose, Set.of("year")) : loose;
            if (target != Target.SLIDES && target != Target.TIME && people.isEmpty() && unclaimedAny(placeWords)
                    && without(placeLoose, placeWords).isEmpty()) {
                claimAll(placeWords);
                return EventFact.PLACE;
            }
            if (target != Target.SLIDES && people.isEmpty() && eventPutInAPlace()) {
                return EventFact.PLACE; // "wasn't the forum in seattle this year?": a place the post may not have
            }
            return null;
        }

        /**
         * Whether words about the report ("in the writeup", "the author went to", "I know he wrote some spec")
         * only qualify a question about the program or a speaker: it names sessions with a day, part of day or
         * position, or names a person with a verb of presenting. The main clause decides what is asked.
         */
        private boolean reportIsASideClause(List<Person> people, int day, PartOfDay part) {
            if (people.isEmpty() && hasAny(Set.of("front", "frontmatter", "metadata", "byline"))) {
                return false; // "who's listed as the author in the post's front matter": the copy's own field
            }
            boolean program = (hasAny(Cues.SESSION_NOUNS) || hasAny(Cues.PERSON_NOUNS)) && (day != 0 || part != null
                    || unclaimedAny(Cues.ORDINALS.keySet()) || unclaimedAny(Cues.LAST) || unclaimedAny(Cues.ENDED)
                    || unclaimedAny(Cues.STARTED) || hasAny(Cues.LIST) || hasAny(Cues.AFTER) || hasAny(Cues.BEFORE));
            // "what opened the day 1 afternoon for the writer": a place in a part of the program, session unsaid.
            boolean placeInAPart = (day != 0 || part != null) && (hasAny(Cues.OPENING) || unclaimedAny(Cues.STARTED)
                    || unclaimedAny(Cues.ENDED));
            program |= placeInAPart;
            // "what followed Rik's talk in the track the author was in": someone's session is what is asked about.
            boolean presenting = !people.isEmpty() && (hasAny(SPEAKING_WORDS) || hasAny(Cues.SESSION_NOUNS));
            return program || presenting || postIsCited() || authorIsAnObject();
        }

        /**
         * "which speaker had worked with the author", "who gave the author a lift": the author as the object of what
         * someone else did, who is what is asked about.
         */
        private boolean authorIsAnObject() {
            for (int i = 1; i < size; i++) {
                if (!Cues.AUTHOR.contains(at(i))) {
                    continue;
                }
                int before = at(i - 1).equals("the") && i >= 2 ? i - 2 : i - 1;
                if (BESIDE_THE_AUTHOR.contains(at(before))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A word of the calendar that asks for the event's dates: not "this week", "next week", "every week", the
         * asker's own time ("the last week of August" is a date; "last week" alone is the asker's).
         */
        private boolean datesAsked() {
            for (int i = 0; i < size; i++) {
                if (!DATE_WORDS.contains(at(i))) {
                    continue;
                }
                String before = i > 0 ? at(i - 1) : "";
                boolean askers = Set.of("this", "next", "every", "each", "per", "a").contains(before)
                        || before.equals("last") && !(i > 1 && at(i - 2).equals("the"));
                if (!askers) {
                    return true;
                }
            }
            return false;
        }

        /** "which day and part of the day?", "what part of day 2": a part of the program, not of another event. */
        private boolean ofTheProgram() {
            for (int i = 0; i + 2 < size; i++) {
                if (at(i).equals("part") && at(i + 1).equals("of")) {
                    String next = at(i + 2).equals("the") && i + 3 < size ? at(i + 3) : at(i + 2);
                    if (Set.of("day", "days", "program", "programme", "schedule", "morning", "afternoon")
                            .contains(next)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * "per the post", "according to the author", "the writeup says": the post or its author as the source, not
         * what is asked.
         */
        private boolean postIsCited() {
            for (int i = 1; i < size; i++) {
                if (!at(i).equals("post") && !REPORT_NOUNS.contains(at(i))) {
                    continue;
                }
                boolean before = i >= 2 && CITING_BEFORE.contains(at(i - 2)) || CITING_BEFORE.contains(at(i - 1));
                boolean after = i + 1 < size && CITING_AFTER.contains(at(i + 1));
                // "does the post link to them?": the post linking something, not the post's own link.
                boolean linksTo = i + 2 < size && Set.of("link", "links", "point", "points").contains(at(i + 1))
                        && at(i + 2).equals("to");
                if (before || after || linksTo) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "wasn't the forum in seattle?", "the conference was in Portland, right?": a yes-or-no that puts the event
         * "in" a word that is no time, no number and no cue.
         */
        private boolean eventPutInAPlace() {
            boolean yesOrNo = Cues.YES_NO_OPENERS.contains(at(0)) || Cues.CONFIRMATION_TAGS.contains(at(size - 1))
                    || size > 1 && Cues.NEGATED_AUXILIARIES.contains(at(size - 2));
            for (int in = 1; yesOrNo && in + 1 < size; in++) {
                int place = in + 1;
                boolean aPlace = at(in).equals("in") && !claimed[place] && isTopicWord(at(place))
                        && !Character.isDigit(at(place).charAt(0)) && !Cues.isMonth(at(place));
                // The event, or its being held, a few words before: "wasn't KVM Forum 2011 held in Prague?"
                boolean ofTheEvent = false;
                for (int k = Math.max(0, in - 4); k < in && aPlace; k++) {
                    ofTheEvent |= Cues.EVENT_NOUNS.contains(at(k)) || Set.of("held", "hosted").contains(at(k));
                }
                if (aPlace && ofTheEvent) {
                    return true;
                }
            }
            return false;
        }

        /** "take place" means happen: "when did it take place" asks for dates, not a place. */
        private void claimTakePlace() {
            for (int i = 1; i < size; i++) {
                if (at(i).equals("place") && TAKE.contains(at(i - 1))) {
                    claimed[i] = true;
                }
            }
        }

        private boolean unclaimedAny(Set<String> words) {
            for (int i = 0; i < size; i++) {
                if (!claimed[i] && words.contains(at(i))) {
                    return true;
                }
            }
            return false;
        }

        private boolean claimAny(Set<String> words) {
            return claimAll(words);
        }

        /** "ran over three days", "spread across 2 days": a number of days after "over" or "across". */
        private boolean claimSpreadOverDays() {
            for (int i = 0; i + 2 < size; i++) {
                if (Set.of("over", "across").contains(at(i)) && Cues.NUMBERS.containsKey(at(i + 1))
                        && isDayWord(at(i + 2))) {
                    claimed[i] = true;
                    claimed[i + 1] = true;
                    claimed[i + 2] = true;
                    return true;
                }
            }
            return false;
        }

        /** "a two-day event", "two days", "2 days", "multi-day": a length in days, not day 2. */
        private boolean claimDuration() {
            for (int i = 0; i < size; i++) {
                List<String> parts = tokens.get(i).parts();
                boolean compound = parts.size() == 2 && isDayWord(parts.get(1))
                        && (Cues.NUMBERS.containsKey(parts.get(0)) || parts.get(0).equals("multi"));
                // "on each of the two days": the days themselves, not how long the event lasted.
                boolean twoWords = Cues.NUMBERS.containsKey(at(i)) && at(i + 1).equals("days")
                        && !at(i - 1).equals("day") && !at(i - 1).equals("the")
                        || at(i).equals("single") && isDayWord(at(i + 1)) // "a single day event?
                        // "was it a one day thing or longer?": one day, as the event's length.
                        || Cues.NUMBERS.containsKey(at(i)) && at(i + 1).equals("day")
                                && Set.of("thing", "event", "affair", "conference", "conf", "forum", "gig", "deal")
                                        .contains(at(i + 2));
                if (compound || twoWords) {
                    claimed[i] = true;
                    if (twoWords) {
                        claimed[i + 1] = true;
                    }
                    return true;
                }
            }
            return false;
        }

        /** "the first forum", "the inaugural forum", the first forum's year, "how has it grown". */
        private boolean claimFirstForum() {
            Set<String> earliest = EARLIEST;
            for (int i = 0; i < size; i++) {
                if (!claimed[i] && earliest.contains(at(i))) {
                    for (int k = 1; k <= 3 && i + k < size; k++) {
                        if (Cues.EVENT_NOUNS.contains(at(i + k))) {
                            // "the original KVM Forum 2011 blog post": the first version of the report, not forum.
                            boolean ofTheReport = false;
                            for (int r = i + k + 1; r < size && r <= i + k + 3; r++) {
                                ofTheReport |= REPORT_NOUNS.contains(at(r));
                            }
                            if (ofTheReport) {
                                break;
                            }
                            claimed[i] = true;
                            return true;
                        }
                        if (!at(i + k).equals("kvm") && !at(i + k).equals("ever")) {
                            break;
                        }
                    }
                }
            }
            if (claimAny(firstForumWords)) {
                return true;
            }
            // "kvm forum had only been around since 2010, right?": how long the forum has been held.
            for (int i = 0; i + 1 < size; i++) {
                boolean sinceAYear = at(i).equals("since") && at(i + 1).matches("\\d{4}");
                if (sinceAYear && (hasAny(Set.of("around", "existed", "exist", "exists", "running", "held", "going"))
                        || hasAny(Cues.EVENT_NOUNS))) {
                    claimed[i] = true;
                    return true;
                }
            }
            return claimAny(GROWTH_WORDS)
                    && (hasAny(GROWTH_SUBJECTS));
        }

        /** "the post", "this post", "blog post": the report, not "post-copy" and never a topic. */
        /** "the last regular talk before the lightning talks": a plain talk, set against a kind; no topic. */
        /** Whether a "regular talk" was claimed: the plain kind, not a keynote, lightning talk or BOF. */
        boolean claimPlainSessionWords() {
            // "once day two split into parallel tracks, which talk…": the split marks the part, no topic.
            for (int i = 1; i + 1 < size; i++) {
                boolean tracksAfter = i + 2 < size && Set.of("parallel", "tracks", "track").contains(at(i + 2))
                        || Set.of("parallel", "tracks", "track").contains(at(i + 1));
                if (DIVIDED.contains(at(i)) && tracksAfter && !Cues.BEFORE.contains(at(i - 1))
                        && !(i >= 2 && Cues.BEFORE.contains(at(i - 2)))) {
                    claimed[i] = true;
                }
            }
            boolean plain = false;
            for (int i = 0; i + 1 < size; i++) {
                if (Set.of("regular", "proper", "normal", "ordinary", "full-length").contains(at(i))
                        && Cues.SESSION_NOUNS.contains(at(i + 1))) {
                    plain = claimed[i] = true;
                }
            }
            return plain;
        }

        /** "including ones the author missed": what a count takes in, no topic of it. */
        void claimIncludingMissed() {
            for (int i = 0; i < size; i++) {
                if (!Set.of("including", "include", "incl").contains(at(i))) {
                    continue;
                }
                claimed[i] = true;
                for (int k = i + 1; k < size && k <= i + 5; k++) {
                    if (Cues.MISSED.contains(at(k)) || Cues.AUTHOR.contains(at(k))
                            || Set.of("ones", "those", "he", "they", "didn't", "not", "attend").contains(at(k))) {
                        claimed[k] = true;
                    }
                }
            }
        }

        /** "the author's own talk", "the writer's session": a word for the author before one for a session. */
        boolean authorsOwnSession() {
            for (int i = 0; i + 1 < size; i++) {
                int next = at(i + 1).equals("own") ? i + 2 : i + 1;
                if (Cues.AUTHOR.contains(at(i)) && next < size && (Cues.SESSION_NOUNS.contains(at(next))
                        || Cues.KEYNOTE.contains(at(next)) || Cues.SLIDES.contains(at(next)))) {
                    claimed[i] = true;
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether a word of the given name, written as a possessive, stands just before a word for the report
         * ("amit's notes", "Amit's post"); not "when did amit post this".
         */
        boolean ownsTheReport(String text, Set<String> names) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            for (int i = 0; i + 1 < size; i++) {
                boolean possessive = names.contains(at(i)) && (lower.contains(at(i) + "'s " + at(i + 1))
                        || lower.contains(at(i) + "\u2019s " + at(i + 1)));
                if (possessive && (REPORT_NOUNS.contains(at(i + 1)) || at(i + 1).equals("post"))) {
                    claimed[i + 1] = true;
                    return true;
                }
                // "what were people discussing, per amit", "according to Amit Shah": the author cited as the source.
                boolean cited = at(i).equals("per") || at(i).equals("to") && i > 0 && at(i - 1).equals("according");
                if (cited && names.contains(at(i + 1)) && !namedElsewhere(names, i + 1)) {
                    claimed[i] = true;
                    if (at(i).equals("to")) {
                        claimed[i - 1] = true;
                    }
                    return true;
                }
            }
            return false;
        }

        /** Whether a word of the name stands anywhere but in the name that starts at {@code from}. */
        private boolean namedElsewhere(Set<String> names, int from) {
            int end = from;
            while (end < size && names.contains(at(end))) {
                end++;
            }
            for (int j = 0; j < size; j++) {
                if ((j < from || j >= end) && names.contains(at(j))) {
                    return true;
                }
            }
            return false;
        }

        /** Where the report is cited as the source ("according to the write-up"), or -1. */
        private int citedAt = -1;

        /**
         * Whether the report is only cited as the source: "Who said that, according to the 2011 forum write-up?"
         * names no other word for the report, its author or its attributes, so it asks nothing of the report.
         */
        boolean reportOnlyCited() {
            if (citedAt < 0) {
                return false;
            }
            for (int i = 0; i < size; i++) {
                // "which speakers does the writeup name": the verb that cites it is no attribute of it.
                boolean citing = i == citedAt + 1 && (CITING_AFTER.contains(at(i)) || NAMING.contains(at(i)));
                if (i != citedAt && !citing && (REPORT_WORDS.contains(at(i)) || REPORT_ATTRIBUTES.contains(at(i))
                        || COPY_WORDS.contains(at(i)))) {
                    return false;
                }
            }
            return true;
        }

        boolean claimPost() {
            for (int i = 0; i < size; i++) {
                // "according to the write-up", "the writeup describes": the report by another name, as the source cited.
                // "according to the 2011 forum write-up": the event's name may stand between the determiner and it.
                int determiner = i - 1;
                while (determiner > 0 && (tokens.get(determiner).capital()
                        || at(determiner).chars().allMatch(Character::isDigit) || Cues.EVENT_NOUNS.contains(at(determiner)))) {
                    determiner--;
                }
                boolean cited = THE_REPORT.contains(at(i)) && (determiner >= 1 && CITING_BEFORE.contains(at(determiner - 1))
                        && REPORT_DETERMINERS.contains(at(determiner))
                        || i + 1 < size && (CITING_AFTER.contains(at(i + 1)) || NAMING.contains(at(i + 1))));
                if (!at(i).equals("post") && !cited) {
                    continue;
                }
                citedAt = cited || at(i).equals("post") && determiner >= 1 && CITING_BEFORE.contains(at(determiner - 1))
                        && REPORT_DETERMINERS.contains(at(determiner)) ? i : -1;
                // "this KVM Forum 2011 post": a determiner before the event's name, which is capitalised or a year.
                int j = i - 1;
                while (j > 0 && !REPORT_DETERMINERS.contains(at(j)) && (tokens.get(j).capital()
                        || at(j).chars().allMatch(Character::isDigit) || Cues.EVENT_NOUNS.contains(at(j)))) {
                    j--;
                }
                // "post date?", "post published when": the post's own attributes name it without a determiner.
                // Not "post copy migration slides?": a first word alone is no determiner.
                if (j >= 0 && REPORT_DETERMINERS.contains(at(j)) || POST_ATTRIBUTES.contains(at(i + 1))) {
                    claimed[i] = true;
                    return true;
                }
            }
            return false;
        }

        /** Words no cue has claimed and that are no question word: a first look at the topic. */
        private List<String> looseWords() {
            List<String> loose = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String word = at(i);
                if (!claimed[i] && isTopicWord(word)) {
                    loose.add(word);
                }
            }
            return loose;
        }

        /** "dated 23 August": a day, month or year given with a date word, as a belief about the post's date. */
        private List<String> withoutDateValues(List<String> words) {
            // "was it amosk?": the account that posted the copy is a value of the report, as a date is.
            words = words.stream().filter(word -> !posterWords.contains(word)).toList();
            if (!hasAny(Set.of("date", "dated", "published", "posted"))) {
                return words;
            }
            return words.stream().filter(word -> !Cues.isMonth(word) && !word.chars().allMatch(Character::isDigit))
                    .toList();
        }

        private static List<String> without(List<String> words, Set<String> removed) {
            List<String> kept = new ArrayList<>(words);
            kept.removeAll(removed);
            kept.removeAll(EVENING_FILLERS);
            return kept;
        }

        // ------------------------------------------------------------ position in the program

        /** "the first talk", "the third session", "the last keynote", "what opened day 2", "who closed". */
        int claimPosition() {
            for (int i = 0; i < size; i++) {
                if (claimed[i]) {
                    continue;
                }
                String word = at(i);
                if ((Cues.ORDINALS.containsKey(word) || Cues.LAST.contains(word)) && firstToDoSomething(i)) {
                    continue;
                }
                Integer ordinal = Cues.ORDINALS.get(word);
                if (ordinal != null && !NOT_A_POSITION_AFTER.contains(at(i + 1))) {
                    claimed[i] = true;
                    return ordinal;
                }
                // "the monitor command to start a live block copy": an infinitive is something done, not a place.
                boolean infinitive = i > 0 && at(i - 1).equals("to");
                if (Cues.OPENING.contains(word) || Cues.STARTED.contains(word) && !infinitive) {
                    claimed[i] = true;
                    claimNext(i + 1, OFF);
                    return 1;
                }
                // "right at the end of the second day", "at the beginning of day 1": the last or first there.
                // Of a talk or a keynote, not "a panel discussion at the end of day two", which the post never has.
                boolean theEndOf = i > 0 && at(i - 1).equals("the") && "of".equals(at(i + 1))
                        && tokens.stream().anyMatch(token -> Cues.SESSION_NOUNS.contains(token.text())
                                || Cues.KEYNOTE.contains(token.text()));
                if (theEndOf && word.equals("end")) {
                    claimed[i] = true;
                    return Question.LAST;
                }
                if (theEndOf && (word.equals("beginning") || word.equals("start"))) {
                    claimed[i] = true;
                    return 1;
                }
                // "the complaints last year": a time, not the last session.
                boolean aTime = Cues.LAST.contains(word) && i + 1 < size && NOT_A_POSITION_AFTER.contains(at(i + 1));
                if ((Cues.LAST.contains(word) || Cues.ENDED.contains(word) && !infinitive) && !aTime) {
                    claimed[i] = true;
                    return Question.LAST;
                }
            }
            return 0;
        }

        /**
         * "QEMU was one of the first to support USB 2", "the last project to support it": first or last to do
         * something other than speak ranks in what was done, not in the program. (Not "the last to speak".)
         */
        private boolean firstToDoSomething(int at) {
            int to = at + 1;
            if (to < size && !at(to).equals("to") && !Cues.SESSION_NOUNS.contains(at(to))
                    && !Cues.PERSON_NOUNS.contains(at(to))) {
                to++; // "the first one to", "the last project to"
            }
            return to + 1 < size && at(to).equals("to") && !SPEAKING.contains(at(to + 1))
                    && !Set.of("go", "take", "open", "close", "start", "end", "be").contains(at(to + 1));
        }

        /**
         * "what came after the VFIO talk", "who spoke before Juan": a relative word counts only when nothing
         * but question words comes before it, so "performance from pre-copy before post-copy" stays a topic.
         */
        /** Whether a word for a session ("talk", "keynote", "BOF") is among the next words from i. */
        private boolean namesASessionWithin(int from, int count) {
            for (int k = from; k < size && k < from + count; k++) {
                if (Cues.SESSION_NOUNS.contains(at(k)) || Cues.KEYNOTE.contains(at(k)) || Cues.LIGHTNING.contains(at(k))
                        || Cues.BOF.contains(at(k)) || Cues.PLURAL_SESSIONS.contains(at(k))) {
                    return true;
                }
            }
            return false;
        }

        /** Who may follow a track by attending it: "the track the author followed", "the one he followed". */
        private static final Set<String> ATTENDERS = Set.of("author", "writer", "blogger", "he", "she", "i",
                "we", "they", "you");

        /** Words right before "after", "next" or "before" that make it the program's order: "came right after". */
        private static final Set<String> SEQUENCING = Set.of("came", "come", "comes", "went", "right", "straight",
                "immediately", "directly", "just");

        /** @param eventWords the words of the event's and its co-located event's names: "just before the forum" */
        Question.Relative claimRelative(Set<String> eventWords) {
            for (int i = 0; i < size; i++) {
                if (claimed[i]) {
                    continue;
                }
                // "in the afternoon track the author followed, what came just before …": to follow a track is to
                // attend it; the order, if any, is another word's.
                if (i > 0 && Set.of("followed", "follow").contains(at(i)) && ATTENDERS.contains(at(i - 1))
                        && (i + 1 == size || !Set.of("by", "the", "it", "that", "this").contains(at(i + 1)))) {
                    claimed[i] = true;
                    continue;
                }
                // "which speaker went after people for NIH syndrome": to go after someone is to criticise them.
                // "which speaker went after the NIH syndrome of…" too; not "who went after avi", "went after the
                // keynote": a person or a session after it is the program's order.
                // "I'm after Avi's keynote deck": what the asker wants, not what came after it.
                if (at(i).equals("after") && i > 0 && Set.of("i'm", "im", "am").contains(at(i - 1))) {
                    claimed[i] = true;
                    return Question.Relative.NONE;
                }
                if (at(i).equals("after") && i > 0 && GO.contains(at(i - 1)) && i + 1 < size
                        && (Set.of("people", "developers", "folks", "everyone", "them", "those").contains(at(i + 1))
                                || !claimed[i + 1] && !namesASessionWithin(i + 1, 4))) {
                    claimed[i] = true;
                    return Question.Relative.NONE;
                }
                // "before anyone goes down the post-copy route": a clause about someone, not an order in the program.
                if ((Cues.AFTER.contains(at(i)) || Cues.BEFORE.contains(at(i))) && i + 1 < size
                        && Set.of("anyone", "anybody", "someone", "somebody", "we", "you", "they", "people", "everyone")
                                .contains(at(i + 1))) {
                    claimed[i] = true;
                    return Question.Relative.NONE;
                }
                // "what had Anthony proposed the previous year": a time before the event, not a session before one.
                // "Before the forum someone had started a discussion": a time before the event itself.
                int thing = at(i + 1).equals("the") ? i + 2 : i + 1;
                boolean theEvent = thing > i + 1 && Set.of("forum", "conference", "event").contains(at(thing))
                        && !Set.of("'s", "s").contains(at(thing + 1));
                if ((Cues.AFTER.contains(at(i)) || Cues.BEFORE.contains(at(i)))
                        && (Set.of("year", "years", "forum", "edition", "time", "week", "weeks", "weekend", "month",
                                "months").contains(at(i + 1)) || theEvent)) {
                    claimed[i] = true;
                    return Question.Relative.NONE;
                }
                // "where did Allen get previous experience with it": an adjective of something outside the program.
                if (Set.of("previous", "prior", "earlier").contains(at(i)) && i + 1 < size
                        && Set.of("experience", "experiences", "work", "job", "jobs", "role", "version", "versions",
                                "attempt", "attempts", "project", "projects", "knowledge", "employer").contains(at(i + 1))) {
                    claimed[i] = true;
                    return Question.Relative.NONE;
                }
                // "the talk on the next generation image format": "next" in a subject, after "on the", orders nothing.
                if (at(i).equals("next") && i >= 2 && at(i - 1).equals("the")
                        && Set.of("on", "about", "of", "for", "regarding").contains(at(i - 2))) {
                    claimed[i] = true;
                    return Question.Relative.NONE;
                }
                // "who gave the next generation block format talk": "next" before a word of the subject is an
                // adjective of it; before a session, a person or a time ("the next talk", "next speaker") it orders.
                if (at(i).equals("next") && i + 1 < size && isTopicWord(at(i + 1)) && !ordersByItsNoun(at(i + 1))) {
                    claimed[i] = true;
                    return Question.Relative.NONE;
                }
                // "… what talk came right after Alon Levy's SPICE presentation", "… which talk followed it": a verb of
                // coming in the program before the word orders, whatever the words before it.
                // Not "just before the forum": the event itself, not a session of it.
                int object = i + 1 < size && Set.of("the", "this", "that").contains(at(i + 1)) ? i + 2 : i + 1;
                boolean ofTheEvent = object < size && (eventWords.contains(at(object)) || Set.of("forum",
                        "conference", "event", "year", "years", "edition", "time").contains(at(object)));
                // Nor "what should come after it": what is to follow a thing, not the program.
                boolean wished = i > 1 && Set.of("should", "would", "will", "could", "might", "can").contains(at(i - 2));
                boolean sequenced = i > 0 && !ofTheEvent && !wished && (SEQUENCING.contains(at(i - 1))
                        || Set.of("followed", "preceded").contains(at(i)) && !at(i - 1).equals("be")
                                && !at(i - 1).equals("been") && !at(i - 1).equals("i"));
                if (asksWhatItIsRelativeTo(i)) {
                    // "Juan's talk came after which one?": the session it came after is the one before it.
                    claimed[i] = true;
                    return at(i).equals("after") ? Question.Relative.BEFORE : Question.Relative.AFTER;
                }
                if ((Cues.AFTER.contains(at(i)) || Cues.BEFORE.contains(at(i))) && !sequenced) {
                    for (int k = 0; k < i; k++) {
                        // "which two talks came right after …": a count is no topic.
                        boolean count = Cues.NUMBERS.containsKey(at(k));
                        if (!claimed[k] && isTopicWord(at(k)) && !count) {
                            return Question.Relative.NONE;
                        }
                    }
                    if (!anchorFollows(i)) {
                        claimed[i] = true; // "the next KVM Forum": nothing to be next to
                        return Question.Relative.NONE;
                    }
                }
                if (Cues.AFTER.contains(at(i))) {
                    claimed[i] = true;
                    claimNext(i + 1, UP);
                    return Question.Relative.AFTER;
                }
                if (Cues.BEFORE.contains(at(i))) {
                    claimed[i] = true;
                    return Question.Relative.BEFORE;
                }
            }
            return Question.Relative.NONE;
        }

        /**
         * Whether the question word comes right after the word of order, and nowhere before it: "Juan's talk came
         * after which one?" asks what it is relative to, not what is relative to it.
         */
        private boolean asksWhatItIsRelativeTo(int at) {
            // "came after which", "was before what": not "the track the author followed, what came …".
            if (!Set.of("after", "before").contains(at(at)) || at == 0 || !SEQUENCING.contains(at(at - 1))
                    && !Set.of("was", "were", "is", "spoke", "presented", "talked", "scheduled").contains(at(at - 1))) {
                return false;
            }
            // "Avi's second talk came after?": nothing after the word, it asks what it came after. Not "what was
            // before?", whose question word is what came before.
            if (at + 1 < size && !Set.of("which", "what", "whose", "who", "whom").contains(at(at + 1))) {
                return false;
            }
            for (int k = 0; k < at; k++) {
                if (Cues.QUESTION_WORDS.contains(at(k))) {
                    return false;
                }
            }
            return true;
        }

        /** A session to be relative to: a topic word, a person's name or a kind of session after the word. */
        private boolean anchorFollows(int at) {
            for (int k = at + 1; k < size; k++) {
                boolean kindWord = Cues.KEYNOTE.contains(at(k)) || Cues.BOF.contains(at(k))
                        || Cues.LIGHTNING.contains(at(k));
                if (isName[k] || kindWord || !claimed[k] && isTopicWord(at(k))) {
                    return true;
                }
            }
            return false;
        }

        // ------------------------------------------------------------ topic

        List<Token> topic(Target target) {
            List<Token> topic = new ArrayList<>();
            // "…, right?", "…, correct?": a tag asking for confirmation closes the question; it is no topic.
            // "…, yeah, right?": tags may follow one another.
            int tagsFrom = size;
            while (tagsFrom > 0 && Cues.CONFIRMATION_TAGS.contains(at(tagsFrom - 1))) {
                tagsFrom--;
            }
            for (int i = 0; i < size; i++) {
                boolean tag = i > 2 && i >= tagsFrom
                        || at(i).equals("think") && i > 0 && at(i - 1).equals("i") // "I think it was …"
                        // "any discussion of ARM": a discussion of it is a talk on it, not its topic
                        || Set.of("discussion", "discussions").contains(at(i)) && i + 1 < size
                                && Cues.TOPIC_INTRO.contains(at(i + 1));
                // "were the lightning talk slides posted": how slides are put up is no topic of them.
                boolean madeAvailable = target == Target.SLIDES && SLIDES_PUT_UP.contains(at(i));
                if (!claimed[i] && isTopicWord(at(i)) && !tag && !madeAvailable
                        && !(target == Target.SLIDES && Cues.LINKS.contains(at(i)))) {
                    topic.add(joinedAroundItsObject(i));
                }
            }
            return topic;
        }

        /**
         * "passing a GPU through to a guest": a verb whose particle comes after its object means the field's joined
         * word ("passthrough"), which the verb alone does not ("passing the test"). Other words stay as written.
         */
        private Token joinedAroundItsObject(int i) {
            Token verb = tokens.get(i);
            for (Map.Entry<String, String> split : SPLIT_VERBS.entrySet()) {
                if (!Stems.of(verb.text()).equals(Stems.of(split.getKey()))) {
                    continue;
                }
                for (int k = i + 1; k < size && k <= i + 4; k++) {
                    if (at(k).equals(split.getValue())) {
                        return new Token(split.getKey() + split.getValue(), verb.surface(), false, verb.opening());
                    }
                }
            }
            return verb;
        }

        /** A noun "next" orders by: a session or its kind, a person, a day or a part of one ("the next talk"). */
        private static boolean ordersByItsNoun(String word) {
            return Cues.SESSION_NOUNS.contains(word) || Cues.PERSON_NOUNS.contains(word) || Cues.KEYNOTE.contains(word)
                    || Cues.LIGHTNING.contains(word) || Cues.BOF.contains(word)
                    || Set.of("day", "morning", "afternoon", "evening", "one", "ones", "up", "track").contains(word);
        }

        private static boolean isTopicWord(String word) {
            boolean letterOrNumber = word.length() > 1 || Character.isDigit(word.charAt(0));
            return letterOrNumber && !Cues.STOP.contains(word) && !Cues.FRAME.contains(word)
                    && !Cues.SLIDES.contains(word) && !Cues.LIST.contains(word) && !Cues.PERSON_NOUNS.contains(word)
                    && !Cues.TIME_NOUNS.contains(word) && !Cues.SESSION_NOUNS.contains(word)
                    && !Cues.TOGETHER.contains(word) && !Cues.EVENT_NOUNS.contains(word)
                    && !Cues.COUNTABLE.contains(word) && !isPositionWord(word)
                    && !Cues.NEGATED_AUXILIARIES.contains(word) // "wasn't the forum in …": no topic
                    // "the two memory management speakers": a number written as a word counts; digits name ("USB 3")
                    && !(Cues.NUMBERS.containsKey(word) && !Character.isDigit(word.charAt(0)));
        }

        /** Ordinals and the verbs of opening, closing, after and before: cues, never topics. */
        private static boolean isPositionWord(String word) {
            return Cues.ORDINALS.containsKey(word) || Cues.LAST.contains(word) || Cues.OPENING.contains(word)
                    || Cues.STARTED.contains(word) || Cues.ENDED.contains(word) || Cues.AFTER.contains(word)
                    || Cues.BEFORE.contains(word);
        }

        /**
         * Whether the topic is given as the name of a session: "the Xen talk", "the talk on NUMA", "the QEMU
         * keynote", as opposed to "which talk covered NUMA" or "who mentioned Xen".
         */
        boolean namesATalk() {
            for (int j = 0; j < size; j++) {
                if (!Cues.SESSION_NOUNS.contains(at(j)) && !Cues.KEYNOTE.contains(at(j)) && !Cues.BOF.contains(at(j))) {
                    continue;
                }
                int before = j - 1;
                if (before >= 0 && Cues.LIGHTNING.contains(at(before))) {
                    before--;
                }
                if (before >= 0 && !claimed[before] && isTopicWord(at(before))) {
                    return true; // "the Xen talk"
                }
                // "the talk on Xen" names a talk; "did anyone talk about Xen" uses the verb.
                boolean noun = before >= 0 && (NOUN_MARKERS.contains(at(before)) || claimed[before]);
                if (noun && Cues.TOPIC_INTRO.contains(at(j + 1))) {
                    int k = j + 2;
                    while (k < size && Cues.STOP.contains(at(k))) {
                        k++;
                    }
                    if (k < size && !claimed[k] && isTopicWord(at(k))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
