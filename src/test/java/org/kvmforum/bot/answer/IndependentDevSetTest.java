package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The independent dev set: half of the questions written from the post alone by someone who never saw the code.
 * Tuned on freely; its other half, {@link HeldOutSetTest}, is not.
 *
 * <p>After the fourth round (tuned on the fourth set's dev half and the fifth set, never on this one): 107/108. The
 * misses left are listed below; the floor is that score.
 */
class IndependentDevSetTest extends IndependentSetTest {
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("which speaker had worked with the author on PCI device assignment a few years earlier?",
                    "the author's past work with a speaker is in one paragraph's aside; neither words nor meaning tie it to Allen Kay's session"));

    IndependentDevSetTest() {
        super("/answer/independent-dev.json", 107, KNOWN_MISSES);
    }
}
