package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The thirtieth set, held out: written midway through the eighth round from the post alone, by someone who never
 * saw the code nor the other sets; scored on the round's starting code (182/200) and at its end (185/200), never tuned
 * on. Its misses are recorded here, by kind of failure.
 */
class HeldOutSet30Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("what org was set up to address kvm's marketing problem?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("what pitfalls came up with zero-copy TX in tsirkin's talk",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("how many people showed up on day 2 vs day 1",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("what was the title of avi's keynote in 2010?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet30Test() {
        super("/answer/independent-heldout-30.json", 196, KNOWN_MISSES);
    }
}
