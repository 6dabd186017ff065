package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * A dev set written late in the ninth round, after its main work, from the post alone by someone who never saw
 * the code nor the other sets: 195/200 on the round's starting code and 195/200 on the code the main work left,
 * then tuned on. Its misses are recorded here, by kind of failure.
 */
class IndependentDev38SetTest extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.of();

    IndependentDev38SetTest() {
        super("/answer/independent-dev-38.json", 200, KNOWN_MISSES);
    }
}
