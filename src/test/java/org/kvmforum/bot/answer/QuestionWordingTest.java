package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuestionWordingTest {
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

    @Test
    void programWordsRunTogetherOrPaddedAreReadApart() {
        assertEquals("which talks were in the first morning session?",
                QuestionAnswerer.withProgramWordsApart("which talks were in the first-morning session?"));
        assertEquals("who spoke on day two?", QuestionAnswerer.withProgramWordsApart("who spoke on day-two?"));
        assertEquals("all sessions from day 2's first session pls",
                QuestionAnswerer.withProgramWordsApart("everything from day 2's first session pls"));
        assertEquals("were there BOFs on day 2?", QuestionAnswerer.withProgramWordsApart("were there BOFs on day 2 as well?"));
        assertEquals("a two-day event", QuestionAnswerer.withProgramWordsApart("a two-day event"));
    }

    @Test
    void theNameOfSomeonesThingIsAskedAsWhatItIsCalled() {
        assertEquals("what is stefan's in-kernel scsi target called?",
                QuestionAnswerer.withFragmentAsked("name of stefan's in-kernel scsi target"));
        assertEquals("what is Gerd's USB 3 controller called?",
                QuestionAnswerer.withFragmentAsked("what was the name of Gerd's USB 3 controller?"));
        assertEquals("what is the name of the pub?", QuestionAnswerer.withFragmentAsked("what is the name of the pub?"));
    }
}
