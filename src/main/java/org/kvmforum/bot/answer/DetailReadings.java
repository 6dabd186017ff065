package org.kvmforum.bot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.search.FieldCategories;
import org.kvmforum.bot.search.Stems;
import org.kvmforum.bot.search.TextNormalizer;
import org.kvmforum.bot.search.Token;
import org.kvmforum.bot.search.TopicIndex;

/**
 * A thing asked of one session ("which hypervisor does Paul want to replace", "what software did Alex use"): named
 * by its paragraph, said there in other words, left unnamed ("non-free software"), or never in it at all.
 */
final class DetailReadings {
    /** "… called?", "… named?": a question for a thing's name. */
    private static final Set<String> NAMED = Set.of("called", "named", "titled");

    /** The words for a thing's name: "the name of X" asks for X by name. */
    private static final Set<String> NAME_NOUNS = Set.of("name", "names", "title", "model");

    /** Words after "what was X like" that say when or by whom, not an example of X. */
    private static final Set<String> DESCRIBED_WHEN = Set.of("at", "in", "back", "then", "according", "during",
            "before", "after", "for", "by", "now", "today");

    /** Determiners between a what-question's verb and its noun ("what were the races"). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "that",
            "this", "those", "these");

    /** "what's wrong with …", "what's new in …": a question about a state, not for a thing by name. */
    private static final Set<String> NOT_THINGS = Set.of("wrong", "new", "different", "special", "interesting",
            "notable", "important", "good", "bad", "cool", "unique", "missing", "left", "happening", "planned", "next",
            // "what makes SPICE different from VNC", "what sets it apart": a verb after "what", asking how, not which.
            "makes", "make", "made", "sets", "distinguishes", "separates", "causes", "caused",
            // "what upset the author about the slides": a feeling's cause is asked, not a thing by name.
            "upset", "upsets", "bothers", "annoys", "irks");

    /** Nouns for what a session is about: "what ideas did he cover", "which topics did she touch on". */
    private static final Set<String> SUBJECT_NOUNS = Set.of("idea", "ideas", "topic", "topics", "subject", "subjects",
            "theme", "themes", "points");

    /** Words that may describe the thing a which-question asks for before its noun ("which POWER7 server model"). */
    private static final int MODIFIERS_BEFORE_A_THING = 6;

    /**
     * The share a sentence must have of the rest of a which-question whose noun the paragraph never uses: most of
     * it, since nothing else ties the sentence to the thing asked ("which USB 3 host controller is QEMU emulating"
     * shares "USB 3" and "QEMU" with a sentence that names no controller).
     */
    private static final float REST_SUPPORT = 0.75f;

    /** Words that end a noun phrase: "the other BOF topic besides chardevs". */
    private static final Set<String> PREPOSITIONS = Set.of("besides", "except", "about", "after", "before", "between",
            "during", "without", "within", "behind", "beyond", "against", "among", "via", "per");

    /** Short prepositions that open a phrase after the verb: "use for its effects", "run with it". */
    private static final Set<String> PHRASE_OPENERS = Set.of("for", "with", "in", "on", "of", "to", "from", "at", "by");

    /**
     * Nouns for a measured quantity: "what was the throughput gain", like "how much", asks for a figure, which a
     * sentence without a number does not give.
     */
    static final Set<String> QUANTITY_NOUNS = Set.of("gain", "gains", "speedup", "improvement", "overhead",
            "latency", "bandwidth", "throughput", "percentage", "cost", "price", "amount", "reduction", "savings",
            "figure", "figures", "limit", "size", "number", "count");

    /** Nouns for words someone said, which a quotation in the paragraph gives. */
    private static final Set<String> QUOTE_NOUNS = Set.of("line", "quote", "quotation", "words", "phrase", "saying",
            "remark", "comment");

    /** Words that open a clause describing the noun before them: "the talk where they move …". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("where", "that", "which", "who", "when", "in", "on",
            "about", "with", "they", "he", "she", "we", "you", "i");

    /** How far before and after a plural noun a name counts as naming it ("QED and FVD, the newest formats"). */
    private static final int PLURAL_NAMES_BEFORE = 3;

    private static final int PLURAL_NAMES_AFTER = 5;

    /** Words after "of" that say nothing of what the things are: "the pitfalls of doing so", "of this". */
    private static final Set<String> VAGUE_AFTER_OF = Set.of("doing", "this", "that", "it", "them", "these", "those",
            "such", "so");

    /** Words after a plural noun that go on to say what they are ("drawbacks to this as …", "features like …"). */
    private static final Set<String> EXPLAINED_BY = Set.of("as", "like", "such", "including", "namely", "because",
            "since", "where", "especially", "to");
    private final ContentModel model;
    private final TopicIndex index;
    private final PostLookup lookup;
    private final ProgramAnswers program;
    /** The field's subjects: a thing asked for by its kind ("which hypervisor") may be named by a member ("Xen"). */
    private final FieldCategories categories;
    /** Every word of every name the post gives. */
    private final Set<String> nameWords;

