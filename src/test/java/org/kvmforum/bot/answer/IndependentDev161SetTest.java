package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The hundred-and-sixty-first set, a dev set of the twentieth round: written from the post alone (long questions with
 * context, a reason sometimes after the question) by someone who never saw the code nor the other sets, and read to
 * find the kinds of question the rules missed (179/200 on f749654, 185/200 at the end). Its misses are recorded here,
 * by kind.
 */
class IndependentDev161SetTest extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("I'm collecting material on tmem for a memory-efficiency project. What did Dan Magenheimer talk about at KVM Forum 2011, and in what kind of slot?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("We're considering illumos for a storage appliance with virtualisation. Which KVM Forum 2011 talk discussed bringing KVM to an illumos-based OS?",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("For my notes on the Native Linux KVM tool, I'd like to know when it was presented at KVM Forum 2011 — what day and which part of the day?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I gather Anthony Liguori gave a keynote at the 2011 forum. Which day did it open, so I can place it in my timeline?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("I want to end my video marathon the way the author ended his forum. What was the last talk he attended at KVM Forum 2011?",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("I'm planning the social side of our event and want to copy good ideas. What did the attendees do together at the end of the first day of talks?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Our forum recap spreadsheet needs the date; when was this KVM Forum 2011 write-up posted?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I heard QEMU development was in trouble around 2010. What improvement did Anthony Liguori highlight in his 2011 keynote?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I want to understand the Q&A constraint better. How many minutes of each 30-minute slot were reserved for questions?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("The write-up links an lwn.net article on the SmartOS licensing issue. What's the title of that article and who wrote it?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("QOM is spelled out in the post as the QEMU Object Model, but what does QAPI stand for, per the write-up?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("The post mentions QED as one of the newest formats. Who originally created QED?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Gerd Hoffmann talked about USB 3; which USB 3 host controller model was QEMU going to emulate, according to the write-up?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    IndependentDev161SetTest() {
        super("/answer/independent-dev-161.json", 188, KNOWN_MISSES);
    }
}
