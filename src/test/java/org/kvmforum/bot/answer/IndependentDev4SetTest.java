package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The fourth set's dev half: 113 questions from the same writer as {@link HeldOutSet4Test}, tuned on in the fourth
 * round (92/113 before it, 109/113 after).
 */
class IndependentDev4SetTest extends IndependentSetTest {
    /** The misses as found, by kind. */
    private static final Map<String, String> KNOWN_MISSES = Map.of();

    IndependentDev4SetTest() {
        super("/answer/independent-dev-4.json", 113, KNOWN_MISSES);
    }
}
