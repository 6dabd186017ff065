package org.kvmforum.bot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two posts in one directory: the real one and a fictional "KVM Forum 2012" written in the same style but with
 * other sentence shapes. Both parse with the same rules; people are merged across the events.
 */
class TwoEventsTest {
    private static final Path DIR = Path.of("src", "test", "resources", "content", "two-events");

    /** order | title | kind | speakers | format | day | part */
    private static final String PROGRAM_2012 = """
            1|Avi Kivity's keynote on the state of KVM|KEYNOTE|Avi Kivity|PDF|1|MORNING
            2|nested virtualization on x86|TALK|Ingrid Solberg|PPTX|1|MORNING
            3|Virtio standardisation at OASIS|TALK|Tomás Ferreira;Kenji Watanabe|ODP|1|MORNING
            4|memory ballooning revisited|TALK|Lena Vogel|PDF|1|AFTERNOON
            5|QEMU 1.3 release plans|TALK|Anthony Liguori|PDF|1|AFTERNOON
            6|tracing with SystemTap|LIGHTNING_TALK|Pavel Novak|-|1|AFTERNOON
            7|image streaming|LIGHTNING_TALK|Ingrid Solberg|-|1|AFTERNOON
            8|live migration over RDMA|TALK|Kenji Watanabe|PDF|2|MORNING
            9|Storage offload with SCSI|TALK|Nadav Har'El|PDF|2|AFTERNOON
            10|future of the QEMU monitor|BOF|Maria Lindqvist;Luiz Moreira;Markus Armbruster|-|2|EVENING
            """;

    private static ContentModel model;

    @BeforeAll
    static void load() throws ContentException {
        model = ContentLoader.load(DIR);
    }

    @Test
    void theFixtureHoldsTheRealPostVerbatim() throws IOException {
        assertEquals(Files.readString(PostFiles.REAL_POST), Files.readString(DIR.resolve("kvm-forum-2011.md")));
        assertEquals(Files.readString(PostFiles.REAL_DATA), Files.readString(DIR.resolve("kvm-forum-2011.json")));
    }

    @Test
    void twoEventsInFileNameOrder() {
        assertEquals(List.of("kvm-forum-2011", "kvm-forum-2012"), model.events().stream().map(Event::id).toList());
        assertEquals(27, model.events().get(0).sessions().size());
        assertEquals(37, model.sessions().size());
    }

    @Test
    void theSecondPostParsesWithTheSameRules() {
        Event event = model.event("kvm-forum-2012").orElseThrow();
        assertEquals(PROGRAM_2012.lines().toList(), PostFiles.programLines(model, event));
        Session nested = event.sessions().get(1);
        assertEquals("http://example.org/slides/2012/nested-x86.PPTX?download=1", nested.slides().url());
        assertEquals("Virtio standardisation", event.sessions().get(2).titleInPost());
        assertEquals("2012-virtio-standardisation-at-oasis", event.sessions().get(2).id());
        assertEquals("Tomás asked how it interacts with transparent huge pages.",
                event.sessions().get(3).summary().substring("After lunch, Lena Vogel presented memory ballooning revisited. ".length()));
    }

    @Test
    void theSecondPostsFactsIncludingWhatItDoesNotSay() {
        Event event = model.event("kvm-forum-2012").orElseThrow();
        assertEquals("KVM Forum 2012", event.name());
        assertEquals(2012, event.year());
        assertEquals("Barcelona", event.venue().place());
        assertEquals("LinuxCon Europe", event.venue().colocatedWith());
        assertEquals("around 200 participants", event.facts().attendance());
        assertEquals(200, event.facts().attendees());
        assertEquals(45, event.program().slotMinutes());
        assertEquals("during the second day's afternoon", event.program().parallelTracks());
        assertEquals("http://www.linux-kvm.org/page/KVM_Forum_2012", event.facts().recordings().whereUrl());
        assertNull(event.facts().firstForum(), "this post does not recall the first forum");
        assertEquals(List.of(new Event.AfterTalks(1, "Most of us went to the harbour for tapas.")), event.program().afterTalks());
        assertEquals(2, event.program().days());
        assertTrue(event.program().parallelIn(2, PartOfDay.AFTERNOON), "the second day's afternoon");
        assertFalse(event.program().parallelIn(1, PartOfDay.AFTERNOON), "only the second day's");
        assertEquals(new Event.Report("Maria Lindqvist", "http://example.org/about",
                "http://example.org/2012/11/kvm-forum-2012.html", "http://www.linux-kvm.org/page/KVM_Forum_2012",
                "2012-11-12", "tester", List.of("Virtualization")),
                event.report());
        assertEquals("2012-11-12", event.report().postDate());
    }

    @Test
    void peopleAreMergedAcrossEvents() {
        Person avi = model.person("avi-kivity").orElseThrow();
        assertEquals(List.of("2011-avis-keynote", "2011-performance-monitoring-in-kvm-guests",
                "2012-avi-kivitys-keynote-on-the-state-of-kvm"), avi.sessionIds());
        assertEquals(List.of("Avi", "Avi Kivity"), avi.mentions());
        Person anthony = model.person("anthony-liguori").orElseThrow();
        assertEquals(List.of("2011-state-of-chardevs-in-qemu", "2011-keynote-on-qemu-development",
                "2011-qapi-and-qom", "2012-qemu-1-3-release-plans"), anthony.sessionIds());
        Person markus = model.person("markus-armbruster").orElseThrow();
        assertEquals(List.of("2011-qdev", "2012-future-of-the-qemu-monitor"), markus.sessionIds());
        Person tomas = model.person("tomas-ferreira").orElseThrow();
        assertEquals(List.of("Tomás Ferreira", "Tomás"), tomas.mentions());
        assertEquals(List.of("2012-nested-virtualization-on-x86", "2012-image-streaming"),
                model.person("ingrid-solberg").orElseThrow().sessionIds());
        assertEquals(1, model.people().stream().filter(p -> p.name().equals("Anthony Liguori")).count());
        assertTrue(model.person("nadav-harel").isPresent());
    }
}
