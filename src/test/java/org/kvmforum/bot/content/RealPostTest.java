package org.kvmforum.bot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pins the whole model of the real post, {@code content/kvm-forum-2011.md} with its data file. */
class RealPostTest {
    private static final String IMAGES = "http://www.linux-kvm.org/wiki/images/";

    /**
     * order | title | titleInPost | kind | speakers | slides (after .../wiki/images/, or -) | format | day | part | line
     */
    private static final String PROGRAM = """
            1|Avi's keynote|Avi's keynote|KEYNOTE|Avi Kivity|a/aa/2011-forum-keynote.pdf|PDF|1|MORNING|29
            2|KVM on the POWER7|KVM on the POWER7|TALK|Paul Mackerras|5/5d/2011-forum-KVM_on_the_IBM_POWER7_Processor.pdf|PDF|1|MORNING|31
            3|VFIO-based PCI device assignment|VFIO-based PCI device assignment|TALK|Alex Williamson|d/d1/2011-forum-VFIO.pdf|PDF|1|MORNING|33
            4|next-gen block file format|next-gen block file format|TALK|Kevin Wolf|6/63/2011-forum-qcow2.pdf|PDF|1|MORNING|35
            5|virtio-scsi transport|virtio-scsi transport|TALK|Stefan Hajnoczi;Paolo Bonzini|f/f5/2011-forum-virtio-scsi.pdf|PDF|1|MORNING|37
            6|Native Linux KVM tool|Native Linux KVM tool|TALK|Asias He|c/c5/2011-forum-native-linux-kvm-tool.pdf|PDF|1|MORNING|39
            7|future of Memory Management in KVM|future of Memory Management in KVM|TALK|Andrea Arcangeli|a/a6/2011-forum-aa-numa.pdf|PDF|1|AFTERNOON|43
            8|some more MM work|some more MM work|TALK|Rik van Riel|f/ff/2011-forum-memory-overcommit.pdf|PDF|1|AFTERNOON|45
            9|experiences porting KVM to SmartOS|experiences porting KVM to SmartOS|TALK|Bryan Cantrill|7/71/2011-forum-porting-to-smartos.pdf|PDF|1|AFTERNOON|47
            10|new virtio networking features|new virtio networking features|TALK|Michael Tsirkin|4/4f/2011-forum-virtio_net_whatsnew.odp|ODP|1|AFTERNOON|49
            11|IO throttling in QEMU|IO throttling in QEMU|TALK|Ryan Harper|7/72/2011-forum-keep-a-limit-on-it-io-throttling-in-qemu.pdf|PDF|1|AFTERNOON|51
            12|Transcendent memory|Transcendent memory|LIGHTNING_TALK|Dan Magenheimer|-|-|1|AFTERNOON|53
            13|state of chardevs in QEMU|state of chardevs in QEMU|BOF|Amit Shah;Hans de Goede;Alon Levy;Anthony Liguori;Gerd Hoffmann|-|-|1|AFTERNOON|55
            14|guest - host communication|guest - host communication|BOF|Amit Shah|-|-|1|AFTERNOON|57
            15|moving qemu away from C|moving qemu away from C|BOF||-|-|1|AFTERNOON|57
            16|Keynote on QEMU development|keynote|KEYNOTE|Anthony Liguori|5/57/2011-forum-qemu-keynote-liguori.pdf|PDF|2|MORNING|61
            17|performance monitoring in KVM guests|performance monitoring in KVM guests|TALK|Avi Kivity|6/6d/Kvm-forum-2011-performance-monitoring.pdf|PDF|2|MORNING|63
            18|AHCI|AHCI|TALK|Alex Graf|7/73/2011-forum-ahci.pdf|PDF|2|MORNING|65
            19|QAPI and QOM|QAPI and QOM|TALK|Anthony Liguori|e/e6/2011-forum-qapi-liguori.pdf|PDF|2|MORNING|67
            20|qdev|qdev|TALK|Markus Armbruster|b/bc/2011-forum-armbru-qdev.pdf|PDF|2|MORNING|69
            21|SPICE|SPICE|TALK|Alon Levy|f/f1/Spice_Roadmap_KVM_forum_2011.pdf|PDF|2|MORNING|71
            22|USB subsystem|USB subsystem|TALK|Gerd Hoffmann|1/1f/2011-forum-usb.pdf|PDF|2|MORNING|73
            23|KVM Graphics Device Assignment|KVM Graphics Device Assignment|TALK|Allen Kay|b/be/2011-forum-%24graphics-direct-assignment.pdf|PDF|2|AFTERNOON|77
            24|Live block copy in QEMU|Live block copy in QEMU|TALK|Marcelo Tosatti|c/cf/2011-forum-qemu_live_block_copy_submit.pdf|PDF|2|AFTERNOON|79
            25|AMD IOMMU v2 support in KVM|AMD IOMMU v2 support in KVM|TALK|Joerg Roedel|b/b1/2011-forum-amd-iommuv2-kvm.pdf|PDF|2|AFTERNOON|81
            26|Live Migration|Live Migration|TALK|Juan Quintela|1/1e/2011-forum-migration.pp.pdf|PDF|2|AFTERNOON|83
            27|postcopy live migration|postcopy live migration|TALK|Takahiro Hirofuchi|e/ed/2011-forum-yabusame-postcopy-migration.pdf|PDF|2|AFTERNOON|87
            """;

