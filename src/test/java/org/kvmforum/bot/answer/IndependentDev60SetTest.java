package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The sixtieth set, a dev set of the harder kinds (talks described by what they do, remarks, beliefs as statements,
 * comparisons, order across days), written at the twelfth round's start from the post alone; tuned on. 187/200 on
 * the round's starting code.
 */
class IndependentDev60SetTest extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("what session covered guests letting the host know which of their pages aren't being used?",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("which session was about cutting down the number of notifications between guest and host for network packets?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("was there a talk on giving a guest VM its own video card?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("how did the tone of the SmartOS talk compare with Juan Quintela's migration talk?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("where did Allen Kay's graphics assignment experience come from?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("what downtime did Takahiro Hirofuchi measure for post-copy migration?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("what was on Andrea's TODO list besides NUMA?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("what did attendees think of the 30-minute slots in the feedback survey?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    IndependentDev60SetTest() {
        super("/answer/independent-dev-60.json", 192, KNOWN_MISSES);
    }
}
