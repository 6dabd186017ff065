package org.kvmforum.bot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** The general sentence patterns, each on sentences other than the real post's. */
class SentencePatternsTest {
    private static final Parser MARKDOWN =
            Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    @Test
    void namesWithParticlesApostrophesAndAccents() {
        assertEquals(List.of("Rik van Riel", "Hans de Goede", "Nadav Har'El", "Tomás Ferreira"),
                names("Rik van Riel met Hans de Goede, Nadav Har'El and Tomás Ferreira."));
        assertEquals(List.of("Juan Quintela"), names("Next up was Juan Quintela's session on KVM and QEMU."));
        assertEquals(List.of(), names("KVM on the POWER7 with AHCI and SPICE."));
    }

    @Test
    void heAloneIsAPronounButAsiasHeIsAName() {
        List<Names.Found> alone = Names.in("He talked of replacing pHype.");
        assertEquals(1, alone.size());
        assertTrue(alone.get(0).pronoun());
        assertEquals(List.of("Asias He"), names("Asias He presented the tool."));
    }

    @Test
    void speakerShapes() {
        assertEquals(List.of("Ann Lee"), speakers("Ann Lee then talked about [Paging](http://x/p.pdf)."));
        assertEquals(List.of("Ann Lee", "Bob Stone", "Cy Twombly"),
                speakers("Ann Lee, Bob Stone and Cy Twombly next presented a joint [Paging](http://x/p.pdf)."));
        assertEquals(List.of("Ann Lee"), speakers("Later came Ann Lee's talk on [Paging](http://x/p.pdf)."));
        assertEquals(List.of("Ann"), speakers("[Ann's keynote](http://x/k.pdf) opened the day."));
        assertEquals(List.of("Ann Lee", "Bob Stone"), speakers("[Paging](http://x/p.pdf), a talk by Ann Lee and Bob Stone."));
        assertEquals(List.of("Bob Stone"),
                speakers("[Paging](http://x/p.pdf) was written up by many hands, Bob Stone presented it."));
        assertEquals(List.of(), speakers("The slides for [Paging](http://x/p.pdf) are online."));
    }

    @Test
    void twoTalksInOneSentenceKeepTheirOwnSpeakers() {
        Sentence sentence = sentence("Ann Lee talked about [Paging](http://x/a.pdf) and Bob Stone presented [Tracing](http://x/b.pdf).");
        List<InlineLink> links = sentence.links();
        assertEquals(List.of("Ann Lee"), Speakers.of(sentence, links.get(0), links).orElseThrow().names());
        assertEquals(List.of("Bob Stone"), Speakers.of(sentence, links.get(1), links).orElseThrow().names());
    }

    @Test
    void pronounSpeakerIsReportedAsSuch() {
        Sentence sentence = sentence("He then presented [Tracing](http://x/b.pdf).");
        Speakers.Attribution attribution = Speakers.of(sentence, sentence.links().get(0), sentence.links()).orElseThrow();
        assertTrue(attribution.pronoun());
    }

    @Test
    void lightningAndBofTopics() {
        List<ProseTopics.Topic> talks = ProseTopics.talks(sentence(
                "Lightning talks: Ann Lee spoke about the balloon driver, and Bob Stone talked of vhost-user."));
        assertEquals(List.of("balloon driver", "vhost-user"), talks.stream().map(ProseTopics.Topic::topic).toList());
        assertEquals(List.of(List.of("Ann Lee"), List.of("Bob Stone")),
                talks.stream().map(ProseTopics.Topic::people).toList());

        List<ProseTopics.Topic> bofs = ProseTopics.discussions(sentence(
                "I met Ann Lee and Bob Stone to discuss the future of tracing. Our second topic, on NUMA, went nowhere."),
                "Me Author");
        assertEquals(List.of("future of tracing"), bofs.stream().map(ProseTopics.Topic::topic).toList());
        assertEquals(List.of("Me Author", "Ann Lee", "Bob Stone"), bofs.get(0).people());
        List<ProseTopics.Topic> ours = ProseTopics.discussions(sentence("Our second topic, on NUMA, went nowhere."), "Me Author");
        assertEquals("NUMA", ours.get(0).topic());
        assertEquals(List.of("Me Author"), ours.get(0).people());
        List<ProseTopics.Topic> bof = ProseTopics.discussions(sentence(
                "A BOF on live patching, with Cy Twombly, ran late."), null);
        assertEquals("live patching", bof.get(0).topic());
        assertEquals(List.of("Cy Twombly"), bof.get(0).people());
    }

