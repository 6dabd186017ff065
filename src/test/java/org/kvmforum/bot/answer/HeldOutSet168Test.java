package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The hundred-and-sixty-eighth set, held out: written at the start of the twenty-first round from the post alone (a
 * realistic mix of users, some typos), by someone who never saw the code nor the other sets; scored on the code of
 * that moment (b55e23d, 194/200) and once when the work was done (fda3374), a clean figure; its misses were read only
 * after that. Its misses are recorded here, by kind.
 */
class HeldOutSet168Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("Is there a PDF of Rik van Riel's memory talk?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("where is the virtio-scsi spec published",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Is the in-kernel SCSI target Stefan is using LIO or SCST?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet168Test() {
        super("/answer/independent-heldout-168.json", 198, KNOWN_MISSES);
    }
}
