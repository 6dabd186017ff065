package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kvmforum.bot.content.PartOfDay;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.SessionKind;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.search.Token;

/** How questions are read: what they ask for, which facts of the event, and what is left as the topic. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionReaderTest {
    private QuestionAnswerer answerer;

    @BeforeAll
    void load() throws Exception {
        answerer = Library.load(Path.of("content")).answers();
    }

    private Question read(String question) {
        return answerer.read(question);
    }

    private static List<String> topic(Question q) {
        return q.topic().stream().map(Token::text).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "how many keynotes did the forum have according to the write-up? | ''",
            "which lightning talks does the writeup describe? | ''",
            // "original" is the report's own attribute, as "this copy of the write-up" is: no session's topic.
            "who wrote the original writeup? | ''",
            "which account posted this copy of the write-up? | ''"})
    void theReportCitedByAnotherNameIsNoTopic(String question, String topic) {
        assertEquals(topic.isEmpty() ? List.of() : List.of(topic.split(" ")), topic(read(question)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "number of talks on day 2 in the afternoon?",
            "count of keynotes at the forum?",
            "day 2 morning session count"})
    void aNounThatAsksForACountIsACountAndNoTopic(String question) {
        Question q = read(question);
        assertEquals(Target.COUNT, q.target());
        assertEquals(List.of(), topic(q));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "we watch a talk every week; who gave the AHCI talk? | false",
            "next week we cover qdev, who presented it? | false",
            "which week was the forum held? | true",
            "was it in the last week of August? | true"})
    void aWeekIsTheEventsDatesOnlyWhenItIsNotTheAskers(String question, boolean dates) {
        assertEquals(dates, read(question).fact() == EventFact.DATES);
    }

    // ---------------------------------------------------------------- the program's shape

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "which talk ran just before the tracks split on the first day? | BEFORE_START",
            "which talk came after the tracks split on day 2? | AFTER_START",
            "what was the last talk before the morning ended on day 1? | BEFORE_END",
            "what came after the morning on day 2? | AFTER_END",
            "who spoke after the morning keynote on day 2? | NONE",
            "who spoke before lunch? | NONE"})
    void edgesOfAPartOfTheDay(String question, Question.Edge edge) {
        assertEquals(edge, read(question).edge());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "which speakers presented twice? | true",
            "who spoke more than once? | true",
            "did anyone give two talks? | true",
            "which two talks were about migration? | false",
            "how many talks were on day two? | false"})
    void repeatedPeople(String question, boolean repeated) {
        assertEquals(repeated, read(question).repeated());
    }

    // ---------------------------------------------------------------- what is asked for

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "who gave the vfoi talk | SPEAKER",
            "whose talk was about AMD IOMMU v2? | SPEAKER",
            "which person talked about qdev? | SPEAKER",
            "slides for the graphics device assignment talk | SLIDES",
            "where can I get Michael Tsirkin's virtio-net slides? | SLIDES",
            "who has the link to the VFIO deck? | SLIDES",
            "when was the VFIO talk? | TIME",
            "what day was the SPICE talk? | TIME",
            "was the AMD IOMMU talk in the morning or afternoon? | TIME",
            "which talks were in the morning of day 1? | LIST",
            "list the talks of the day 2 morning session | LIST",
            "how many keynotes were there? | COUNT",
            "what was Andrea Arcangeli's talk about? | SESSION",
            "which talk covered post-copy migration? | SESSION"})
    void targets(String question, Target target) {
        assertEquals(target, read(question).target());
    }

    @Test
    void highLatencyLinksAreATopicWhenAPersonIsAskedFor() {
        Question q = read("who talked about high-latency links?");
        assertEquals(Target.SPEAKER, q.target());
        assertEquals(List.of("high-latency", "links"), topic(q));
    }

    // ---------------------------------------------------------------- facts about the event

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "how many days did KVM Forum 2011 last? | DAYS",
            "how long did the forum last? | DAYS",
            "was it a two-day event? | DAYS",
            "what was designed at the first KVM Forum? | FIRST_FORUM",
            "how many developers were at the first KVM Forum? | FIRST_FORUM",
            "which hotel was KVM Forum 2011 held in? | VENUE",
            "which hotel did attendees stay in? | VENUE",
            "where was KVM Forum 2011 held? | PLACE",
            "where did KVM Forum 2011 take place? | PLACE",
            "which conference was KVM Forum co-located with? | COLOCATED",
            "how many people came to KVM Forum 2011? | ATTENDANCE",
            "how long was each talk slot? | SLOTS",
            "how long were the talks? | SLOTS",
            "were the talks recorded? | RECORDINGS",
            "where can I watch the videos? | RECORDINGS",
            "is there a video of the VFIO talk? | RECORDINGS",
            "who wrote the post? | REPORT",
            "when was the post published? | REPORT",
            "what did people do after the first day? | AFTER_TALKS",
            "who hosted the dinner? | AFTER_TALKS",
            "were there parallel tracks? | PARALLEL_TRACKS",
            "when was KVM Forum 2011? | DATES",
            "when did KVM Forum 2011 start? | DATES",
            "when did the Forum take place? | DATES",
            "what were the dates of KVM Forum 2011? | DATES"})
    void eventFacts(String question, EventFact fact) {
        assertEquals(fact, read(question).fact());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "when was the first talk?",
            "what was the first talk of KVM Forum 2011?",
            "which talk came after the VFIO talk?",
            "who talked about video over the network?",
            "which talk covered post-copy migration?",
            "how many sessions did the post describe?",
            "what talks were held in the parallel tracks on day 2?"})
    void sessionQuestionsAreNotEventFacts(String question) {
        assertNull(read(question).fact(), question);
    }

    @Test
    void theDayOfAnEveningIsKept() {
        Question q = read("what happened after day 2?");
        assertEquals(EventFact.AFTER_TALKS, q.fact());
        assertEquals(2, q.day());
    }

    // ---------------------------------------------------------------- days, parts, kinds, positions

    @Test
    void daysPartsAndKinds() {
        Question q = read("who gave the QEMU keynote on the second day?");
        assertEquals(2, q.day());
        assertEquals(SessionKind.KEYNOTE, q.kind());
        assertEquals(List.of("qemu"), topic(q));
        assertTrue(q.namedTalk());

        q = read("what was on the afternoon of day one?");
        assertEquals(1, q.day());
        assertEquals(PartOfDay.AFTERNOON, q.part());
        assertTrue(q.topic().isEmpty());

        assertEquals(SessionKind.LIGHTNING_TALK, read("who gave a lightning talk on transcendent memory?").kind());
        assertEquals(SessionKind.BOF, read("which birds of a feather sessions were there?").kind());
        assertEquals(PartOfDay.AFTERNOON, read("who was the first speaker after lunch on day 2?").part());
        assertNull(read("who was the first speaker after lunch on day 2?").fact(), "lunch is no evening");
        assertEquals(2, read("what did the last day start with?").day());
    }

    @Test
    void anOrdinalBeforeAPartOfTheDayNumbersTheDay() {
        Question q = read("which sessions ran in the second morning?");
        assertEquals(2, q.day());
        assertEquals(PartOfDay.MORNING, q.part());
        assertEquals(0, q.position());
        // A session noun after the part makes the ordinal a position within it.
        assertEquals(1, read("who gave the first afternoon talk on day 2?").position());
        assertEquals(0, read("what happened on the third morning?").day(), "the post has two days");
    }

    @Test
    void theAuthorWithAKindOfSessionIsThePersonWhoHeldThem() {
        Question q = read("which BOFs did the writer lead?");
        assertEquals(List.of("Amit Shah"), names(q.people()));
        assertNull(q.fact());
        // Without a kind of session, the author is the report's.
        assertEquals(EventFact.REPORT, read("who is the author?").fact());
    }

    @Test
    void askingWhichOfTwoDaysPicksNeither() {
        assertEquals(0, read("Was the virtio-scsi talk on day 1 or day 2?").day());
    }

    @Test
    void positions() {
        assertEquals(1, read("what opened the second day?").position());
        assertEquals(1, read("who kicked off KVM Forum 2011?").position());
        assertEquals(Question.LAST, read("what was the last talk of the forum?").position());
        assertEquals(Question.LAST, read("what ended the first day?").position());
        assertEquals(3, read("what was the third talk on day 1?").position());
        assertEquals(0, read("what was designed at the first KVM Forum?").position());
    }

    @Test
    void relativePositionsNeedNothingTopicalBeforeThem() {
        Question after = read("which talk came after the VFIO talk?");
        assertEquals(Question.Relative.AFTER, after.relative());
        assertEquals(List.of("vfio"), topic(after));
        assertEquals(Question.Relative.BEFORE, read("who presented before Alex Williamson?").relative());
        assertEquals(Question.Relative.AFTER, read("who spoke right after Avi's keynote?").relative());
        assertEquals(Question.Relative.NONE,
                read("who wanted maximum performance from pre-copy before post-copy?").relative());
        assertEquals(Question.Relative.NONE, read("when is the next KVM Forum?").relative(), "nothing to be next to");
    }

    // ---------------------------------------------------------------- people and topics

    @Test
    void namesAreTakenOutOfTheTopic() {
        Question q = read("what did andrea arcangelli talk about?");
        assertEquals(List.of("Andrea Arcangeli"), names(q.people()));
        assertTrue(q.topic().isEmpty(), () -> topic(q).toString());
        assertEquals(List.of("virtio-net"), topic(read("where can I get Michael Tsirkin's virtio-net slides?")));
    }

    @Test
    void aSharedFirstNameIsNoticed() {
        Question alex = read("what did Alex talk about?");
        assertEquals(List.of("Alex Williamson", "Alex Graf"), names(alex.people()));
        assertTrue(alex.sharedFirstName());
        assertFalse(read("what did Alex Graf present?").sharedFirstName());
    }

    @Test
    void askingForTheOthersOnATalk() {
        assertTrue(read("who presented virtio scsi together with Stefan?").together());
        assertFalse(read("who is Stefan?").together());
    }

    @Test
    void questionWordsAndTheEventsNameAreNoTopic() {
        assertEquals(List.of("moving", "device", "assignment", "userspace"),
                topic(read("who gave the talk about moving device assignment to userspace?")));
        assertEquals(List.of("post-copy", "migration"), topic(read("Which talk covered post-copy migration at KVM Forum 2011?")));
        assertTrue(read("tell me about KVM Forum 2011").topic().isEmpty());
        assertTrue(read("how many sessions did the post describe?").topic().isEmpty());
    }

    @Test
    void aTopicGivenAsTheTalksNameIsNoticed() {
        assertTrue(read("who gave the Xen talk?").namedTalk());
        assertTrue(read("who gave the talk on Xen?").namedTalk());
        assertFalse(read("who talked about Xen?").namedTalk());
        assertFalse(read("did anyone talk about libvirt?").namedTalk(), "the verb, not a talk's name");
        assertFalse(read("which talk covered post-copy migration?").namedTalk());
    }

    @Test
    void theReportCitedAsTheSourceIsNotAskedAbout() {
        assertNotEquals(EventFact.REPORT, read("Who said that, according to the 2011 forum write-up?").fact());
        assertNotEquals(EventFact.REPORT, read("which lightning talk speakers does the writeup name?").fact());
        // Its author or its attributes are still asked of it, cited or not.
        assertEquals(EventFact.REPORT, read("who wrote the writeup?").fact());
        assertEquals(EventFact.REPORT, read("when was the writeup posted?").fact());
        assertEquals(EventFact.REPORT, read("Which author name does the front matter give?").fact());
    }

    private static List<String> names(List<Person> people) {
        return people.stream().map(Person::name).toList();
    }
}
