package org.kvmforum.bot.answer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kvmforum.bot.search.Stems;
import org.kvmforum.bot.search.WordLists;

/**
 * Hand-kept word lists for reading questions, each with the one job it is used for. They describe how people
 * ask (question words, verbs of speaking, words for slides or days), never what the post contains: the
 * post's topics, titles and names come from the content model.
 */
final class Cues {
    private Cues() {}

    /** Number words beyond {@link #NUMBERS}: a statement may give a count in words. */
    static final Set<String> NUMBER_WORDS = Set.of("six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "dozen", "single", "double", "couple");

    private static Set<String> setOf(String... words) {
        return Set.copyOf(Arrays.asList(words)); // duplicates allowed: these lists are edited by hand
    }

    /** Function words: never part of a topic. */
    static final Set<String> STOP = setOf(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "but", "as",
            "into", "onto", "over", "under", "up", "out", "off", "than", "then", "so", "if", "that", "this",
            "these", "those", "there", "here", "it", "its", "itself", "such", "very", "just", "only", "also",
            "too", "again", "ever", "any", "some", "all", "each", "every", "both", "much", "many", "more", "most",
            "own", "same", "not", "no", "yes", "ok", "okay", "hi", "hello", "hey", "bot", "please", "thanks",
            "thank", "pls", "plz", "exactly", "really", "actually", "basically", "anyway", "one", "ones",
            "thing", "things", "stuff", "kind", "sort", "type", "like", "whether", "either", "s", "t",
            "right", "immediately", "directly", "straight", "soon", "shortly", "during", "anywhere", "somewhere",
            "once", "von", "van", "der", "del", "several", "multiple", "various", "least",
            "lol", "lmao", "btw", "tbh", "imo",
            // chat filler and contractions without their apostrophe ("I'd" is "id")
            "quick", "q", "btw", "fyi", "lol", "yo", "id", "im", "ive", "ill", "youre", "dont", "didnt", "per",
            "according", "doesnt", "isnt", "cant", "wont", "couldnt", "wouldnt", "shouldnt", "wasnt", "werent", "hasnt",
            "havent", "arent", "inside", "outside", "within", "never", "across");

    /** Words that frame a question rather than name its topic: one list with the search layer's. */
    static final Set<String> FRAME = WordLists.FRAME;

    /** Nouns that stand for a session in a question: "the X talk", "the talk about X". */
    static final Set<String> SESSION_NOUNS = setOf(
            "talk", "talks", "session", "sessions", "presentation", "presentations", "keynote", "keynotes",
            "bof", "bofs", "lecture", "lectures", "slot", "slots", "one", "paper", "speech", "speeches");

    /** Words after a session noun that introduce the topic it was named for: "the talk on X". */
    static final Set<String> TOPIC_INTRO = setOf("on", "about", "of", "regarding", "concerning", "titled",
            "called", "named", "entitled", "re");

    /** Ask for the slides. */
    static final Set<String> SLIDES = WordLists.SLIDES;

    /** Ask for the slides unless the question asks for a person: "high-latency links" is a topic. */
    static final Set<String> LINKS = WordLists.LINKS;

    /** Ask for a page of the web that is not slides: "the link to the Alliance's site", "the lwn article". */
    static final Set<String> WEB_PAGES = setOf("link", "links", "url", "urls", "site", "sites", "website", "websites",
            "page", "pages", "homepage", "article", "articles", "webpage", "piece", "pieces", "story", "writeup");

    /** Page words that name a text rather than its address: "the writeup says", "an article on the licensing". */
    static final Set<String> WRITINGS = setOf("article", "articles", "piece", "pieces", "story", "writeup");

    /** Verbs of writing the report: "who wrote the account", "the post authored by". */
    static final Set<String> AUTHORING = setOf("wrote", "written", "authored", "penned");

    /** The report's author: "what did the author see", "the writer's BOF". */
    static final Set<String> AUTHOR = setOf("author", "writer", "blogger");
    /** Words for the report itself: "the post", "the write-up". */
    static final Set<String> THE_POST = setOf("post", "report", "writeup", "write-up", "blog", "article", "recap");

    /** Not being at a session: "the talks the author missed", "which did he skip". */
    static final Set<String> MISSED = setOf("miss", "missed", "misses", "missing", "skip", "skipped", "skips",
            "skipping");

    /** Coming back after missing some: "which talk did he rejoin for". */
    static final Set<String> REJOINED = setOf("rejoin", "rejoined", "rejoining", "return", "returned", "back");

    /** Set a kind of session aside, after it: "keynote aside". */
    static final Set<String> SET_ASIDE_AFTER = setOf("aside", "excluded", "excepted", "apart");
    /** Set a kind of session aside, before it: "except the BOFs", "excluding keynotes". */
    static final Set<String> SET_ASIDE_BEFORE = setOf("except", "excluding", "besides", "beyond", "without");
    /** Two words that set a kind aside before it: "apart from his keynote", "other than the BOFs". */
    static final Set<String> SET_ASIDE_PAIRS = setOf("apart from", "other than", "not counting", "aside from",
            "not including", "except for");

    /**
     * Common misspellings of the question words, none of them an English word: "wat did everyone do", "hwo gave".
     * A misspelt question word is otherwise read as a topic nobody spoke about.
     */
    static final Map<String, String> QUESTION_WORD_TYPOS = Map.ofEntries(
            Map.entry("wat", "what"), Map.entry("wut", "what"), Map.entry("waht", "what"), Map.entry("whta", "what"),
            Map.entry("wht", "what"), Map.entry("hwat", "what"), Map.entry("hwo", "who"), Map.entry("whp", "who"), Map.entry("whod", "who"),
            Map.entry("wehn", "when"), Map.entry("whn", "when"), Map.entry("whne", "when"), Map.entry("wehre", "where"),
            Map.entry("whre", "where"), Map.entry("wher", "where"), Map.entry("whcih", "which"), Map.entry("wich", "which"),
            Map.entry("whihc", "which"), Map.entry("whch", "which"), Map.entry("hwy", "why"), Map.entry("hpw", "how"),
            // Chat shorthand for the little words a question is built on.
            Map.entry("abt", "about"), Map.entry("bout", "about"), Map.entry("ppl", "people"), Map.entry("u", "you"),
            Map.entry("r", "are"), Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("thx", "thanks"),
            Map.entry("wrt", "about"), Map.entry("abut", "about"), Map.entry("teh", "the"), Map.entry("rite", "right"),
            Map.entry("gimme", "give me"), Map.entry("lemme", "let me"), Map.entry("gonna", "going to"),
            Map.entry("wanna", "want to"), Map.entry("n", "and"), Map.entry("yr", "year"), Map.entry("yrs", "years"),
            Map.entry("tho", "though"), Map.entry("mins", "minutes"), Map.entry("b4", "before"),
            Map.entry("pts", "points"), Map.entry("pt", "point"), Map.entry("gfx", "graphics"),
            // Chat shorthand for the program's own words: "tmem lt who", "smartos pres slides", "morning or aft".
            Map.entry("lt", "lightning talk"), Map.entry("lts", "lightning talks"), Map.entry("pres", "presentation"),
            Map.entry("prez", "presentation"), Map.entry("preso", "presentation"), Map.entry("presos", "presentations"),
            Map.entry("aft", "afternoon"), Map.entry("aftn", "afternoon"), Map.entry("arvo", "afternoon"),
            Map.entry("morn", "morning"), Map.entry("spkr", "speaker"), Map.entry("spkrs", "speakers"),
            Map.entry("sesh", "session"), Map.entry("sess", "session"), Map.entry("vid", "video"),
            Map.entry("vids", "videos"),
            Map.entry("orig", "original"), Map.entry("em", "them"),
            // "the opener of the first afternoon": the session that opened it.
            Map.entry("opener", "opening session"), Map.entry("closer", "closing session"),
            Map.entry("qs", "questions"),
            // "what sw did he use for the animations": the chat's word for software.
            Map.entry("sw", "software"));

    /**
     * The words a question is built on, beside its topic: question words, the words for sessions, slides, order,
     * days and their parts, confirmation and function words. A word the post never has, one letter or one swap
     * away from exactly one of these ("rigth", "befor", "frist", "teh", "lighting"), is that word misspelt.
     */
    static Set<String> questionVocabulary() {
        Set<String> words = new java.util.HashSet<>();
        for (Set<String> set : List.of(STOP, FRAME, SLIDES, LINKS, SESSION_NOUNS, KEYNOTE, LIGHTNING, BOF, LAST, OPENING,
                AFTER, BEFORE, MORNING, AFTERNOON, STARTED, ENDED, CONFIRMATION_TAGS, PERSON_NOUNS, AUXILIARIES,
                QUESTION_WORDS)) {
            set.stream().filter(word -> word.length() >= 3 && word.chars().allMatch(Character::isLetter))
                    .forEach(words::add);
        }
        ORDINALS.keySet().stream().filter(word -> word.chars().allMatch(Character::isLetter)).forEach(words::add);
        words.addAll(QUESTION_WORD_TYPOS.values());
        return Set.copyOf(words);
    }

    /**
     * Words that ask for a fact of the event itself ("kvm forum 2011 locaton", "attendence in 2011?"): misspelt, they
     * are still these words, not a topic the post never mentions.
     */
    static final Set<String> EVENT_FACT_WORDS = setOf("location", "located", "attendance", "attendees", "venue",
            "recordings", "recorded", "videos", "schedule", "agenda", "program", "programme", "colocated", "dates");

    /** Words for the recordings of the talks: "were the talks recorded", "is there a youtube link". */
    static final Set<String> RECORDING_WORDS = setOf("recorded", "recording", "recordings", "record",
            "filmed", "film", "videos", "youtube", "watch", "watched", "rewatch", "stream", "streamed", "streaming",
            "livestream", "livestreamed", "replay", "replays", "footage", "camera", "video-recorded");

    /** "a video of the talk": the recordings, unless a noun follows that makes it something else. */
    static final Set<String> VIDEO = setOf("video");

    /** Watching: a recording, or which session to follow ("which talk would I watch"). */
    static final Set<String> WATCHING = setOf("watch", "watched", "watching", "rewatch");

    /** Contractions typed without their apostrophe: never a misspelling of another word. */
    static final Set<String> CONTRACTIONS = setOf("whos", "whats", "wheres", "whens", "hows", "whys", "thats",
            "theres", "heres", "its", "isnt", "wasnt", "arent", "werent", "didnt", "doesnt", "dont", "cant", "wont",
            "hasnt", "havent", "hadnt", "couldnt", "wouldnt", "shouldnt", "im", "ive", "id", "youre", "youve",
            "theyre", "theyve", "weve", "hes", "shes", "lets", "aint");

    /** The words that ask. */
    static final Set<String> QUESTION_WORDS = setOf("who", "whom", "whose", "what", "which", "where", "when", "why",
            "how");

    /** "august", "aug": a month's name or its short form, which dates rather than places. */
    static boolean isMonth(String word) {
        for (java.time.Month month : java.time.Month.values()) {
            String name = month.name().toLowerCase(java.util.Locale.ROOT);
            if (name.equals(word) || name.substring(0, 3).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Nouns for the event itself ("the forum", "the conference"), besides the words of its name. */
    static final Set<String> EVENT_NOUNS = setOf("forum", "conference", "event", "summit", "meeting", "meetup",
            "gathering", "edition");

    /** Ask for a person: "who", "whose", "by whom". */
    static final Set<String> WHO = setOf("who", "whom", "whose");

    /** After "which"/"what": asks for a person. */
    static final Set<String> PERSON_NOUNS = setOf("person", "people", "speaker", "speakers", "presenter",
            "presenters", "developer", "developers", "hacker", "hackers", "engineer", "engineers", "guy", "man",
            "woman", "participant", "participants", "dude", "dudes", "fella", "folk", "devs", "exec", "execs", "executive",
            "executives");

    /** After "which"/"what": asks for a time. */
    static final Set<String> TIME_NOUNS = setOf("day", "days", "time", "times", "part", "date", "half",
            "point", "slot");

    /** Ask for a list. */
    static final Set<String> LIST = setOf("list", "schedule", "program", "programme", "agenda", "lineup",
            "line-up", "overview", "enumerate");

    /** Plural session nouns: "which talks", "what sessions". */
    static final Set<String> PLURAL_SESSIONS = setOf("talks", "sessions", "presentations", "keynotes", "bofs",
            "lectures", "topics");

    /** Ask for the people beside someone: "who presented with Stefan". */
    static final Set<String> TOGETHER = setOf("with", "alongside", "together", "co-presented", "copresented",
            "co-presenter", "co-speaker", "partner", "jointly", "joint", "besides");

    static final Set<String> MORNING = setOf("morning", "mornings", "forenoon", "a.m");
    static final Set<String> AFTERNOON = setOf("afternoon", "afternoons", "p.m");
    static final Set<String> PARALLEL = setOf("parallel", "concurrent", "simultaneous", "simultaneously",
            "track", "tracks", "single-track", "multi-track", "single-tracked");

    static final Set<String> KEYNOTE = setOf("keynote", "keynotes");
    static final Set<String> LIGHTNING = setOf("lightnings", "lightning");
    static final Set<String> BOF = setOf("bof", "bofs", "birds-of-a-feather", "breakout", "breakouts", "unconference",
            "get-together", "get-togethers");

    /** Ordinals and numbers, for days and positions in the program. */
    static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("1st", 1), Map.entry("second", 2), Map.entry("2nd", 2),
            Map.entry("third", 3), Map.entry("3rd", 3), Map.entry("fourth", 4), Map.entry("4th", 4),
            Map.entry("fifth", 5), Map.entry("5th", 5), Map.entry("sixth", 6), Map.entry("6th", 6),
            Map.entry("seventh", 7), Map.entry("7th", 7), Map.entry("eighth", 8), Map.entry("8th", 8),
            Map.entry("ninth", 9), Map.entry("9th", 9), Map.entry("tenth", 10), Map.entry("10th", 10));
    static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("1", 1), Map.entry("one", 1), Map.entry("2", 2), Map.entry("two", 2), Map.entry("3", 3),
            Map.entry("three", 3), Map.entry("4", 4), Map.entry("four", 4), Map.entry("5", 5),
            Map.entry("five", 5));
    /** "the last day", "the final talk". */
    static final Set<String> LAST = setOf("last", "final", "closing", "concluding", "ultimate");
    /** Words for how an event is arranged: "the downsides of this year's format". */
    static final Set<String> ARRANGEMENTS = setOf("format", "setup", "set-up", "schedule", "structure",
            "arrangement", "arrangements", "layout", "organisation", "organization", "program", "programme", "agenda");

    /** "the opening day", "the opening talk". */
    static final Set<String> OPENING = setOf("opening", "initial", "earliest");

    /** Verbs that place a session at the start: "what opened day 2", "who kicked off the Forum". */
    static final Set<String> STARTED = setOf("opened", "opens", "start", "started", "starts",
            "began", "begin", "begins", "kick", "kicked", "kicks", "kickoff", "kick-off", "launched");
    /** Verbs that place a session at the end: "what closed day 1". */
    static final Set<String> ENDED = setOf("end", "ended", "ends", "close", "closed", "closes", "conclude",
            "concluded", "finish", "finished", "wrapped", "wrap");

    /** A session relative to another: "after the VFIO talk", "before Juan's". */
    static final Set<String> AFTER = setOf("after", "following", "followed", "next", "afterwards", "succeeded");
    static final Set<String> BEFORE = setOf("before", "preceding", "preceded", "prior", "previous", "earlier");

    /** Ask for what comes up more than once: "who presented twice", "speakers with multiple talks". */
    /** Words that open a question answered by yes or no. */
    static final Set<String> YES_NO_OPENERS = setOf("was", "were", "is", "are", "did", "does", "do", "has", "have",
            "had", "wasnt", "werent", "isnt", "arent", "didnt", "doesnt", "dont", "hasnt", "havent", "hadnt");

    /** The verbs that end a which-question's noun phrase ("which formats was he …"). */
    static final Set<String> AUXILIARIES = setOf("was", "were", "is", "are", "did", "does", "do", "has",
            "have", "had", "will", "would", "could", "can", "should", "doesnt", "dont", "didnt", "isnt", "wasnt",
            "arent", "werent", "cant", "wont");

    /** "isn't", "wasn't": the auxiliary of a tag question ("…, wasn't it?"), as the reader spells it. */
    static final Set<String> NEGATED_AUXILIARIES = setOf("wasnt", "werent", "isnt", "arent", "didnt", "doesnt",
            "dont", "hasnt", "havent", "hadnt");

    /** Words that close a statement asking for confirmation: "it was on day 2, right?" */
    static final Set<String> CONFIRMATION_TAGS = setOf("right", "correct", "yes", "no", "yeah", "ok", "okay", "true",
            "accurate");

    static final Set<String> REPEATED = setOf("twice", "multiple", "several", "repeatedly", "more-than-once");

    /**
     * Words by which a sentence gives a reason or a consequence ("due to lots of submissions", "this allowed for
     * more talks, but…"): the sentence that answers a why-question has one.
     */
    static final Set<String> CAUSAL = setOf("due", "because", "since", "so", "allowed", "allow", "allows", "thus",
            "therefore", "hence", "result", "reason", "meant", "means", "owing", "caused", "led");

    /**
     * Verbs by which a why-question asks the reason for its subject itself ("why consider post-copy at all", "why
     * would anyone want it", "why do we need it"): the sentence giving that reason need not have the verb. Any other
     * verb ("why did it fail") is a claim of the question's that the sentence must make too.
     */
    static final Set<String> WANTING_IT = setOf("consider", "considered", "considering", "want", "wanted", "need",
            "needed", "bother", "pursue", "pursued", "pursuing", "explore", "exploring", "explored", "look", "looking", "looked",
            "care", "use", "using", "choose", "prefer", "adopt", "interested", "interesting", "worth", "point", "matter",
            "matters", "important", "useful", "needs");

    /** Ask for a consequence, which a sentence gives as it gives a reason: "the downside of parallel tracks". */
    static final Set<String> CONSEQUENCE = setOf("downside", "downsides", "drawback", "drawbacks", "disadvantage",
            "disadvantages", "upside", "upsides", "advantage", "advantages", "benefit", "benefits", "consequence",
            "consequences", "tradeoff", "tradeoffs", "trade-off", "trade-offs");

    /** Verbs of saying, before an embedded which- or what-question: "did Avi say which guest OSes …". */
    static final Set<String> SAYING = setOf("say", "said", "mention", "mentioned", "tell", "told", "explain",
            "explained", "specify", "specified", "list", "listed", "name", "reveal", "revealed", "share", "shared",
            "indicate", "indicated", "note", "noted", "detail", "detailed");

    /** Whether a word may be a verb form: irregular, or ending as English verb forms end. */
    private static boolean verbForm(String word) {
        return IRREGULAR_PAST.containsKey(word) || word.endsWith("ed") || word.endsWith("ing") || word.endsWith("s")
                || !(word.endsWith("ment") || word.endsWith("tion") || word.endsWith("ance") || word.endsWith("ence")
                        || word.endsWith("er") || word.endsWith("ity"));
    }

    /** Pronouns that open a sentence as its subject: "He also talked of …", "I wrote that code". */
    static final Set<String> SUBJECT_PRONOUNS = setOf("he", "she", "i", "we", "they");

    /** Verbs of only talking about a thing, which say nothing of who did it. */
    static final Set<String> TALKING = setOf("talked", "talks", "spoke", "presented", "discussed", "covered");

    /**
     * Verbs of bringing a thing up, in any form: a passing mention is one ("any talk touching snapshots?"), and what
     * a session's paragraph says with nobody doing it was brought up by its speakers ("who brought up the OVA?").
     */
    private static final Set<String> MENTIONING = setOf("mention", "touch", "bring", "raise", "highlight", "stress");

    static boolean mentioning(String word) {
        return MENTIONING.stream().anyMatch(verb -> sameVerb(verb, word));
    }

    /** Verbs of doing the work, which talking of it does not answer: "who is working on the ARM port". */
    static final Set<String> WORK_VERBS = setOf("work", "do", "develop", "build", "write", "implement", "design",
            "create", "maintain", "code", "port", "hack", "fix", "own", "lead");

    /** Adverbs between "who" and its verb: "who originally designed", "who is actually working on". */
    static final Set<String> VERB_ADVERBS = setOf("actually", "originally", "really", "first", "also", "just",
            "already", "initially", "personally", "then", "later", "eventually", "still", "currently", "exactly");

    /** The past forms of common irregular verbs, to their plain form: "wrote" and "written" are "write". */
    static final Map<String, String> IRREGULAR_PAST = Map.ofEntries(Map.entry("wrote", "write"),
            Map.entry("written", "write"), Map.entry("ran", "run"), Map.entry("led", "lead"),
            Map.entry("built", "build"), Map.entry("made", "make"), Map.entry("began", "begin"),
            Map.entry("begun", "begin"), Map.entry("found", "find"), Map.entry("brought", "bring"),
            Map.entry("thought", "think"), Map.entry("took", "take"), Map.entry("taken", "take"),
            Map.entry("held", "hold"), Map.entry("paid", "pay"), Map.entry("sent", "send"), Map.entry("won", "win"),
            Map.entry("came", "come"), Map.entry("chose", "choose"), Map.entry("chosen", "choose"),
            Map.entry("drove", "drive"), Map.entry("driven", "drive"), Map.entry("broke", "break"),
            Map.entry("broken", "break"), Map.entry("sold", "sell"), Map.entry("bought", "buy"),
            Map.entry("kept", "keep"), Map.entry("left", "leave"), Map.entry("met", "meet"), Map.entry("put", "put"),
            Map.entry("set", "set"), Map.entry("shown", "show"), Map.entry("saw", "see"), Map.entry("seen", "see"),
            Map.entry("got", "get"), Map.entry("gotten", "get"), Map.entry("taught", "teach"),
            Map.entry("fought", "fight"), Map.entry("rose", "rise"), Map.entry("risen", "rise"));

    /**
     * Whether two words are forms of one verb: "written" and "wrote", "working" and "worked". A noun made from the
     * verb is not a form of it ("development" is not "developing").
     */
    static boolean sameVerb(String a, String b) {
        if (!verbForm(a) || !verbForm(b)) {
            return false;
        }
        String plainA = IRREGULAR_PAST.getOrDefault(a, a);
        String plainB = IRREGULAR_PAST.getOrDefault(b, b);
        return plainA.equals(plainB) || Stems.of(plainA).equals(Stems.of(plainB));
    }

    /** Ask for one more of a kind than the one named: "the other lightning talk", "another keynote". */
    static final Set<String> ANOTHER = setOf("other", "another", "besides");

    /** Ask for an opinion: the post reports, it does not rank ("who was the best speaker?"). */
    static final Set<String> OPINION = setOf("best", "worst", "favourite", "favorite", "popular", "coolest",
            "funniest", "greatest", "liked", "loved", "recommend", "recommended", "rating", "rated");

    /** Ask for a count. */
    static final Set<String> COUNTABLE = setOf("talks", "sessions", "presentations", "keynotes", "lightning",
            "bofs", "speakers", "presenters", "lectures");

    /** A noun for something other than a session, a person, a time or the event: what a detail question asks for. */
    static boolean isAThing(String word) {
        return !(STOP.contains(word) || FRAME.contains(word) || SESSION_NOUNS.contains(word)
                || PERSON_NOUNS.contains(word) || TIME_NOUNS.contains(word) || EVENT_NOUNS.contains(word)
                || COUNTABLE.contains(word) || KEYNOTE.contains(word) || BOF.contains(word)
                || LIGHTNING.contains(word) || SLIDES.contains(word) || LINKS.contains(word) || OPINION.contains(word)
                || WEB_PAGES.contains(word) || word.chars().allMatch(Character::isDigit) || NUMBERS.containsKey(word));
    }
}
