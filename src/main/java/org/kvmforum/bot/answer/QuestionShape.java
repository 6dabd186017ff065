package org.kvmforum.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.search.Token;

/**
 * What kind of question a reading is, told from its words alone: "why …", "how many …", "X gave the Y talk,
 * right?", "the two talks …", "what did the author think …". Each test is a pure function of the {@link Question};
 * none looks at the post, so the readings in {@link QuestionAnswerer} decide from these what to look up.
 */
final class QuestionShape {
    private QuestionShape() {}

    /** The words of {@link #GIVING} that name the session rather than give it. */
    static final Set<String> SESSION_WORDS = Set.of("talk", "keynote", "presentation");

    /** Forms of "do", which give a session when a session follows: "Rik did the NUMA one". */
    static final Set<String> DOING = Set.of("did", "do", "does", "done");

    /** Words asking for someone's view: what they thought, felt, said or complained of. */
    static final Set<String> VIEW_WORDS = Set.of("think", "thought", "thinks", "take", "reaction", "react",
            "reacted", "opinion", "opinions", "view", "views", "feel", "felt", "impression", "impressions",
            "complaint", "complaints", "complain", "complained", "gripe", "criticism", "like", "liked", "verdict",
            "dislike", "disliked", "dislikes", "love", "loved", "enjoy", "enjoyed", "hate", "hated", "praise",
            "praised", "appreciate", "appreciated", "judge", "judged", "assessment", "rate", "rated");

    /** Words that give a session to someone, or name the session given: "Kevin gave the VFIO talk". */
    static final Set<String> GIVING = Set.of("gave", "give", "giving", "given", "presented", "present",
            "presenting", "by", "delivered", "deliver", "talk", "keynote", "presentation", "spoke", "speak", "speaker",
            "presenter");

    /** "anyone", "someone", "any": who or what a yes-or-no question asks whether there was. */
    static final Set<String> SOMEONE = Set.of("anyone", "anybody", "someone", "somebody", "any", "anything");

    /** Words that may come before a question's first word: "exactly how many", "so, how much". */
    static final Set<String> LEADING_FILLER = Set.of("exactly", "precisely", "roughly", "approximately", "specific",
            "exact", "particular", "precise",
            "so", "and", "but", "ok", "okay", "hey", "just", "quick", "q");

    /** What the post never counts per session, so no session had the most of it. */
    static final Set<String> UNCOUNTED = Set.of("questions", "attendees", "people", "audience", "interest",
            "applause", "laughs", "discussion", "attention", "buzz", "views", "listeners", "viewers");

    /** Verbs of being at a session: "the talks the author caught", "which did he sit in". */
    static final Set<String> ATTENDED = Set.of("caught", "catch", "attended", "attend", "saw", "see",
            "watched", "watch", "went", "go", "sat", "sit", "picked", "chose", "chosen", "followed");

    /** "which talk …", "what keynote …": a question for a session, by its opening words. */
    static boolean asksForASession(Question q) {
        List<Token> words = q.words();
        return words.size() > 1 && Set.of("which", "what").contains(words.get(0).text())
                && (Cues.SESSION_NOUNS.contains(words.get(1).text()) || Cues.KEYNOTE.contains(words.get(1).text()));
    }

    /**
     * "which talk was the one where …", "…, which one?", "what session had …", "there was a talk where … - which?": a
     * which- or what-question for a session, wherever in the question it is put.
     */
    static boolean asksWhichSession(Question q) {
        List<Token> words = q.words();
        // "there was a talk where a feature might end up breaking huge pages - which?"
        if (!words.isEmpty() && words.get(words.size() - 1).text().equals("which")
                && words.stream().anyMatch(word -> Cues.SESSION_NOUNS.contains(word.text()))) {
            return true;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (Set.of("which", "what").contains(words.get(i).text())
                    && (Cues.SESSION_NOUNS.contains(words.get(i + 1).text()) || Cues.KEYNOTE.contains(words.get(i + 1).text()))) {
                return true;
            }
        }
        return false;
    }

    /** "Kevin Wolf gave the VFIO talk", "the AHCI talk was by Alex": a claim of who gave a session. */
    static boolean claimsWhoGaveIt(Question q) {
        List<Token> words = q.words();
        for (int i = 0; i < words.size(); i++) {
            // "rik did the numa one, right?": doing a session is giving it.
            boolean didIt = i > 0 && DOING.contains(words.get(i).text()) && i + 1 < words.size()
                    && Set.of("the", "that", "a").contains(words.get(i + 1).text());
            if (GIVING.contains(words.get(i).text()) || didIt) {
                return true;
            }
        }
        return false;
    }

