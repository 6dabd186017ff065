package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The twenty-second set, a dev set of the seventh round: 100 facts of the post, each asked once as the post answers
 * it and once as a near miss it does not, written from the post alone by someone who never saw the code nor the other
 * sets. 172/200 when it arrived, then tuned on. Its misses are recorded here, by kind of failure.
 */
class IndependentDev22SetTest extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("Which team at Red Hat is Amit Shah part of?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Which code does the author say he's to blame for?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("In which year did Amit write the original KVM device assignment code?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Which developers or projects did Kevin Wolf single out for NIH syndrome?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Can the IO throttling limits be changed while the guest is running?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("What work still needs to be done before AHCI can be the default?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Which devices still haven't been converted to qdev?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Which client programs support the SPICE protocol?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("How accurate is guessing a guest's working set with MMU notifiers?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    IndependentDev22SetTest() {
        super("/answer/independent-dev-22.json", 191, KNOWN_MISSES);
    }
}
