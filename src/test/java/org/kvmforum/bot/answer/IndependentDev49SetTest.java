package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * A dev set written at the start of the eleventh round from the post alone (a general mix in many voices), by someone
 * who never saw the code nor the other sets: 185/200 on the round's starting code, then tuned on. Its misses are
 * recorded here, by kind of failure.
 */
class IndependentDev49SetTest extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("which talk was the one where amit said they're gonna end up replicating qemu",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("what beer did the red hat folks have at the brewery lol",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("who wrote the downstream chardev flow control patches in RHEL/Fedora?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("I'm writing a summary for our internal newsletter. Could you tell me roughly how big KVM Forum 2011 was, where it took place and which bigger event it was attached to? just the basics pls",
                    "a detail or fact asked in other words: the answer does not carry it"));

    IndependentDev49SetTest() {
        super("/answer/independent-dev-49.json", 196, KNOWN_MISSES);
    }
}
