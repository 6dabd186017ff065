package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PronounContractionTest {
    @Test
    void aPronounWithItsVerbIsWrittenOutSoWereIsNoQuestion() {
        assertEquals("We are planning NUMA work. Where are they?",
                QuestionAnswerer.withPronounsUncontracted("We're planning NUMA work. Where are they?"));
        assertEquals("she will know, they would say, he are",
                QuestionAnswerer.withPronounsUncontracted("she\u2019ll know, they'd say, he're"));
    }

    @Test
    void otherApostrophesAreLeftAlone() {
        assertEquals("Avi's keynote wasn't recorded, I'm told",
                QuestionAnswerer.withPronounsUncontracted("Avi's keynote wasn't recorded, I'm told"));
    }
}
