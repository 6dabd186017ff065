package org.kvmforum.bot.search;

import java.util.Arrays;
import java.util.Set;

/**
 * Hand-kept word lists, each with the one job it is used for, shared by the search layer and the reading of
 * questions so that each list is kept in one place. They describe how people ask, never what a post contains.
 */
public final class WordLists {
    private WordLists() {}

    /** Like Set.of, but a word listed twice is not an error: these lists are edited by hand. */
    private static Set<String> setOf(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        java.util.HashSet<String> all = new java.util.HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    /**
     * Words that frame a question rather than name its topic: question words, auxiliaries, pronouns, and
     * the verbs and nouns of giving a talk ("who presented", "the talk about"). Every session "is a talk"
     * that "was given", so these say nothing about which one is meant.
     */
    public static final Set<String> FRAME = setOf(
            "who", "whom", "whose", "what", "whats", "which", "when", "where", "why", "how", "whats",
            "total", "overall", "altogether",
            "do", "does", "did", "done", "doing", "is", "am", "are", "was", "were", "be", "been", "being",
            "has", "have", "had", "having", "can", "could", "would", "should", "shall", "will", "may", "might",
            "must", "i", "me", "my", "you", "your", "he", "him", "his", "she", "her", "hers", "we", "us",
            "our", "they", "them", "their", "someone", "anyone", "somebody", "anybody", "person", "people",
            "guy", "guys", "folks", "everyone", "everybody",
            "give", "gave", "given", "gives", "giving", "present", "presented", "presenting", "presents",
            "presentation", "presentations", "presenter", "presenters", "talk", "talks", "talked", "talking",
            "speak", "speaks", "spoke", "spoken", "speaking", "speaker", "speakers", "session", "sessions",
            "cover", "covers", "covered", "covering", "discuss", "discussed", "discussing", "discusses",
            "describe", "described", "describing", "explain", "explained", "explaining", "mention", "mentioned",
            "say", "says", "said", "tell", "told", "know", "knows", "explore", "explored",
            "about", "regarding", "concerning", "re", "else", "other", "another",
            "order", "sequence", "chronological", "chronologically", "related", "relating", "stuff",
            "lead", "led", "leads", "run", "ran", "hold", "held", "host", "hosted", "happen", "happened",
            "get", "got", "find", "found", "show", "see", "want", "need", "look", "looking", "go", "went",
            "read", "online", "uploaded", "available",
            "came", "come", "comes", "coming", "goes", "gone", "going", "compare", "compares", "compared", "comparing",
            "introduce", "introduced", "introducing", "propose", "proposed", "proposing", "demo", "demoed",
            "demonstrate", "demonstrated", "showed", "shows", "shown", "highlight", "highlighted", "share",
            "pitch", "pitched", "pitching", "stage",
            "shared", "addressed", "behind", "responsible", "deal", "dealt", "touch", "touched", "walk", "walked",
            "through",
            "title", "titled", "called", "named", "name", "topic", "topics", "subject", "focus", "focused",
            "deliver", "delivered", "do", "make", "made", "take", "took", "part", "participate",
            "participated", "attend", "attended", "catch", "caught", "watch", "watched", "saw", "join", "joined", "involved", "include", "included", "includes", "consist", "consisted", "consists", "comprise",
            "comprised", "comprises",
            "contribution", "contributions", "work", "works", "worked", "responsible",
            "yesterday", "today", "there", "remember", "remembered", "recall", "recalled", "vaguely", "forget",
            "heard", "hear", "care", "interested", "keen", // "I only care about …": the asker's, never a topic
            "similarly", "likewise", "additionally", "furthermore", "meanwhile", // "Similarly for day two: …"
            "forgot", "forgotten", "believe", "guess", "pretty", "sure",
            "pick", "picked", "choose", "chose", "chosen", "sit", "sat", "appear", "appears", "appearing",
            "send", "drop", "gimme", "grab", "paste", "please", "pls", "plz", "bullet", "bulleted", "provide", "fetch", "kindly", "thanks",
            "thx", "executive", "takeaway", "takeaways", "gist", "tldr", "highlights", "rundown", "story", "scoop", "lowdown", "relevant", "useful", "helpful", "applicable",
            "tell", "me", "info", "information", "details", "detail", "summary", "summarise", "summarize",
            "gist", "main", "point", "points", "message", "messages", "overview", "content", "contents", "one", "ones", "particular", "specific",
            "exactly", "actual", "actually", "mainly", "mostly", "primarily", "anything", "something",
            "entitled", "labelled", "labeled", "listed", "list", "all", "every", "whole", "full", "complete",
            "slot", "good", "interesting", "nice", "cool", "favourite", "favorite", "best", "great");

    /** Ask for the slides. */
    public static final Set<String> SLIDES = setOf("slide", "slides", "deck", "decks", "pdf", "pdfs", "odp", "download",
            "downloads", "downloadable", "powerpoint", "ppt");

    /** Ask for the slides unless the question asks for a person: "high-latency links" is a topic. */
    public static final Set<String> LINKS = setOf("link", "links", "url", "urls");

    /**
     * The words a search query drops whenever anything else is left ("who gave the vfoi talk?", "slides for ..."):
     * the words that frame a question, and those asking for slides, links or a recording. Every session "is a
     * talk" that "was given" and has slides: keeping them would only blur the ranking and make a topic nobody
     * spoke about look half-matched.
     */
    static final Set<String> QUESTION_WORDS = union(FRAME, SLIDES, LINKS, setOf("video", "recording"));

    /**
     * Common English words, including ones that are also names ("Wolf", "Levy", "Kay", "He", "Will"). A
     * person's name that is one of these is not recognised from that word alone in free text unless it is
     * written as a name (see {@link PeopleDirectory#mentionedIn}); and no word in this list is ever taken
     * for a misspelt name ("harder" is not "Harper"). Together with the words the post itself uses in lower
     * case, this stands in for a dictionary.
     */
    /**
     * Chat's own short words, which stand for themselves and are never a shortening of a post's word: "ops" is
     * operations work, not "opposed"; "pls" is please.
     */
    static final Set<String> CHAT_SHORTHAND = setOf("ops", "devops", "dev", "devs", "pls", "plz", "thx", "thnx", "btw",
            "imo", "imho", "tbh", "fyi", "afaik", "idk", "lmk", "smth", "sth", "srsly", "nvm", "brb", "hmm", "hm",
            "ppl", "pct", "qs", "yrs", "wks", "hrs", "mins", "secs", "msg", "msgs");

    /** Whether a word is everyday English or a word of a question's frame: no name, topic or term of the field. */
    public static boolean isPlainEnglish(String word) {
        return COMMON_ENGLISH.contains(word) || FRAME.contains(word);
    }

    static final Set<String> COMMON_ENGLISH = setOf(
            // pronouns and function words
            "he", "she", "it", "we", "they", "him", "her", "his", "hers", "its", "our", "their", "them", "us",
            "me", "my", "you", "your", "i", "a", "an", "the", "and", "or", "but", "if", "of", "in", "on",
            "at", "to", "for", "from", "with", "by", "as", "so", "no", "not", "yes", "do", "did", "does",
            "is", "was", "be", "are", "were", "has", "had", "have", "who", "what", "which", "when", "where",
            "why", "how", "this", "that", "these", "those", "there", "then", "than", "else", "also", "too",
            "very", "just", "only", "about", "after", "before", "again", "over", "under", "into", "out",
            "up", "down", "off", "all", "any", "some", "each", "every", "both", "either", "neither", "more",
            "most", "much", "many", "such", "same", "other", "another", "own", "here", "now", "still", "yet",
            "de", "van", "von", "la", "le", "del", "da", "di",
            // common words that are also surnames or given names
            "will", "may", "mark", "bill", "grant", "rich", "wolf", "levy", "kay", "king", "young", "white",
            "black", "brown", "green", "gray", "grey", "hall", "wood", "woods", "stone", "hill", "hills",
            "rose", "hope", "joy", "faith", "love", "bell", "page", "park", "lane", "field", "fields", "ford",
            "price", "hunt", "fox", "bird", "lamb", "fish", "long", "little", "short", "strong", "baker",
            "cook", "smith", "miller", "dean", "frank", "guy", "hart", "head", "house", "knight", "lord",
            "mason", "rice", "rock", "west", "north", "south", "east", "wise", "case", "key", "post", "link",
            "day", "night", "bush", "pope", "power", "chance", "best", "good", "sharp", "small", "root",
            "hunter", "porter", "walker", "carter", "cooper", "turner", "butler", "fisher", "shepherd",
            "sterling", "summer", "winter", "spring", "storm", "rain", "snow", "frost", "moon", "star",
            "sun", "sky", "gold", "silver", "iron", "steel", "glass", "wall", "gate", "bridge", "well",
            "may", "june", "august", "art", "ray", "sue", "pat", "max", "rob", "bob", "don", "jack", "jay",
            "gene", "dawn", "eve", "crystal", "ruby", "pearl", "amber", "jade", "ivy", "holly", "daisy",
            "lily", "sharon", "penny", "sandy", "rusty", "buck", "duke", "earl", "prince", "sage", "drew",
            "hardy", "moody", "noble", "savage", "wild", "swift", "quick", "bright", "fair", "gay", "new",
            "old", "big", "great", "last", "first", "next", "few", "free", "open", "close", "main",
            "harder", "hamper", "harp", "model", "modes", "reel", "real", "rule", "rules", "level", "levels",
            "heavy", "lever", "graph", "grab", "wool", "work", "works", "worked", "word", "words", "world",
            "kernel", "guest", "guests", "host", "hosts", "driver", "memory", "device", "devices", "talk",
            "talks", "session", "slides", "keynote", "monitor", "storage", "network", "block", "copy",
            "live", "migration", "format", "feature", "features", "support", "tool", "tools", "future",
            "state", "status", "project", "patch", "patches", "code", "user", "users", "time", "year",
            "years", "team", "people", "thing", "things", "way", "ways", "part", "point", "idea", "ideas");
}
