package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The two-hundred-and-twentieth set, held out: written midway through the twenty-fourth round from the post alone (a
 * realistic mix of users), by someone who never saw the code nor the other sets; scored on the code of that moment
 * (7f71ff4, 199/200) and once when the work was done (1a3ba95), a clean figure; its misses were read only after that.
 * Its misses are recorded here, by kind.
 */
class HeldOutSet220Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("Which guest OSes will the virtio-scsi driver support?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet220Test() {
        super("/answer/independent-heldout-220.json", 199, KNOWN_MISSES);
    }
}
