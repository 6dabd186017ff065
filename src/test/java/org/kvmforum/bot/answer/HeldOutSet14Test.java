package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The fourteenth held-out set: 200 questions written from the post alone at the start of the sixth round by someone
 * who never saw the code nor the other sets. Scored twice and never tuned on: 173/200 on the code the round started
 * from, 174 at its end. Scoring it revealed one regression of the round ("where … from" read as a question about a
 * person's origin), fixed as a general rule afterwards, which made 176; the set is no longer untouched since then.
 * Its misses are recorded here, by kind of failure.
 */
class HeldOutSet14Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("after the smartos talk, who told amit privately there's no license violation?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("did the graphics device assignment talk run in parallel with other talks",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("which talk opened the day 2 parallel tracks for him",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("the chardev flow control patches - where do those live currently?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("what os was the smartos port targeting",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("besides event idx, what else did mst cover",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("what license is illumos under, and what exactly was the licensing concern",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet14Test() {
        super("/answer/independent-heldout-14.json", 194, KNOWN_MISSES);
    }
}
