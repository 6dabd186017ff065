package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The fifty-fifth set, held out: written late in the eleventh round from the post alone (several kinds of asker), by
 * someone who never saw the code nor the other sets; scored on the round's starting code (189/200) and once on its
 * last code (190/200), never looked at before. A clean figure. Its misses are recorded here, by kind of failure.
 */
class HeldOutSet55Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("i run a bunch of desktop VMs over a slow WAN link, was anything presented about remote display?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("What hybrid migration idea is suggested in the post?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("what was the authors take on the native linux kvm tool?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("was the red hat dinner hosted by the CEO?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("what firmware does linux use on POWER7 when replacing pHype, SLOF or something else?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("what's the cluster size or on-disk layout of QCOW3?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("what's the name of Stefan's in-kernel SCSI target, LIO?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("who else worked on yabusame besides Takahiro Hirofuchi?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("who wrote the VFIO code originally?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet55Test() {
        super("/answer/independent-heldout-55.json", 191, KNOWN_MISSES);
    }
}
