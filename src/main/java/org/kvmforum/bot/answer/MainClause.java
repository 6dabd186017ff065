package org.kvmforum.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kvmforum.bot.search.WordLists;

/**
 * The sentence of a chat message that asks the question: of "who presented the new SCSI transport? pretty sure
 * it was two people", the first; of "we've got a noisy neighbour problem. was there anything about limiting
 * I/O?", the last. The other sentences are context.
 */
final class MainClause {
    private static final Set<String> QUESTION_OPENERS = Set.of("who", "whom", "whose", "what", "whats", "which",
            "when", "where", "why", "how", "is", "are", "was", "were", "did", "do", "does", "can", "could", "any",
            "anything", "anyone", "list", "show", "tell", "give", "name");

    /** Words of a question that refer to something named before it. */
    private static final Set<String> POINTING_BACK = Set.of("he", "him", "his", "she", "her", "hers", "they", "them",
            "their", "it", "its", "that", "this", "there");
    /** Words that open a clause about the asker: "I missed day 2 …", "we run …". */
    static final Set<String> FIRST_PERSON = Set.of("i", "im", "ive", "id", "ill", "we", "weve", "my",
            "our");
    /** Fewer words before a dash are a name or a topic the question is about, not context beside it. */
    private static final int MIN_CONTEXT_WORDS = 4;

    private MainClause() {}

    /** Words that open a request after the asker's own clause: "…, can someone list them?", "…, please give…". */
    private static final Set<String> REQUEST_OPENERS = Set.of("can", "could", "would", "anyone", "anybody",
            "please", "pls", "plz");

    /** Question words that open a second question after "and": "where was it held and how many came". */
    static final Set<String> SECOND_QUESTION = Set.of("who", "what", "when", "where", "which", "how", "why");

    /** A break before a question word: ", how many …", ", and how long …", "; who …". */
    private static final java.util.regex.Pattern SEVERAL = java.util.regex.Pattern.compile(
            "\\s*(?:,\\s*(?:and\\s+)?|;\\s*)"
                    + "(?=(?:roughly\\s+|approximately\\s+|and\\s+)?(?i:who|what|when|where|which|how|why)\\b)");

    /** Words each half needs to be a question of its own, not "who and when" or "slides and video". */
    private static final int MIN_HALF_WORDS = 3;

