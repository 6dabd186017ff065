package org.kvmforum.bot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.search.SemanticIndex;
import org.kvmforum.bot.search.Stems;
import org.kvmforum.bot.search.TextNormalizer;
import org.kvmforum.bot.search.Token;
import org.kvmforum.bot.search.TopicIndex;

/**
 * "Who raised the licensing question", "who wrote the virtio-scsi spec", "who brought up the OVA": a who-question
 * whose verb is not one of giving a talk asks who did something in a session, which its paragraph says or not.
 * The person is the one the sentence that says it names (the author for "I"); a sentence that has nobody doing it
 * says who only when it is a point of the session, and a thing only mentioned in passing was made by nobody it
 * names.
 */
final class WhoDidIt {
    /** Verbs of bringing something up in a talk: "the ARM port Avi mentioned". */
    private static final Set<String> MENTIONED = Set.of("mentioned", "talked", "said", "described", "discussed",
            "raised", "predicted", "spoke", "brought", "presented");

    /** Verbs of making a thing: who did it is said only by a sentence with one of them. */
    private static final Set<String> MAKING = Set.of("write", "design", "create", "invent", "build", "develop",
            "author", "implement", "start", "found", "initiate");

    /** Words of a question asked by the audience: a sentence with one says what the floor, not the speaker, did. */
    private static final Set<String> FROM_THE_FLOOR = Set.of("question", "questions", "asked", "asking", "audience");

    /** What a sentence of "we" gains over others that say as much, for a question of doing it with someone. */
    private static final float WITH_US = 0.01f;

    /** The share of a who-question's words beyond its session that a sentence naming someone else must say. */
    private static final float SOMEONE_ELSES_SUPPORT = 0.3f;

    /** How an answer opens that read the sentence a who-question asks about and found no one doing it. */
    static final String WHO_NOT_SAID = "The post does not say who ";

    private final ContentModel model;
    private final TopicIndex index;
    private final SemanticIndex semantic;
    private final QuestionReader reader;
    private final PostLookup lookup;

    WhoDidIt(ContentModel model, TopicIndex index, SemanticIndex semantic, QuestionReader reader, PostLookup lookup) {
        this.model = model;
        this.index = index;
        this.semantic = semantic;
        this.reader = reader;
        this.lookup = lookup;
    }

    /**
     * "who's actually doing the ARM port Avi mentioned?": the person named only says where the thing came up (their
     * name right before a verb of talking); who does it is read from that session's paragraph, as for any
     * who-question about a detail ({@link #whoDid}). Null for any other question.
     */
    Answer whoDidWhatTheyMentioned(Question q, List<TopicIndex.Resolved> words) {
        if (q.target() != Target.SPEAKER || q.people().size() != 1 || !q.hasTopic()) {
            return null;
        }
        Person person = q.people().get(0);
        List<Token> all = q.words();
        boolean context = false;
        boolean inTheirSession = false;
        for (int i = 1; i + 1 < all.size(); i++) {
            boolean named = QuestionShape.isNameOf(person, all.get(i).text());
            // "the ARM port Avi mentioned"; "the licensing question during Bryan Cantrill's talk"
            boolean where = named && all.subList(Math.max(0, i - 3), i).stream()
                    .anyMatch(word -> Set.of("during", "in", "at").contains(word.text()))
                    && all.subList(i + 1, Math.min(all.size(), i + 3)).stream()
                            .anyMatch(word -> Cues.SESSION_NOUNS.contains(word.text())
                                    || Cues.KEYNOTE.contains(word.text()));
            context |= named && MENTIONED.contains(all.get(i + 1).text()) || where;
            inTheirSession |= where;
        }
        String verb = QuestionShape.agentVerb(q);
        // The verb of mentioning is what places the thing, unless the session places it ("who raised … during …").
        if (!context || verb == null || MENTIONED.contains(verb) && !inTheirSession) {
            return null;
        }
        List<TopicMatch> theirs = lookup.rank(words, model.sessionsOf(person));
        if (theirs.isEmpty()) {
            return null;
        }
        return whoDid(q.withoutPeople(), theirs.get(0).session(), verb);
    }

