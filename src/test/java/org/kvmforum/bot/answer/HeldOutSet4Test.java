package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The fourth held-out set: 117 questions, a random half (by kind) of 230 written from the post alone by a fourth
 * person who never saw the code nor the other sets. Kept out of every change of the fourth round and scored twice:
 * before it (94/117) and after it (98/117). One miss found then, a regression of that round ("what qemu release was
 * coming up"), was fixed after scoring, so the set now scores 99; its misses are recorded here as found.
 */
class HeldOutSet4Test extends IndependentSetTest {
    /** The misses as found, by kind. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("what did Avi present right after the qemu keynote?",
                    "a question about the author's path through the program (the track he sat in, the talks around a gap) is not read"),
            Map.entry("which talks did the author catch in the day 2 parallel tracks",
                    "a question about the author's path through the program (the track he sat in, the talks around a gap) is not read"),
            Map.entry("which two talks came right after juan quintela's session?",
                    "a question about the author's path through the program (the track he sat in, the talks around a gap) is not read"),
            Map.entry("what food was served at the dinner",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("who presented kvm-autotest",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("what talk ran in parallel with andrea arcangeli's?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("how many slides did the power7 deck have",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Dans quelle salle a eu lieu la présentation sur qdev ?",
                    "a question in another language uses a word the glossary lacks"),
            Map.entry("what races did anthony find in the chardev code exactly",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("which city hosted the very first kvm forum in 2008",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("who gave the talk about ceph / rbd storage for kvm",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("who presented about passing a graphics card through to a guest",
                    "a session asked for in other words than the post's is not found by words or meaning"),
            Map.entry("which distros carry the non-upstream chardev flow control patches",
                    "a detail inside a session's paragraph (or the intro) is not found: no sentence is matched to it"),
            Map.entry("what's illumos, per the post?",
                    "a detail inside a session's paragraph (or the intro) is not found: no sentence is matched to it"),
            Map.entry("Mit welcher Konferenz war das Forum zusammengelegt?",
                    "a question in another language uses a word the glossary lacks"),
            Map.entry("which newer formats is kevin taking ideas from",
                    "a detail inside a session's paragraph (or the intro) is not found: no sentence is matched to it"),
            Map.entry("what org was mentioned as bridging the kvm marketing gap",
                    "a detail inside a session's paragraph (or the intro) is not found: no sentence is matched to it"),
            Map.entry("what qemu release was coming up",
                    "a detail inside a session's paragraph (or the intro) is not found: no sentence is matched to it"),
            Map.entry("what was big in hallway discussions, according to the intro?",
                    "a detail inside a session's paragraph (or the intro) is not found: no sentence is matched to it"));

    HeldOutSet4Test() {
        super("/answer/independent-heldout-4.json", 98, KNOWN_MISSES);
    }
}
