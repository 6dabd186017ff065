package org.kvmforum.bot.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kvmforum.bot.search.WordLists;

/**
 * The words in which askers wrap a question about themselves, taken off so that the question is read on its own:
 * who they are ("As a program committee volunteer at another conference, …"), what they want it for ("… for our
 * onboarding docs", "…; I'm preparing a benchmark plan"), and the frame that carries the question ("I'm curious
 * why …", "… and want to know when …"). None of those words is about the event, and read as a topic they turn the
 * question into another one ("benchmark" asks for results the post never gives). Only the frame's form is read, so
 * it holds for any post.
 */
final class AskersFrame {
    private AskersFrame() {}

    /** "As a student, …", "As someone who runs KVM in production, …": who asks, before a comma. */
    private static final Pattern WHO_ASKS = Pattern.compile(
            "^(?i:as (?:a|an|someone|somebody|one)\\b[^,;?.]{0,80}),\\s+(?=\\S+\\s+\\S+\\s+\\S+)");

    /** "As far as the post goes, …", "As far as I know, …": a hedge on the asker's knowledge, before a comma. */
    private static final Pattern AS_FAR_AS = Pattern.compile("^(?i:as far as (?:the (?:post|report|write-?up|blog post)"
            + "|i|we|you) (?:goes|go|says|say|knows|know|can tell|remember|recall)),?\\s+(?=\\S+\\s+\\S+)");

    /**
     * "I gather Anthony gave a keynote. Which day was it?": what the asker understands, put before a sentence; the
     * sentence is read as it is. ("Who did the author gather for it?" has no "I" before it.)
     */
    private static final Pattern GATHERING = Pattern.compile(
            "(?i)(?:^|(?<=[.?!;]\\s))(?:i|we) (?:gather|reckon|understand)(?: that)?\\s+(?=\\S+\\s+\\S+\\s+\\S+)");

    /**
     * "I thought Stefan did the IO throttling talk. Am I mixing people up? Who actually gave it?": the asker doubting
     * their own memory, between the belief and the question; it asks nothing of the event. Only with a sentence after
     * it, so "… am I wrong?" at the end is still the question.
     */
    private static final Pattern SELF_DOUBT = Pattern.compile("(?i)(?<=[.?!;]\\s)(?:or\\s+)?(?:am|was|have|did|do)"
            + "\\s+(?:i|we)\\b[^.?!;]{0,30}?\\b(?:mix\\w*|wrong|confus\\w*|misremember\\w*|mistaken|off|crazy"
            + "|imagin\\w*|remember\\w*|right)\\b[^.?!;]{0,20}\\?\\s+(?=\\S+\\s+\\S+)");

    /** "For my citation, …", "For our metrics slide, …": what the answer is for, before a comma. */
    private static final Pattern WHAT_FOR_FIRST = Pattern.compile(
            "^(?i:for (?:my|our|a|an)\\b[^,;?.]{0,60}),\\s+(?=(?i:i|i'm|i'd|we|we're|we'd|my|our)\\s+\\S+\\s+\\S+)");

    /** "For my conference notes: on which day …": what the answer is for, before a colon, whatever follows. */
    private static final Pattern WHAT_FOR_COLON = Pattern.compile(
            "^(?i:for (?:my|our)\\b[^,;?.:]{0,60}):\\s+(?=\\S+\\s+\\S+\\s+\\S+)");

    /**
     * What the asker adds after the question about themselves: "When was the IOMMU talk? I only had a pass for one
     * day.", "… where is its website? I'd like to check whether my company should join." A sentence of the asker's
     * own that asks nothing of the post; not a request ("I'd also like the slides") or a belief ("I think it was
     * Paul"), which are the question's.
     */
    private static final Pattern OWN_SENTENCE = Pattern.compile("(?i)^(?:i|i['’]m|im|i['’]d|i['’]ve|i['’]ll|we"
            + "|we['’]re|we['’]d|we['’]ve|my|our)\\b.*");

    /** Words of a trailing sentence that make it a belief put up or a question of its own, which stays. */
    private static final Pattern TRAILING_KEPT = Pattern.compile("(?i)\\b(?:think|thought|believe|believed|remember"
            + "|recall|heard|guess|assume|sure|told|say|says|said|also|too|as well)\\b");

