package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The hundred-and-fourth set, held out: written late in the fifteenth round from the post alone (a realistic mix of
 * users in one server), by someone who never saw the code nor the other sets; scored on the code of that moment
 * (c097ee1, 192/200) and once when the work was done (4a8218e, 192/200), a clean figure; its misses were read only
 * after that. Its misses are recorded here, by kind.
 */
class HeldOutSet104Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("did Avi give the QEMU keynote on day 2? that's what I remember",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("was there a talk about getting KVM running on a non-Linux OS?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("why did the author have trouble with his guest-host comms BOF?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("What was the competing BOF topic that pulled people away?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("could LinuxCon attendees get into the KVM Forum for free?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet104Test() {
        super("/answer/independent-heldout-104.json", 196, KNOWN_MISSES);
    }
}
