package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The seventy-first set, held out: written at the thirteenth round's start from the post alone (beliefs, yes-or-no
 * questions and confident assumptions), by someone who never saw the code nor the other sets; scored on the round's
 * starting code (184/200) and once when the work was done (184/200), a clean figure; its misses were read only after
 * that. Its misses are recorded here, by kind.
 */
class HeldOutSet71Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("I'm guessing the SmartOS porting talk was given by Bryan Cantrill, can you confirm?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("which first-afternoon talks did the author attend?",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("I remember a talk about running the kvm module on an Illumos-based OS. Which one was it?",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("I think Avi's PMU slides are at 2011-forum-pmu.pdf. What's the actual link?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("what hybrid migration approach was suggested in the postcopy talk?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Avi's keynote kicked off at 9 AM sharp, didn't it?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("the SmartOS licensing issue was GPL versus CDDL, right?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Joerg Roedel's talk was in Track B, I think?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("besides Windows XP, which other OSes lack AHCI support?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("there were five BOF sessions in total, right?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("what did Markus Armbruster name as the single biggest qdev pain point?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("who gave the KVM-on-ARM talk at the Forum?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet71Test() {
        super("/answer/independent-heldout-71.json", 188, KNOWN_MISSES);
    }
}
