package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The first held-out set: the other half of the independent questions ({@link IndependentDevSetTest} has the
 * first), split at random by kind of question before any change was made, and scored twice: on the code before
 * the hybrid index (78/105) and after it (81/105). Its misses are recorded here, by kind, as they were found.
 * Having been looked at, it is no longer held out: a later change is judged on a fresh set.
 */
class HeldOutSetTest extends IndependentSetTest {
    /** The misses as found when the set was scored after the hybrid index, by kind. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("who gave the talk on limiting how much disk I/O a VM can do",
                    "a session asked for in other words than the post's is not found"),
            Map.entry("which presenter argued that emulated SATA should become the default disk controller instead of IDE?",
                    "a session asked for in other words than the post's is not found"),
            Map.entry("who talked about copying a running guest's disk to new storage without stopping it",
                    "a session asked for in other words than the post's is not found"),
            Map.entry("who asked for benchmark results for post-copy migration?",
                    "someone named in a session's paragraph who is not its speaker is not found"),
            Map.entry("which popular OS doesn't support AHCI out of the box, per the AHCI talk?",
                    "a session asked for in other words than the post's is not found"),
            Map.entry("what talk closed out the report of the forum",
                    "a question about the program's order or shape (last, before the split, twice, the tracks) is not read"),
            Map.entry("which talk ran just before the tracks split on the first day?",
                    "a question about the program's order or shape (last, before the split, twice, the tracks) is not read"),
            Map.entry("which speakers presented twice?",
                    "a question about the program's order or shape (last, before the split, twice, the tracks) is not read"),
            Map.entry("which parallel-track talks did the author attend on the second day?",
                    "a question about the program's order or shape (last, before the split, twice, the tracks) is not read"),
            Map.entry("which talks dealt with memory management?",
                    "a session asked for in other words than the post's is not found"),
            Map.entry("why were the talks cut down to short slots this year?",
                    "a question about the event whose answer is one of the post's sentences is not matched to it"),
            Map.entry("why couldn't the author see every talk",
                    "a question about the event whose answer is one of the post's sentences is not matched to it"),
            Map.entry("Was KVM Forum 2011 a single day event?",
                    "a question about the event whose answer is one of the post's sentences is not matched to it"),
            Map.entry("what were the two sessions the author missed on day 2?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("which brewery did the red hat people go to?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("who gave the other lightning talk besides dan magenheimer?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("who gave the talk on windows guest drivers (virtio-win)?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("how many talk submissions did the forum get?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("which kernel version did VFIO get merged in?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("how long were the lightning talks?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("who gave the talk on nested virtualization?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("how many people went to the red hat dinner?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("where can I get the source code for Takahiro Hirofuchi's postcopy implementation?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("when did the kvm ARM port finally get merged upstream?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    @Override
    String set() {
        return "/answer/independent-heldout.json";
    }

    @Override
    int scoreFloor() {
        return 81;
    }

    @Override
    Map<String, String> knownMisses() {
        return KNOWN_MISSES;
    }
}