    /** "who did the two memory management talks": a number of sessions asked for, so every one close enough. */
    static boolean asksForSeveral(Question q) {
        List<Token> words = q.words();
        for (int i = 0; i < words.size(); i++) {
            if (Set.of("two", "three", "both", "2", "3").contains(words.get(i).text())) {
                for (int k = i + 1; k < words.size() && k <= i + 4; k++) {
                    if (Cues.PLURAL_SESSIONS.contains(words.get(k).text())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "I think…", "I'd like…": the asker's own words, not a question about someone's view. */
    static boolean asksOwnThought(Question q) {
        List<Token> words = q.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (Set.of("i", "id", "we").contains(words.get(i).text()) && VIEW_WORDS.contains(words.get(i + 1).text())) {
                return true;
            }
        }
        return false;
    }

    /** The report's author, by name or as "the author". */
    static boolean isTheAuthor(Question q) {
        return q.people().size() == 1 && q.people().get(0).name().equals(q.event().report().author())
                || q.people().isEmpty() && q.hasAnyWord(Cues.AUTHOR);
    }

    /**
     * Whether the question asks for someone's view: a word of viewing, or "what did X say about Y" (not "which
     * speaker said his work could help…", a who-question about a sentence).
     */
    static boolean asksForAView(Question q) {
        List<Token> words = q.words();
        boolean sayAbout = !words.isEmpty() && words.get(0).text().equals("what")
                && words.stream().anyMatch(word -> Set.of("say", "said", "says").contains(word.text()))
                && words.stream().anyMatch(word -> word.text().equals("about"));
        return sayAbout || words.stream().anyMatch(word -> VIEW_WORDS.contains(word.text()));
    }

    /** Whether a sentence speaks in the first person: "I", "my", "me", "we", "our", "us". */
    static boolean inTheFirstPerson(String sentence) {
        for (Token token : Token.of(sentence)) {
            if (Set.of("i", "my", "me", "we", "our", "us", "im", "ive").contains(token.text())
                    && (!token.text().equals("us") || !token.capital())) {
                return true;
            }
        }
        return false;
    }

    /** "by the same person", "the same speaker": two sessions' speakers compared. */
    static boolean asksSamePerson(Question q) {
        return sameThen(q, Cues.PERSON_NOUNS);
    }

    /** "on the same day as", "the same day": two sessions' days compared. */
    static boolean asksSameDay(Question q) {
        return sameThen(q, Set.of("day", "days"));
    }

    /** Whether "same" comes right before one of the nouns. */
    private static boolean sameThen(Question q, Set<String> nouns) {
        List<Token> words = q.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).text().equals("same") && nouns.contains(words.get(i + 1).text())) {
                return true;
            }
        }
        return false;
    }

    /** A main clause that points back at its context: "who opened it?", "when was that?". */
    /**
     * Context about the asker or the post before a question: "I'm …", "We're …", "Our team …", "For our history
     * blurb:", "The post says …".
     */
    static final java.util.regex.Pattern GIVING_CONTEXT = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:i|i'm|im|i've|we|we're|we've|our|my|for our|for my|the post says|the write-?up says)\\b");

    static boolean refersBack(Question clause) {
        return clause.words().stream().anyMatch(word -> Set.of("it", "that", "this", "them", "they", "those", "these")
                .contains(word.text()));
    }

    /**
     * "was there a lightning talk?", "did anyone talk about SPICE?", "any talks on NUMA?": a question whether
     * something was at the event, which an answer found in the post answers with yes before saying what it was.
     */
    static boolean asksWhetherThereIs(String question) {
        return asksWhetherThereIs(Token.of(question));
    }

    /** The same, of a question's words. */
    static boolean asksWhetherThereIs(List<Token> words) {
        if (words.isEmpty()) {
            return false;
        }
        for (int i = 1; i + 1 < words.size(); i++) {
            if (words.get(i).text().equals("and") && MainClause.SECOND_QUESTION.contains(words.get(i + 1).text())) {
                return false; // "was there a third day and where was it held": the yes would answer only half
            }
        }
        String first = words.get(0).text();
        String second = words.size() > 1 ? words.get(1).text() : "";
        // "anyone know who gave the GPU talk?", "Someone quoted this at me. Who said it?": a question word after
        // "someone" asks who or what, which a yes does not answer.
        boolean askedAfter = (first.equals("any") || SOMEONE.contains(first)) && words.stream().skip(1)
                .anyMatch(word -> Set.of("who", "whom", "whose", "which", "what", "when", "where").contains(word.text()));
        return Set.of("was", "were", "is", "are").contains(first) && second.equals("there")
                || Set.of("did", "does", "has", "have").contains(first) && SOMEONE.contains(second)
                || (first.equals("any") || SOMEONE.contains(first)) && !askedAfter;
    }

