package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An abbreviation counts as written out only where capitalised words beside it spell its letters. */
class UnstatedSpellingTest {
    private static final List<String> SENTENCES = List.of(
            "He talked about QAPI and QOM, the QEMU Object Model.",
            "He is merging the best ideas of QED and FVD, the newest formats.");

    @Test
    void anAbbreviationFollowedByItsWordsIsSpelledOut() {
        assertTrue(Unstated.spelledOut(SENTENCES, "QOM"));
        assertTrue(Unstated.spelledOut(SENTENCES, "qom"));
    }

    @Test
    void anAbbreviationOnlyNamedIsNot() {
        assertFalse(Unstated.spelledOut(SENTENCES, "FVD"));
        assertFalse(Unstated.spelledOut(SENTENCES, "QED"));
    }

    @Test
    void capitalisedWordsThatOnlyStartTheLettersDoNotCount() {
        assertFalse(Unstated.spelledOut(List.of("QEMU Object handling was discussed."), "QOM"));
    }
}
