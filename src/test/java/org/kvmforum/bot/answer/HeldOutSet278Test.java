package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The two-hundred-and-seventy-eighth set, held out: written at the start of the twenty-ninth round from the post
 * alone (beliefs, some wrong in one detail), by someone who never saw the code nor the other sets; scored before any
 * change (efad80d, 189/200) and once when the work was done (3039cfb), a clean figure; its misses were read only
 * after that. Its misses are recorded here, by kind.
 */
class HeldOutSet278Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("it was in Seattle this year wasn't it?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("the repost went up on Aug 23 2011, right?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Amit's a Red Hat guy, right?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("the kvm tool talk is what closed out the first morning?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("Rik's talk covered automatic CPU hotplug too, right?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Illumos is under the CDDL, is that what Bryan said?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("was the LWN licensing article written by Jon Corbet?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("the working set could be guessed using the balloon driver, right?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("the Red Hat folks went to a nearby winery after day 2, right?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"));

    HeldOutSet278Test() {
        super("/answer/independent-heldout-278.json", 191, KNOWN_MISSES);
    }
}