    /**
     * "who had already written the virtio-scsi spec?": a who-question about a detail of a session (a topic word its
     * title does not have) whose paragraph has a sentence that close in meaning naming one person. That person, the
     * sentence, and the session; null otherwise, so the session's speakers answer.
     */
    Answer personForADetail(Question q, Session session) {
        Set<String> titleWords = new HashSet<>();
        for (Token word : Token.of(TextNormalizer.clean(session.title() + " " + session.titleInPost()))) {
            titleWords.addAll(word.parts());
            titleWords.add(word.text());
        }
        boolean detail = false;
        for (Token word : q.topic()) {
            detail |= !titleWords.contains(word.text()) && !Cues.FRAME.contains(word.text());
        }
        if (!detail) {
            return null;
        }
        String verb = QuestionShape.makingInOtherWords(q, QuestionShape.agentVerb(q));
        Answer did = verb == null ? null : whoDid(q, session, verb);
        if (did != null) {
            return did;
        }
        for (SemanticIndex.Scored<SemanticIndex.PostSentence> scored
                : semantic.sentences(reader.withoutEventName(q), q.event())) {
            if (scored.score() < SemanticIndex.SENTENCE_MATCH) {
                break;
            }
            String text = scored.item().text();
            if (!session.summary().contains(text)) {
                continue;
            }
            List<Person> named = namedIn(text);
            if (named.size() == 1) {
                return Answer.of(named.get(0).name() + ", by what the post says of " + Phrases.described(model, session)
                        + ": “" + text + "”", List.of(session));
            }
            break;
        }
        return someoneElseInTheParagraph(q, session, titleWords);
    }

    /**
     * "at the postcopy talk somebody insisted we squeeze everything out of pre-copy first, who was that?": the
     * question's verb is not one of giving the talk, and the paragraph's sentence that says most of the rest of the
     * question (beyond the session's title, in words the post has) names one person who is not its speaker ("Anthony wanted to ensure we
     * have eked out maximum performance from the current pre-copy implementation"): that person did it. Null when
     * no such sentence says enough, or it names a speaker, nobody, or more than one.
     */
    private Answer someoneElseInTheParagraph(Question q, Session session, Set<String> titleWords) {
        // "… someone pushed back on it. who was that?": the context says what was done, by "someone".
        boolean doneBySomeone = q.hasAnyWord(Set.of("someone", "somebody")) && q.hasAnyWord(Set.of("who", "whom"));
        if (QuestionShape.agentVerb(q) == null && !doneBySomeone || !q.people().isEmpty()) {
            return null;
        }
        List<Token> beyond = q.topic().stream().filter(word -> !titleWords.contains(word.text())
                && !Cues.FRAME.contains(word.text())).toList();
        // Words the post never uses ("insisted", "squeeze") are the asker's own, and say nothing either way.
        List<TopicIndex.Resolved> words = lookup.resolve(beyond).stream().filter(word -> !word.unknown()).toList();
        if (words.stream().noneMatch(lookup::isSpecific)) {
            return null;
        }
        String best = lookup.bestSupported(session, words);
        // A third of what the question says beyond the session, with a word few sessions use: the person named
        // beside it (not its speaker) is the evidence that this sentence is the act asked about.
        if (best == null || index.support(session, words, best) < SOMEONE_ELSES_SUPPORT
                || PostLookup.stemsOf(best).stream().noneMatch(stem -> words.stream()
                        .anyMatch(word -> lookup.isSpecific(word) && word.stems().contains(stem)))) {
            return null;
        }
        List<Person> named = namedIn(best);
        List<String> sentences = lookup.paragraphSentences(session);
        int at = sentences.indexOf(best);
        if (named.isEmpty() && best.matches("(?i)^(he|she) .*") && at > 0) {
            // "He also asked for benchmarking results": who "he" is, the sentence before says.
            Person before = lookup.lastNamedIn(sentences.get(at - 1));
            named = before == null ? List.of() : List.of(before);
            best = sentences.get(at - 1) + " " + best;
        }
        if (named.size() != 1 || session.speakers().contains(named.get(0).id())) {
            return null;
        }
        return Answer.of(named.get(0).name() + ", by what the post says of " + Phrases.described(model, session)
                + ": “" + best + "”", List.of(session));
    }

    private List<Person> namedIn(String text) {
        List<Person> named = new ArrayList<>();
        for (Person person : model.people()) {
            if (PostLookup.sentenceNames(text, person)) {
                named.add(person);
            }
        }
        return named;
    }

