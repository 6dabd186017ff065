package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The twenty-fourth set, held out at the end of the seventh round: 200 questions written from the post alone by
 * someone who never saw the code nor the other sets, and never tuned on. Scored twice: 189/200 on the code the round's
 * main work left (bb8cf78) and 189/200 after its last changes (747a31c). Looked at since; its misses are recorded
 * here, by kind of failure.
 */
class HeldOutSet24Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("What was discussed at the BOF the author organised?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("what's the USB 3 controller that QEMU emulates called, xHCI?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet24Test() {
        super("/answer/independent-heldout-24.json", 198, KNOWN_MISSES);
    }
}
