package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The two-hundred-and-forty-first set, held out: written at the start of the twenty-sixth round from the post alone
 * (terse chat), by someone who never saw the code nor the other sets; scored before any change (8cc99e0, 185/200) and
 * once when the work was done (92f1f14), a clean figure; its misses were read only after that. Its misses are recorded
 * here, by kind.
 */
class HeldOutSet241Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("short slots downside?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("which usb3 controller model does qemu emulate",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("event idx guy",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("event idx is sort of like",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("did avi mention xen in his keynote",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("which os besides xp lacks ahci",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("license of the illumos kvm port",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("nkt talk am or pm",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("whats the red hat cto name",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("link to original blog post",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("did io throttling land in qemu 1.0",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("which lang would qemu move to from c",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("qcow talk d1 or d2, am/pm",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("zero-copy tx in which kernel",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("did linus show up",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet241Test() {
        super("/answer/independent-heldout-241.json", 187, KNOWN_MISSES);
    }
}
