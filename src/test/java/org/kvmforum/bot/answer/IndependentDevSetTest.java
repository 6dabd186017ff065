package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The independent dev set: questions written from the post alone by someone who never saw the code, one
 * dynamic test per question so that a miss names itself. A question in {@link #KNOWN_MISSES} is aborted
 * (reported as skipped, with its reason) instead of failing; the set's overall score is held at or above
 * {@link #SCORE_FLOOR} so that a change that loses questions shows even when it loses only known misses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndependentDevSetTest {
    private static final String SET = "/answer/independent-dev.json";

    /** Right answers out of the set's questions, as reached on this set; never lowered to make a build pass. */
    private static final int SCORE_FLOOR = 84;

    /** Questions the bot does not get right yet, each with why. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("which speaker had worked with the author on PCI device assignment a few years earlier?",
                    "open since before issue 10: missing speaker \"Allen Kay\""),
            Map.entry("is there a link to the lwn article about the smartos licensing question?",
                    "open since before issue 10: missing link https://lwn.net/Articles/455008/"),
            Map.entry("on day 2, what was the last talk before the parallel tracks started?",
                    "open since before issue 10: talks not presented: [USB subsystem"),
            Map.entry("what was the first afternoon talk the author went to on day 1?",
                    "open since before issue 10: talks not presented: [future of Memory Management in KVM"),
            Map.entry("what were the afternoon talks on day 1 in the writeup?",
                    "open since before issue 10: talks not presented: [future of Memory Management in KVM"),
            Map.entry("how many sessions did the author skip on day 2 afternoon while talking to people?",
                    "open since before issue 10: ephemeral (treated as not in the post)"),
            Map.entry("what was the downside of the shorter talk slots?",
                    "open since before issue 10: contains none of [\"Q&A\""),
            Map.entry("link to the official kvm forum 2011 page?",
                    "open since before issue 10: ephemeral (treated as not in the post)"),
            Map.entry("what topics were the attendees discussing this year?",
                    "open since before issue 10: contains none of [\"optimi\"]"),
            Map.entry("what time did avi's keynote start?",
                    "open since before issue 10: not ephemeral"),
            Map.entry("who does bryan cantrill work for?",
                    "open since before issue 10: not ephemeral"),
            Map.entry("which company is Paul Mackerras employed by?",
                    "open since before issue 10: not ephemeral"),
            Map.entry("what company was allen kay working for at the time?",
                    "open since before issue 10: not ephemeral"),
            Map.entry("is there a direct youtube link to the qdev talk video?",
                    "open since before issue 10: not ephemeral"),
            Map.entry("what talks were in the other parallel track on day 2 afternoon that the author didn't go to?",
                    "open since before issue 10: not ephemeral"),
            Map.entry("which talks ran in the other track on day 1 afternoon?",
                    "open since before issue 10: not ephemeral"),
            Map.entry("what was the name of the pub they went to after day 1?",
                    "open since before issue 10: not ephemeral"),
            Map.entry("how many people attended kvm forum 2010?",
                    "open since before issue 10: not ephemeral"),
            Map.entry("when was qemu 1.0 actually released?",
                    "open since before issue 10: not ephemeral"),
            Map.entry("how many IOPS did AHCI get in alex graf's benchmarks?",
                    "open since before issue 10: not ephemeral"),
            Map.entry("was the beer at the pub free, who paid?",
                    "open since before issue 10: not ephemeral"),
            Map.entry("what were the benchmark results for post-copy migration that Anthony asked for?",
                    "open since before issue 10: not ephemeral"),
            Map.entry("what license is illumos released under?",
                    "open since before issue 10: not ephemeral"),
            Map.entry("what questions did the audience ask after the virtio-scsi talk?",
                    "open since before issue 10: not ephemeral"));

    private List<QuestionSets.Outcome> outcomes;

    @BeforeAll
    void run() {
        outcomes = new QuestionSets().run(SET);
    }

    @TestFactory
    Stream<DynamicTest> eachQuestion() {
        return outcomes.stream().map(outcome -> DynamicTest.dynamicTest(outcome.question(), () -> {
            String reason = KNOWN_MISSES.get(outcome.question());
            if (!outcome.passed() && reason != null) {
                abort("known miss: " + reason);
            }
            assertTrue(outcome.passed(), QuestionSets.misses(List.of(outcome)));
        }));
    }

    @Test
    void scoreStaysAtOrAboveTheFloor() {
        long passed = outcomes.stream().filter(QuestionSets.Outcome::passed).count();
        System.out.printf("independent dev set: %d/%d right%s%n", passed, outcomes.size(),
                QuestionSets.misses(outcomes));
        assertTrue(passed >= SCORE_FLOOR, passed + " right, under the floor of " + SCORE_FLOOR
                + QuestionSets.misses(outcomes));
    }
}
