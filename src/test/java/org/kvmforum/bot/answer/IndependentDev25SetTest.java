package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The twenty-fifth set, a dev set written at the end of the seventh round in the held-out mix, weighted to how people
 * write (tags without commas, context after a dash, "counting the keynote", "brought up"), from the post alone, by
 * someone who never saw the code nor the other sets. 185/200 when it arrived, then tuned on. Its misses are recorded
 * here, by kind of failure.
 */
class IndependentDev25SetTest extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("what beer did the Red Hat crew have at the brewery?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"));

    IndependentDev25SetTest() {
        super("/answer/independent-dev-25.json", 199, KNOWN_MISSES);
    }
}
