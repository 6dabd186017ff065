package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The question sets, judged on the rendered replies: every sample question the project was given must be
 * answered right; the team's own, larger and differently worded set must reach a high bar, with each miss
 * printed so it can be looked at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionSetsTest {
    /** Measured figures, for target/test-figures.log (see logback-test.xml), not the console. */
    private static final org.slf4j.Logger FIGURES = org.slf4j.LoggerFactory.getLogger("figures");

    /** The own set's bar: high, but one odd phrasing must not block a build. */
    private static final double OWN_SET_BAR = 0.95;

    private QuestionSets sets;

    @BeforeAll
    void load() {
        sets = new QuestionSets();
    }

    @Test
    void everySampleQuestionIsAnsweredRight() {
        List<QuestionSets.Outcome> outcomes = sets.run("/answer/sample-questions.json");
        report("samples", outcomes);
        assertTrue(outcomes.stream().allMatch(QuestionSets.Outcome::passed), QuestionSets.misses(outcomes));
    }

    @Test
    void ownQuestionsReachTheBar() {
        List<QuestionSets.Outcome> outcomes = sets.run("/answer/own-questions.json");
        double accuracy = report("own questions", outcomes);
        assertTrue(outcomes.size() >= 60, "the own set must have at least 60 questions");
        assertTrue(accuracy >= OWN_SET_BAR, String.format("accuracy %.1f%% is under %.0f%%:%s", 100 * accuracy,
                100 * OWN_SET_BAR, QuestionSets.misses(outcomes)));
    }

    private static double report(String name, List<QuestionSets.Outcome> outcomes) {
        long passed = outcomes.stream().filter(QuestionSets.Outcome::passed).count();
        double accuracy = outcomes.isEmpty() ? 0 : (double) passed / outcomes.size();
        FIGURES.info(String.format("%s: %d/%d right (%.1f%%)%s", name, passed, outcomes.size(), 100 * accuracy,
                QuestionSets.misses(outcomes)));
        return accuracy;
    }
}
