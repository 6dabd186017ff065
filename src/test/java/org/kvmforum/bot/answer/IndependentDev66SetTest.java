package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The sixty-sixth set, a dev set of beliefs to confirm or correct, written late in the twelfth round from the post
 * alone; 183/200 on the round's starting code and 184/200 on the code of the day it arrived; tuned on.
 */
class IndependentDev66SetTest extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("Paul wanted to replace pHype with KVM on POWER7, right?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("who talked about running KVM on IBM's new server chips instead of their own hypervisor?",
                    "answered with another session or person"),
            Map.entry("did Michael Tsirkin cover zero-copy receive?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("which talk was about combining the best bits of competing disk image formats?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("QEMU 0.15 was the current release at the time, right?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("when did the native Linux KVM tool project start?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("keynotes got longer slots than the regular 30-minute talks, right?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    IndependentDev66SetTest() {
        super("/answer/independent-dev-66.json", 193, KNOWN_MISSES);
    }
}