    @Test
    void dayAndPartTransitions() {
        ProgramClock clock = new ProgramClock();
        assertEquals(PartOfDay.UNKNOWN, clock.part(), "nothing said yet: no part is guessed");
        assertEquals(ProgramClock.End.PART, clock.ends("That concluded the morning."));
        assertEquals(PartOfDay.MORNING, clock.settled(), "what came before the end of the morning was the morning");
        assertEquals(null, clock.settled(), "settled once");
        assertEquals(PartOfDay.AFTERNOON, clock.part());
        assertEquals(ProgramClock.End.DAY, clock.ends("This wrapped up the last session of the day."));
        assertEquals(1, clock.currentDay());
        assertEquals(2, clock.day(), "a session after a day's end opens the next day");
        assertEquals(PartOfDay.UNKNOWN, clock.part());
        clock.starts("In the afternoon, things got lively.");
        assertEquals(PartOfDay.MORNING, clock.settled(), "what came before the afternoon was the morning");
        assertEquals(PartOfDay.AFTERNOON, clock.part());
        clock.starts("Day three began with a keynote.");
        assertEquals(3, clock.day());
        assertEquals(PartOfDay.UNKNOWN, clock.part());
        clock.starts("After lunch, the tracks split.");
        assertEquals(PartOfDay.AFTERNOON, clock.part());
        clock.starts("On the fourth day, we rested.");
        assertEquals(4, clock.day());
        assertEquals(ProgramClock.End.NOTHING, clock.ends("That ended my patience with the wifi."));
    }

    @Test
    void eveningsBelongToTheDayThatEnded() {
        ProgramClock clock = new ProgramClock();
        assertEquals(ProgramClock.End.DAY, clock.ends("That ended day 1 of talks."));
        clock.starts("In the evening, a BOF met in the bar.");
        assertEquals(1, clock.day(), "the evening after day 1's talks is still day 1");
        assertEquals(PartOfDay.EVENING, clock.part());
        assertEquals(null, clock.settled(), "an evening says nothing of the parts before it");
        clock.starts("After dinner, we hacked.");
        assertEquals(PartOfDay.EVENING, clock.part());
        clock.starts("In the morning, the keynote.");
        assertEquals(2, clock.day(), "a morning after an evening is the next day's");
        assertEquals(PartOfDay.MORNING, clock.part());
    }

    @Test
    void headingsNameDaysAndParts() {
        ProgramClock clock = new ProgramClock();
        clock.heading("Day 2: afternoon");
        assertEquals(2, clock.day());
        assertEquals(PartOfDay.AFTERNOON, clock.part());
        clock.heading("The third day");
        assertEquals(3, clock.day());
        assertEquals(PartOfDay.UNKNOWN, clock.part());
        clock.heading("KVM Forum 2013");
        assertEquals(3, clock.day(), "a heading without a day changes nothing");
        assertEquals(2, ProgramClock.dayNamedIn("during the second day's afternoon"));
        assertEquals(0, ProgramClock.dayNamedIn("in the afternoon sessions"));
    }

    @Test
    void factsInOtherWords() {
        EventFacts facts = new EventFacts();
        facts.read(sentence("There were no parallel tracks in 2013, just one room."));
        assertEquals(null, facts.parallelTracks, "a denial states no tracks");
        facts.read(sentence("Two tracks ran in parallel on the second day."));
        assertEquals("on the second day", facts.parallelTracks);
        facts.read(sentence("Talks were 45 minutes long and about 220 people turned up."));
        assertEquals(45, facts.slotMinutes);
        assertEquals("about 220 people", facts.attendance);
        assertEquals(220, facts.attendees);
        EventFacts other = new EventFacts();
        other.read(sentence("The first forum had about 30 developers in a single room."));
        assertEquals(null, other.attendance, "developers without a verb of coming are no attendance");
    }

