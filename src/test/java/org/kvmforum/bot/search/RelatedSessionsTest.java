package org.kvmforum.bot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kvmforum.bot.content.ContentLoader;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Session;

/**
 * The rule: a session's related sessions are others of its own event that share its topic, closest first;
 * a session whose topic no other shares has none. The examples are the real post's sessions that share one.
 */
class RelatedSessionsTest {
    private static ContentModel model;
    private static RelatedSessions related;

    @BeforeAll
    static void load() throws Exception {
        model = ContentLoader.load(Path.of("content"));
        related = new RelatedSessions(model);
    }

    private static Session titled(String title) {
        return model.sessions().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }

    private static List<String> relatedTitles(String title) {
        return related.of(titled(title), 3).stream().map(Session::title).toList();
    }

    @Test
    void migrationTalksAreEachOthersClosest() {
        assertEquals("postcopy live migration", relatedTitles("Live Migration").get(0));
        assertEquals("Live Migration", relatedTitles("postcopy live migration").get(0));
    }

    @Test
    void liveBlockCopySitsBesideBothMigrationTalks() {
        assertTrue(relatedTitles("Live Migration").contains("Live block copy in QEMU"));
        assertTrue(relatedTitles("postcopy live migration").contains("Live block copy in QEMU"));
        assertTrue(relatedTitles("Live block copy in QEMU").containsAll(
                List.of("Live Migration", "postcopy live migration")));
    }

    @Test
    void deviceAssignmentTalksShareTheirTopic() {
        List<String> vfio = relatedTitles("VFIO-based PCI device assignment");
        assertEquals(Set.of("KVM Graphics Device Assignment", "AMD IOMMU v2 support in KVM"), Set.copyOf(vfio));
        assertTrue(relatedTitles("KVM Graphics Device Assignment").contains("VFIO-based PCI device assignment"));
        assertTrue(relatedTitles("AMD IOMMU v2 support in KVM").containsAll(
                List.of("VFIO-based PCI device assignment", "KVM Graphics Device Assignment")));
    }

    @Test
    void oneWordInCommonIsNotATopic() {
        // The lightning talk and live block copy share only "work"; the lightning talk is about Rik's memory work.
        assertEquals(List.of("some more MM work"), relatedTitles("Transcendent memory"));
    }

    @Test
    void aSessionWhoseTopicNobodySharesHasNone() {
        long alone = model.sessions().stream().filter(s -> related.of(s, 3).isEmpty()).count();
        assertTrue(alone > 0, "some talks stand alone rather than get noise");
        assertTrue(related.of(titled("experiences porting KVM to SmartOS"), 3).isEmpty());
    }

    @Test
    void relatedIsNeverTheSessionItselfAndAtMostTheLimit() {
        for (Session session : model.sessions()) {
            List<Session> found = related.of(session, 3);
            assertTrue(found.size() <= 3);
            assertTrue(!found.contains(session), session.title());
            found.forEach(other -> assertEquals(session.eventId(), other.eventId()));
        }
        assertEquals(List.of(), related.of(titled("Live Migration"), 0));
    }

    @Test
    void neverAcrossEvents() throws Exception {
        ContentModel two = ContentLoader.load(Path.of("src", "test", "resources", "content", "two-events"));
        RelatedSessions across = new RelatedSessions(two);
        int pairs = 0;
        for (Session session : two.sessions()) {
            for (Session other : across.of(session, 3)) {
                assertEquals(session.eventId(), other.eventId(), session.title() + " / " + other.title());
                pairs++;
            }
        }
        assertTrue(pairs > 0, "the two events' own sessions still relate within each");
    }
}
