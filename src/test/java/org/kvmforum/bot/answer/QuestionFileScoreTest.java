package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores a question set kept outside the sources (a fresh held-out set, a set being written) without adding it
 * to them: {@code mvn test -Dtest=QuestionFileScoreTest -Dquestions.file=/path/set.json}. The score and every
 * miss go to target/test-figures.log. Skipped in a normal build, where no file is named.
 */
class QuestionFileScoreTest {
    private static final Logger FIGURES = LoggerFactory.getLogger("figures");

    @Test
    void scoresTheNamedFile() {
        String file = System.getProperty("questions.file", "");
        assumeTrue(!file.isBlank(), "no -Dquestions.file given");
        List<QuestionSets.Outcome> outcomes = new QuestionSets().runFile(file);
        long passed = outcomes.stream().filter(QuestionSets.Outcome::passed).count();
        FIGURES.info(String.format("%s: %d/%d right%s", file, passed, outcomes.size(), QuestionSets.misses(outcomes)));
    }
}
