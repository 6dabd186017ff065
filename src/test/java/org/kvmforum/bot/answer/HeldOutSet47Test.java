package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The forty-seventh set, held out: written at the start of the eleventh round from the post alone (several kinds of
 * asker), by someone who never saw the code nor the other sets; scored on the round's starting code (188/200) and once
 * when the main work was done (189/200), never looked at in between. After that score its misses were read, which made
 * it 190: a figure that is no longer clean. Its misses are recorded here, by kind of failure.
 */
class HeldOutSet47Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("who is behind the qemu feature that stops guests from going over their disk io quota",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("can somebody explain post-copy migration like i'm 5? how does it work according to the post",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("what was special about alex graf's slides",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("the final dinner was hosted by red hat's CEO, right?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("what's the name of the custom firmware they boot on POWER7 instead of the pHype one?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("sorry my english not so good. the FVD format that Kevin mention, what is the full name of it?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("im a sysadmin and we already use cgroups for cpu limits. for ryan harper's io throttling thing, which cgroup controller does it use exactly, blkio?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet47Test() {
        super("/answer/independent-heldout-47.json", 193, KNOWN_MISSES);
    }
}
