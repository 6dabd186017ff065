package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The hundred-and-ninety-sixth set, held out: written at the start of the twenty-third round from the post alone (a
 * realistic mix of users), by someone who never saw the code nor the other sets; scored on the round's starting code
 * (86b48dc, 200/200) and once when the work was done (1862e5a), a clean figure; its misses were read only after that.
 * Its misses are recorded here, by kind.
 */
class HeldOutSet196Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.of();

    HeldOutSet196Test() {
        super("/answer/independent-heldout-196.json", 200, KNOWN_MISSES);
    }
}
