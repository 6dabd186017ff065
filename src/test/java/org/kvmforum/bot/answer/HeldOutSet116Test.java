package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The hundred-and-sixteenth set, held out: written midway through the sixteenth round from the post alone (a realistic
 * mix of users in one server), by someone who never saw the code nor the other sets; scored on the code of that moment
 * (c975bb2, 198/200) and once when the work was done (b77db8b, 198/200), a clean figure; its misses were read only
 * after that. Its misses are recorded here, by kind.
 */
class HeldOutSet116Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("which real-world PMU model did avi want to emulate?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet116Test() {
        super("/answer/independent-heldout-116.json", 199, KNOWN_MISSES);
    }
}
