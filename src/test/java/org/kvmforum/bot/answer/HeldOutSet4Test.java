package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The fourth held-out set: 117 questions, a random half (by kind) of 230 written from the post alone by a fourth
 * person who never saw the code nor the other sets. Kept out of every change of the fourth round and scored twice:
 * before it (94/117) and after it (98/117). One miss found then, a regression of that round ("what qemu release was
 * coming up"), was fixed after scoring. After that the set was tuned on (a fifth and a sixth set measure what
 * followed): 112/117, and the misses left are listed here.
 */
class HeldOutSet4Test extends IndependentSetTest {
    /** The misses as found, by kind. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("who gave the talk about ceph / rbd storage for kvm",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("what was big in hallway discussions, according to the intro?",
                    "a detail inside a session's paragraph (or the intro) is not found: no sentence is matched to it"));

    HeldOutSet4Test() {
        super("/answer/independent-heldout-4.json", 115, KNOWN_MISSES);
    }
}
