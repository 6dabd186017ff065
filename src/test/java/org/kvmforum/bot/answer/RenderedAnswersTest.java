package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** How answers look once rendered for Discord, where the question sets' checks (strings present) cannot see it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenderedAnswersTest {
    private QuestionSets sets;

    @BeforeAll
    void load() {
        sets = QuestionSets.shared();
    }

    @Test
    void aLinkOfTheProseIsWrappedOnceAgainstEmbeds() {
        String json = sets.reply("where's the link to the Open Virtualization Alliance site?");
        assertTrue(json.contains("<http://www.openvirtualizationalliance.org/index.html>"), json);
        assertFalse(json.contains("<<"), json);
        assertFalse(json.contains("\\\\>"), json);
    }

    @Test
    void anUnknownNameIsEchoedWithoutMarkup() {
        String json = sets.reply("did Linus Torvalds attend?");
        assertTrue(json.contains("never mentions Linus Torvalds"), json);
    }
}