    private static ContentModel model;
    private static Event event;

    @BeforeAll
    static void load() throws ContentException {
        model = ContentLoader.load(Path.of("content"));
        event = model.events().get(0);
    }

    @Test
    void everySessionIsAsThePostTellsIt() {
        List<String> expected = PROGRAM.lines().toList();
        List<String> actual = new ArrayList<>();
        for (Session session : event.sessions()) {
            List<String> speakers = model.speakersOf(session).stream().map(Person::name).toList();
            assertEquals(session.speakers().size(), speakers.size(), "every speaker id names a person");
            String slides = session.hasSlides() ? session.slides().url().substring(IMAGES.length()) : "-";
            String format = session.hasSlides() ? session.slides().format() : "-";
            actual.add(String.join("|", String.valueOf(session.order()), session.title(), session.titleInPost(),
                    session.kind().name(), String.join(";", speakers), slides, format,
                    String.valueOf(session.day()), session.part().name(), String.valueOf(session.line())));
        }
        assertEquals(expected, actual);
    }

    @Test
    void slidesLinksPointIntoTheForumWikiEachOnExactlyOneSession() {
        Set<String> urls = new HashSet<>();
        for (Session session : event.sessions()) {
            if (session.hasSlides()) {
                assertTrue(session.slides().url().startsWith(IMAGES), session.slides().url());
                assertTrue(urls.add(session.slides().url()), "twice: " + session.slides().url());
            }
        }
        assertEquals(23, urls.size());
    }

    @Test
    void sessionIdsAreYearPrefixedSlugs() {
        assertEquals("2011-vfio-based-pci-device-assignment", event.sessions().get(2).id());
        assertEquals("2011-avis-keynote", event.sessions().get(0).id());
        assertEquals("2011-keynote-on-qemu-development", event.sessions().get(15).id());
        for (Session session : event.sessions()) {
            assertTrue(session.id().matches("2011-[a-z0-9]+(-[a-z0-9]+)*"), session.id());
            assertTrue(session.id().length() <= 64, session.id());
            assertEquals("kvm-forum-2011", session.eventId());
        }
        assertEquals(27, model.sessions().stream().map(Session::id).distinct().count());
    }

    @Test
    void summariesAreTheParagraphsAsPlainText() {
        Session vfio = model.session("2011-vfio-based-pci-device-assignment").orElseThrow();
        assertTrue(vfio.summary().startsWith("Alex Williamson talked about VFIO-based PCI device assignment. The current"),
                vfio.summary());
        assertTrue(vfio.summary().contains("exposes devices in /dev/vfio*, via which"), vfio.summary());
        Session keynote = event.sessions().get(0);
        assertTrue(keynote.summary().contains("the Open Virtualization Alliance to bridge the gap."), keynote.summary());
        for (Session session : event.sessions()) {
            String summary = session.summary();
            assertFalse(summary.contains("\u00A0"), "NBSP left in " + session.id());
            assertFalse(summary.contains("  ") || summary.contains("\n"), "whitespace not collapsed in " + session.id());
            assertFalse(summary.contains("](") || summary.contains("http"), "Markdown left in " + session.id());
        }
        assertTrue(event.sessions().get(14).summary().startsWith("My other topic, on guest - host communication"));
    }

    @Test
    void peopleAndTheirSessionsInProgramOrder() {
        assertPerson("avi-kivity", "Avi Kivity", 1, 17);
        assertPerson("anthony-liguori", "Anthony Liguori", 13, 16, 19);
        assertPerson("alon-levy", "Alon Levy", 13, 21);
        assertPerson("gerd-hoffmann", "Gerd Hoffmann", 13, 22);
        assertPerson("amit-shah", "Amit Shah", 13, 14);
        assertPerson("hans-de-goede", "Hans de Goede", 13);
        assertPerson("asias-he", "Asias He", 6);
        assertPerson("rik-van-riel", "Rik van Riel", 8);
        assertPerson("marcelo-tosatti", "Marcelo Tosatti", 24);
        assertPerson("takahiro-hirofuchi", "Takahiro Hirofuchi", 27);
        List<String> names = model.people().stream().map(Person::name).toList();
        assertEquals(List.of("Avi Kivity", "Paul Mackerras", "Alex Williamson", "Kevin Wolf", "Stefan Hajnoczi",
                "Paolo Bonzini", "Asias He", "Andrea Arcangeli", "Rik van Riel", "Bryan Cantrill", "Michael Tsirkin",
                "Ryan Harper", "Dan Magenheimer", "Amit Shah", "Hans de Goede", "Alon Levy", "Anthony Liguori",
                "Gerd Hoffmann", "Alex Graf", "Markus Armbruster", "Allen Kay", "Marcelo Tosatti", "Joerg Roedel",
                "Juan Quintela", "Takahiro Hirofuchi"), names);
        assertFalse(names.contains("Brian Stevens"), "hosting a dinner is no session");
        for (Person person : model.people()) {
            for (Session session : model.sessionsOf(person)) {
                assertTrue(session.speakers().contains(person.id()), person.id() + " in " + session.id());
            }
        }
    }