    /**
     * "who raised the licensing question", "who is working on the in-kernel SCSI target": a who-question whose verb
     * is not one of giving a talk asks who did that, which a speaker did only if the post says so. The paragraph's
     * sentence that says most of the question must have the verb (in any form), and the answer is the person named
     * nearest it ("he" or "she" opening a sentence is the person the sentence before names, or the speaker); without
     * the verb there, the post does not say who, and the sentence is quoted for what it does say.
     */
    private Answer whoDid(Question q, Session session, String verb) {
        List<TopicIndex.Resolved> words = lookup.resolve(q.topic());
        List<String> sentences = lookup.paragraphSentences(session);
        String best = lookup.bestSupported(session, words);
        if (best == null) {
            return null;
        }
        List<Token> tokens = Token.of(TextNormalizer.clean(best));
        int at = -1;
        for (int i = 0; i < tokens.size() && at < 0; i++) {
            at = Cues.sameVerb(tokens.get(i).text(), verb) ? i : -1;
        }
        String first = tokens.isEmpty() ? "" : tokens.get(0).text();
        boolean pronoun = Cues.SUBJECT_PRONOUNS.contains(first);
        if (at >= 0) {
            // "I wrote that code": the report's author.
            boolean firstPerson = at > 0 && tokens.get(at - 1).text().equals("i");
            Person person = firstPerson ? lookup.personNamed(q.event().report().author())
                    : lookup.nearestNamed(best, at, tokens);
            if (person == null && (first.equals("he") || first.equals("she"))) {
                int index = sentences.indexOf(best);
                person = index > 0 ? lookup.lastNamedIn(sentences.get(index - 1)) : null;
                if (person == null && session.speakers().size() == 1) {
                    person = model.speakersOf(session).get(0);
                }
            }
            return person == null ? null : Answer.of(person.name() + ", by what the post says of "
                    + Phrases.described(model, session) + ": “" + best + "”", List.of(session));
        }
        // The verb is not in the sentence. Other words may say the same ("started" for "initiated"), so the post
        // is taken not to say who only when the sentence has nobody doing anything (and the thing is not the
        // session's own subject), or when all it has someone do is talk of it ("he talked about an ARM port").
        boolean nobody = !pronoun && lookup.nearestNamed(best, 0, tokens) == null;
        // "who brought up the Open Virtualization Alliance": what a session's paragraph says with nobody doing it
        // is a point of the session, so its speakers brought it up; a question from the floor is nobody's.
        boolean mentioning = Cues.mentioning(verb);
        if (nobody && mentioning && !session.speakers().isEmpty()
                && tokens.stream().noneMatch(token -> FROM_THE_FLOOR.contains(token.text()))) {
            return Answer.of(Phrases.speakers(model, session) + ", in " + Phrases.described(model, session)
                    + ": “" + best + "”", List.of(session));
        }
        boolean sessionsOwn = words.stream().anyMatch(word -> !word.typo()
                && index.weight(session, word) >= TopicIndex.LEAD
                && !Cues.sameVerb(word.stems().isEmpty() ? "" : word.stems().get(0), verb)
                && !inContextPhrase(q, word));
        boolean onlyTalked = tokens.size() > 2 && Cues.WORK_VERBS.stream().anyMatch(work -> Cues.sameVerb(work, verb))
                && (pronoun || lookup.nearestNamed(best, 0, tokens) != null)
                && Cues.TALKING.contains(tokens.get(firstVerbAfterSubject(tokens)).text());
        // "who wrote the QED format": making a thing is said with a verb of making; a sentence without one ("he's
        // collecting the best ideas from QED and FVD") does not say who made it.
        boolean making = MAKING.stream().anyMatch(make -> Cues.sameVerb(make, verb))
                || QuestionShape.cameUpWith(q.words());
        // "who designed the QED format": the session leads with formats, but QED, a rare word that names the thing
        // made, is only mentioned in it.
        sessionsOwn &= !making || words.stream().filter(word -> !word.typo() && index.isSpecific(word)
                && !inContextPhrase(q, word) && !word.stems().stream().allMatch(WhoDidIt::isNumber))
                .allMatch(word -> index.weight(session, word) >= TopicIndex.LEAD);
        boolean madeHere = tokens.stream().anyMatch(token -> MAKING.stream().anyMatch(make -> Cues.sameVerb(make,
                token.text()))) || QuestionShape.cameUpWith(tokens);
        if (nobody && !sessionsOwn || onlyTalked || making && !madeHere && !sessionsOwn) {
            return Answer.notInPost(WhoDidIt.WHO_NOT_SAID + QuestionShape.verbPhrase(q) + ". What it says of "
                    + Phrases.described(model, session) + ": “" + best + "”", List.of(session));
        }
        return null;
    }

