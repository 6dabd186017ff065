package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kvmforum.bot.content.ContentLoader;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.search.SentenceModel;
import org.slf4j.LoggerFactory;

/**
 * The dense half of retrieval on the real post and the real model: questions that share no topic word with the
 * session they are about, a question whose main clause follows its context, and the lexical-only path when the
 * model cannot load.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HybridAnswersTest {
    private ContentModel model;
    private QuestionAnswerer answers;

    @BeforeAll
    void load() throws Exception {
        model = ContentLoader.load(Path.of("content"));
        answers = new Library(model).answers();
    }

    @Test
    void aSessionInOtherWordsIsFoundByMeaning() {
        assertAbout("anything on handing a real GPU to a VM?", "graphics device assignment");
        assertAbout("was there a talk on making QEMU easier to drive from libvirt?", "QAPI and QOM");
        // Meaning and words agree on a session, though neither is sure alone.
        assertAbout("who talked about giving guests back unused memory?", "MM work");
        // "VMs" is the plural of an acronym, not a name the post never has.
        assertAbout("who discussed remote desktop protocols for VMs?", "SPICE");
    }

    @Test
    void aWordThePostNeverUsesIsNamedOnceHoweverOftenItIsAsked() {
        Answer answer = answers.answer("zorblax zorblax zorblax zorblax talk?");
        assertFalse(answer.answered(), answer.text());
        assertEquals(1, answer.text().split("zorblax", -1).length - 1, answer.text());
    }

    @Test
    void twoQuestionsInOneSentenceAreSplitOnlyWhenEachStandsAlone() {
        assertEquals(List.of("where was it held?", "how many people came?"),
                MainClause.twoQuestions("where was it held and how many people came?"));
        assertEquals(List.of("who gave the AHCI talk and what was it about?"),
                MainClause.twoQuestions("who gave the AHCI talk and what was it about?"),
                "the second question points back at the first");
        assertEquals(List.of("slides and video and who?"), MainClause.twoQuestions("slides and video and who?"),
                "too short to be two questions");
        assertEquals(List.of("I liked it and who gave the AHCI talk?"),
                MainClause.twoQuestions("I liked it and who gave the AHCI talk?"), "the text must open as a question");
        Answer half = answers.answer("was there a third day and where was it held?");
        assertFalse(half.text().startsWith("Yes"), "a yes would answer only the first half: " + half.text());
    }

    @Test
    void aQuestionOfferingTwoAnswersIsAskedOfEach() {
        assertEquals(List.of("Was Gerd's talk on USB?", "Was Gerd's talk on Bluetooth?"),
                MainClause.alternatives("Was Gerd's talk on USB or on Bluetooth?"));
        assertEquals(List.of("Did Avi give the keynote?", "Did Avi give the talk on QOM?"),
                MainClause.alternatives("Did Avi give the keynote, or the talk on QOM?"), "from the shared word on");
        assertEquals(List.of("Was the keynote by Avi?", "Was the keynote by Anthony?"),
                MainClause.alternatives("Was the keynote by Avi or Anthony?"), "as many words as the second");
        assertEquals(List.of("Was it Alex who did AHCI?"),
                MainClause.alternatives("Was it Alex who did AHCI, or am I mixing him up?"), "a hedge is no answer");
        assertEquals(List.of(), MainClause.alternatives("which came first, AHCI or USB?"), "not a yes-or-no question");
        assertEquals(List.of(), MainClause.alternatives("Was the keynote good?"));
        assertEquals(List.of("Was Gerd's talk on USB?", "Was Gerd's talk on SPICE?", "Was Gerd's talk on AHCI?"),
                MainClause.alternatives("Was Gerd's talk on USB, SPICE or AHCI?"), "a list before the last");
        assertEquals(List.of(), MainClause.alternatives("Was it a, b, c, d, e or f?"), "too many to ask each");
    }

    @Test
    void aHedgeAfterTheStatementPutsItUpAsABelief() {
        assertEquals("Asias He's talk was about SeaBIOS, right?",
                MainClause.hedgeAsTag("Asias He's talk was about SeaBIOS, if I remember correctly?"));
        assertEquals("Was the AHCI talk on day 2?", MainClause.hedgeAsTag("Was the AHCI talk on day 2, I think?"),
                "after a question of its own the hedge only goes");
        assertEquals("Avi spoke, I think?", MainClause.hedgeAsTag("Avi spoke, I think?"), "too short to be a belief");
    }

    @Test
    void theMainClauseDecidesAndContextDoesNotHijackIt() {
        assertAbout("we've got a noisy neighbour problem, one guest hammers the disks and the others starve. "
                + "was there anything about limiting a guest's I/O?", "IO throttling");
        Answer paolo = answers.answer("what did Paolo present? I know he wrote some spec");
        assertTrue(paolo.answered(), paolo.text());
        assertTrue(paolo.text().contains("virtio-scsi"), paolo.text());
        // Context before a dash is not the question; a name before one is what the question is about.
        assertAbout("I sat in the other track for most of day 1 - which talk covered POWER7?", "POWER7");
        Answer his = answers.answer("Kevin Wolf - what did he present?");
        assertTrue(his.answered() && his.text().contains("block"), his.text());
    }

    @Test
    void aListByTopicHasEverySessionCloseToTheBest() {
        Answer memory = answers.answer("what talks touched on memory management?");
        List<String> titles = memory.sessions().stream().map(Session::title).toList();
        assertTrue(titles.stream().anyMatch(t -> t.contains("Memory Management")), titles.toString());
        assertTrue(titles.stream().anyMatch(t -> t.contains("MM work")), titles.toString());
    }

    @Test
    void aThingTheSessionsNeverNameIsNotInThePost() {
        Answer language = answers.answer("what language was suggested for moving qemu off C?");
        assertFalse(language.answered(), language.text());
        assertTrue(language.text().startsWith("The post does not say which language"), language.text());
        assertTrue(language.sessions().stream().anyMatch(s -> s.title().contains("away from C")),
                language.sessions().toString());
    }

    @Test
    void aFactIsQuotedWithItsSentenceWhichMaySayMore() {
        Answer before = answers.answer("had the forum been co-located with LinuxCon before?");
        assertTrue(before.answered() && before.text().contains("like last year's"), before.text());
        // "Which year" asks for a number, which the fact has, not for a name its sentence lacks.
        Answer year = answers.answer("which year did the first forum take place?");
        assertTrue(year.answered() && year.text().contains("2008"), year.text());
    }

    @Test
    void aReasonIsASentenceOfThePost() {
        Answer why = answers.answer("why were the talk slots so short?");
        assertTrue(why.answered(), why.text());
        assertTrue(why.text().contains("submissions"), why.text());
        // The sentence going on from the reason ("This allowed…") is its consequence; the reason comes before it.
        Answer shorter = answers.answer("why did the talks get shorter?");
        assertTrue(shorter.text().contains("submissions"), shorter.text());
        // A why-question that names a session finds the reason in that session's paragraph.
        Answer fizzled = answers.answer("why did the guest - host communication BOF fizzle out?");
        assertTrue(fizzled.answered() && fizzled.text().contains("jet lag"), fizzled.text());
        // "how much" asks for an amount, not a price: the session is still the answer.
        assertAbout("which talk was about limiting how much IO a guest can use?", "IO throttling");
    }

    @Test
    void whatThePostCannotAnswerGetsAPlainPrivateNo() {
        for (String question : List.of("what time did the keynote start", "who does Avi work for",
                "what was the name of the pub they went to?", "how many people came to the 2009 forum?",
                "how many people attended the VFIO talk?", "how old is Avi Kivity?", "was lunch provided?",
                "did the chardev flow control patches get merged?", "who moderated the chardev BOF?",
                "which track was the live block copy talk in?", "how many attendees were from Red Hat?")) {
            Answer answer = answers.answer(question);
            assertFalse(answer.answered(), question + " -> " + answer.text());
            assertTrue(answer.text().startsWith("The post"), answer.text());
        }
        // Words of those kinds that place or name a session do not make it one of them.
        assertTrue(answers.answer("who spoke after lunch on day 1?").answered());
        assertTrue(answers.answer("slides for Juan Quintela's live migration talk").answered());
        // What it does say comes with it: the keynote's day and part of day.
        assertTrue(answers.answer("what time did Avi's keynote start").text().contains("day 1"));
    }

    @Test
    void withoutTheModelOneLineSaysSoAndWordsStillAnswer() {
        Logger logger = (Logger) LoggerFactory.getLogger(SentenceModel.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        logger.addAppender(captured);
        logger.setAdditive(false); // captured here, not printed: a passing test stays quiet
        try {
            SentenceModel broken = SentenceModel.load(() -> {
                throw new UnsatisfiedLinkError("no onnxruntime for this platform");
            });
            assertFalse(broken.available());
            assertEquals(1, captured.list.size());
            assertTrue(captured.list.get(0).getFormattedMessage().contains("word matching alone"));

            QuestionAnswerer lexical = new Library(model, () -> broken).answers();
            assertTrue(lexical.answer("who gave the vfio talk?").text().contains("Alex Williamson"));
            Answer paraphrase = lexical.answer("anything on handing a real GPU to a VM?");
            assertFalse(paraphrase.answered(), paraphrase.text());
            assertEquals(1, captured.list.size(), "the model's absence is said once, not per question");
        } finally {
            logger.detachAppender(captured);
            logger.setAdditive(true);
        }
    }

    private void assertAbout(String question, String titlePart) {
        Answer answer = answers.answer(question);
        assertTrue(answer.answered(), question + " -> " + answer.text());
        List<String> titles = answer.sessions().stream().map(Session::title).toList();
        assertTrue(titles.stream().anyMatch(t -> t.toLowerCase().contains(titlePart.toLowerCase())),
                question + " -> " + titles);
    }
}