    @Test
    void mentionsAreTheFormsThePostUses() {
        assertEquals(List.of("Avi"), mentions("avi-kivity"));
        assertEquals(List.of("Stefan Hajnoczi", "Stefan"), mentions("stefan-hajnoczi"));
        assertEquals(List.of("Paolo Bonzini", "Paolo"), mentions("paolo-bonzini"));
        assertEquals(List.of("Anthony Liguori", "Anthony"), mentions("anthony-liguori"));
        assertEquals(List.of("Alex Williamson"), mentions("alex-williamson"), "'Alex' alone would be ambiguous");
        assertEquals(List.of("Rik van Riel", "Rik"), mentions("rik-van-riel"));
        assertEquals(List.of("Bryan Cantrill", "Bryan"), mentions("bryan-cantrill"));
        assertEquals(List.of("Hans de Goede", "Hans"), mentions("hans-de-goede"));
        assertEquals(List.of("Asias He"), mentions("asias-he"));
        assertEquals(List.of("Amit Shah"), mentions("amit-shah"));
    }

    @Test
    void firstNamesLaterInAParagraphMakeNoSpeaker() {
        Session postcopy = event.sessions().get(26);
        assertTrue(postcopy.summary().contains("Anthony wanted to ensure"));
        assertEquals(List.of("takahiro-hirofuchi"), postcopy.speakers());
        Session virtioScsi = event.sessions().get(4);
        assertEquals(List.of("stefan-hajnoczi", "paolo-bonzini"), virtioScsi.speakers());
    }

    @Test
    void eventFactsComeFromTheProse() {
        assertEquals("kvm-forum-2011", event.id());
        assertEquals("KVM Forum 2011", event.name());
        assertEquals(2011, event.year());
        assertEquals("Vancouver", event.venue().place());
        assertEquals("LinuxCon NA", event.venue().colocatedWith());
        assertEquals("about 150 attendees", event.facts().attendance());
        assertEquals(150, event.facts().attendees());
        assertEquals(30, event.program().slotMinutes());
        assertEquals("in the afternoon sessions", event.program().parallelTracks());
        assertTrue(event.program().parallelIn(1, PartOfDay.AFTERNOON) && event.program().parallelIn(2, PartOfDay.AFTERNOON));
        assertFalse(event.program().parallelIn(1, PartOfDay.MORNING));
        assertEquals("All the talks have been video-recorded, though, and they should appear soon on the Forum page.",
                event.facts().recordings().statement());
        assertEquals("http://www.linux-kvm.org/page/KVM_Forum_2011", event.facts().recordings().whereUrl());
        assertEquals(2008, event.facts().firstForum().year());
        assertEquals("about 30 developers in a single room", event.facts().firstForum().size());
        assertTrue(event.facts().firstForum().statement().contains("the virtio design was hashed out during this conference"));
        assertEquals(2, event.program().days());
        assertEquals(2, event.program().afterTalks().size());
        assertEquals(1, event.program().afterTalks().get(0).day());
        assertEquals("All the attendees then headed out to a pub nearby to exchange stories over beer.",
                event.program().afterTalks().get(0).statement());
        assertEquals(2, event.program().afterTalks().get(1).day());
        assertTrue(event.program().afterTalks().get(1).statement().contains("dinner hosted by CTO Brian Stevens"));
        assertTrue(event.program().afterTalks().get(1).statement().contains("brewery"));
        assertEquals(new Event.Report("Amit Shah", "http://www.blogger.com/profile/10926476078134010150",
                "http://log.amitshah.net/2011/08/kvm-forum-2011.html", "http://www.linux-kvm.org/page/KVM_Forum_2011",
                "2011-08-23", "amosk", List.of("Virtualization")),
                event.report());
        assertEquals("2011-08-23", event.report().postDate());
    }

    @Test
    void modelLookupsAgree() {
        Session qdev = model.session("2011-qdev").orElseThrow();
        assertEquals(event, model.eventOf(qdev));
        assertEquals(Arrays.asList("Markus Armbruster"), model.speakersOf(qdev).stream().map(Person::name).toList());
        assertEquals(event, model.event("kvm-forum-2011").orElseThrow());
        assertNull(model.person("brian-stevens").orElse(null));
    }

    private static void assertPerson(String id, String name, int... orders) {
        Person person = model.person(id).orElseThrow(() -> new AssertionError("no person " + id));
        assertEquals(name, person.name());
        List<String> expected = new ArrayList<>();
        for (int order : orders) {
            expected.add(event.sessions().get(order - 1).id());
        }
        assertEquals(expected, person.sessionIds(), name);
    }

    private static List<String> mentions(String personId) {
        return model.person(personId).orElseThrow().mentions();
    }
}
