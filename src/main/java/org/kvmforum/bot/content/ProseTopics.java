package org.kvmforum.bot.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sessions the post tells of without a link, read from sentence shapes: lightning talks ("Dan Magenheimer
 * talked of Transcendent memory, ...", "A lightning talk by Ana Ruiz covered fuzzing, ...") and BOF discussions
 * ("I caught hold of A, B and C to discuss X", "My other topic, on X, ...", "the other interesting topic, X",
 * "a BOF on X"). A topic runs to the next punctuation mark, or to a verb that goes on about it ("a BOF on X ran
 * until late"); a leading "the" is dropped, the rest is kept as the post words it.
 */
final class ProseTopics {
    /** What a topic may contain: no clause punctuation, no link (a linked session is found by its link). */
    private static final String TOPIC = "(?<topic>[^,.;:()!?" + Sentence.LINK_MASK + "]+)";
    /** Verbs that take the topic without a preposition: "covered X", "presented X". */
    private static final String TAKES_TOPIC = "covered|covers|presented|presents|described|describes|introduced"
            + "|introduces|showed|shows|demonstrated|demonstrates|demoed|explained|explains|discussed|discusses"
            + "|outlined|outlines|shared|shares";
    private static final Pattern TALK_TOPIC = Pattern.compile(
            "^,? (?:(?:then|next|also|later|again|briefly),? )*(?:(?:" + Speakers.VERBS + ") "
                    + "(?:an? (?:short |quick )?(?:lightning )?talk )?(?:of|about|on|around|regarding)"
                    + "|(?:" + TAKES_TOPIC + ")) " + TOPIC,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TO_DISCUSS = Pattern.compile("\\bto discuss " + TOPIC, Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_TOPIC = Pattern.compile(
            "\\b(?<owner>my|our|the|his|her|their|another|an?)(?: [\\p{L}-]+){0,2}? topics?,? "
                    + "(?:(?:on|of|about|was|being|is|namely) )?" + TOPIC, Pattern.CASE_INSENSITIVE);
    private static final Pattern BOF_ON = Pattern.compile(
            "\\bBOFs?(?: sessions?| discussions?)? (?:on|about) " + TOPIC, Pattern.CASE_INSENSITIVE);
    /** A topic ends where the sentence goes on to say what happened: "a BOF on X ran until late". */
    private static final Pattern CLAUSE = Pattern.compile(
            " (?:ran|runs|was|were|went|took|lasted|drew|got|had|continued|started|began|ended|turned) ",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_PERSON = Pattern.compile("\\bI\\b");

    private ProseTopics() {}

    /**
     * A session told of in prose.
     *
     * @param start  offset in the sentence where it is told, for program order
     * @param topic  the words naming the topic
     * @param people who gave it or took part, as the post names them (the author for "I" or "my")
     */
    record Topic(int start, String topic, List<String> people) {}

    /** Lightning-talk shaped sessions: names and a speaking verb, then "of/about/on" and the topic. */
    static List<Topic> talks(Sentence sentence) {
        String text = sentence.masked();
        List<Names.Found> found = Names.in(text);
        List<Topic> topics = new ArrayList<>();
        // A list of speakers never reaches back into the previous talk's words ("...with SystemTap, and Ingrid").
        int toldUpTo = 0;
        for (int i = 0; i < found.size(); i++) {
            Names.Found name = found.get(i);
            if (name.pronoun() || name.start() < toldUpTo) {
                continue;
            }
            Matcher matcher = TALK_TOPIC.matcher(text);
            matcher.region(name.end(), text.length());
            if (matcher.lookingAt()) {
                String topic = cleanTopic(matcher.group("topic"));
                if (!topic.isEmpty()) {
                    List<String> people = Speakers.listEndingAt(text, found, i, toldUpTo);
                    topics.add(new Topic(name.start(), topic, people));
                    toldUpTo = matcher.end();
                }
            }
        }
        return topics;
    }

    /** BOF-shaped sessions; {@code author} stands for "I" and "my" (null when the post does not say who wrote it). */
    static List<Topic> discussions(Sentence sentence, String author) {
        String text = sentence.masked();
        List<Names.Found> found = Names.in(text);
        TreeMap<Integer, Topic> byStart = new TreeMap<>();
        int whoFrom = 0;
        Matcher discuss = TO_DISCUSS.matcher(text);
        while (discuss.find()) {
            String topic = cleanTopic(discuss.group("topic"));
            if (!topic.isEmpty()) {
                // "I caught hold of A, B and C to discuss X": the people are the ones named before "to discuss".
                List<String> people = peopleIn(text, found, whoFrom, discuss.start(), author);
                byStart.put(discuss.start("topic"), new Topic(discuss.start(), topic, people));
            }
            whoFrom = discuss.end();
        }
        Matcher named = NAMED_TOPIC.matcher(text);
        while (named.find()) {
            String topic = cleanTopic(named.group("topic"));
            String owner = named.group("owner").toLowerCase(Locale.ROOT);
            if (!topic.isEmpty() && !byStart.containsKey(named.start("topic"))) {
                // Only a first-person owner names someone: "my other topic" is the author's; "the other topic" nobody's.
                List<String> people = (owner.equals("my") || owner.equals("our")) && author != null
                        ? List.of(author) : List.of();
                byStart.put(named.start("topic"), new Topic(named.start(), topic, people));
            }
        }
        Matcher bof = BOF_ON.matcher(text);
        while (bof.find()) {
            String topic = cleanTopic(bof.group("topic"));
            if (!topic.isEmpty() && !byStart.containsKey(bof.start("topic"))) {
                // Anyone named in the sentence outside the topic words took part: "I joined a BOF on X, with A and B".
                List<String> people = new ArrayList<>(peopleIn(text, found, 0, bof.start("topic"), author));
                for (String name : peopleIn(text, found, bof.end("topic"), text.length(), author)) {
                    if (!people.contains(name)) {
                        people.add(name);
                    }
                }
                byStart.put(bof.start("topic"), new Topic(bof.start(), topic, people));
            }
        }
        List<Topic> topics = new ArrayList<>(byStart.values());
        topics.sort(Comparator.comparingInt(Topic::start));
        return topics;
    }

    /** Names within [from, to) in order, with the author where a first-person "I" stands. */
    private static List<String> peopleIn(String text, List<Names.Found> found, int from, int to, String author) {
        TreeMap<Integer, String> byOffset = new TreeMap<>();
        for (Names.Found name : found) {
            if (!name.pronoun() && name.start() >= from && name.end() <= to) {
                byOffset.put(name.start(), name.name());
            }
        }
        if (author != null) {
            Matcher me = FIRST_PERSON.matcher(text);
            me.region(from, to);
            if (me.find()) {
                byOffset.put(me.start(), author);
            }
        }
        List<String> people = new ArrayList<>();
        for (String name : byOffset.values()) {
            if (!people.contains(name)) {
                people.add(name);
            }
        }
        return people;
    }

    private static String cleanTopic(String raw) {
        String topic = raw.trim();
        Matcher clause = CLAUSE.matcher(topic);
        if (clause.find()) {
            topic = topic.substring(0, clause.start()).trim();
        }
        if (topic.toLowerCase(Locale.ROOT).startsWith("the ")) {
            topic = topic.substring(4).trim();
        }
        return topic.codePoints().anyMatch(Character::isLetter) ? topic : "";
    }
}
