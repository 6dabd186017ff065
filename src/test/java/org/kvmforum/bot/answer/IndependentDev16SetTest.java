package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The sixteenth set, a dev set: 200 questions written from the post alone midway through the sixth round, in ten
 * users' voices (one checking half-remembered beliefs, one a skeptic asking what the post does not say), by someone
 * who never saw the code nor the other sets. Tuned on: 145/200 on the round's starting code, 147 on arrival, then
 * tuned on. Its misses are recorded here, by kind of failure.
 */
class IndependentDev16SetTest extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("pmu virt deck link?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("does the writeup say which xHCI controller model qemu will emulate for USB 3?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("which talk was about stopping one VM from hogging all the disk activity?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("which old version of windows didn't support AHCI out of the box?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("what's the difference between QED and FVD?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Alex Graf's talk - what stood out about the slides themselves?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("What security pitfalls came up in the virtio networking talk?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Why didn't Anthony's separate-trees proposal from last year go down well?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Why did the author originally make kvm.ko act as the device driver for assigned devices?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("I'm pretty sure QEMU 1.0 was already out by the time of the forum?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("Which GPUs did Allen Kay get working with graphics assignment?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    IndependentDev16SetTest() {
        super("/answer/independent-dev-16.json", 189, KNOWN_MISSES);
    }
}
