package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The hundred-and-forty-eighth set, a dev set of the nineteenth round: written from the post alone (a realistic mix of
 * users) by someone who never saw the code nor the other sets, and read to find the kinds of question the rules missed
 * (197/200 on faf0e46, 200/200 at the end). Its misses are recorded here, by kind.
 */
class IndependentDev148SetTest extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.of();

    IndependentDev148SetTest() {
        super("/answer/independent-dev-148.json", 200, KNOWN_MISSES);
    }
}
