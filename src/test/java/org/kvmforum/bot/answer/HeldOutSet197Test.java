package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The hundred-and-ninety-seventh set, held out: written at the start of the twenty-third round from the post alone
 * (long questions with context), by someone who never saw the code nor the other sets; scored on the round's starting
 * code (86b48dc, 190/200) and once when the work was done (1862e5a), a clean figure; its misses were read only after
 * that. Its misses are recorded here, by kind.
 */
class HeldOutSet197Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("Our storage team keeps grumbling about people inventing brand-new disk image formats instead of improving qcow2. Apparently somebody made exactly that complaint on stage at KVM Forum 2011 — who was it?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I'm reading up on post-copy migration research. Who presented the postcopy live migration work at KVM Forum 2011, the one Anthony asked for benchmarks on?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I read that the write-up's author pulled a few people aside during the BOF time to talk about chardevs in QEMU. Who were the people he gathered for that discussion?",
                    "answered with another session or person"),
            Map.entry("Alon Levy shows up in the BOF part of the post too, but what was the talk he himself presented at KVM Forum 2011?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I'd like the SPICE roadmap slides from KVM Forum 2011 for a comparison doc. Where do they live?",
                    "the link asked for is not in the answer"),
            Map.entry("How did the 2011 Forum end for the Red Hat attendees? I heard there was a dinner.",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("What did the author think of Juan Quintela's Live Migration session — was it dry or fun?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"));

    HeldOutSet197Test() {
        super("/answer/independent-heldout-197.json", 194, KNOWN_MISSES);
    }
}
