package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The hundred-and-twenty-fourth set, for development: written at the seventeenth round's start from the post alone (a
 * realistic mix of users in one server), by someone who never saw the code; 196/200 on the round's starting code,
 * 197/200 when the work was done. Its misses are recorded here, by kind.
 */
class IndependentDev124SetTest extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("What OS did Bryan Cantrill's team port KVM to and what is it a clone of?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("What did the attendee feedback survey say about the forum?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("What was the keynote topic at the first KVM Forum in 2008?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    IndependentDev124SetTest() {
        super("/answer/independent-dev-124.json", 197, KNOWN_MISSES);
    }
}
