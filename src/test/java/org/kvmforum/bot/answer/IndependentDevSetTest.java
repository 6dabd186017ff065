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
    private static final int SCORE_FLOOR = 103;

    /** Questions the bot does not get right yet, each with why. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("which speaker had worked with the author on PCI device assignment a few years earlier?",
                    "the author's past work with a speaker is in one paragraph's aside; neither words nor meaning tie it to Allen Kay's session"),
            Map.entry("is there a link to the lwn article about the smartos licensing question?",
                    "the model keeps slides links per session, not the other links of a paragraph (lwn.net)"),
            Map.entry("on day 2, what was the last talk before the parallel tracks started?",
                    "the model has parts of days, not the point where the tracks split"),
            Map.entry("how many sessions did the author skip on day 2 afternoon while talking to people?",
                    "the author's skipped sessions are not in the model"),
            Map.entry("which language did people want to move qemu to instead of C?",
                    "the meaning of the question is the BOF on moving QEMU away from C, which is answered; the post does not name the language"));

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
