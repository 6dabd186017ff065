package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores question sets kept outside the sources (a fresh held-out set, a set being written) without adding them
 * to them: {@code mvn test -Dtest=QuestionFileScoreTest -Dquestions.file=/path/a.json,/path/b.json}. Each file's
 * score and every miss go to target/test-figures.log. Skipped in a normal build, where no file is named.
 */
class QuestionFileScoreTest {
    private static final Logger FIGURES = LoggerFactory.getLogger("figures");

    @Test
    void scoresTheNamedFile() {
        String files = System.getProperty("questions.file", "");
        assumeTrue(!files.isBlank(), "no -Dquestions.file given");
        for (String file : files.split(",")) {
            List<QuestionSets.Outcome> outcomes = QuestionSets.shared().runFile(file.strip());
            long passed = outcomes.stream().filter(QuestionSets.Outcome::passed).count();
            FIGURES.info(String.format("%s: %d/%d right%s", file.strip(), passed, outcomes.size(),
                    QuestionSets.misses(outcomes)));
        }
    }
}