    /**
     * "… for our contributor onboarding docs.", "… for my report?": what the answer is for, at a sentence's end. Its
     * words open with a letter or digit: a dash between spaces ends it ("for my team - which talk …").
     */
    private static final Pattern WHAT_FOR_LAST = Pattern.compile(
            "(?i:\\s+for (?:my|our)(?:\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}'-]*){1,6}?)(?=\\s*(?:[?.!;]|$))");

    /**
     * The frame before an embedded question: "I'm curious why …", "I'd like to know when …", "… and want to know
     * which …", "I wonder who …". The sentence up to the question word is the asker's.
     */
    private static final Pattern KNOWING = Pattern.compile("(?i)(?:^|(?<=[.?!;]\\s))[^.?!;]*?\\b(?<frame>"
            + "(?:i'?m|i am|we'?re|we are) (?:curious|wondering|trying to (?:find out|figure out|work out))"
            + "(?: about)?"
            + "|i (?:wonder|was wondering)"
            + "|(?:i |we )?(?:want|wanted|need|needed|would like|'d like|d like) to (?:know|find out|check|confirm"
            + "|note|note down|write down|record|verify|double-check|learn|understand|figure out|work out|see)"
            // "Can you confirm where Avi's keynote slides are?", "please check who …": a request to the bot.
            + "|(?:(?:can|could|would) you |please |pls |plz )(?:please )?(?:tell me|confirm|check|verify|double-check"
            + "|let me know|remind me|find out|look up)"
            + ")\\s+(?=(?:why|what|when|where|which|who|whom|whose|how|whether|if)\\b)");

    /**
     * What the asker needs, then a question that points back at it: "I'm filling in an expense report and need the
     * exact dates the forum took place. What were they?". The sentence up to the thing needed is the asker's.
     */
    private static final Pattern NEEDING = Pattern.compile("(?i)(?:^|(?<=[.?!;]\\s))(?:i|we)\\b[^.?!;]*?\\b"
            + "(?:need|needed|want|wanted|would like|'d like)\\s+(?=(?:the|a|an|his|her|their|its)\\s)"
            + "([^.?!;]+)[.!;]\\s+((?:what|which|who)\\s+(?:is|are|was|were)\\s+(?:it|they|that|those|he|she)"
            + "|what (?:does|did) the (?:post|report|write-?up) say)\\s*\\?\\s*$");

    /** A clause joined to the asker's frame by "and", "but" or "so": "Asias He's name popped up …, and". */
    private static final Pattern OWN_CLAUSE = Pattern.compile("(?i)^(\\S+(?:\\s+\\S+){2,}?)\\s*,?\\s+(?:and|but|so)$");

    /** A question after an embedded one this short, in plain words only, narrows it rather than asking anew. */
    private static final int NARROWING_WORDS = 8;

    /**
     * The asker's own clause before what they believe: "I'm writing a short history of QEMU and I believe the QEMU
     * keynote opened the forum." The belief is what is put up for confirmation.
     */
    private static final Pattern BELIEVING = Pattern.compile("(?i)(?:^|(?<=[.?!;]\\s))(?:i|i'm|im|i've|we|we're)\\b"
            + "[^.?!;]*?\\b(?:and|but|so)\\s+(?:i|we)\\s+(?:believe|think|thought|heard|remember|recall|was told"
            + "|were told)(?:\\s+that)?\\s+");

    /**
     * Why the asker asks, after a comma: "…, since I may want to propose one next time", "…, so I can tell where the
     * lunch break fell", "… because we're planning a storage demo". Read as the question's, "next time" asks of
     * another year and "lunch" of the meals.
     */
    private static final Pattern REASON = Pattern.compile("(?i),?\\s+(?:since|so that|so|because|as)\\s+"
            + "(?:i|i'm|im|i'd|id|i've|we|we're|we'd|we are|i am)\\s+[^.?!;:,]*(?=[.?!;:]|$)");