    /**
     * "Avi opened day 1, right?", "was it Anthony who closed the morning?": one person put at a position of the
     * program, as a belief or in a cleft ("it was X who"). The position is the day's or the part's, not theirs:
     * "Avi's first talk" (a possessive) is a position among his own sessions, and is left to them.
     */
    /** "…, was it alex graf?", "was that him?": the asker's guess at who it was, put as a question. */
    static boolean guessesWho(Question q) {
        List<Token> words = q.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            boolean asking = Set.of("was", "wasnt", "is", "isnt").contains(words.get(i).text());
            String after = i + 2 < words.size() ? words.get(i + 2).text() : null;
            if (asking && Set.of("it", "that", "this").contains(words.get(i + 1).text())
                    && (after == null || Set.of("him", "her", "them").contains(after)
                    || q.people().stream().anyMatch(person -> isNameOf(person, after)))) {
                return true;
            }
        }
        return false;
    }

    static boolean claimsAPosition(Question q) {
        // "Hans kicked off a chardev flow control discussion, right?": a topic after the verb is what was opened,
        // not the day.
        if (q.position() == 0 || q.people().size() != 1 || !q.opensYesOrNo() && !q.checksABelief() || q.hasTopic()) {
            return false;
        }
        boolean cleft = q.words().stream().anyMatch(word -> word.text().equals("who"));
        // "did anthony give the opening keynote on day one?": a verb of giving puts the person at the position.
        boolean gave = q.opensYesOrNo() && q.words().stream()
                .anyMatch(word -> GIVING.contains(word.text()) && !SESSION_WORDS.contains(word.text()));
        if (!q.checksABelief() && !cleft && !gave) {
            return false;
        }
        return !positionIsTheirs(q);
    }

    /**
     * "Avi's second talk", "Avi first talk": a name right before an ordinal or a word for a session (the possessive
     * "'s" is gone from the words) puts the position among that person's own sessions.
     */
    static boolean positionIsTheirs(Question q) {
        List<Token> words = q.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            String next = words.get(i + 1).text();
            // "Avi's talk was the last one" puts his talk at the day's end: only an ordinal right after the name
            // ("Avi's second talk") counts among his own sessions.
            boolean qualifies = Cues.ORDINALS.containsKey(next);
            String word = words.get(i).text();
            if (qualifies && q.people().stream().anyMatch(person -> isNameOf(person, word))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is one of the words of the person's name or of a form the post uses for them. */
    static boolean isNameOf(Person person, String word) {
        List<String> forms = new ArrayList<>(person.mentions());
        forms.add(person.name());
        for (String form : forms) {
            for (String part : form.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                if (part.equals(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "the AHCI talk by Alex": "by", after a word for a session, right before the name of a person asked about. */
    static boolean byBeforeAPerson(Question q) {
        List<Token> all = q.words();
        boolean sessionBefore = false;
        for (int i = 0; i + 1 < all.size(); i++) {
            String next = all.get(i + 1).text();
            boolean nameNext = q.people().stream().anyMatch(person -> person.name().toLowerCase(java.util.Locale.ROOT)
                    .startsWith(next) || person.mentions().stream().anyMatch(
                            form -> form.toLowerCase(java.util.Locale.ROOT).startsWith(next)));
            if (all.get(i).text().equals("by") && sessionBefore && nameNext) {
                return true;
            }
            sessionBefore |= Cues.SESSION_NOUNS.contains(all.get(i).text()) || Cues.KEYNOTE.contains(all.get(i).text());
        }
        return false;
    }

    /** "what did the author do", "what was he doing": a question about what the author did, not about a session. */
    static boolean asksWhatTheAuthorDid(Question q) {
        if (q.words().size() > 1 && q.words().get(0).text().equals("what")
                && Set.of("happened", "happens").contains(q.words().get(1).text())) {
            return true; // "what happened after Juan's session": what the post says happened is the author's gap
        }
        boolean doing = q.hasAnyWord(Set.of("do", "doing"));
        boolean author = q.words().stream().anyMatch(word -> Cues.AUTHOR.contains(word.text())
                || word.text().equals("he")) || q.event() != null && q.people().stream()
                        .anyMatch(person -> person.name().equals(q.event().report().author()));
        return doing && author;
    }

    /**
     * "how many …", "how much …", "exactly how many …" as the question itself, not in a clause ("which talk was
     * about limiting how much IO …").
     */
    static boolean opensWithHowMany(Question q) {
        List<Token> words = q.words();
        int at = 0;
        while (at < words.size() && LEADING_FILLER.contains(words.get(at).text())) {
            at++;
        }
        // "by how much did AHCI beat IDE", "by what % did it win": a margin is as much a figure.
        if (at < words.size() && words.get(at).text().equals("by")) {
            at++;
            if (at + 1 < words.size() && words.get(at).text().equals("what")
                    && (MARGINS.contains(words.get(at + 1).text()) || Cues.AUXILIARIES.contains(words.get(at + 1).text()))) {
                return true; // "%" is no word: "by what did it beat" had one
            }
        }
        return at + 1 < words.size() && words.get(at).text().equals("how")
                && (words.get(at + 1).text().equals("many") || words.get(at + 1).text().equals("much"));
    }

    /** What a margin is asked in: "by what percentage", "by what factor". */
    private static final Set<String> MARGINS = Set.of("percent", "percentage", "factor", "margin", "amount", "ratio");

    /** "how many …", "how much …". */
    static boolean asksHowMany(Question q) {
        List<Token> words = q.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).text().equals("how")
                    && (words.get(i + 1).text().equals("many") || words.get(i + 1).text().equals("much"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "why …", "how come …", "what was the downside of …": the question asks for a reason or a consequence, which
     * the post gives in a sentence.
     */
    static boolean asksWhy(Question q) {
        List<Token> words = q.words();
        if (!words.isEmpty() && (words.get(0).text().equals("why")
                || words.size() > 1 && words.get(0).text().equals("how") && words.get(1).text().equals("come"))) {
            return true;
        }
        return asksForAConsequence(q);
    }

    /** "what was the downside of …": a consequence, not a reason. */
    static boolean asksForAConsequence(Question q) {
        return q.hasAnyWord(Cues.CONSEQUENCE);
    }

    /** "the downsides", "any drawbacks": a consequence asked for that weighs against. */
    static boolean asksForADownside(Question q) {
        return q.hasAnyWord(Set.of("downside", "downsides", "drawback", "drawbacks", "disadvantage", "disadvantages",
                "tradeoff", "tradeoffs", "trade-off", "trade-offs"));
    }

    /** Whether the question names its event's year ("at KVM Forum 2012"): then only that event's sessions count. */
    static boolean namesItsYear(Question q) {
        String year = Integer.toString(q.event().year());
        for (Token word : q.words()) {
            if (word.text().equals(year)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "who are the developers behind FVD": making a thing said without a verb. The question's verb otherwise.
     */
    static String makingInOtherWords(Question q, String verb) {
        List<Token> words = q.words();
        // "who was behind the talk on …" asks who gave it.
        boolean behind = false;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).text().equals("behind")) {
                behind = true;
                for (int k = i + 1; k < words.size() && k <= i + 2; k++) {
                    behind &= !Cues.SESSION_NOUNS.contains(words.get(k).text())
                            && !Cues.KEYNOTE.contains(words.get(k).text());
                }
            }
        }
        if (verb == null && cameUpWith(words)) {
            return "come"; // "who came up with FVD": the phrase is the verb
        }
        return behind && (verb == null || Cues.AUXILIARIES.contains(verb)) ? "create" : verb;
    }

    /** "came up with", "come up with": making a thing, in a phrase. */
    static boolean cameUpWith(List<Token> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (Set.of("come", "came", "comes", "coming").contains(words.get(i).text())
                    && words.get(i + 1).text().equals("up") && words.get(i + 2).text().equals("with")) {
                return true;
            }
        }
        return false;
    }

    /** "both days", "every day", "each day": a question about all the days of the program. */
    static boolean asksForEveryDay(Question q) {
        List<Token> words = q.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            boolean all = Set.of("both", "every", "each", "all").contains(words.get(i).text());
            if (all && Set.of("days", "day").contains(words.get(i + 1).text())) {
                return true;
            }
            // "on each of the two days", "on both of the days"
            int k = i + 1;
            while (all && k < words.size() && Set.of("of", "the").contains(words.get(k).text())
                    || all && k < words.size() && k > i + 1 && Cues.NUMBERS.containsKey(words.get(k).text())) {
                k++;
            }
            if (all && k > i + 1 && k < words.size() && words.get(k).text().equals("days")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The verb of a who-question when it is not one of giving or talking ("who raised …", "which speaker had worked
     * with …"): the first word after "who" (or "which person") past its auxiliaries and adverbs; null for "who gave
     * …", "who talked about …", "who is …".
     */
    static String agentVerb(Question q) {
        List<Token> words = q.words();
        int at;
        if (!words.isEmpty() && words.get(0).text().equals("who")) {
            at = 1;
        } else if (words.size() > 1 && words.get(0).text().equals("which")
                && Cues.PERSON_NOUNS.contains(words.get(1).text())) {
            at = 2;
        } else {
            return null;
        }
        while (at < words.size() && (Cues.AUXILIARIES.contains(words.get(at).text())
                || Cues.VERB_ADVERBS.contains(words.get(at).text()))) {
            at++;
        }
        if (at >= words.size()) {
            return null;
        }
        String verb = words.get(at).text();
        if (Set.of("doing", "working").contains(verb)) {
            return verb; // "who is actually doing the ARM port": work on it, which talking of it is not
        }
        boolean aVerb = verb.endsWith("ed") || verb.endsWith("ing") || Cues.IRREGULAR_PAST.containsKey(verb);
        return aVerb && !Cues.FRAME.contains(verb) && !Cues.STOP.contains(verb) ? verb : null;
    }

    /** "raised the licensing question during the SmartOS talk": the question after its "who", as it was written. */
    static String verbPhrase(Question q) {
        List<Token> words = q.words();
        // "who's building …" is read without its "'s": "who is building …".
        StringBuilder phrase = new StringBuilder(words.size() > 1 && words.get(1).text().endsWith("ing") ? "is " : "");
        for (int i = 1; i < words.size(); i++) {
            phrase.append(i > 1 ? " " : "").append(words.get(i).surface());
        }
        return phrase.toString();
    }

    /**
     * "who was the best speaker", "the most popular talk": an opinion word about a session or person. Before any
     * other noun it only describes the thing asked about ("which popular OS doesn't support AHCI").
     */
    static boolean asksForAnOpinion(Question q) {
        List<Token> words = q.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            // "which talk got the most questions": a ranking by what the post never counts.
            if (Set.of("most", "fewest", "least").contains(words.get(i).text())
                    && UNCOUNTED.contains(words.get(i + 1).text())) {
                return true;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            if (!Cues.OPINION.contains(words.get(i).text())) {
                continue;
            }
            // "the best of the talks" asks for an opinion; "merging the best of QED and FVD" describes a thing.
            int next = i + 1;
            while (next < words.size() && Cues.STOP.contains(words.get(next).text())) {
                next++;
            }
            if (next == words.size() || !Cues.isAThing(words.get(next).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the which or what that asks for a thing is: the question's first word, or the word after a verb of
     * saying in a yes-or-no question ("did Kevin mention which formats …"); -1 when there is none.
     */
    static int whichOrWhatAt(List<Token> words) {
        if (words.isEmpty()) {
            return -1;
        }
        String first = words.get(0).text();
        if (first.equals("which") || first.equals("what") || first.equals("whats")) {
            return 0;
        }
        if (Set.of("in", "at", "during", "for", "about", "on", "from").contains(first)) {
            // "in the BOF about moving qemu away from C, which language did they want": the phrase sets the scene.
            for (int i = 2; i < words.size(); i++) {
                if (words.get(i).text().equals("which") || words.get(i).text().equals("what")) {
                    return i;
                }
            }
            return -1;
        }
        if (!Cues.AUXILIARIES.contains(first)) {
            return -1;
        }
        for (int i = 2; i < words.size(); i++) {
            String word = words.get(i).text();
            if ((word.equals("which") || word.equals("what")) && Cues.SAYING.contains(words.get(i - 1).text())) {
                return i;
            }
        }
        return -1;
    }

    /** "the other lightning talk", "another keynote": one more of a kind than the one named. */
    static boolean asksForAnother(Question q) {
        return q.hasAnyWord(Cues.ANOTHER);
    }

    /** "how many talks", "how many people": a count of the program, not a quantity of one session. */
    static boolean countsSessionsOrPeople(Question q) {
        List<Token> words = q.words();
        for (int i = 0; i + 2 < words.size(); i++) {
            if (words.get(i).text().equals("how") && Set.of("many", "much").contains(words.get(i + 1).text())) {
                String counted = words.get(i + 2).text();
                return Cues.SESSION_NOUNS.contains(counted) || Cues.PERSON_NOUNS.contains(counted)
                        || Cues.KEYNOTE.contains(counted) || Cues.BOF.contains(counted)
                        || Cues.LIGHTNING.contains(counted)
                        || Cues.TIME_NOUNS.contains(counted);
            }
        }
        return false;
    }

    /** Whether the question asks what the report's author saw: "caught", "attended", "saw", "went to". */
    static boolean saysTheAuthorAttended(Question q) {
        return q.hasAnyWord(ATTENDED);
    }
}
