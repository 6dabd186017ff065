package org.kvmforum.bot.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.content.PartOfDay;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.content.SessionKind;
import org.kvmforum.bot.content.Slides;

/**
 * The KVM Forum 2011 post as a content model, built by hand from the post so the search layer can be tested
 * before (and independently of) the parser. Titles, speakers, order and summaries are the post's own.
 */
final class PostFixture {
    static final String EVENT = "kvm-forum-2011";
    private static final String IMAGES = "http://www.linux-kvm.org/wiki/images/";

    private final List<Session> sessions = new ArrayList<>();
    private final Map<String, PersonBuilder> people = new LinkedHashMap<>();

    private PostFixture() {}

    private record PersonBuilder(String id, String name, List<String> mentions, List<String> sessionIds) {}

    static ContentModel kvmForum2011() {
        PostFixture f = new PostFixture();
        f.person("avi-kivity", "Avi Kivity", "Avi");
        f.person("paul-mackerras", "Paul Mackerras");
        f.person("alex-williamson", "Alex Williamson");
        f.person("kevin-wolf", "Kevin Wolf");
        f.person("stefan-hajnoczi", "Stefan Hajnoczi", "Stefan");
        f.person("paolo-bonzini", "Paolo Bonzini", "Paolo");
        f.person("asias-he", "Asias He");
        f.person("andrea-arcangeli", "Andrea Arcangeli");
        f.person("rik-van-riel", "Rik van Riel", "Rik");
        f.person("bryan-cantrill", "Bryan Cantrill", "Bryan");
        f.person("michael-tsirkin", "Michael Tsirkin");
        f.person("ryan-harper", "Ryan Harper");
        f.person("dan-magenheimer", "Dan Magenheimer");
        f.person("hans-de-goede", "Hans de Goede", "Hans");
        f.person("alon-levy", "Alon Levy");
        f.person("anthony-liguori", "Anthony Liguori", "Anthony");
        f.person("gerd-hoffmann", "Gerd Hoffmann");
        f.person("markus-armbruster", "Markus Armbruster");
        f.person("alex-graf", "Alex Graf");
        f.person("allen-kay", "Allen Kay");
        f.person("marcelo-tosatti", "Marcelo Tosatti");
        f.person("joerg-roedel", "Joerg Roedel");
        f.person("juan-quintela", "Juan Quintela");
        f.person("takahiro-hirofuchi", "Takahiro Hirofuchi");

        f.session("avi-keynote", "Keynote", "Avi's keynote", SessionKind.KEYNOTE, 1, PartOfDay.MORNING,
                "2011-forum-keynote.pdf", "Avi's keynote started off the Forum. One of the main points was the lack "
                + "of marketing in KVM, and how the formation of the Open Virtualization Alliance to bridge the gap. "
                + "He also talked about an ARM port finally getting some development (on his 2008 prediction of an "
                + "ARM port coming soon not materialising, he said in his 2010 keynote: \"this is a case of reality "
                + "not catching up with predictions\").", "avi-kivity");
        f.session("kvm-on-power7", "KVM on the POWER7", "KVM on the POWER7", SessionKind.TALK, 1, PartOfDay.MORNING,
                "2011-forum-KVM_on_the_IBM_POWER7_Processor.pdf", "Paul Mackerras then talked about KVM on the POWER7 "
                + "processor, another processor to get virt extensions. He talked of replacing pHype with KVM and the "
                + "challenges to run custom firmware and Linux directly on the machines, as opposed to the default "
                + "firmware which can only run pHype.", "paul-mackerras");
        f.session("vfio", "VFIO-based PCI device assignment", "VFIO-based PCI device assignment", SessionKind.TALK, 1,
                PartOfDay.MORNING, "2011-forum-VFIO.pdf", "Alex Williamson talked about VFIO-based PCI device "
                + "assignment. The current device assignment code makes the kvm.ko module a device driver for the "
                + "device to be assigned to the guest (I'm to blame for that, I wrote that code). The idea with VFIO "
                + "is to move the complexity of device assignment into userspace. VFIO is a device driver which "
                + "exposes devices in /dev/vfio*, via which the device can be configured and controlled. This is a "
                + "much more cleaner and secure way of doing device assignment.", "alex-williamson");
        f.session("next-gen-block-format", "next-gen block file format", "next-gen block file format", SessionKind.TALK,
                1, PartOfDay.MORNING, "2011-forum-qcow2.pdf", "Kevin Wolf talked on the current state of block file "
                + "formats, and the next-gen block file format. He criticised the NIH syndrome of people developing new "
                + "formats in isolation instead of enhancing the current ones. He's working on collecting the best "
                + "ideas from QED and FVD, the newest formats, and putting them into QCOW3 while retaining the features "
                + "from QCOW2, which the other formats dropped.", "kevin-wolf");
        f.session("virtio-scsi", "virtio-scsi transport", "virtio-scsi transport", SessionKind.TALK, 1,
                PartOfDay.MORNING, "2011-forum-virtio-scsi.pdf", "Stefan Hajnoczi and Paolo Bonzini then talked of a "
                + "new virtio-scsi transport, Stefan is working on the new in-kernel SCSI target and using vhost to "
                + "accelerate communication. Paolo has already written the virtio-scsi spec.",
                "stefan-hajnoczi", "paolo-bonzini");
        f.session("native-linux-kvm-tool", "Native Linux KVM tool", "Native Linux KVM tool", SessionKind.TALK, 1,
                PartOfDay.MORNING, "2011-forum-native-linux-kvm-tool.pdf", "Asias He presented the Native Linux KVM "
                + "tool. My reaction on the presentation was that they started out as a toy project to run Linux "
                + "guests, but their planned feature set sounds like they are going to replicate qemu. That's not a "
                + "bad thing, though, KVM (the kernel module) was designed to be able to drive multiple userspace "
                + "hypervisors, and this is the first one that's making some news.", "asias-he");
        f.session("memory-management", "future of Memory Management in KVM", "future of Memory Management in KVM",
                SessionKind.TALK, 1, PartOfDay.AFTERNOON, "2011-forum-aa-numa.pdf", "Andrea Arcangeli's talk on the "
                + "future of Memory Management in KVM had quite a lot of TODO items. He particularly talked on NUMA "
                + "management and his ongoing work on it. Current NUMA policies are static; he wants to make them "
                + "dynamic, with the guest moving to the node where RAM is allocated, and vice-versa.",
                "andrea-arcangeli");
        f.session("more-mm-work", "some more MM work", "some more MM work", SessionKind.TALK, 1, PartOfDay.AFTERNOON,
                "2011-forum-memory-overcommit.pdf", "Rik van Riel then talked about some more MM work: free page "
                + "hinting, which can improve the memory utilisation both in the host and guest, and automatic memory "
                + "resizing. There might be some drawbacks to this as free page hinting may not consider THP and end "
                + "up breaking huge pages.", "rik-van-riel");
        f.session("smartos", "experiences porting KVM to SmartOS", "experiences porting KVM to SmartOS",
                SessionKind.TALK, 1, PartOfDay.AFTERNOON, "2011-forum-porting-to-smartos.pdf", "Next was \"experiences "
                + "porting KVM to SmartOS\", a lively and animated talk by Bryan Cantrill. This talked about porting "
                + "the kvm module and qemu-kvm to Illumos, a Solaris clone. They primarily want the benefits of ZFS, "
                + "DTrace, Zones and KVM. No matter how much interesting it sounds, the question on licensing was "
                + "addressed vaguely (if at all) during the talk. In a private chat later, Bryan mentioned there's no "
                + "violation at all. There's some talk at lwn.net on licensing as well.", "bryan-cantrill");
        f.session("virtio-net", "new virtio networking features", "new virtio networking features", SessionKind.TALK,
                1, PartOfDay.AFTERNOON, "2011-forum-virtio_net_whatsnew.odp", "Michael Tsirkin talked on new virtio "
                + "networking features. Main was the event indexing feature which reduces the exit interrupts to host "
                + "if there are pending exits and a new buffer is queued in the vring. Sort of like NAPI for virtio. "
                + "He also talked about zero-copy TX and filtering, and the security pitfalls of doing so.",
                "michael-tsirkin");
        f.session("io-throttling", "IO throttling in QEMU", "IO throttling in QEMU", SessionKind.TALK, 1,
                PartOfDay.AFTERNOON, "2011-forum-keep-a-limit-on-it-io-throttling-in-qemu.pdf", "Ryan Harper then "
                + "talked of IO throttling in QEMU, a feature that uses cgroups to ensure guests don't go over their "
                + "allocated quota of IO activity.", "ryan-harper");
        f.session("transcendent-memory", "Transcendent memory", "Transcendent memory", SessionKind.LIGHTNING_TALK, 1,
                PartOfDay.AFTERNOON, null, "A couple of lightning talks were held, where Dan Magenheimer talked of "
                + "Transcendent memory, and how that can help with the work that Rik is doing.", "dan-magenheimer");
        f.session("bof-chardevs", "The state of chardevs in QEMU", "the state of chardevs in QEMU", SessionKind.BOF, 1,
                PartOfDay.AFTERNOON, null, "A few BOF sessions were lined up, people gathered in groups to discuss. I "
                + "caught hold of Hans de Goede, Alon Levy, Anthony Liguori and Gerd Hoffmann to discuss the state of "
                + "chardevs in QEMU. Hans had initiated a discussion just prior to the Forum on the non-upstream RHEL "
                + "and Fedora patches that we carry for chardev flow control. Anthony mentioned some races in the "
                + "existing implementation and came up with his own. He promised to merge the cleanup patchset soon "
                + "and float the flow control patches to the mailing list.",
                "hans-de-goede", "alon-levy", "anthony-liguori", "gerd-hoffmann");
        f.session("bof-guest-host", "Guest - host communication", "guest - host communication", SessionKind.BOF, 1,
                PartOfDay.AFTERNOON, null, "My other topic, on guest - host communication, got fizzled out, partly "
                + "due to my jet lag not allowing me to concentrate much.");
        f.session("bof-qemu-away-from-c", "Moving qemu away from C", "moving qemu away from C", SessionKind.BOF, 1,
                PartOfDay.AFTERNOON, null, "The other interesting topic, moving qemu away from C. I used that time to "
                + "talk with other people.");
        f.session("qemu-keynote", "QEMU keynote", "keynote", SessionKind.KEYNOTE, 2, PartOfDay.MORNING,
                "2011-forum-qemu-keynote-liguori.pdf", "The second day started with Anthony Liguori presenting the "
                + "keynote on QEMU development. He mentioned how the project has been doing very well with "
                + "sub-maintainers doing pull requests. A lot of patches have been committed since the last year. "
                + "Things indeed have improved since the last year, when many people were complaining of patches "
                + "bit-rotting on the mailing list for ages.", "anthony-liguori");
        f.session("performance-monitoring", "performance monitoring in KVM guests",
                "performance monitoring in KVM guests", SessionKind.TALK, 2, PartOfDay.MORNING,
                "Kvm-forum-2011-performance-monitoring.pdf", "Avi then took stage again to talk of performance "
                + "monitoring in KVM guests. He talked of providing a Performance Monitoring Unit to the guest via "
                + "several ways: pass-through, emulating a virtual PMU and emulating a real-life PMU. He also talked "
                + "of some new PMU features which are not model-specific which can be safely exposed to all guests.",
                "avi-kivity");
        f.session("ahci", "AHCI", "AHCI", SessionKind.TALK, 2, PartOfDay.MORNING, "2011-forum-ahci.pdf", "Alex Graf "
                + "then presented on AHCI. This was a very cool presentation with nice animation effects (too sad it "
                + "used non-free software to do that -- I don't know if free software can match those effects, "
                + "though). He showed how AHCI performed much better than the default IDE storage type. Performance "
                + "is half-way between virtio-blk and IDE, but since most OSes support AHCI out of the box (notable "
                + "exception being Windows XP), he made a case for making AHCI the default. There is some work to be "
                + "done before we can do that, though.", "alex-graf");
        f.session("qapi-qom", "QAPI and QOM", "QAPI and QOM", SessionKind.TALK, 2, PartOfDay.MORNING,
                "2011-forum-qapi-liguori.pdf", "Anthony Liguori next talked about QAPI and QOM, the QEMU Object "
                + "Model. These refactorings will make QEMU machines much easier to generate, and present a much saner "
                + "interface to higher-level management tools like libvirt. The plan is to get as much work done for "
                + "the impending 1.0 release. It was refreshing to hear Anthony not talk of replacing code in one big "
                + "patch (or one big series), and rather work in incremental steps in-tree. His last year's main point "
                + "of developing code in separate trees and doing merges had not gone down well with many developers.",
                "anthony-liguori");
        f.session("qdev", "qdev", "qdev", SessionKind.TALK, 2, PartOfDay.MORNING, "2011-forum-armbru-qdev.pdf",
                "Markus Armbruster then talked on qdev, on where we are, what's left, and what are the major pain "
                + "points. qdev conversion still remains one of the TODO items from last year, and the more it gets "
                + "delayed, the more everything else gets delayed in QEMU (including QOM conversion, which could be "
                + "an incremental step from qdev).", "markus-armbruster");
        f.session("spice", "SPICE", "SPICE", SessionKind.TALK, 2, PartOfDay.MORNING,
                "Spice_Roadmap_KVM_forum_2011.pdf", "Alon Levy then presented on SPICE, the current status as well as "
                + "the future. The SPICE protocol is an alternative to VNC with a much better focus on high-latency "
                + "links and more than just video over network.", "alon-levy");
        f.session("usb", "USB subsystem", "USB subsystem", SessionKind.TALK, 2, PartOfDay.MORNING,
                "2011-forum-usb.pdf", "Gerd Hoffmann described his work on the USB subsystem. QEMU could go from the "
                + "last project to support USB 2 to the first one to support USB 3. He also highlighted the work done "
                + "on bringing down the CPU usage with USB tablet devices to minimal, a common complaint that was "
                + "heard from users.", "gerd-hoffmann");
        f.session("graphics-assignment", "KVM Graphics Device Assignment", "KVM Graphics Device Assignment",
                SessionKind.TALK, 2, PartOfDay.AFTERNOON, "2011-forum-%24graphics-direct-assignment.pdf", "KVM "
                + "Graphics Device Assignment by Allen Kay. We had worked together on PCI device assignment a few "
                + "years back, and now Allen Kay talked of some roadblocks and ideas in implementing graphics device "
                + "assignment and experiences from doing so in Xen.", "allen-kay");
        f.session("live-block-copy", "Live block copy in QEMU", "Live block copy in QEMU", SessionKind.TALK, 2,
                PartOfDay.AFTERNOON, "2011-forum-qemu_live_block_copy_submit.pdf", "Live block copy in QEMU is being "
                + "worked on by a few people, Marcelo Tosatti presented the work done so far and the direction in the "
                + "future. He talked of how the two seemingly independent features of live block copy and snapshot "
                + "merges can share code.", "marcelo-tosatti");
        f.session("amd-iommu-v2", "AMD IOMMU v2 support in KVM", "AMD IOMMU v2 support in KVM", SessionKind.TALK, 2,
                PartOfDay.AFTERNOON, "2011-forum-amd-iommuv2-kvm.pdf", "Joerg Roedel then talked of AMD IOMMU v2 "
                + "support in KVM: the new feature set makes it possible to not pin all the guest memory pages on the "
                + "host. This alone is a very important feature for the future of device assignment.", "joerg-roedel");
        f.session("live-migration", "Live Migration", "Live Migration", SessionKind.TALK, 2, PartOfDay.AFTERNOON,
                "2011-forum-migration.pp.pdf", "Next up was Juan Quintela's session on Live Migration. It was an "
                + "entertaining ride on the challenges faced and the new directions to take. One of them was "
                + "post-copy migration, where the guest memory is faulted over the network after the guest is running "
                + "on the destination host, since the amount of guest RAM has been increasing over time.",
                "juan-quintela");
        f.session("postcopy-live-migration", "postcopy live migration", "postcopy live migration", SessionKind.TALK, 2,
                PartOfDay.AFTERNOON, "2011-forum-yabusame-postcopy-migration.pdf", "I rejoined for postcopy live "
                + "migration by Takahiro Hirofuchi. As promising as it may sound, Anthony wanted to ensure we have "
                + "eked out maximum performance from the current pre-copy implementation and then look at post-copy. "
                + "He also asked for benchmarking results for post-copy migration. An interesting case here may be to "
                + "guess the working set of a guest, perform a pre-copy using this set of pages, and then switch to "
                + "post-copy. The guessing of working set could be done via a guest agent or using MMU notifiers in "
                + "the host.", "takahiro-hirofuchi");
        return f.build();
    }

