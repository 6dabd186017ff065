package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The fifty-second set, held out: written midway through the eleventh round from the post alone, by someone who never
 * saw the code nor the other sets; scored on the round's starting code (188/200) and once when the main work was done
 * (190/200), never looked at in between. After that score its misses were read, which made it 191: a figure that is no
 * longer clean. Its misses are recorded here, by kind of failure.
 */
class HeldOutSet52Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("who paid for / hosted the red hat dinner at the end",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("why did the guest-host comms BOF go nowhere",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("how does ahci perf compare to the others",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("what hybrid pre-copy/post-copy idea does the post float for migration",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("did anthony merge the chardev flow control patches at the forum",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("During the chardev BOF Anthony apparently pointed out races in the existing implementation. What exactly were those races, technically?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet52Test() {
        super("/answer/independent-heldout-52.json", 195, KNOWN_MISSES);
    }
}
