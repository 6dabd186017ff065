package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The seventy-fourth set, for development: written at the thirteenth round's start from the post alone (order, days,
 * tracks, counts and facts), by someone who never saw the code; 192/200 on the round's starting code, 197/200 when the
 * work was done. Its misses are recorded here, by kind.
 */
class IndependentDev74SetTest extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("what was the talk about bringing KVM to an Illumos-based OS?",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("did AHCI become QEMU's default disk type?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("How long does post-copy migration take for a large guest?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    IndependentDev74SetTest() {
        super("/answer/independent-dev-74.json", 197, KNOWN_MISSES);
    }
}
