package org.kvmforum.bot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kvmforum.bot.content.ContentLoader;
import org.kvmforum.bot.content.ContentModel;

/** The one session index with both halves, on the real post and the real model, as /talk and /search use it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HybridSearchTest {
    private ContentModel model;
    private SessionSearch hybrid;
    private SessionSearch lexical;

    @BeforeAll
    void build() throws Exception {
        model = ContentLoader.load(Path.of("content"));
        hybrid = new SessionSearch(model);
        lexical = new SessionSearch(model, SentenceModel::none);
    }

    @Test
    void aTopicInOtherWordsFindsItsSessionByMeaning() {
        assertEquals("virtio-scsi transport", hybrid.best("paravirtualized scsi").orElseThrow().session().title());
        assertTrue(hybrid.best("handing a real GPU to a virtual machine").orElseThrow().session().title()
                .contains("Graphics Device Assignment"));
        assertTrue(lexical.best("handing a real GPU to a virtual machine").isEmpty(), "words alone cannot find it");
    }

    @Test
    void whatThePostDoesNotCoverStillMatchesNothing() {
        for (String query : new String[] {"the conference hotel", "kubernetes operators", "lunch menu"}) {
            assertTrue(hybrid.best(query).isEmpty(), query + " -> " + hybrid.best(query));
        }
    }

    @Test
    void theWordsDecideWhenTheyAreSure() {
        // A query the words answer confidently is never embedded: the lexical-only index gives the same result.
        assertEquals(lexical.search("vfio", 3), hybrid.search("vfio", 3));
        assertEquals(lexical.best("virtio scssi"), hybrid.best("virtio scssi"));
    }

    @Test
    void aSessionFarAheadOfTheRestIsMeantThoughItScoresLow() {
        // Everyday words score low on every session; on the one they mean, far above the rest.
        var ranked = hybrid.semantic().sessions("talk on limiting disk usage");
        assertTrue(ranked.get(0).score() < SemanticIndex.SESSION_MATCH, ranked.get(0).toString());
        assertTrue(SemanticIndex.confident(ranked).isEmpty());
        assertEquals("IO throttling in QEMU", SemanticIndex.confidentOrFarAhead(ranked).orElseThrow().title());
        // Close seconds are no lead: nothing is meant.
        var vague = hybrid.semantic().sessions("giving vms real hardware devices");
        assertTrue(SemanticIndex.confidentOrFarAhead(vague).isEmpty(), vague.subList(0, 2).toString());
    }

    @Test
    void sentencesOfThePostAreRankedByMeaning() {
        var best = hybrid.semantic().sentences("why were the talk slots so short?", model.events().get(0)).get(0);
        assertTrue(best.score() >= SemanticIndex.SENTENCE_MATCH, best.toString());
        assertTrue(best.item().text().contains("submissions"), best.item().text());
    }
}
