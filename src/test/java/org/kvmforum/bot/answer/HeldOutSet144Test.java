package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The hundred-and-forty-fourth set, held out: written at the start of the nineteenth round from the post alone (a
 * realistic mix of users), by someone who never saw the code nor the other sets; scored on the code of that moment
 * (faf0e46, 196/200) and once when the work was done (197/200), a clean figure; its misses were read only after that.
 * Its misses are recorded here, by kind.
 */
class HeldOutSet144Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("Is there a PDF of Rik van Riel's memory talk?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("who maintains the SPICE project?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet144Test() {
        super("/answer/independent-heldout-144.json", 198, KNOWN_MISSES);
    }
}
