package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The thirteenth held-out set: 194 questions written from the post alone at the very end of the fifth round, by a
 * person who never saw the code nor the other sets. Not tuned on in that round: the code at the round's start
 * scores 167/194, the code when the set was commissioned 176, the code at the round's end 177. In the sixth round
 * its misses were among those worked on (190/194 at that round's end); the fourteenth set took its place as the
 * one never looked at. The misses left are recorded here, by kind of failure.
 */
class HeldOutSet13Test extends IndependentSetTest {
    /** The misses left at the end of the fifth round, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("how many people joined Amit for the chardev BOF?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("memory management talks - which ones had slides?",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("what did Anthony want before anyone goes down the post-copy route?",
                    "a detail or fact asked in other words: the answer does not carry it"));

    HeldOutSet13Test() {
        super("/answer/independent-heldout-13.json", 191, KNOWN_MISSES);
    }
}
