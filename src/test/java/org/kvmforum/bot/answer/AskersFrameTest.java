package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AskersFrameTest {
    @Test
    void whoAsksBeforeACommaIsLeftOut() {
        assertEquals("why did the forum shorten its talk slots?",
                AskersFrame.without("As a program committee volunteer, why did the forum shorten its talk slots?"));
    }

    @Test
    void whatTheAnswerIsForIsLeftOutAtEitherEnd() {
        assertEquals("I'd like the slides from the QEMU keynote.",
                AskersFrame.without("I'd like the slides from the QEMU keynote for our contributor onboarding docs."));
        assertEquals("what was the number of attendees?",
                AskersFrame.without("For a metrics slide, I need the number of attendees. What was it?"));
    }

    @Test
    void theAskerDoubtingTheirMemoryBetweenBeliefAndQuestionIsLeftOut() {
        assertEquals("I thought Stefan did the IO throttling talk. Who actually gave it?",
                AskersFrame.without("I thought Stefan did the IO throttling talk. Am I mixing people up? Who actually"
                        + " gave it?"));
        // At the end it is the question itself.
        assertEquals("Stefan did the IO throttling talk. Am I wrong?",
                AskersFrame.without("Stefan did the IO throttling talk. Am I wrong?"));
    }

    @Test
    void anEmbeddedQuestionIsTheQuestionWhenNothingFollowsIt() {
        assertEquals("when the SmartOS talk happened?",
                AskersFrame.without("I was in another hall and want to know when the SmartOS talk happened."));
        assertEquals("is it true that the talks were recorded?",
                AskersFrame.without("I'm curious whether the talks were recorded."));
    }

    @Test
    void aClauseOfItsOwnBeforeTheFrameStaysAsContextButTheAskersOwnGoes() {
        assertEquals("Asias He's name popped up in a commit log. what he presented: Which talk was it?",
                AskersFrame.without("Asias He's name popped up in a commit log and I want to know what he presented. "
                        + "Which talk was it?"));
        assertEquals("when the author did. After which session did he skip two talks?",
                AskersFrame.without("I also tend to skip talks, and I'm curious when the author did. "
                        + "After which session did he skip two talks?"));
    }

    @Test
    void aQuestionAfterTheEmbeddedOneStaysTheQuestion() {
        assertEquals("where things are heading. What was Markus Armbruster's talk?",
                AskersFrame.without("I maintain a device model and need to know where things are heading. "
                        + "What was Markus Armbruster's talk?"));
    }

    @Test
    void whatTheAskerNeedsIsAskedWhenTheQuestionPointsBackAtIt() {
        assertEquals("what were the exact dates the forum took place?",
                AskersFrame.without("I'm filling in an expense report and need the exact dates the forum took "
                        + "place. What were they?"));
    }

    @Test
    void aQuestionWithoutAFrameIsLeftAsItIs() {
        String[] plain = {"who gave the virtio-scsi talk?", "For the virtio-scsi talk, who were the speakers?",
            "I need to buy GPUs for a lab. Which vendors did Allen Kay name?",
            "I'm writing up notes for my team (we lean on ZFS a lot) — which talk touched ZFS?"};
        for (String question : plain) {
            assertEquals(question, AskersFrame.without(question));
        }
    }

    @Test
    void theAskersReasonAfterACommaIsLeftOut() {
        assertEquals("which talk opened day 2's afternoon?",
                AskersFrame.without("which talk opened day 2's afternoon, since I want to start watching from there?"));
        assertEquals("which talk closed the first morning?",
                AskersFrame.without("which talk closed the first morning, so I can tell where the lunch break fell?"));
        // Someone else's reason is part of what is asked.
        assertEquals("why were the slots short, since the speakers had a lot to say?",
                AskersFrame.without("why were the slots short, since the speakers had a lot to say?"));
    }

    @Test
    void theAskersOwnSentencesAfterTheQuestionAreLeftOut() {
        assertEquals("where is its website?", AskersFrame.without(
                "where is its website? I'd like to check whether my company should join."));
        assertEquals("When was the IOMMU talk?", AskersFrame.without(
                "When was the IOMMU talk? I only had a pass for one day. My boss paid for it."));
        // Kept when told to, for a question that finds nothing without them.
        assertEquals("who did the GPU talk? we pass graphics cards to VMs", AskersFrame.without(
                "who did the GPU talk? we pass graphics cards to VMs", true));
    }

    @Test
    void aBeliefOrARequestAfterTheQuestionIsPartOfIt() {
        for (String question : List.of("Who gave the POWER7 talk? I think it was Paul.",
                "Who gave the VFIO talk? I'd like the slides too.",
                "When was the IOMMU talk? Someone said day 1.")) {
            assertEquals(question, AskersFrame.without(question));
        }
    }

    @Test
    void whatTheAnswerIsForBeforeAColonIsLeftOut() {
        assertEquals("on which day were the lightning talks held?",
                AskersFrame.without("For my conference notes: on which day were the lightning talks held?"));
    }

    @Test
    void theAskersClauseNamingSomeoneStaysToSayWhoHeIs() {
        assertEquals("I only know Asias He from mailing list posts. what he was working on: What did he present?",
                AskersFrame.without("I only know Asias He from mailing list posts and I'm curious what he was working on."
                        + " What did he present?"));
        // An acronym names no one: the asker's clause goes.
        assertEquals("what topics the BOFs covered?",
                AskersFrame.without("I'm organising a BOF track and I'm curious what topics the BOFs covered."));
    }

    @Test
    void aReasonGoesBeforeAnyFrameInItIsRead() {
        assertEquals("I'm trying to pin down the SPICE talk. Which day was it?", AskersFrame.without(
                "I'm trying to pin down the SPICE talk, because I'd like to know if it clashed with anything. Which day was it?"));
    }

    @Test
    void whatTheAskerGathersIsReadAsTheSentenceItself() {
        assertEquals("Anthony Liguori gave a keynote. Which day was it?",
                AskersFrame.without("I gather Anthony Liguori gave a keynote. Which day was it?"));
        assertEquals("Who did the author gather for it?", AskersFrame.without("Who did the author gather for it?"));
    }

    @Test
    void aPoliteHedgeOnTheRequestIsLeftOut() {
        assertEquals("Can you list every talk of the first morning, in order?",
                AskersFrame.without("Can you list every talk of the first morning, in order if possible?"));
        assertEquals("who opened day 2?", AskersFrame.without("who opened day 2, if you know?"));
        // "if" that asks something stays: "if the talks were recorded" is the question.
        assertEquals("Do you know if the talks were recorded?",
                AskersFrame.without("Do you know if the talks were recorded?"));
    }

    @Test
    void whatTheAskerIsMakingIsLeftOutAndTheDayStays() {
        assertEquals("of the second day of KVM Forum 2011, who opened that day?", AskersFrame.without(
                "For a timeline I'm drawing of the second day of KVM Forum 2011, who opened that day?"));
        // Without "for" before it, the thing is the question's: "the slides I'm looking for" asks for slides.
        assertEquals("Where are the slides I'm looking for, the VFIO ones?",
                AskersFrame.without("Where are the slides I'm looking for, the VFIO ones?"));
        assertEquals("Any slides for the talk I'm preparing on VFIO?",
                AskersFrame.without("Any slides for the talk I'm preparing on VFIO?"));
        assertEquals("when the postcopy talk happened: which day and which part of it?", AskersFrame.without(
                "We need to record when the postcopy talk happened, for a timeline deck: which day and which part of it?"));
    }
}
