package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The project's own question sets, judged on the rendered replies, one dynamic test per question so that a miss
 * names itself: every sample question the project was given, and every question of the team's own, larger and
 * differently worded set. Neither has known misses: a question that is not answered right yet is not added.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionSetsTest {
    /** Measured figures, for target/test-figures.log (see logback-test.xml), not the console. */
    private static final org.slf4j.Logger FIGURES = org.slf4j.LoggerFactory.getLogger("figures");

    private QuestionSets sets;

    @BeforeAll
    void load() {
        sets = QuestionSets.shared();
    }

    @TestFactory
    Stream<DynamicTest> everySampleQuestionIsAnsweredRight() {
        return eachOf("samples", sets.run("/answer/sample-questions.json"));
    }

    @TestFactory
    Stream<DynamicTest> everyOwnQuestionIsAnsweredRight() {
        List<QuestionSets.Outcome> outcomes = sets.run("/answer/own-questions.json");
        assertTrue(outcomes.size() >= 60, "the own set must have at least 60 questions");
        return eachOf("own questions", outcomes);
    }

    private static Stream<DynamicTest> eachOf(String name, List<QuestionSets.Outcome> outcomes) {
        long passed = outcomes.stream().filter(QuestionSets.Outcome::passed).count();
        FIGURES.info(String.format("%s: %d/%d right (%.1f%%)%s", name, passed, outcomes.size(),
                100.0 * passed / Math.max(1, outcomes.size()), QuestionSets.misses(outcomes)));
        return outcomes.stream().map(outcome -> DynamicTest.dynamicTest(outcome.question(),
                () -> assertTrue(outcome.passed(), QuestionSets.misses(List.of(outcome)))));
    }
}
