package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The two-hundred-and-fifty-first set, held out: written midway through the twenty-sixth round from the post alone
 * (long questions with context), by someone who never saw the code nor the other sets; scored on the code of that
 * moment (dbad0a7, 186/200) and once when the work was done (92f1f14), a clean figure; its misses were read only after
 * that. Its misses are recorded here, by kind.
 */
class HeldOutSet251Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("We're writing up the Red Hat team dinner in Vancouver for an internal newsletter. Which executive hosted it?",
                    "answered with another session or person"),
            Map.entry("I'm citing this write-up in a report and want to credit the right person. Who originally wrote the KVM Forum 2011 notes that this post reproduces?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Stefan Hajnoczi and Paolo Bonzini shared a slot, I believe. What was that session?",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("After lunch on day one the author picked a parallel track. What was the first afternoon talk he attended?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("My notes from the first afternoon have a gap after the SmartOS porting talk. What came next?",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("I'm gauging interest in alternative userspaces. How many people showed up for the Native Linux KVM tool talk?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Our embedded group is curious about the ARM port Avi mentioned. Which ARM cores or boards is it targeting?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("I'm researching page merging. What did Andrea Arcangeli say about KSM in his memory management talk?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("I'm writing an article about QEMU governance. How many sub-maintainers did QEMU have at the time of the 2011 keynote?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("We're adding PMU support to our hypervisor. Which CPU vendors' performance counters did Avi's talk focus on?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("I'm designing our own event's schedule. How many parallel tracks ran in each afternoon at the 2011 Forum?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Kevin Wolf wants to borrow ideas from QED. Who originally designed the QED format?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Our Power customers keep asking. When did Paul Mackerras say KVM on POWER7 would be available for production use?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("A colleague claims Bryan Cantrill announced the SmartOS KVM port would be merged into upstream Linux. Did he, and when?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet251Test() {
        super("/answer/independent-heldout-251.json", 188, KNOWN_MISSES);
    }
}
