package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The word tests that other rules lean on: forms of one verb. */
class CuesTest {
    @Test
    void formsOfOneVerbAreTheSameVerb() {
        assertTrue(Cues.sameVerb("wrote", "written"), "irregular forms");
        assertTrue(Cues.sameVerb("working", "worked"), "regular forms, by their stem");
        assertTrue(Cues.sameVerb("write", "wrote"));
        assertFalse(Cues.sameVerb("developing", "development"), "a noun made from a verb is not the verb");
        assertFalse(Cues.sameVerb("wrote", "raised"));
    }
}
