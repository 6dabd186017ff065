package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The two-hundred-and-sixty-second set, held out: written midway through the twenty-seventh round from the post alone
 * (beliefs, some wrong in one detail), by someone who never saw the code nor the other sets; scored on the code of
 * that moment (97ce275, 190/200) and once when the work was done (bf1a1b0), a clean figure; its misses were read only
 * after that. Its misses are recorded here, by kind.
 */
class HeldOutSet262Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("the person who posted it on this blog is amosk, correct?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("that BOF was about the block layer in qemu, correct?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("the day 2 keynote was about libvirt development, right?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("the QAPI/QOM plan was to get work done before the 2.0 release, right?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("the iommu v2 feature is important for the future of live migration, right?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("the two sessions amit skipped on day 2 were about libvirt and ovirt, right?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("the videos are on youtube right? whats the youtube link",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("red hat and ibm founded the open virtualization alliance, right?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("amit flew in from india, which is why he had jet lag, right?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("gerd's usb 3 work uses the xhci controller, right?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet262Test() {
        super("/answer/independent-heldout-262.json", 191, KNOWN_MISSES);
    }
}
