package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The hundred-and-forty-first set, held out: written midway through the eighteenth round from the post alone (terse,
 * casual chat with typos), by someone who never saw the code nor the other sets; scored on the code of that moment
 * (96410b2, 190/200) and once when the main work was done (0fb34dd, 190/200), a clean figure; its misses were read
 * only after that. Changes after that figure lifted it to 193; one of them was written after a test failure showed one
 * of its questions (a name the post never gives, asked as "name of …'s …"). Its misses are recorded here, by kind.
 */
class HeldOutSet141Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("virtio scsi was 2 ppl right? names?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("who gave the very last talk of the 2 days",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"));

    HeldOutSet141Test() {
        super("/answer/independent-heldout-141.json", 198, KNOWN_MISSES);
    }
}