    DetailReadings(ContentModel model, TopicIndex index, PostLookup lookup, ProgramAnswers program,
            FieldCategories categories) {
        this.categories = categories;
        this.model = model;
        this.index = index;
        this.lookup = lookup;
        this.program = program;
        this.nameWords = lookup.nameWords();
    }

    /**
     * "what language did people propose moving qemu to": the session is found, but the thing asked for is a word
     * the sessions' texts never use, so the post cannot name one. A private "the post does not say", with the
     * session; null when the question asks for no such thing or the post uses its word.
     */
    Answer thingNeverNamed(Question q, List<TopicIndex.Resolved> words, List<Session> chosen) {
        // A which-question for things is read as a list when it has "list" in it ("which pitfalls did he list").
        boolean asksForThings = q.target() == Target.SESSION || q.target() == Target.LIST || q.opensYesOrNo();
        // "which presentation software did Alex use for his slides": the thing, not the slides, is asked for.
        String thing = (asksForThings || q.target() == Target.SLIDES) && chosen.size() == 1 ? askedThing(q) : null;
        if (!asksForThings && thing != null && Cues.SLIDES.contains(thing)) {
            return null;
        }
        if (thing == null) {
            return null;
        }
        if (QUANTITY_NOUNS.contains(thing)) {
            return quantityNeverGiven(q, chosen); // a figure, not a thing by name
        }
        if (objectOfItsVerb(q, chosen.get(0), thing)) {
            return null; // "what mechanism does IO throttling use": "a feature that uses cgroups" names it
        }
        String unnamed = sentenceLeavingUnnamed(chosen.get(0), thing, q);
        if (unnamed != null) {
            // "what software did Alex Graf use": the paragraph says "non-free software", never which.
            return Answer.notInPost("The post does not say which " + thing + ". It says: “" + unnamed + "”", chosen);
        }
        if (QUOTE_NOUNS.contains(thing)) {
            // "what line from Avi's 2010 keynote is quoted": the words the paragraph puts in quotation marks.
            for (String sentence : lookup.paragraphSentences(chosen.get(0))) {
                if (sentence.matches(".*[\"“][^\"”]{8,}[\"”].*")) {
                    return Answer.of("The post quotes, of " + Phrases.described(model, chosen.get(0)) + ": “"
                            + sentence + "”", chosen);
                }
            }
        }
        if (!neverUsed(q, words, thing, chosen.get(0))) {
            return null;
        }
        Answer inOtherWords = namedInOtherWords(q, words, thing, chosen.get(0));
        if (inOtherWords != null) {
            return inOtherWords;
        }
        Answer byTheRest = answeredByTheRest(q, words, thing, chosen.get(0));
        if (byTheRest != null) {
            return byTheRest;
        }
        Answer byKind = namedByItsKind(q, thing, chosen.get(0));
        if (byKind != null) {
            return byKind;
        }
        return Answer.notInPost("The post does not say which " + thing + ". What it has on that: "
                + program.sessionsSentence(chosen), chosen);
    }

    /**
     * A which-question for a thing of one person's session, which its paragraph names: the sentence that has the
     * thing's word and most of the rest of the question. Null when there is no such thing or sentence.
     */
    Answer thingNamed(Question q, List<Session> sessions) {
        String thing = sessions.size() == 1 && q.target() == Target.SESSION ? askedThing(q) : null;
        if (thing == null || QUANTITY_NOUNS.contains(thing)) {
            return null;
        }
        String stem = Stems.of(thing);
        Session session = sessions.get(0);
        String best = null;
        float bestSupport = -1f;
        List<TopicIndex.Resolved> words = lookup.resolve(q.topic());
        for (String sentence : lookup.paragraphSentences(session)) {
            float support = PostLookup.stemsOf(sentence).contains(stem) ? index.support(session, words, sentence) : -1f;
            if (support > bestSupport) {
                best = sentence;
                bestSupport = support;
            }
        }
        if (best == null || bestSupport < PostLookup.DETAIL_SUPPORT) {
            return null;
        }
        // "what races did anthony find": the paragraph has "some races", never which.
        if (isPlural(thing) && best.equals(sentenceLeavingUnnamed(session, thing, q))) {
            return Answer.notInPost("The post does not say which " + thing + ". It says: “" + best + "”", sessions);
        }
        return Answer.of("The post says of " + Phrases.described(model, session) + ": “" + best + "”", sessions);
    }

