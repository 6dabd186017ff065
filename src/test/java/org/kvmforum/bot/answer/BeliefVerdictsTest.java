package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kvmforum.bot.library.Library;

/**
 * The yes or no a belief gets must hold for every detail it states, not only the one the answer is built on: the
 * question sets' judge reads only names, titles and words, so a "Yes" over a wrong detail would pass there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BeliefVerdictsTest {
    private QuestionAnswerer answerer;
    private QuestionAnswerer twoEvents;

    @BeforeAll
    void load() throws Exception {
        answerer = Library.load(Path.of("content")).answers();
        twoEvents = Library.load(Path.of("src/test/resources/content/two-events")).answers();
    }

    private static void opens(String opening, Answer answer) {
        assertTrue(answer.answered() && answer.text().startsWith(opening), answer.text());
    }

    @Test
    void theRightSpeakerOnTheWrongDayIsNoYes() {
        opens("No, not on day 1: the talk “performance monitoring in KVM guests” by Avi Kivity (day 2, morning).",
                answerer.answer("Avi's performance monitoring talk was on day 1, correct?"));
        opens("No, not in the afternoon:", answerer.answer("Alex Graf's AHCI talk was in the afternoon, right?"));
        opens("No, not on day 1 in the afternoon:",
                answerer.answer("Alex Graf's AHCI talk was in the day 1 afternoon, wasn't it?"));
        opens("Yes: the talk “AHCI” by Alex Graf (day 2, morning).",
                answerer.answer("Alex Graf's AHCI talk was on day 2, right?"));
    }

    @Test
    void theDayOfAnotherYearsSessionIsCheckedTheSameWay() {
        opens("No, not on day 1:", twoEvents.answer("Kenji Watanabe's RDMA migration talk at KVM Forum 2012 was on"
                + " day 1, right?"));
    }

    @Test
    void aDayThatPlacesTheSessionItIsSetAgainstIsNoDayOfItsOwn() {
        opens("Yes", answerer.answer("Gerd's USB talk was the last one before the parallel tracks on day 2, right?"));
    }

    @Test
    void aDemoPutUpAsABeliefIsRefusedOnlyWhereThePostNeverSpeaksOfOne() {
        Answer never = answerer.answer("Gerd demoed USB 3 passthrough live during his talk, right?");
        assertTrue(!never.answered() && never.text().startsWith("The post does not say whether anything was shown"),
                never.text());
        Answer spoken = twoEvents.answer("Ingrid Solberg gave a demo of three levels of guests at KVM Forum 2012,"
                + " right?");
        assertTrue(spoken.answered() && spoken.text().contains("Ingrid Solberg"), spoken.text());
    }

    @Test
    void aFigureThePostNeverGivesIsBorneOutByNothing() {
        Answer never = answerer.answer("Ryan's IO throttling cut guest IO latency by 40%, right?");
        assertTrue(!never.answered() && never.text().contains("40"), never.text());
        Answer version = answerer.answer("io throttling landed in qemu 0.15, right?");
        assertTrue(!version.answered() && version.text().startsWith("The post does not say so: it never gives 0.15."),
                version.text());
        // The id in a Discord mention is no figure.
        assertTrue(answerer.answer("<@123456789012345678> gave the VFIO talk on day 2, right?").answered());
        Answer mentioned = answerer.answer(
                "Someone said <@123456789012345678> gave the qdev talk. Is that who presented it?");
        assertTrue(mentioned.answered() && mentioned.text().contains("Markus Armbruster"), mentioned.text());
        // A figure that is part of a name set against another name of the paragraph is still a correction.
        assertTrue(answerer.answer("the notable OS without AHCI out of the box was Windows 7, right?").answered());
    }
}
