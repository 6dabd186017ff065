package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which sentence of a question is the one asked, when the asker adds a clause of their own. */
class MainClauseTest {
    @Test
    void theAskersOwnClauseAfterADashIsContext() {
        assertEquals("Please list all the talks from the first session of day two",
                MainClause.of("Please list all the talks from the first session of day two — I'm building a wiki page"
                        + " of that morning."));
    }

    @Test
    void aDashInsideAShortNameJoinsIt() {
        assertEquals("who ran the guest - host communication BOF?",
                MainClause.of("who ran the guest - host communication BOF?"));
    }
}
