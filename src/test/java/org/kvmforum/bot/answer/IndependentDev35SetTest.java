package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * A dev set of the ninth round, written at its start from the post alone by someone who never saw the code nor
 * the other sets. 187/200 on the round's starting code, then tuned on. Its misses are recorded here, by kind of
 * failure.
 */
class IndependentDev35SetTest extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("My team is considering post-copy migration for guests with huge amounts of RAM. At the forum, what did the qemu maintainer say should happen first, and what did he ask for?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("what did Alon Levy say about SPICE's mobile clients?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    IndependentDev35SetTest() {
        super("/answer/independent-dev-35.json", 198, KNOWN_MISSES);
    }
}
