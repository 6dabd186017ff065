package org.kvmforum.bot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kvmforum.bot.content.PostFiles.copyRealPost;
import static org.kvmforum.bot.content.PostFiles.paragraphStartingWith;
import static org.kvmforum.bot.content.PostFiles.replaceOnce;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proves the model is read from the prose, not typed in: edit a copy of the post and the model follows. */
class ParsedFromProseTest {
    @TempDir
    Path dir;

    @Test
    void renamedSpeakerFollows() throws ContentException {
        ContentModel model = load(post -> replaceOnce(post, "Alex Williamson talked", "Alexandra Williams talked"));
        Session vfio = model.session("2011-vfio-based-pci-device-assignment").orElseThrow();
        assertEquals(List.of("alexandra-williams"), vfio.speakers());
        assertEquals("Alexandra Williams", model.person("alexandra-williams").orElseThrow().name());
        assertTrue(model.person("alex-williamson").isEmpty());
    }

    @Test
    void paragraphMovedToTheAfternoonFollows() throws ContentException {
        ContentModel model = load(post -> {
            String asias = paragraphStartingWith(post, "Asias He presented");
            String end = paragraphStartingWith(post, "That ended the first day's morning session");
            return replaceOnce(replaceOnce(post, asias, ""), end, end + asias);
        });
        Session tool = model.session("2011-native-linux-kvm-tool").orElseThrow();
        assertEquals(1, tool.day());
        assertEquals(PartOfDay.AFTERNOON, tool.part());
        assertEquals(6, tool.order(), "still the sixth session told of: first of the afternoon");
        assertEquals(5, model.sessions().stream()
                .filter(s -> s.day() == 1 && s.part() == PartOfDay.MORNING).count());
    }

    @Test
    void paragraphMovedToTheSecondDayFollows() throws ContentException {
        ContentModel model = load(post -> {
            String kevin = paragraphStartingWith(post, "Kevin Wolf talked on");
            String parallel = paragraphStartingWith(post, "That ended the first session;");
            return replaceOnce(replaceOnce(post, kevin, ""), parallel, parallel + kevin);
        });
        Session qcow = model.session("2011-next-gen-block-file-format").orElseThrow();
        assertEquals(2, qcow.day());
        assertEquals(PartOfDay.AFTERNOON, qcow.part());
        assertEquals(22, qcow.order());
    }

    @Test
    void removedLinkRemovesTheSession() throws ContentException {
        ContentModel model = load(post ->
                replaceOnce(post, "[AHCI](http://www.linux-kvm.org/wiki/images/7/73/2011-forum-ahci.pdf)", "AHCI"));
        assertEquals(26, model.sessions().size());
        assertTrue(model.session("2011-ahci").isEmpty());
        assertTrue(model.person("alex-graf").isEmpty(), "no session, no person");
        assertEquals(List.of(1, 2, 3), model.sessions().subList(0, 3).stream().map(Session::order).toList());
        assertEquals(26, model.sessions().get(25).order(), "orders stay dense");
    }

    @Test
    void withoutTheDataFileNamesAndTitlesAreThePostsOwn() throws Exception {
        copyRealPost(dir);
        Files.delete(dir.resolve("kvm-forum-2011.json"));
        ContentModel model = ContentLoader.load(dir);
        assertEquals("Avi", model.person("avi").orElseThrow().name());
        Session keynote = model.sessions().get(15);
        assertEquals("keynote", keynote.title());
        assertEquals("2011-keynote", keynote.id());
    }

    @Test
    void aPronounBesideANewLinkMeansTheSpeakerJustNamed() throws ContentException {
        ContentModel model = load(post -> replaceOnce(post, "the security pitfalls of doing so.",
                "the security pitfalls of doing so.  He then presented [vhost-net zero-copy](http://example.org/zc.odp)."));
        Session zeroCopy = model.session("2011-vhost-net-zero-copy").orElseThrow();
        assertEquals(List.of("michael-tsirkin"), zeroCopy.speakers());
        assertEquals("ODP", zeroCopy.slides().format());
    }

    @Test
    void dayMarkersAreSentencesNotPositions() throws ContentException {
        // Without "That ended day 1 of talks" the BOF paragraph still leads into "The second day started with".
        ContentModel model = load(post -> replaceOnce(post, "That ended day 1 of talks. ", ""));
        assertEquals(2, model.session("2011-keynote-on-qemu-development").orElseThrow().day());
        Event event = model.events().get(0);
        assertEquals(1, event.program().afterTalks().size(), "only the second day's ending is told now");
        assertFalse(event.program().afterTalks().get(0).statement().contains("pub"));
    }

    private ContentModel load(UnaryOperator<String> edit) throws ContentException {
        copyRealPost(dir, edit);
        return ContentLoader.load(dir);
    }
}
