package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The ninetieth set, held out: written late in the fourteenth round from the post alone (long questions with context),
 * by someone who never saw the code nor the other sets; scored on the code of that moment (cc90ef6, 181/200) and once
 * when the work was done (182/200), a clean figure; its misses were read only after that. Its misses are recorded here,
 * by kind.
 */
class HeldOutSet90Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("I maintain a storage appliance and I'm fed up with every project inventing yet another virtual disk format. Someone at the 2011 Forum apparently scolded people for doing exactly that instead of improving what exists. Who was the speaker?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I only made it to Vancouver for the second day and arrived just as it started. Which talks were in that day's first session, before it split into parallel tracks?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I arrived at lunch on day one because of a delayed flight. What was the last talk of that first morning session, the one I just missed?",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("I like the free page hinting idea for our hosts. What drawback did the post mention?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("A blog said QEMU switched its default disk controller to AHCI right after the Forum. Does this post support that?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("Our users plug fast USB storage into thin clients and expect it in their VMs. What milestone about USB versions could QEMU reach, per Gerd Hoffmann's talk?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I'm writing a QEMU release history for our docs and a colleague says QEMU 1.0 was already out by the Forum. What does the post say?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("I'm an embedded developer. Who was doing the development on the KVM ARM port that Avi mentioned?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("For the history section of my storage report: who originally developed the QED image format?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("I watched only the first few minutes of Juan Quintela's migration talk. Apart from post-copy, what other new directions did he propose for live migration?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet90Test() {
        super("/answer/independent-heldout-90.json", 191, KNOWN_MISSES);
    }
}