    private void person(String id, String name, String... mentions) {
        people.put(id, new PersonBuilder(id, name, List.of(mentions), new ArrayList<>()));
    }

    private void session(String id, String title, String titleInPost, SessionKind kind, int day, PartOfDay part,
            String slidesFile, String summary, String... speakers) {
        Slides slides = slidesFile == null ? null
                : new Slides(IMAGES + slidesFile, slidesFile.endsWith(".odp") ? "ODP" : "PDF");
        sessions.add(new Session(id, EVENT, title, titleInPost, kind, List.of(speakers), slides, day, part,
                sessions.size() + 1, summary, 20 + sessions.size()));
        for (String speaker : speakers) {
            people.get(speaker).sessionIds().add(id);
        }
    }

    private ContentModel build() {
        Event.Report report = new Event.Report("Amit Shah", null, "http://log.amitshah.net/2011/08/kvm-forum-2011.html",
                "http://www.linux-kvm.org/page/KVM_Forum_2011", "2011-08-23");
        Event event = new Event(EVENT, "KVM Forum 2011", 2011, new Event.Venue("Vancouver", "LinuxCon NA"),
                new Event.Program(2, 30, "in the afternoon sessions", List.of()),
                new Event.Facts("about 150 attendees", 150, null, null), report, sessions);
        List<Person> persons = people.values().stream()
                .map(p -> new Person(p.id(), p.name(), p.mentions(), p.sessionIds()))
                .toList();
        return new ContentModel(List.of(event), persons);
    }
}
