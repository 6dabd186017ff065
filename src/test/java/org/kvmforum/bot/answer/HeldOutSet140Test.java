package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The hundred-and-fortieth set, held out: written midway through the eighteenth round from the post alone (a realistic
 * mix of users), by someone who never saw the code nor the other sets; scored on the code of that moment (96410b2,
 * 195/200) and once when the work was done (195/200), a clean figure; its misses were read only after that. Its misses
 * are recorded here, by kind.
 */
class HeldOutSet140Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("which days of LinuxCon overlapped with the forum",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("did Bryan Cantrill announce that the SmartOS KVM port would be relicensed under the GPL?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet140Test() {
        super("/answer/independent-heldout-140.json", 198, KNOWN_MISSES);
    }
}