    @Test
    void lightningTalksWithoutALink() {
        List<ProseTopics.Topic> talks = ProseTopics.talks(sentence("A lightning talk by Ana Ruiz covered live patching."));
        assertEquals(List.of("live patching"), talks.stream().map(ProseTopics.Topic::topic).toList());
        assertEquals(List.of("Ana Ruiz"), talks.get(0).people());
    }

    @Test
    void slidesFormatsFromTheLastExtension() {
        assertEquals(Optional.of(new Slides("http://x/2011-forum-migration.pp.pdf", "PDF")),
                SlideFormats.of("http://x/2011-forum-migration.pp.pdf"));
        assertEquals("http://x/2011-forum-%24graphics.pdf", SlideFormats.of("http://x/2011-forum-%24graphics.pdf")
                .orElseThrow().url());
        assertEquals("ODP", SlideFormats.of("http://x/a.odp").orElseThrow().format());
        assertEquals("PPTX", SlideFormats.of("http://x/a.PPTX?dl=1#p2").orElseThrow().format());
        assertEquals(Optional.empty(), SlideFormats.of("http://www.linux-kvm.org/page/KVM_Forum_2011"));
        assertEquals(Optional.empty(), SlideFormats.of("https://lwn.net/Articles/455008/"));
        assertEquals(Optional.empty(), SlideFormats.of("http://www.openvirtualizationalliance.org/index.html"));
    }

    @Test
    void slugs() {
        assertEquals("avis-keynote", Slugs.of("Avi's keynote"));
        assertEquals("jorg-rodel", Slugs.of("Jörg Rödel"));
        assertEquals("guest-host-communication", Slugs.of("guest - host communication"));
        String id = Slugs.sessionId(2011, "a very long title that goes on and on about memory management in KVM guests");
        assertEquals("2011-a-very-long-title-that-goes-on-and-on-about-memory", id, "cut back to a whole word");
        assertTrue(id.length() <= Slugs.MAX_SESSION_ID);
        assertEquals(null, Slugs.sessionId(2011, "???"));
    }

    @Test
    void sentencesSplitAfterStopsButNotInsideLinksOrAbbreviations() {
        ProseBlock block = block("First one.\u00A0 Second (see e.g. the notes). [A.B talk](http://x/a.pdf) by J. Doe.  Third?");
        assertEquals(List.of("First one.", "Second (see e.g. the notes).", "A.B talk by J. Doe.", "Third?"),
                block.sentences().stream().map(Sentence::text).toList());
        assertEquals("A.B talk", block.sentences().get(2).links().get(0).text());
        assertEquals(0, block.sentences().get(2).links().get(0).start());
    }

    @Test
    void plainTextDropsMarkdownKeepsLinesAndSpacesGluedLinks() {
        ProseBlock block = block("Some *emphasis* and `code`,\nthen a [link](http://x)glued and\n[ spaced](http://y).");
        assertEquals("Some emphasis and code, then a link glued and spaced.", block.text());
        assertEquals(List.of(2, 3), block.links().stream().map(InlineLink::line).toList());
        assertEquals("spaced", block.links().get(1).text());
    }

    private static List<String> names(String text) {
        return Names.in(text).stream().filter(f -> !f.pronoun()).map(Names.Found::name).toList();
    }

    private static List<String> speakers(String markdown) {
        Sentence sentence = sentence(markdown);
        InlineLink link = sentence.links().get(0);
        return Speakers.of(sentence, link, sentence.links()).map(Speakers.Attribution::names).orElse(List.of());
    }

    private static Sentence sentence(String markdown) {
        return block(markdown).sentences().get(0);
    }

    private static ProseBlock block(String markdown) {
        Node document = MARKDOWN.parse(markdown);
        return ProseBlocks.of(document).get(0);
    }
}