    /**
     * A polite hedge on the request: "…, in order if possible?", "… if you can", "… if you know", "…, as far as the
     * author saw it". It asks nothing,
     * and read as the question's, "possible" is a topic no session has.
     */
    private static final Pattern HEDGE = Pattern.compile("(?i)\\s*,?\\s*\\bif (?:possible|at all possible|you can"
            + "|you could|you know|you have (?:it|them|that)|you don't mind|that's ok|that's okay|it's not too much trouble)"
            + "(?=\\s*(?:[,.?!;:]|$))"
            // "…, as far as the write-up's author saw it?", "as far as you know": whose knowledge, not what is asked
            + "|\\s*,?\\s*\\bas far as (?:i|you|we|he|the|his)[^,.?!;:]{0,40}"
            + "\\b(?:know|knew|saw|see|sees|says|said|tell|told|can tell|goes|went|recall|remember)\\b(?: it| them)?"
            + "(?=\\s*(?:[,.?!;:]|$))");

    /**
     * What the asker is making, after "for" and named with what they are doing to it: "For a timeline I'm drawing of
     * the second day, …". The day or session after it stays; the artefact goes. Not "the slides I'm looking for":
     * without "for" before it, the thing is the question's.
     */
    private static final Pattern ASKERS_WORK = Pattern.compile("(?i)\\bfor\\s+(?:a|an|my|our|the|this)\\s+"
            + "([\\p{L}-]+(?:\\s+[\\p{L}-]+)?)\\s+(?:i'm|i am|im|we're|we are|i've been|we've been)\\s+\\p{L}+ing\\b");

    /** "…, for a timeline deck: which day …": what the answer is for, between commas or before a colon. */
    private static final Pattern WHAT_FOR_MID = Pattern.compile(
            "(?i),\\s*for (?:a|an|my|our)(?:\\s+[\\p{L}-]+){1,4}?(?=\\s*[:;,])");

    /** The rest of an embedded question, up to its sentence's end. */
    private static final Pattern SENTENCE_REST = Pattern.compile("^[^.?!;]*");

    /**
     * The question without its asker's frame: "As a program committee volunteer at another conference, I'm curious
     * why the forum shortened its talk slots." is "why the forum shortened its talk slots?". The text as it is when
     * it has no such frame, or nothing would be left of it.
     */
    static String without(String question) {
        return without(question, false);
    }