    /**
     * "where was it held and how many people came?": the two questions of one sentence joined by "and" and a
     * question word, each as a question of its own; the text alone when it asks one thing.
     */
    static List<String> twoQuestions(String text) {
        // "where was it, roughly how many people, and how long did it run?": three questions or more in a row.
        String[] several = SEVERAL.split(text.trim());
        if (several.length >= 3 && QUESTION_OPENERS.contains(firstWord(text))
                && java.util.Arrays.stream(several).allMatch(part -> part.trim().split("\\s+").length >= 2)) {
            return java.util.Arrays.stream(several).map(part -> part.trim().replaceAll("[?.!]*$", "") + "?").toList();
        }
        String[] words = text.trim().split("\\s+");
        for (int i = MIN_HALF_WORDS; i + MIN_HALF_WORDS < words.length; i++) {
            boolean joined = words[i].equalsIgnoreCase("and") || words[i].equalsIgnoreCase("&");
            // "…, and who's doing the in-kernel target?": the question word with its "'s".
            String next = words[i + 1].toLowerCase(Locale.ROOT).replaceFirst("['\u2019]s$", "");
            if (joined && SECOND_QUESTION.contains(next)
                    && QUESTION_OPENERS.contains(firstWord(text))) {
                String first = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
                String second = String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, words.length));
                // "… and what was it about": the second needs the first to say what "it" is.
                boolean pointsBack = java.util.Arrays.stream(words, i + 1, words.length)
                        .anyMatch(word -> POINTING_BACK.contains(word.toLowerCase(Locale.ROOT).replaceAll("\\W", "")));
                return pointsBack ? List.of(text) : List.of(first + "?", second);
            }
        }
        return List.of(text);
    }

    /**
     * A hedge that opens a statement: "correct me if I'm wrong, but", "pretty sure", "I thought", "is it true
     * that". What follows it is a belief put up for confirmation.
     */
    private static final java.util.regex.Pattern HEDGE = java.util.regex.Pattern.compile("^(?i:"
            + "correct me if i(?:'?m| am) wrong|unless i(?:'?m| am) mistaken|if i remember (?:correctly|rightly|right)"
            + "|iirc|(?:i(?:'?m| am) )?(?:pretty|fairly|quite) sure|i (?:thought|believe|think|remember|heard)"
            + "|am i right (?:that|in thinking(?: that)?)|is it (?:true|"
            + "right|correct) that|is it (?:true|correct)(?=\\s+(?:\\p{Lu}|(?i:the|a|an|there|he|she|they|his|her|both|all|only)\\s)))[,:]?\\s+(?i:but\\s+|that\\s+)?(.+?)[?.!\\s]*$");

    /** The same hedges after the statement: "…, if I remember correctly?", "…, unless I'm mistaken". */
    private static final java.util.regex.Pattern TRAILING_HEDGE = java.util.regex.Pattern.compile("^(.+?)[,;:]?\\s+(?i:"
            + "if i remember (?:correctly|rightly|right)|if i recall (?:correctly|rightly|right)|iirc|afaik"
            + "|unless i(?:'?m| am) mistaken|if i(?:'?m| am) not mistaken|if memory serves(?: me)?(?: right| correctly)?"
            + "|i (?:think|believe|guess|reckon))[?.!\\s]*$");

    /**
     * Someone else's words reported by the asker, opening the text: "My team lead says", "Our CTO keeps telling me",
     * "our QA lead thinks", "my boss wants us to". What follows is the context; who reported it is not.
     */
    private static final java.util.regex.Pattern REPORTING_FRAME = java.util.regex.Pattern.compile("^(?i:"
            + "(?:my|our)\\s+(?:[\\w'-]+\\s+){1,3}?(?:keeps?\\s+|kept\\s+)?"
            + "(?:says?|said|saying|telling|tells|told|thinks|thought|claims|claimed|insists|insisted|heard|mentioned|"
            + "reckons|swears|asked|asks|wants)"
            + "(?:\\s+(?:me|us))?(?:\\s+to\\s+[\\w'-]+)?(?:\\s+that)?)[,:]?\\s+(.+)$",
            java.util.regex.Pattern.DOTALL);

    /** Someone, maybe with who they are, saying what is put up: "A colleague who went to LinuxCon swears …". */
    /** The asker's own writing of a claim: "I wrote that Kevin Wolf presented …". */
    private static final java.util.regex.Pattern OWN_CLAIM = java.util.regex.Pattern.compile("(?i)^(?:i|we)\\s+"
            + "(?:wrote|'ve written|have written|had written|said|put down|noted|noted down|typed|claimed)\\s+"
            + "(?:that\\s+)?(.{8,})$");
    private static final java.util.regex.Pattern CLAIMANT = java.util.regex.Pattern.compile("(?i)^(?:a|an|my|our|some|one"
            + " of my|one of our)\\s+(?:[\\w'-]+\\s+){1,3}?(?:who\\s+[^,.?!]{1,80}?\\s+)?(?:keeps?\\s+|kept\\s+)?"
            + "(?:says?|said|swears|swore|claims|claimed|insists|insisted|thinks|reckons|mentioned|told me|tells me"
            + "|is sure|is convinced)\\s+(?:that\\s+)?(.{8,})$");

    /**
     * The text without a reporting frame that opens it, when more than the frame's sentence follows: "Our CTO keeps
     * telling me Alex Graf gave a talk we should all watch… Which one was it?" is read from "Alex Graf gave…".
     * The text as it is otherwise.
     */
    static String withoutReportingFrame(String text) {
        java.util.regex.Matcher frame = REPORTING_FRAME.matcher(text.trim());
        return frame.matches() && split(text).size() >= 2 ? frame.group(1) : text;
    }

    /** A question word after a comma: the statement carries its own question ("I thought X, who gave it?"). */
    /** A tag that ends a statement and puts it up as a belief: "…, right", "…, wasn't it". */
    private static final java.util.regex.Pattern ENDS_WITH_A_TAG = java.util.regex.Pattern.compile(
            "(?i),\\s*(?:right|correct|yes|no|true"
            + "|(?:was|is|did|does|were|are|had|has)n'?t (?:it|he|she|they|that))\\s*$");

    private static final java.util.regex.Pattern OWN_QUESTION = java.util.regex.Pattern.compile(
            "(?i),\\s*(?:and\\s+)?(?:who|what|which|when|where|why|how|was|wasn't|is|isn't|did|didn't|right|no"
                    + "|yes)\\b");

    /**
     * "correct me if I'm wrong, but Alex presented the AHCI stuff?" is "Alex presented the AHCI stuff, right?": a
     * statement after a hedge is a belief, put the way a tag puts it. Other text as it is.
     */
    static String hedgeAsTag(String text) {
        java.util.regex.Matcher hedge = HEDGE.matcher(text.trim());
        java.util.regex.Matcher after = TRAILING_HEDGE.matcher(text.trim());
        if (!hedge.matches() && after.matches()) {
            // "Asias He's talk was about SeaBIOS, if I remember correctly?": the hedge may come last, too. After a
            // question of its own ("Was it on day 1, I think?") it only goes.
            String statement = after.group(1).trim();
            boolean asks = QUESTION_OPENERS.contains(firstWord(statement))
                    || Cues.YES_NO_OPENERS.contains(firstWord(statement));
            return statement.split("\\s+").length < 3 ? text : statement + (asks ? "?" : ", right?");
        }
        if (!hedge.matches()) {
            return text;
        }
        String statement = hedge.group(1).trim();
        if (ENDS_WITH_A_TAG.matcher(statement).find() && statement.split("\\s+").length >= 4) {
            // "I thought the USB talk was on the first day, right?": the tag puts the belief up; the hedge goes.
            return statement + "?";
        }
        boolean asks = QUESTION_OPENERS.contains(firstWord(statement)) || OWN_QUESTION.matcher(statement).find();
        return asks || statement.split("\\s+").length < 3 ? text : statement + ", right?";
    }

    /**
     * "Was the AHCI talk on day 1? Or day 2?": an alternative offered after the question is part of it. After a tag
     * ("…, correct? Or three?") the tag already puts the belief up, and the alternative adds nothing.
     */
    static String withAlternativeJoined(String text) {
        return OR_AFTERWARDS.matcher(text).replaceFirst(TAG_BEFORE_OR.matcher(text).find() ? "?" : ", or $1");
    }

    /**
     * A yes-or-no question that offers two answers ("Was Bryan's talk about porting KVM to FreeBSD or to SmartOS?",
     * "Was it the Open Virtualization Alliance Avi brought up, or the Linux Foundation?") as the two questions it
     * puts side by side: the second alternative takes the place of the first, which starts at the last word of
     * the question that the second starts with ("to", "about", "the"), or else is as many words as the second.
     * A hedge after "or" ("…, or am I mixing him up with someone else?") leaves the one question before it. Empty
     * when the text is not of that shape.
     */
    static List<String> alternatives(String text) {
        String sentence = of(text).trim();
        java.util.regex.Matcher shape = EITHER_OR.matcher(sentence);
        if (!shape.matches() || !Cues.YES_NO_OPENERS.contains(shape.group(1).toLowerCase(java.util.Locale.ROOT))) {
            return List.of();
        }
        String left = (shape.group(1) + shape.group(2)).replaceAll("[,\\s]+$", "");
        String right = shape.group(3).trim();
        if (HEDGE_AFTER_OR.matcher(right).lookingAt()) {
            return List.of(left + "?");
        }
        // "Was Gerd's talk on USB, SPICE or AHCI?": short items before the last one, between commas, are more
        // alternatives, each in the place of the first.
        List<String> listed = new ArrayList<>();
        String[] parts = left.split("\\s*,\\s*");
        if (parts.length > MAX_LISTED + 1) {
            return List.of(); // each alternative is a question asked again: a long list is no either-or
        }
        if (parts.length > 1 && java.util.Arrays.stream(parts, 1, parts.length)
                .allMatch(part -> !part.isBlank() && part.split("\\s+").length <= LISTED_WORDS)) {
            listed.addAll(List.of(parts).subList(1, parts.length));
            left = parts[0];
        }
        String[] leftWords = left.split("\\s+");
        String[] rightWords = right.split("\\s+");
        if (rightWords.length > 8 || leftWords.length < 3) {
            return List.of();
        }
        int from = -1;
        for (int i = leftWords.length - 1; i >= 2 && from < 0; i--) {
            from = leftWords[i].equalsIgnoreCase(rightWords[0]) ? i : -1;
        }
        if (from < 0) {
            from = leftWords.length - rightWords.length;
        }
        if (from < 2) {
            return List.of();
        }
        String stem = String.join(" ", java.util.Arrays.copyOfRange(leftWords, 0, from));
        List<String> alternatives = new ArrayList<>(List.of(left + "?"));
        listed.forEach(item -> alternatives.add(stem + " " + item + "?"));
        alternatives.add(stem + " " + right + "?");
        return alternatives;
    }

    /** The most words an item of a list of alternatives has ("USB, SPICE or AHCI"). */
    private static final int LISTED_WORDS = 4;

    /** The most items before the last that a list of alternatives has. */
    private static final int MAX_LISTED = 3;

    /** A yes-or-no opener, the first alternative, and the second after the sentence's last "or". */
    private static final java.util.regex.Pattern EITHER_OR = java.util.regex.Pattern.compile(
            "(?i)^(\\w+)\\b(.{6,}?)\\s+or\\s+((?:(?!\\bor\\b)[^?])+?)\\s*\\?+\\s*$");

    /** "or am I …", "or is that wrong", "or not", "or something": the asker's doubt, not a second answer. */
    private static final java.util.regex.Pattern HEDGE_AFTER_OR = java.util.regex.Pattern.compile(
            "(?i)(?:(?:am|was|do|did|have|had)\\s+i\\b|(?:is|was)\\s+(?:that|it)\\s+(?:wrong|someone|somebody|another)"
            + "|not\\b|something\\b|someone else|somebody else|somewhere else|elsewhere|anywhere else|what\\b|so\\b"
            + "|anything\\b)");

    /** "I count three keynotes - right?" asks "were there three keynotes?": a count the asker made is a claim. */
    static String withCountAsked(String text) {
        return I_COUNT.matcher(text).replaceFirst("were there $1?");
    }

    /**
     * "Straight after the QEMU keynote, Alex Graf did AHCI, right?" claims "Alex Graf did AHCI straight after the QEMU
     * keynote": the order phrase put in front is moved back behind what it places, where order is read. Not a
     * wh-question ("After Juan finished, who spoke next?"), which is read as it stands.
     */
    static String withOrderPhraseMovedBack(String text) {
        java.util.regex.Matcher fronted = FRONTED_ORDER.matcher(text);
        return fronted.matches() ? fronted.group(2).trim() + " " + fronted.group(1).trim() + fronted.group(3) : text;
    }

    private static final java.util.regex.Pattern FRONTED_ORDER = java.util.regex.Pattern.compile(
            "(?i)^\\s*((?:(?:right|just|immediately|directly|straight)\\s+)?(?:after|before)\\s+[^,?]{3,60}?)\\s*,\\s*"
            + "(?!\\s*(?:who|what|which|when|where|whose|how)\\b)([^,?—–]{3,80}?)"
            + "((?:\\s*(?:,|—|–|--|-)\\s*"
            + "(?:right|correct|yes|no|didn't (?:he|she|they)|wasn't it|was it|true)\\s*)?\\?+)\\s*$");

    private static final java.util.regex.Pattern I_COUNT = java.util.regex.Pattern.compile("(?i)^\\s*i(?:'ve| have)? "
            + "(?:count|counted) ([^?.!]{3,60}?)(?:\\s*(?:[-—–,]\\s*)?(?:right|correct|yes|no)\\b)?\\s*\\?+\\s*$");

    /** The main sentence of the (cleaned) text, or the whole text when it is one sentence or none stands out. */
    static String of(String text) {
        List<String> sentences = split(text);
        if (sentences.size() < 2) {
            return text;
        }
        String last = sentences.get(sentences.size() - 1);
        boolean whoReally = WHO_REALLY.matcher(last).matches();
        if (TRUTH_CHECK.matcher(last).matches() || whoReally) {
            // "A friend said only around 30 people show up. Is that still true?": the statement before it is a
            // belief put up for confirmation, and is what is asked.
            String claim = String.join(" ", sentences.subList(0, sentences.size() - 1)).replaceAll("[.!?…\\s]+$", "");
            // "Quick sanity check before our newsletter goes out: I wrote that Kevin presented …": after a colon, and
            // without the asker's "I wrote that", is the claim.
            int colon = claim.lastIndexOf(": ");
            if (colon > 0 && claim.substring(colon + 2).trim().split("\\s+").length >= 4) {
                claim = claim.substring(colon + 2).trim();
            }
            if (whoReally) {
                // "I thought Gerd gave the SPICE talk, since he works on display. Who actually gave it?": the claim
                // without the asker's reasons and doubts after it, and from the report of it on ("we're planning a
                // refresh and someone said …").
                claim = claim.replaceFirst("(?i)(?:,?\\s+(?:since|because|but|though|although)|,\\s+as)\\b.*$", "");
                java.util.regex.Matcher reported = REPORTED_CLAIM.matcher(claim);
                claim = reported.find() ? claim.substring(reported.start(1)) : claim;
            }
            java.util.regex.Matcher own = OWN_CLAIM.matcher(claim);
            claim = own.matches() ? own.group(1) : claim;
            // "A colleague who went to LinuxCon that year swears KVM Forum 2011 was in Seattle. Is that right?":
            // what the colleague claims is put up, not who they are.
            java.util.regex.Matcher claimant = CLAIMANT.matcher(claim);
            return (claimant.matches() ? claimant.group(1) : claim) + ", right?";
        }
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            if (sentence.endsWith("?") && i + 1 < sentences.size() && sentences.get(i + 1).endsWith("?")
                    && POINTING_BACK_ONLY.matcher(sentence).matches()) {
                // "… credits Gerd for the SPICE talk. Should that be someone else? Who presented SPICE?": a short
                // question back at the context, before the question that says what it asks.
                continue;
            }
            if (sentence.endsWith("?")) {
                // "What I still need is the link to the PMU slides. Anyone?": the call asks what was said before it.
                return onlyACall(sentence) && i > 0 ? sentences.get(i - 1) : sentence;
            }
        }
        for (String sentence : sentences) {
            if (QUESTION_OPENERS.contains(firstWord(sentence)) || REQUEST.matcher(sentence).find()) {
                return sentence;
            }
        }
        return text;
    }

    /** A question of a few words that only points back: "Should that be someone else?", "Is this right?". */
    private static final java.util.regex.Pattern POINTING_BACK_ONLY = java.util.regex.Pattern.compile(
            "(?i)\\s*(?!(?:what|which|who|whom|whose|when|where|why|how)\\b)(?:\\S+\\s+){0,4}?(?:that|this|it)"
            + "(?:\\s+\\S+){0,3}\\s*\\?+\\s*");

    /** Whether the sentence asks without a question mark: a request ("I'd like the slides from …"). */
    static boolean asksWithoutAMark(String sentence) {
        return REQUEST.matcher(sentence).find();
    }

    /**
     * A sentence that asks without a question mark: "Please send me the slides …", "I'd like the slides from …", "I
     * need the link to …"; not "I need to buy GPUs …", which says what the asker is doing.
     */
    private static final java.util.regex.Pattern REQUEST = java.util.regex.Pattern.compile("(?i)^\\s*(?:"
            + "(?:please|pls|plz|kindly)\\b|(?:send|share|drop|post|paste|gimme|link)\\s+(?:me|us|the|a|an)\\b"
            + "|(?:i|we)(?:'d| would) (?:like|love)\\s+(?:the|a|an|to (?:see|get|have|read|find))\\b"
            + "|(?:i|we) (?:need|want|am looking for|'m looking for|are looking for)\\s+(?:the|a|an|his|her|their)\\b"
            + "|(?:i|we)(?:'m| am| are|'re) (?:looking for|after)\\s+(?:the|a|an|his|her|their)\\b)");

    /** "they", "them", "those": a pointer back at more than one thing. */
    private static final java.util.regex.Pattern PLURAL_POINTER =
            java.util.regex.Pattern.compile("(?i)\\b(?:they|them|those|these)\\b");

    /** Where "but" opens the text from {@code from} on, after spaces, or -1. */
    private static int butAt(String text, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return text.regionMatches(true, at, "but ", 0, 4) ? at : -1;
    }

    /** "incl. the keynote", "e.g. SPICE": a full stop that shortens a word, not one that ends a sentence. */
    private static boolean afterAnAbbreviation(String text, int at) {
        int start = at;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        return ABBREVIATIONS.contains(text.substring(start, at).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> ABBREVIATIONS = Set.of("incl", "excl", "e.g", "i.e", "eg", "ie", "vs", "approx",
            "esp", "etc", "resp", "w.r.t", "cf", "mr", "dr");

    /** "Anyone?", "any ideas?", "thanks!": a call for an answer that asks nothing itself. */
    private static boolean onlyACall(String sentence) {
        for (String word : sentence.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            if (!word.isEmpty() && !CALLS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> CALLS = Set.of("anyone", "anybody", "someone", "somebody", "any", "ideas",
            "idea", "thoughts", "help", "please", "pls", "thanks", "thank", "you", "guys", "folks", "people");

    /** A sentence asking only whether what came before is so: "true?", "is that still true?", "right?". */
    private static final java.util.regex.Pattern OR_AFTERWARDS =
            java.util.regex.Pattern.compile("\\?\\s+[Oo]r\\s+([^?.!]{1,40}\\?)\\s*$");

    private static final java.util.regex.Pattern TAG_BEFORE_OR =
            java.util.regex.Pattern.compile("(?i),\\s*(?:right|correct|true|yes)\\?\\s+or\\s+[^?.!]{1,40}\\?\\s*$");

    /**
     * "Who actually gave it?", "Can you confirm who gave it?", "Is that who presented it?": after a statement of who
     * gave a session, the question asks whether the statement holds, and whose it really was if not.
     */
    private static final java.util.regex.Pattern WHO_REALLY = java.util.regex.Pattern.compile("(?i)^\\s*(?:"
            + "(?:can you |could you |pls |please )?(?:confirm|check|verify) who (?:gave|presented|did|delivered|ran)"
            + " (?:it|that|that one|that talk|this)"
            + "|(?:so )?who (?:actually|really|in fact) (?:gave|presented|did|delivered|ran|spoke on|talked on)"
            + " (?:it|that|that one|that talk|this)"
            + "|(?:is|was) (?:that|he|she|it) (?:who|the (?:one|person|guy|speaker) who) (?:gave|presented|did"
            + "|delivered|covered|ran) (?:it|that|that one|that talk|this))\\s*\\?+\\s*$");

    /** The claim a report of it opens: "… and someone said X gave …", "I heard that X …" (group 1 is X on). */
    private static final java.util.regex.Pattern REPORTED_CLAIM = java.util.regex.Pattern.compile(
            "(?i)\\b(?:someone|somebody|people|a colleague|a friend|my \\w+)\\s+(?:said|says|told me|claimed|claims)"
            + "\\s+(?:that\\s+)?(\\S.{8,})$");

    private static final java.util.regex.Pattern TRUTH_CHECK = java.util.regex.Pattern.compile("(?i)^\\s*(?:"
            + "(?:is|was|isn't|wasn't) (?:that|this|it) (?:still |really |actually )?(?:true|right|correct|accurate|so"
            + "|the case)|(?:is )?(?:that|this) (?:true|right|correct|accurate)|true|right|correct|accurate|really"
            + "|am i right"
            // "I thought the USB talk was on the first day. Was it?": a bare question back at the statement.
            + "|(?:is|was|isn't|wasn't|did|didn't|does|doesn't|were|weren't) (?:it|that|this|he|she|they)(?: not)?"
            // "I thought Gerd did the qdev talk. Was it him?": the person the belief names, put up as the belief.
            + "|(?:is|was|isn't|wasn't) (?:it|that) (?:really |actually )?(?:him|her|them|he|she|they)"
            // "Is that how the post describes it?", "Is that what the post says?": the post's word on the belief.
            + "|(?:is|was) (?:that|this) (?:how|what) the (?:post|report|write-?up|author|blog post) "
            + "(?:describes|puts|says|calls|described|put|said|called)(?: it| them)?)"
            // "Is that correct, or only at certain times?": the alternative the asker offers is theirs to be told.
            // "Is that correct, and if not, who did?": the belief's answer says who did, when it was someone else.
            + "(?:,? or [^?]{0,60}|,?\\s*(?:and\\s+)?(?:if not|if so|otherwise)\\b[^?]{0,60})?\\s*\\?+\\s*$");

    /**
     * Sentences end at ". ", "? ", "! ", "…" followed by more text, and at a dash between spaces when a question
     * opener follows it ("I was in the other room - who did the NUMA talk?"); a dash before any other word joins
     * words of one name ("guest - host communication").
     */
    /** The text's sentences and the asker's own clauses, as the main clause is found among them. */
    static List<String> sentences(String text) {
        return split(text);
    }

    private static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = (c == '?' || c == '!' || c == '.' && !afterAnAbbreviation(text, i) || c == '…')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
                    // "Please send me the slides for the virtio-scsi talk; I'm preparing a benchmark plan.": the
                    // asker's own clause after a semicolon is a sentence of its own.
                    || c == ';' && i + 1 < text.length()
                            && FIRST_PERSON.contains(firstWord(text.substring(i + 1).trim()))
                    // "Please list the talks of that session — I'm building a wiki page of that morning.": so is
                    // the asker's own clause after a dash between spaces, when a question or request came before.
                    || isDash(c) && i > 0 && Character.isWhitespace(text.charAt(i - 1)) && i + 1 < text.length()
                            && Character.isWhitespace(text.charAt(i + 1))
                            && FIRST_PERSON.contains(firstWord(text.substring(i + 1).trim()))
                            && text.substring(start, i).trim().split("\\s+").length >= MIN_CONTEXT_WORDS
                    // "Quick overview for my report: where was it, …": a colon before the question.
                    || c == ':' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                            // "…: according to the write-up, who had written the spec?": the source cited first.
                            && (QUESTION_OPENERS.contains(firstWord(text.substring(i + 1).trim()))
                                    || firstWord(text.substring(i + 1).trim()).equals("according"))
                            // "When was the postcopy talk: which day, and where in that day?": a question before the
                            // colon is the one asked, and the rest narrows it.
                            && !QUESTION_OPENERS.contains(firstWord(text.substring(start, i).trim()));
            boolean dash = isDash(c) && i > 0 && Character.isWhitespace(text.charAt(i - 1))
                    && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                    && sideClause(text.substring(start, i), text.substring(i + 1));
            // "I missed day 2 because of my flight, who opened it?": the asker's own clause, then the question;
            // not "after Juan's session, what did the author do?", whose opening phrase is part of the question.
            // "I missed the first morning, can someone list its talks?": a request opens the question too.
            String opener = i + 1 < text.length() ? firstWord(text.substring(i + 1).trim()) : "";
            // "i missed both of avi's talks - what were they?": the asker's own clause before a dash, as before a
            // comma, when the question points back at the sessions it names ("they"); "… spec — who wrote it?" asks
            // of what the clause names, read whole.
            dash |= (c == ',' || isDash(c) && i > 0 && Character.isWhitespace(text.charAt(i - 1))
                            && PLURAL_POINTER.matcher(text.substring(i + 1)).find())
                    && i + 1 < text.length()
                    && (SECOND_QUESTION.contains(opener) || REQUEST_OPENERS.contains(opener))
                    && FIRST_PERSON.contains(firstWord(text.substring(start, i).trim()))
                    && text.substring(start, i).trim().split("\\s+").length >= MIN_CONTEXT_WORDS;
            // "last year's forum was also with linuxcon, but which city was that in?": a statement, then the question
            // it turns to.
            int but = c == ',' && i > start ? butAt(text, i + 1) : -1;
            String before = but >= 0 ? text.substring(start, i).trim() : "";
            boolean butAsks = but >= 0 && !QUESTION_OPENERS.contains(firstWord(before))
                    && SECOND_QUESTION.contains(firstWord(text.substring(but + 3).trim()))
                    && before.split("\\s+").length >= MIN_CONTEXT_WORDS;
            if (dash || butAsks) {
                String sentence = text.substring(start, i).trim();
                if (sentence.length() > 1) {
                    sentences.add(sentence);
                }
                start = butAsks ? but + 3 : i + 1;
            } else if (end) {
                String sentence = text.substring(start, isDash(c) ? i : i + 1).trim();
                if (sentence.length() > 1) {
                    sentences.add(sentence);
                }
                start = i + 1;
            }
        }
        String rest = text.substring(start).trim();
        if (!rest.isEmpty()) {
            sentences.add(rest);
        }
        return sentences;
    }

    /**
     * What comes before a dash is context, and what follows the question, when the question opens with a question
     * word and does not point back ("stefan hajnoczi - what was his talk?" is one question about him), and the
     * context is a clause of its own, not a name or a topic (a few words at least).
     */
    private static boolean sideClause(String before, String after) {
        String question = after.trim();
        // "where was the 2010 forum held — which city?": a question before the dash is the question, the rest
        // says it again in other words.
        if (!QUESTION_OPENERS.contains(firstWord(question)) || SECOND_QUESTION.contains(firstWord(before.trim()))) {
            return false;
        }
        for (String word : question.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (POINTING_BACK.contains(word)) {
                return false;
            }
        }
        return before.trim().split("\\s+").length >= MIN_CONTEXT_WORDS || chatter(before);
    }

    /**
     * "new here — where was it held?", "quick question - who …": a few everyday words before the dash, none of them
     * a name, a topic or a place in the program, are the asker's chatter rather than what the question is about.
     */
    private static boolean chatter(String before) {
        String[] words = before.toLowerCase(Locale.ROOT).replace("'", "").trim().split("[^\\p{L}]+");
        for (String word : words) {
            if (word.isEmpty() || !WordLists.isPlainEnglish(word) || PROGRAM_WORDS.contains(word)) {
                return false;
            }
        }
        return before.chars().noneMatch(Character::isDigit);
    }

    /** Words that place a question in the program, so a few of them before a dash are what it is about. */
    private static final Set<String> PROGRAM_WORDS = Set.of("day", "days", "morning", "afternoon", "evening", "talk",
            "talks", "session", "sessions", "keynote", "keynotes", "first", "last", "second", "next", "slides",
            "dinner", "speaker", "speakers", "event", "forum");

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }

    /** The first word, lower case, without apostrophes ("What's" is "whats"). */
    private static String firstWord(String sentence) {
        return sentence.split("[^\\p{L}']+", 2)[0].toLowerCase(Locale.ROOT).replace("'", "");
    }
}
