package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The twentieth set, held out in the seventh round: 200 questions written from the post alone by someone who never saw
 * the code nor the other sets, and never tuned on. Scored twice: 188/200 midway through the round (3fb9ce5) and 189/200
 * at the end of its main work (bb8cf78). Looked at since; 190 after the round's last changes, which the twenty-fifth
 * dev set led to ("counting the keynote" is in both). Its misses are recorded here, by kind of failure.
 */
class HeldOutSet20Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("what came at the end of day 1, after the regular talks and before everyone left?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("was Avi at the Red Hat dinner?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet20Test() {
        super("/answer/independent-heldout-20.json", 198, KNOWN_MISSES);
    }
}
