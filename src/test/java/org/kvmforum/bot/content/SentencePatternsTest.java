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
        assertEquals(PartOfDay.MORNING, clock.part());
        assertEquals(ProgramClock.End.PART, clock.ends("That concluded the morning."));
        assertEquals(PartOfDay.AFTERNOON, clock.part());
        assertEquals(ProgramClock.End.DAY, clock.ends("This wrapped up the last session of the day."));
        assertEquals(1, clock.currentDay());
        assertEquals(2, clock.day(), "a session after a day's end opens the next day");
        assertEquals(PartOfDay.MORNING, clock.part());
        clock.starts("In the afternoon, things got lively.");
        assertEquals(PartOfDay.AFTERNOON, clock.part());
        clock.starts("Day three began with a keynote.");
        assertEquals(3, clock.day());
        assertEquals(PartOfDay.MORNING, clock.part());
        clock.starts("After lunch, the tracks split.");
        assertEquals(PartOfDay.AFTERNOON, clock.part());
        clock.starts("On the fourth day, we rested.");
        assertEquals(4, clock.day());
        assertEquals(ProgramClock.End.NOTHING, clock.ends("That ended my patience with the wifi."));
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
