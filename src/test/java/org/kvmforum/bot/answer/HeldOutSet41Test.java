package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The forty-first set, held out: written at the start of the tenth round from the post alone, by someone who never
 * saw the code nor the other sets; scored on the round's starting code (187/200) and once at its end (191/200), never
 * looked at in between. After that score its misses were read and kinds the dev sets share were taken ("went after"
 * something, slides asked for with "read" or "online", a British spelling, a person's talks counted), which made it
 * 194: a figure that is no longer clean. Its misses are recorded here, by kind of failure.
 */
class HeldOutSet41Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("operator here. we're on qemu with IDE disks for a bunch of older windows guests and I'm looking at whether to switch. in the ahci talk, which windows version was called out as not supporting ahci out of the box?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("we're planning to pass through a few NICs to guests and currently use the old in-kernel pci assignment. at kvm forum 2011 there was a talk on a new way of doing this, who gave it and where are the slides?",
                    "answered with another session or person"),
            Map.entry("hey so i missed kvm forum 2011, were the afternoon talks all in one room or split into multiple tracks?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("which amd cpus ship with iommu v2",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet41Test() {
        super("/answer/independent-heldout-41.json", 196, KNOWN_MISSES);
    }
}