    /** As {@link #without(String)}, keeping the asker's sentences after the question when told to. */
    static String without(String question, boolean trailingKept) {
        String text = AS_FAR_AS.matcher(WHO_ASKS.matcher(question.trim()).replaceFirst("")).replaceFirst("");
        text = WHAT_FOR_FIRST.matcher(text).replaceFirst("");
        text = GATHERING.matcher(text).replaceAll("");
        text = SELF_DOUBT.matcher(text).replaceAll("");
        text = WHAT_FOR_COLON.matcher(text).replaceFirst("");
        text = HEDGE.matcher(text).replaceAll("");
        String unworked = WHAT_FOR_MID.matcher(withoutTheAskersWork(text)).replaceAll("").trim();
        text = unworked.split("\\s+").length >= 3 ? unworked : text;
        text = trailingKept ? text : withoutTrailingOwnSentences(text);
        text = BELIEVING.matcher(text).replaceFirst("");
        // "…, because I'd like to know if they clashed with talks": the reason goes before any frame in it is read.
        String reasoned = REASON.matcher(text).replaceAll("");
        text = reasoned.trim().split("\\s+").length >= 3 ? reasoned : text;
        Matcher knowing = KNOWING.matcher(text);
        if (knowing.find()) {
            // "… and want to know when the SmartOS talk happened. Which day?": the embedded question is the one
            // asked, and what follows it only says it again more narrowly.
            Matcher rest = SENTENCE_REST.matcher(text.substring(knowing.end()));
            rest.find();
            String embedded = rest.group().trim();
            if (embedded.split("\\s+").length >= 3) {
                String after = text.substring(knowing.end() + rest.end()).replaceFirst("^[.?!;]\\s*", "");
                // "… want to know where things are heading. What was Markus's talk?": a question after it is the one
                // asked, and the embedded one its context.
                // "… want to know when the SmartOS talk happened. Which day and part of the day?": a question in plain
                // words only narrows the embedded one, and is asked with it.
                boolean narrows = !after.isBlank() && after.trim().split("\\s+").length <= NARROWING_WORDS
                        && java.util.Arrays.stream(after.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"))
                                .allMatch(word -> word.isEmpty() || WordLists.isPlainEnglish(word));
                // "Asias He's name popped up in a commit log and I want to know what he presented": a clause of
                // its own before the frame is context, kept as its own sentence; "For the record I'm curious" goes.
                String before = text.substring(knowing.start(), knowing.start("frame")).trim();
                java.util.regex.Matcher clause = OWN_CLAUSE.matcher(before);
                // "I also tend to skip talks for hallway chats, and I'm curious when …": the asker's own clause goes.
                // "I only know Asias He from mailing list posts, and I'm curious what he …": a clause naming someone
                // says who "he" is, and stays.
                boolean askers = before.matches("(?i)^(?:i|i'm|im|i've|i'd|we|we're|my|our)\\b.*")
                        && !namesSomeone(before);
                String kept = clause.matches() && !askers ? clause.group(1) + ". " : "";
                text = text.substring(0, knowing.start()) + kept + (after.isBlank() ? withOwnMark(embedded)
                        : narrows ? embedded + ": " + after : embedded + ". " + after);
            }
        }
        Matcher needing = NEEDING.matcher(text);
        if (needing.find()) {
            // "… need the exact dates the forum took place. What were they?": what were the exact dates …
            String verb = needing.group(2).toLowerCase(java.util.Locale.ROOT).contains("what does")
                    || needing.group(2).toLowerCase(java.util.Locale.ROOT).contains("what did") ? "was"
                    : needing.group(2).split("\\s+")[1].toLowerCase(java.util.Locale.ROOT);
            text = text.substring(0, needing.start()) + "what " + verb + " " + needing.group(1).trim() + "?";
        }
        String shorter = WHAT_FOR_LAST.matcher(text).replaceAll("");
        return shorter.trim().split("\\s+").length >= 3 ? shorter.trim() : text.trim();
    }

    /**
     * The text without what the asker is making ({@link #ASKERS_WORK}), unless it is a word of the program's: "for
     * the talk I'm preparing on VFIO" keeps its talk.
     */
    private static String withoutTheAskersWork(String text) {
        Matcher work = ASKERS_WORK.matcher(text);
        StringBuilder kept = new StringBuilder();
        while (work.find()) {
            boolean programs = java.util.Arrays.stream(work.group(1).toLowerCase(java.util.Locale.ROOT).split("\\s+"))
                    .anyMatch(word -> Cues.SESSION_NOUNS.contains(word) || Cues.SLIDES.contains(word)
                            || Cues.KEYNOTE.contains(word));
            work.appendReplacement(kept, programs ? Matcher.quoteReplacement(work.group()) : "");
        }
        work.appendTail(kept);
        return kept.toString();
    }

    /**
     * The text without the asker's own sentences after its last question mark, when every sentence there is one:
     * "… where is its website? I'd like to check whether my company should join." Read as the question's, "whether my
     * company should join" is asked instead.
     */
    static String withoutTrailingOwnSentences(String text) {
        int mark = text.lastIndexOf('?');
        if (mark < 0 || text.substring(0, mark).trim().split("\\s+").length < 3) {
            return text;
        }
        String rest = text.substring(mark + 1).trim();
        if (rest.isEmpty()) {
            return text;
        }
        for (String sentence : rest.split("(?<=[.!])\\s+")) {
            if (!OWN_SENTENCE.matcher(sentence).matches() || TRAILING_KEPT.matcher(sentence).find()
                    || MainClause.asksWithoutAMark(sentence)) {
                return text;
            }
        }
        return text.substring(0, mark + 1);
    }

    /** Whether a word after the first is written as a name ("Asias", "He"). */
    private static boolean namesSomeone(String clause) {
        String[] words = clause.split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String word = words[i].replaceAll("[^\\p{L}'’]", "");
            // Written as a name: a capital, then small letters ("Asias"); not "BOF" or "KVM", nor "I'm".
            if (word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1))) {
                return true;
            }
        }
        return false;
    }

    /** "if the talks were recorded" is a belief put up for confirmation; any other embedded question asks itself. */
    private static String withOwnMark(String embedded) {
        return embedded.replaceFirst("(?i)^(?:whether|if)\\s+", "is it true that ") + "?";
    }
}
