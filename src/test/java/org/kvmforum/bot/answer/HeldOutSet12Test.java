package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The twelfth held-out set: 189 questions written from the post alone at the end of the fifth round, by a person
 * who never saw the code nor the other sets, in the voice of people who describe talks by their purpose. Scored on
 * the code at the round's start (152/189), when the set was commissioned (159) and once the round's work was done
 * (160); then tuned on. Its misses at the end of the round are recorded here, by kind of failure.
 */
class HeldOutSet12Test extends IndependentSetTest {
    /** The misses left at the end of the fifth round, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("the one that wanted to make a new disk image format — what was that talk called?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("where did the USB talk fall in the schedule?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("which talks dealt with handing physical devices to guests?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("who wrote the RHEL/Fedora chardev flow control patches?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("which specific PMU features are not model-specific?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet12Test() {
        super("/answer/independent-heldout-12.json", 184, KNOWN_MISSES);
    }
}
