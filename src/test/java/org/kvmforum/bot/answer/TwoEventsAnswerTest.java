package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kvmforum.bot.library.Library;

/**
 * With a second (fictional) post loaded, questions that name a year are answered from that event, and
 * nothing is hard-wired to the 2011 post: places, counts and speakers all come from the model.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoEventsAnswerTest {
    private QuestionAnswerer answerer;

    @BeforeAll
    void load() throws Exception {
        answerer = Library.load(Path.of("src/test/resources/content/two-events")).answers();
    }

    private Answer ask(String question) {
        return answerer.answer(question);
    }

    @Test
    void aListPutUpForCheckingIsCheckedAgainstItsOwnYear() {
        Answer whole = ask("the KVM Forum 2012 first morning was Avi's keynote, nested virtualization and virtio "
                + "standardisation, is that the full list?");
        assertTrue(whole.answered());
        assertTrue(whole.text().startsWith("Yes: that is the whole list."), whole.text());
        Answer partial = ask("day 1 of KVM Forum 2012 had Avi's keynote, nested virtualization, ballooning and "
                + "the RDMA migration talk - right?");
        assertTrue(partial.text().startsWith("Not quite."), partial.text());
        assertTrue(partial.text().contains("leaves out \u201cVirtio standardisation at OASIS\u201d and \u201cQEMU 1.3 "
                + "release plans\u201d."), partial.text());
        assertTrue(partial.text().contains("\u201clive migration over RDMA\u201d was not among them"), partial.text());
    }

    @Test
    void theYearPicksTheEvent() {
        assertTrue(ask("where was KVM Forum 2012 held?").text().contains("Barcelona"));
        assertTrue(ask("where was KVM Forum 2011 held?").text().contains("Vancouver"));
        assertTrue(ask("which conference was KVM Forum 2012 co-located with?").text().contains("LinuxCon Europe"));
    }

    @Test
    void sessionsOfTheOtherEventAreFound() {
        Answer answer = ask("who presented virtio standardisation?");
        assertTrue(answer.answered());
        assertTrue(answer.text().contains("Tom\u00e1s Ferreira") && answer.text().contains("Kenji Watanabe"),
                answer.text());
    }

    @Test
    void aPersonsSessionsSpanBothEvents() {
        Answer avi = ask("what did Avi talk about?");
        assertTrue(avi.sessions().stream().anyMatch(s -> s.eventId().equals("kvm-forum-2012")), avi.text());
        assertTrue(avi.sessions().stream().anyMatch(s -> s.eventId().equals("kvm-forum-2011")), avi.text());
    }

    @Test
    void thePostsCategoryComesFromItsFrontMatter() {
        Answer filed = ask("what category is the KVM Forum 2012 post filed under?");
        assertTrue(filed.answered() && filed.text().contains("Virtualization"), filed.text());
        Answer wrong = ask("the KVM Forum 2012 post was filed under Linux, right?");
        assertTrue(wrong.text().startsWith("No.") && wrong.text().contains("Virtualization"), wrong.text());
    }

    @Test
    void aPostWithoutCategoriesSaysSo() throws Exception {
        QuestionAnswerer single = Library.load(Path.of("src/test/resources/content/single-track")).answers();
        assertFalse(single.answer("what category is this post filed under?").answered());
    }

    @Test
    void thePartWithParallelTracksComesFromThePost() {
        Answer tracks = ask("which talks ran in the parallel tracks at KVM Forum 2012?");
        assertTrue(tracks.sessions().stream().allMatch(s -> s.part().word().equals("afternoon")), tracks.text());
        assertFalse(ask("what were the dates of KVM Forum 2012?").answered());
    }

    @Test
    void theSecondYearIsAnsweredByTheSameMechanisms() {
        // By meaning: no word of the question names the talk on nested virtualization.
        Answer nested = ask("anything on running a hypervisor inside a guest at KVM Forum 2012?");
        assertTrue(nested.answered(), nested.text());
        assertTrue(nested.text().contains("Ingrid Solberg"), nested.text());
        // The main clause decides; the context before it does not.
        Answer balloon = ask("I was stuck in the other room all afternoon. who presented memory ballooning?");
        assertTrue(balloon.text().contains("Lena Vogel"), balloon.text());
        // A fact, from this post's own sentence.
        assertTrue(ask("how long were the talks at KVM Forum 2012?").text().contains("45 minutes"));
        // What neither post holds: a plain no, with what the post does say.
        Answer clock = ask("what time did Lena Vogel's talk start?");
        assertFalse(clock.answered(), clock.text());
        assertTrue(clock.text().startsWith("The post gives no clock times") && clock.text().contains("day 1"),
                clock.text());
        assertFalse(ask("who does Kenji Watanabe work for?").answered());
        assertFalse(ask("how many people came to KVM Forum 2010?").answered());
    }

    @Test
    void thisRoundsKindsWorkOnTheSecondPostToo() {
        // Two sessions put in order, by topic and by person.
        Answer order = ask("did the memory ballooning talk come before or after virtio standardisation at KVM Forum 2012?");
        assertTrue(order.answered() && order.text().startsWith("After:"), order.text());
        // Sessions by their number of speakers.
        Answer pair = ask("which talk had two presenters at KVM Forum 2012?");
        assertTrue(pair.text().contains("Virtio standardisation"), pair.text());
        // Two questions in one sentence.
        Answer both = ask("where was KVM Forum 2012 held and how long were the talks at KVM Forum 2012?");
        assertTrue(both.text().contains("Barcelona") && both.text().contains("45 minutes"), both.text());
        // A yes-or-no about a detail quotes its sentence.
        Answer detail = ask("did Lena Vogel's talk get a question about transparent huge pages?");
        assertTrue(detail.answered() && detail.text().contains("huge pages"), detail.text());
    }

    @Test
    void theProgramsShapeComesFromEachPost() {
        // This post's tracks split on the second day's afternoon, not the first's.
        Answer split = ask("which talk ran just before the tracks split at KVM Forum 2012?");
        assertTrue(split.answered() && split.text().contains("Kenji Watanabe"), split.text());
        Answer twice = ask("which speakers presented twice at KVM Forum 2012?");
        assertTrue(twice.text().contains("Ingrid Solberg"), twice.text());
        assertFalse(twice.text().contains("Lena Vogel"), twice.text());
        // Two lightning talks here: "the other one" exists, and is not refused.
        Answer other = ask("who gave the other lightning talk at KVM Forum 2012 besides Pavel Novak?");
        assertFalse(other.text().startsWith("The post describes only one"), other.text());
        Answer last = ask("what talk closed out the report on KVM Forum 2012?");
        assertTrue(last.text().contains("QEMU monitor"), last.text());
    }
}
