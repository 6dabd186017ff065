package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The seventy-seventh set, held out: written at the fourteenth round's start from the post alone (terse, casual chat
 * with typos), by someone who never saw the code nor the other sets; scored on the round's starting code (183/200) and
 * once after the round's first changes (11282ec, 182/200), a clean figure; its misses were read only after that. Its
 * misses are recorded here, by kind.
 */
class HeldOutSet77Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("the talk about running kvm instead of ibm's own hypervisor on power boxes",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("talk on giving guests hw perf counters?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("which one was the sata controller emulation talk",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("session on the remote desktop protocol thing",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("talk about passing a gpu thru to a guest",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("how many ways to give guests a pmu did avi list",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("authors employer",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("amit went to every talk?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("which speakers besides amit are red hat",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("ova founding members?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("when does usb 3 land in qemu",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("who spoke in the slot parallel to andrea's numa talk",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet77Test() {
        super("/answer/independent-heldout-77.json", 188, KNOWN_MISSES);
    }
}