    /**
     * "what hypervisor does Paul want KVM to replace", "which device nodes does VFIO expose devices through": the
     * noun asked for is one the paragraph never uses, yet one of its sentences says most of the rest of the
     * question ({@link PostLookup#DETAIL_SUPPORT}, counting the words beyond the session's own): the thing is there in the
     * post's words ("replacing pHype with KVM"), so the sentence is the answer. Null when no sentence says enough,
     * or the best one says nothing beyond the session's title and speakers.
     */
    Answer answeredByTheRest(Question q, List<TopicIndex.Resolved> words, String thing, Session session) {
        List<TopicIndex.Resolved> rest = PostLookup.topicWithout(q, words, Set.of(thing));
        boolean beyondTheSession = rest.stream()
                .anyMatch(word -> !word.typo() && index.weight(session, word) < TopicIndex.LINK);
        // "which usb version": a version is named by a number after its qualifier ("USB 3"), even in the session's
        // own words.
        boolean aVersion = Set.of("version", "versions").contains(thing);
        String best = beyondTheSession || aVersion ? lookup.bestSupported(session, rest) : null;
        if (aVersion && best != null && !versionAfter(best, qualifiersOf(q.words(), thing))) {
            return null;
        }
        if (best == null || index.support(session, rest, best) < REST_SUPPORT || onlyNames(session, best)) {
            return null;
        }
        if (asksForItsName(q) && !namesSomethingNew(best, q, session)) {
            return null; // "what's the name of the daemon Rik uses": a sentence on what it does names none
        }
        // "which cgroup controller does IO throttling use": a sentence with the noun's own qualifier ("uses
        // cgroups") speaks of the kind of thing, and names one only if it names something new.
        Set<String> qualifiers = qualifiersOf(q.words(), thing);
        boolean ofTheKind = Token.of(TextNormalizer.clean(best)).stream()
                .anyMatch(token -> qualifiers.contains(Stems.of(token.text())));
        if (ofTheKind && !aVersion && !namesSomethingNew(best, q, session) && !best.matches(".*\\s/\\w.*")
                && !best.matches(".*\\b\\p{Ll}+\\p{Lu}\\w*.*")) {
            return null;
        }
        return Answer.of("The post says of " + Phrases.described(model, session) + ": “" + best + "”",
                List.of(session));
    }

    /**
     * "which other hypervisor did Allen Kay try it in": the noun is a kind of thing the field names by its members
     * ({@code categories.txt}), and one sentence of the paragraph names a member the question does not ("in Xen"):
     * that sentence is the answer. Null when no sentence, or more than one, names a member.
     */
    private Answer namedByItsKind(Question q, String thing, Session session) {
        Set<String> members = categories.membersOf(List.of(thing));
        if (members.isEmpty()) {
            return null;
        }
        Set<String> asked = PostLookup.stemsOf(String.join(" ", q.words().stream().map(Token::text).toList()));
        List<String> naming = lookup.paragraphSentences(session).stream()
                .filter(sentence -> PostLookup.stemsOf(sentence).stream()
                        .anyMatch(stem -> members.contains(stem) && !asked.contains(stem)))
                .toList();
        return naming.size() != 1 ? null : Answer.of("The post says of " + Phrases.described(model, session) + ": “"
                + naming.get(0) + "”", List.of(session));
    }

    /**
     * Whether a "what X does Y verb" question is answered by what follows its verb in the session's paragraph: the
     * question ends on its verb after "does", "did" or "do", and a sentence of the paragraph has that verb (in any
     * form) with words after it that are not the thing itself ("it used non-free software" does not say which). The
     * thing is then named by the verb's object, whatever noun the question used for it.
     */
    boolean objectOfItsVerb(Question q, Session session, String thing) {
        List<Token> words = q.words();
        if (words.size() < 4 || !Set.of("does", "did", "do").contains(words.get(2).text())
                && !Set.of("does", "did", "do").contains(words.get(1).text())) {
            return false;
        }
        Token last = words.get(words.size() - 1);
        for (int i = Math.max(3, words.size() - 3); i < words.size() - 1; i++) {
            boolean phrase = PREPOSITIONS.contains(words.get(i).text()) || PHRASE_OPENERS.contains(words.get(i).text());
            if (phrase && DETERMINERS.contains(words.get(i + 1).text())) {
                last = words.get(i - 1); // "what software did it use for its effects": the verb is before "for"
                break;
            }
        }
        String verb = last.text();
        if (Cues.AUXILIARIES.contains(verb) || PREPOSITIONS.contains(verb) || Cues.FRAME.contains(verb)
                || Cues.STOP.contains(verb) || last.capital() || verb.length() < 3) {
            return false; // "what does it run on", "… to instead of C": the question does not end on its verb
        }
        for (String sentence : lookup.paragraphSentences(session)) {
            List<Token> tokens = Token.of(TextNormalizer.clean(sentence));
            for (int i = 1; i + 1 < tokens.size(); i++) {
                if (formOfVerb(tokens.get(i).text(), verb)) {
                    boolean restated = false;
                    for (int k = i + 1; k < tokens.size() && k <= i + 3; k++) {
                        restated |= Stems.of(tokens.get(k).text()).equals(Stems.of(thing));
                    }
                    return !restated;
                }
            }
        }
        return false;
    }

