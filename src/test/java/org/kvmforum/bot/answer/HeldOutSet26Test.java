package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The twenty-sixth set, held out: written at the start of the eighth round from the post alone, by someone who
 * never saw the code nor the other sets; scored on the round's starting code (190/200) and at its end (191/200), never
 * tuned on. Its misses are recorded here, by kind of failure.
 */
class HeldOutSet26Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("there was this really lively talk about getting kvm running on an illumos-based OS... who gave it?",
                    "answered with another session or person"),
            Map.entry("what mechanism does the qemu io throttling feature rely on?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("where did allen kay's graphics assignment experience come from",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("how did michael tsirkin propose to solve the zero-copy tx security pitfalls?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet26Test() {
        super("/answer/independent-heldout-26.json", 196, KNOWN_MISSES);
    }
}