    /** A number written in digits ("3"), which names no thing made. */
    private static boolean isNumber(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }

    /** The first word after a sentence's opening subject and its adverbs ("He also talked …" → talked). */
    private static int firstVerbAfterSubject(List<Token> tokens) {
        int i = 1;
        while (i < tokens.size() - 1 && (Cues.VERB_ADVERBS.contains(tokens.get(i).text())
                || tokens.get(i - 1).capital() && tokens.get(i).capital())) {
            i++;
        }
        return i;
    }

    /**
     * Whether a topic word only says which session is meant: it stands in a closing "during the SmartOS talk", "in
     * Avi's keynote", not in what is asked.
     */
    private static boolean inContextPhrase(Question q, TopicIndex.Resolved word) {
        List<Token> all = q.words();
        for (int i = 0; i < all.size(); i++) {
            if (!Set.of("during", "in", "at", "from").contains(all.get(i).text())) {
                continue;
            }
            for (int k = i + 1; k < all.size() && k <= i + 5; k++) {
                if (Cues.SESSION_NOUNS.contains(all.get(k).text()) || Cues.KEYNOTE.contains(all.get(k).text())) {
                    for (int w = i + 1; w < k; w++) {
                        if (word.stems().contains(Stems.of(all.get(w).text()))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * "who told amit in private that there's no licensing violation", "who did amit work with on PCI device
     * assignment": a who-question in which the report's author is only the other party. The sentence of any
     * session's paragraph that says most of the rest of the question names the one asked for: the person it names
     * besides the author, or, where it says "we" and names nobody else, the session's speaker. Null when no sentence
     * says enough, or the question asks about the author's own doing.
     */
    /** The first person the sentence names who is not the one given, or null. */
    private Person namesSomeoneBut(String sentence, String name) {
        for (Person person : model.people()) {
            if (!person.name().equals(name) && PostLookup.sentenceNames(sentence, person)) {
                return person;
            }
        }
        return null;
    }

    Answer withTheAuthor(Question q, List<TopicIndex.Resolved> words) {
        String author = q.event().report().author();
        if (!QuestionShape.isTheAuthor(q) || q.target() != Target.SPEAKER || words.isEmpty() || q.words().isEmpty()
                || !q.words().get(0).text().equals("who")) {
            return null;
        }
        Session where = null;
        String best = null;
        float most = PostLookup.DETAIL_SUPPORT;
        // "who did Amit work with": a sentence of "we" is one of doing it with someone, first among equals.
        boolean with = q.hasAnyWord(Set.of("with", "together"));
        for (Session session : q.event().sessions()) {
            for (String sentence : lookup.paragraphSentences(session)) {
                float support = index.support(session, words, sentence)
                        + (with && PostLookup.stemsOf(sentence).contains("we") ? WITH_US : 0f);
                // Of two sentences that say as much, the one naming someone answers who ("In a private chat later,
                // Bryan mentioned…" over "the question on licensing was addressed vaguely").
                boolean namesOne = support == most && best != null && namesSomeoneBut(best, author) == null
                        && namesSomeoneBut(sentence, author) != null;
                if (support > most || support == most && best == null || namesOne) {
                    where = session;
                    best = sentence;
                    most = support;
                }
            }
        }
        if (best == null) {
            return null;
        }
        List<Token> tokens = Token.of(TextNormalizer.clean(best));
        Person other = namesSomeoneBut(best, author);
        boolean we = tokens.stream().anyMatch(token -> token.text().equals("we"));
        if (other == null && we && !where.speakers().isEmpty()) {
            other = model.speakersOf(where).stream().filter(person -> !person.name().equals(author)).findFirst()
                    .orElse(null);
        }
        return other == null ? null : Answer.of(other.name() + ", by what the post says of "
                + Phrases.described(model, where) + ": “" + best + "”", List.of(where));
    }
}