    /**
     * The sentence of the session's paragraph that has the thing only as a common noun ("non-free software", "some
     * races"), when the title does not name it and no sentence of the paragraph names it; null otherwise. One thing
     * is named by a capitalised word or a version just before it ("the Xen port", "the impending 1.0 release").
     * Things in the plural are named by names near them that the question does not already have ("the newest
     * formats" beside QED and FVD), or explained by what follows ("ways: pass-through, …", "drawbacks to this as
     * …"); "the security pitfalls of doing so" names none.
     */
    String sentenceLeavingUnnamed(Session session, String thing, Question q) {
        for (Token word : Token.of(TextNormalizer.clean(session.title()))) {
            if (word.text().equals(thing)) {
                return null;
            }
        }
        boolean plural = isPlural(thing);
        Set<String> asked = new HashSet<>();
        q.words().forEach(word -> asked.addAll(word.parts()));
        String unnamed = null;
        String stem = Stems.of(thing);
        // "which program": "non-free software" is the same thing in the post's word for it.
        List<String> sameThing = index.equivalentStems(thing);
        // "the custom firmware": when the paragraph says the thing with the question's own qualifier, that mention
        // is the one asked about, not "the default firmware which can only run pHype" beside it.
        String qualifier = qualifierSaid(q, session, thing);
        for (String sentence : lookup.paragraphSentences(session)) {
            List<Token> tokens = Token.of(TextNormalizer.clean(sentence));
            for (int i = 0; i < tokens.size(); i++) {
                // "which machine": "the machines" is the same thing.
                if (!tokens.get(i).text().equals(thing) && !Stems.of(tokens.get(i).text()).equals(stem)
                        && !sameThing.contains(Stems.of(tokens.get(i).text()))) {
                    continue;
                }
                if (qualifier != null && (i == 0 || !Stems.of(tokens.get(i - 1).text()).equals(qualifier))) {
                    continue;
                }
                boolean named = plural ? namesSeveral(tokens, i, asked, sentence)
                        : tokens.get(i).capital() || i > 0 && (tokens.get(i - 1).writtenAsName()
                                || tokens.get(i - 1).text().matches("v?\\d+(\\.\\d+)*"))
                                || inApposition(sentence, tokens.get(i).surface())
                                || namedAfterOf(tokens, i)
                                // "which arch port": "an ARM port", an acronym the question does not have
                                || i > 0 && isAcronym(tokens.get(i - 1)) && !asked.contains(tokens.get(i - 1).text());
                if (named || describedAfter(tokens, i, asked) || namedByExample(tokens, i)) {
                    return null;
                }
                unnamed = unnamed == null ? sentence : unnamed;
            }
        }
        return unnamed;
    }

    /**
     * The stem of the word just before the thing in the question ("custom" of "the custom firmware"), when the
     * session's paragraph also has that word just before the thing; null otherwise.
     */
    private String qualifierSaid(Question q, Session session, String thing) {
        List<Token> asked = q.words();
        String qualifier = null;
        for (int i = 1; i < asked.size(); i++) {
            Token before = asked.get(i - 1);
            if (asked.get(i).text().equals(thing) && !Cues.STOP.contains(before.text())
                    && q.topic().stream().anyMatch(token -> token.text().equals(before.text()))) {
                qualifier = Stems.of(before.text());
            }
        }
        // "qdev conversion" in the qdev talk: the session's own subject qualifies every mention alike.
        String said = qualifier;
        boolean ofTheTitle = said != null && Token.of(TextNormalizer.clean(session.title())).stream()
                .anyMatch(word -> Stems.of(word.text()).equals(said));
        if (qualifier == null || ofTheTitle) {
            return null;
        }
        String stem = Stems.of(thing);
        for (String sentence : lookup.paragraphSentences(session)) {
            List<Token> tokens = Token.of(TextNormalizer.clean(sentence));
            for (int i = 1; i < tokens.size(); i++) {
                if (Stems.of(tokens.get(i).text()).equals(stem) && Stems.of(tokens.get(i - 1).text()).equals(qualifier)) {
                    return qualifier;
                }
            }
        }
        return null;
    }

    /** "management tools like libvirt", "formats such as QED": the thing named by an example after it. */
    static boolean namedByExample(List<Token> tokens, int at) {
        return at + 2 < tokens.size() && (tokens.get(at + 1).text().equals("like")
                || tokens.get(at + 1).text().equals("including")
                || at + 3 < tokens.size() && tokens.get(at + 1).text().equals("such") && tokens.get(at + 2).text().equals("as"));
    }

