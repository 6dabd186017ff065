package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * A dev set written in the middle of the tenth round from the post alone, by someone who never saw the code nor
 * the other sets: 182/200 on the round's starting code and 183/200 on the code of the day it arrived, then tuned
 * on. Its misses are recorded here, by kind of failure.
 */
class IndependentDev44SetTest extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("we run a lot of guests with transparent hugepages on. i read that rik's free page hinting could help memory utilisation in host and guest, but is there a catch mentioned anywhere?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("i'm trying to reproduce ryan harper's io throttling setup on my box. the post says it uses cgroups but which controller exactly, blkio?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("besides numa, what other TODO items were on andrea's list",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("which non model-specific pmu features can be exposed to all guests",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("what firmware did paul mackerras use on power7 instead of the default one",
                    "a question the post does not answer is answered with the nearest session or fact"));

    IndependentDev44SetTest() {
        super("/answer/independent-dev-44.json", 195, KNOWN_MISSES);
    }
}