    /**
     * "some new PMU features which are not model-specific": a relative clause after the thing that says which ones,
     * in words the question does not already have.
     */
    static boolean describedAfter(List<Token> tokens, int at, Set<String> asked) {
        if (at + 1 >= tokens.size() || !Set.of("which", "that").contains(tokens.get(at + 1).text())) {
            return false;
        }
        for (int k = at + 2; k < Math.min(tokens.size(), at + 6); k++) {
            String word = tokens.get(k).text();
            if (!Cues.STOP.contains(word) && !Cues.AUXILIARIES.contains(word) && !asked.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean isAcronym(Token token) {
        String surface = token.surface();
        return surface.length() >= 2 && surface.chars().allMatch(Character::isLetterOrDigit)
                && Character.isLetter(surface.charAt(0)) && surface.equals(surface.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * "which feature can share code with live block copy": the paragraph's plural "the two features of live block
     * copy and snapshot merges" names them after "of" (not "the pitfalls of doing so").
     */
    static boolean namedAfterOf(List<Token> tokens, int at) {
        return isPlural(tokens.get(at).text()) && at + 2 < tokens.size() && tokens.get(at + 1).text().equals("of")
                && !VAGUE_AFTER_OF.contains(tokens.get(at + 2).text());
    }

    /**
     * "bringing down the CPU usage with USB tablet devices, a common complaint": the noun in apposition, after a
     * comma and an article, is named by the clause before the comma.
     */
    static boolean inApposition(String sentence, String noun) {
        return java.util.regex.Pattern.compile("\\w[^,]{12,},\\s+(a|an|the)\\s+([\\w-]+\\s+){0,2}"
                + java.util.regex.Pattern.quote(noun) + "\\b", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(sentence).find();
    }

    /** Whether the plural noun at {@code at} is named or explained where it stands (see sentenceLeavingUnnamed). */
    static boolean namesSeveral(List<Token> tokens, int at, Set<String> asked, String sentence) {
        String noun = tokens.get(at).text();
        if (java.util.regex.Pattern.compile("(?i)\\b" + java.util.regex.Pattern.quote(noun) + "\\s*[:(—-]")
                .matcher(sentence).find()) {
            return true;
        }
        for (int i = Math.max(1, at - PLURAL_NAMES_BEFORE); i < Math.min(tokens.size(), at + PLURAL_NAMES_AFTER + 1); i++) {
            Token token = tokens.get(i);
            // A name or an acronym ("QED and FVD"), or a version: not a capital that only opens the sentence.
            boolean aName = token.capital() && !token.opening() || token.text().chars().anyMatch(Character::isDigit);
            if (i != at && aName && !asked.contains(token.text())) {
                return true;
            }
            if (i > at && i <= at + 3 && EXPLAINED_BY.contains(token.text())) {
                return true;
            }
            // "the two features of live block copy and snapshot merges"; not "the pitfalls of doing so".
            if (i == at + 1 && token.text().equals("of") && at + 2 < tokens.size()
                    && !VAGUE_AFTER_OF.contains(tokens.get(at + 2).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "which three techs did the SmartOS folks want to combine with KVM", "which hypervisor did Allen Kay have
     * experience with": the post never uses the word for the thing, but the paragraph's sentence that says most of the
     * rest of the question names something new (ZFS, DTrace and Zones; Xen). That sentence is quoted; null otherwise.
     */
    Answer namedInOtherWords(Question q, List<TopicIndex.Resolved> words, String thing, Session session) {
        List<TopicIndex.Resolved> rest = new ArrayList<>();
        for (int i = 0; i < q.topic().size() && i < words.size(); i++) {
            if (q.topic().get(i).text().equals(thing)) {
                if (index.weight(session, words.get(i)) > 0f) {
                    // "what GPU did Allen Kay use": the paragraph speaks of graphics, the field's word for it, and
                    // names none; a name in it (Xen) is something else.
                    return null;
                }
            } else if (!words.get(i).unknown()) {
                rest.add(words.get(i));
            }
        }
        String best = null;
        float most = -1f;
        for (String sentence : rest.isEmpty() ? List.<String>of() : lookup.paragraphSentences(session)) {
            // When the question names people, the sentence is about one of them ("what problem did Anthony point
            // out": not the sentence on Hans's patches, however many of the other words it has).
            boolean theirs = q.people().isEmpty() || q.people().stream().anyMatch(person -> PostLookup.sentenceNames(sentence, person));
            float support = index.support(session, rest, sentence);
            if (theirs && support > most) {
                best = sentence;
                most = support;
            }
        }
        int named = best == null ? 0 : newNames(best, q, session);
        // A list of new names ("ZFS, DTrace, Zones") answers a which-question on less of its other words than one.
        float needed = named >= 2 ? PostLookup.DETAIL_SUPPORT / 2 : PostLookup.DETAIL_SUPPORT;
        if (named == 0 || most < needed) {
            return null;
        }
        return Answer.of("The post says of " + Phrases.described(model, session) + ": “" + best + "”",
                List.of(session));
    }

    /**
     * Whether the word, a word of the topic, is one the session's text never uses, not even as a typo of one ("what
     * software did Alex Graf use": the post says "software" elsewhere, not about his talk).
     */
    boolean neverUsed(Question q, List<TopicIndex.Resolved> words, String word, Session session) {
        for (int i = 0; i < q.topic().size() && i < words.size(); i++) {
            if (q.topic().get(i).text().equals(word)) {
                return words.get(i).stems().isEmpty() || index.weight(session, words.get(i)) == 0f;
            }
        }
        return false;
    }

    /** The stems of the one or two words right before the thing asked for: "cgroup" of "which cgroup controller". */
    static Set<String> qualifiersOf(List<Token> words, String thing) {
        Set<String> qualifiers = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).text().equals(thing)) {
                for (int k = Math.max(0, i - 2); k < i; k++) {
                    String word = words.get(k).text();
                    if (!Cues.STOP.contains(word) && !Set.of("which", "what").contains(word)) {
                        qualifiers.add(Stems.of(word));
                    }
                }
            }
        }
        return qualifiers;
    }

    /** "uses", "used", "using" for "use"; "wrote" for "write". Exact forms, not stems: "experiences" is not "experiments". */
    static boolean formOfVerb(String word, String verb) {
        String plain = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
        return word.equals(verb) || word.equals(verb + "s") || word.equals(verb + "es") || word.equals(plain + "ed")
                || word.equals(plain + "ing") || verb.equals(Cues.IRREGULAR_PAST.get(word));
    }

    /**
     * Whether the text names something neither the question nor the session's title and speakers already do: a
     * capitalised word or acronym not opening a sentence ("RHEL and Fedora" for "which distros"). A sentence that
     * names nothing new cannot be the name a which-question asks for.
     */
    boolean namesSomethingNew(String text, Question q, Session session) {
        return newNames(text, q, session) > 0;
    }

    /** How many capitalised words or acronyms the text has that the question, title and speakers do not. */
    int newNames(String text, Question q, Session session) {
        Set<String> known = new HashSet<>();
        q.words().forEach(word -> known.addAll(word.parts()));
        StringBuilder names = new StringBuilder(session.title());
        model.speakersOf(session).forEach(person -> names.append(' ').append(person.name()));
        for (Token token : Token.of(TextNormalizer.clean(names.toString()))) {
            known.addAll(token.parts());
        }
        Set<String> found = new HashSet<>();
        for (Token token : Token.of(TextNormalizer.clean(text))) {
            boolean aName = token.capital() && !token.opening() && !token.text().equals("i")
                    && !token.text().chars().allMatch(Character::isDigit);
            if (aName && !known.contains(token.text()) && !nameWords.contains(token.text())
                    && token.parts().stream().noneMatch(known::contains)) {
                found.add(token.text());
            }
        }
        return found.size();
    }

    /** "what's the name of …", "what is it called": the question asks for a name, not a description. */
    static boolean asksForItsName(Question q) {
        return q.words().stream().anyMatch(word -> Set.of("name", "called", "named").contains(word.text()));
    }

    /** A noun in the plural, by its ending: "races", "formats", not "process". */
    static boolean isPlural(String noun) {
        // "cpus", "gpus": an acronym's plural, not a word like "status".
        return noun.length() > 3 && noun.endsWith("s") && !noun.endsWith("ss")
                && (!noun.endsWith("us") || noun.endsWith("pus"));
    }

    /** Whether the sentence says little beyond the session's title and speakers: fewer than three other words. */
    boolean onlyNames(Session session, String sentence) {
        return wordsBeyondNames(session, sentence) < 3;
    }

    /**
     * "how much RAM do guests have now, according to Juan's talk": a quantity asked of a session, which its
     * paragraph must give as a number. Null when the question asks no such quantity (or counts sessions or
     * people), or the paragraph has a number.
     */
    Answer quantityNeverGiven(Question q, List<Session> sessions) {
        String thing = askedThing(q);
        boolean asksAFigure = QuestionShape.asksHowMany(q) || thing != null && QUANTITY_NOUNS.contains(thing);
        if (!asksAFigure || q.target() == Target.COUNT || sessions.size() != 1 || QuestionShape.countsSessionsOrPeople(q)) {
            return null;
        }
        for (String sentence : lookup.paragraphSentences(sessions.get(0))) {
            if (PostLookup.givesANumber(sentence)) {
                return null;
            }
        }
        return Answer.notInPost("The post gives no figure for that. What it says of the session: "
                + program.sessionsSentence(sessions), sessions);
    }

    /** Whether a qualifier of the question is followed by a number in the sentence: "USB 3" for "which usb version". */
    static boolean versionAfter(String sentence, Set<String> qualifiers) {
        List<Token> tokens = Token.of(TextNormalizer.clean(sentence));
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (qualifiers.contains(Stems.of(tokens.get(i).text()))
                    && tokens.get(i + 1).text().matches("\\d+(\\.\\d+)*")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "which OS …", "what language …": the thing a which- or what-question asks for, when it is not a session,
     * person or time (an opinion word before it, "which popular OS", is skipped); null otherwise. The same thing is
     * read from the other ways of asking for one by name: "what were the races …", "what's the name of the SCSI
     * target …", "what is Andrea's NUMA patchset called", and a which-question inside a yes-or-no one ("did Avi
     * say which guest OSes …").
     */
    String askedThing(Question q) {
        String thing = thingAsked(q);
        // "what Paul Mackerras talked about": a person's name is never the thing asked for by name. "what two ideas
        // did Rik cover": words for what a session is about ask what it was about, not for a thing by name.
        return thing == null || nameWords.contains(thing) || SUBJECT_NOUNS.contains(thing) ? null : thing;
    }

    private String thingAsked(Question q) {
        List<Token> words = q.words();
        int at = QuestionShape.whichOrWhatAt(words);
        if (at < 0 || at + 1 >= words.size()) {
            return null;
        }
        at++;
        while (at < words.size() && QuestionShape.LEADING_FILLER.contains(words.get(at).text())) {
            at++; // "what exactly were …"
        }
        String last = words.get(words.size() - 1).text();
        String beforeLast = words.get(words.size() - 2).text();
        for (int i = at + 1; i < words.size(); i++) {
            // "what were the NUMA policies like (at the time, according to Andrea)": a description, not things
            // by name; not "features like event indexing", whose "like" gives an example.
            boolean described = words.get(i).text().equals("like") && (i + 1 == words.size()
                    || DESCRIBED_WHEN.contains(words.get(i + 1).text()));
            if (described) {
                return null;
            }
        }
        if (words.size() - 2 > at && Set.of("was", "were", "is", "are").contains(last) && Cues.isAThing(beforeLast)
                && !Cues.AUXILIARIES.contains(beforeLast) && !NOT_THINGS.contains(beforeLast)) {
            return beforeLast; // "what did the keynote say the alliance's membership count was": the count
        }
        if (at + 2 < words.size() && DETERMINERS.contains(words.get(at).text())
                && NAME_NOUNS.contains(words.get(at + 1).text()) && words.get(at + 2).text().equals("of")) {
            at++; // "what's the name of …", read without its "'s"; "what's the big win" asks no named thing
        }
        String called = calledThing(words, at);
        if (called != null) {
            return called.isEmpty() ? null : called;
        }
        if (at + 2 < words.size() && Cues.AUXILIARIES.contains(words.get(at).text())
                && DETERMINERS.contains(words.get(at + 1).text())
                && (Cues.THE_POST.contains(words.get(at + 2).text())
                        || Cues.AUTHOR.contains(words.get(at + 2).text()))) {
            return null; // "what does the post say SPICE focuses on": what the post says, not a thing by name
        }
        if (at + 2 < words.size() && Cues.AUXILIARIES.contains(words.get(at).text())
                && DETERMINERS.contains(words.get(at + 1).text())) {
            // "what were the races …" asks for things by name; "what was the point …" for a description of one.
            String head = nounPhraseEnd(words, at + 2);
            boolean nameOf = NAME_NOUNS.contains(words.get(at + 2).text()) && at + 3 < words.size()
                    && words.get(at + 3).text().equals("of");
            if (!nameOf) {
                return head != null && (isPlural(head) || QUANTITY_NOUNS.contains(head)) ? head : null;
            }
            at += 2;
        }
        if (at + 2 < words.size() && NAME_NOUNS.contains(words.get(at).text()) && words.get(at + 1).text().equals("of")) {
            at += 2; // "the name of the binary": the thing named
            while (at < words.size() && DETERMINERS.contains(words.get(at).text())) {
                at++;
            }
            return nounPhraseEnd(words, at);
        }
        if (at < words.size() && Cues.OPINION.contains(words.get(at).text())) {
            at++;
        }
        while (at + 1 < words.size() && words.get(at).capital() && Cues.isAThing(words.get(at + 1).text())
                && !Cues.AUXILIARIES.contains(words.get(at + 1).text()) && (isPlural(words.get(at + 1).text())
                        || words.get(at + 1).surface().matches("[A-Z]{2,}s"))) {
            at++; // "which AMD CPUs …": a name before the noun says which kind of it
        }
        // "what presentation software did he use": a session noun describing the thing asked for.
        if (at + 2 < words.size() && !Cues.isAThing(words.get(at).text()) && Cues.isAThing(words.get(at + 1).text())
                && Cues.AUXILIARIES.contains(words.get(at + 2).text())) {
            at++;
        }
        if (at >= words.size() || !Cues.isAThing(words.get(at).text()) || NOT_THINGS.contains(words.get(at).text())
                || Cues.AUXILIARIES.contains(words.get(at).text()) || isParticiple(words.get(at).text())) {
            return null;
        }
        // "what big thing got hashed out": a word before "thing" only describes what is asked, which has no name yet.
        if (at + 1 < words.size() && Set.of("thing", "things", "stuff").contains(words.get(at + 1).text())) {
            return null;
        }
        // "which newer formats was …", "which POWER7 server model did …": the last word before the verb is the thing.
        for (int end = at + 1; end < words.size() && end <= at + MODIFIERS_BEFORE_A_THING; end++) {
            String word = words.get(end).text();
            // "which OS notably doesn't support AHCI": an adverb before the verb is not the thing.
            int before = words.get(end - 1).text().endsWith("ly") && end - 2 >= at ? end - 2 : end - 1;
            if (Cues.AUXILIARIES.contains(word) && Cues.isAThing(words.get(before).text())) {
                return words.get(before).text();
            }
            // "which image formats came up", "what major design came out": the noun before a verb in the past.
            String next = end + 1 < words.size() ? words.get(end + 1).text() : "";
            if (Cues.isAThing(word) && !word.endsWith("ed")
                    && (next.endsWith("ed") || Cues.IRREGULAR_PAST.containsKey(next))) {
                return word;
            }
            // "which USB 3 host controller": a version number, or a word the program uses too ("host"), describes it.
            if (word.equals("of") && Cues.isAThing(words.get(end - 1).text())) {
                return words.get(end - 1).text(); // "which security pitfalls of zero-copy": the noun before "of"
            }
            // "which ARM chip or board was …": two nouns for the thing asked; the phrase goes on after "or".
            String afterNext = end + 2 < words.size() ? words.get(end + 2).text() : "";
            if (Set.of("or", "and").contains(word) && Cues.isAThing(next) && !Cues.AUXILIARIES.contains(next)
                    && Cues.AUXILIARIES.contains(afterNext)) {
                continue;
            }
            if (Cues.STOP.contains(word)) {
                break;
            }
        }
        // "which management tool gets a saner interface": a compound the post writes ("management tools") is named
        // by its last word, as far as the post writes it ("in-kernel SCSI target project": the target).
        int head = at;
        StringBuilder compound = new StringBuilder(words.get(at).text());
        while (q.event() != null && head + 1 < words.size() && Cues.isAThing(words.get(head + 1).text())) {
            String longer = compound + " " + words.get(head + 1).text();
            if (q.event().sentences().stream().noneMatch(sentence -> sentence.toLowerCase(java.util.Locale.ROOT)
                    .contains(longer))) {
                break;
            }
            compound = new StringBuilder(longer);
            head++;
        }
        return words.get(head).text();
    }

    /** How many words of the sentence are neither the session's title and speakers nor frame words. */
    int wordsBeyondNames(Session session, String sentence) {
        Set<String> named = new HashSet<>();
        StringBuilder names = new StringBuilder(session.title());
        model.speakersOf(session).forEach(p -> names.append(' ').append(p.name()));
        for (Token token : Token.of(TextNormalizer.clean(names.toString()))) {
            named.addAll(token.parts());
        }
        int other = 0;
        for (Token token : Token.of(TextNormalizer.clean(sentence))) {
            String word = token.text();
            if (!named.contains(word) && !Cues.STOP.contains(word) && !Cues.FRAME.contains(word)) {
                other++;
            }
        }
        return other;
    }

    /**
     * "what is Andrea's dynamic NUMA patchset called": the noun before a closing "called" or "named" (the
     * question asks for that thing's name), or null; "" when what is called so is a session (its title is asked).
     */
    String calledThing(List<Token> words, int from) {
        int last = words.size() - 1;
        if (last <= from || !NAMED.contains(words.get(last).text())) {
            return null;
        }
        if (from + 2 < last && Cues.AUXILIARIES.contains(words.get(from).text())
                && DETERMINERS.contains(words.get(from + 1).text())) {
            // "what was the talk where they move device passthrough out of the kernel and into userspace called?":
            // what is called so is the noun phrase the question opens with; the clause after it only describes it.
            // A session noun asks for the session's title, which is no thing by name (said by "").
            int clause = from + 2;
            while (clause < last && !CLAUSE_OPENERS.contains(words.get(clause).text())) {
                clause++;
            }
            String head = QuestionShape.SESSION_WORDS.contains(words.get(from + 2).text()) ? words.get(from + 2).text()
                    : nounPhraseEnd(words.subList(0, clause), from + 2);
            if (head != null) {
                return QuestionShape.SESSION_WORDS.contains(head) ? "" : head;
            }
        }
        for (int i = last - 1; i >= from; i--) {
            String word = words.get(i).text();
            // "what's the next-gen format going to be called": "going to be" is the verb, not the thing.
            boolean verb = i + 1 < words.size() && words.get(i + 1).text().equals("to") && word.endsWith("ing");
            if (Cues.isAThing(word) && !nameWords.contains(word) && !Cues.AUXILIARIES.contains(word) && !verb) {
                return word;
            }
        }
        return null;
    }

    /**
     * The head of the noun phrase that starts at {@code from}: its last word before a preposition, verb or someone's
     * name ("the in-kernel SCSI target Stefan is using" → "target"); null when it holds no thing.
     */
    String nounPhraseEnd(List<Token> words, int from) {
        String head = null;
        for (int i = from; i < words.size() && i < from + MODIFIERS_BEFORE_A_THING; i++) {
            String word = words.get(i).text();
            if (Cues.STOP.contains(word) || Cues.AUXILIARIES.contains(word) || nameWords.contains(word)
                    || PREPOSITIONS.contains(word)) {
                break;
            }
            head = Cues.isAThing(word) ? word : head;
        }
        return head;
    }

    /** "what's used to speed up …": a verb's past participle, no thing asked for ("speed" and "need" are not). */
    static boolean isParticiple(String word) {
        return word.length() > 3 && word.endsWith("ed") && !word.endsWith("eed");
    }
}
