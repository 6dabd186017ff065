package org.kvmforum.bot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void lowerCasesAndCollapsesEveryKindOfWhitespace() {
        assertEquals("virtio scsi", TextNormalizer.normalize("  Virtio\u00a0\t\n SCSI\u2003 "));
    }

    @Test
    void dropsZeroWidthControlAndBidiCharacters() {
        assertEquals("vfio", TextNormalizer.normalize("v\u200bf\u0000i\u200eo\ufeff\u202e"));
    }

    @Test
    void foldsAccentsLigaturesAndWideForms() {
        assertEquals("jorg rodel", TextNormalizer.normalize("Jörg Rödel"));
        assertEquals("strasse aeon fix vfio", TextNormalizer.normalize("Straße Æon ﬁx ＶＦＩＯ"));
        assertEquals("avi's", TextNormalizer.normalize("Avi\u2019s"));
    }

    @Test
    void keepsCaseWhenOnlyCleaning() {
        assertEquals("Asias He", TextNormalizer.clean(" Asias\u00a0He "));
    }

    @Test
    void nullAndJunkBecomeEmpty() {
        assertEquals("", TextNormalizer.normalize(null));
        assertEquals("", TextNormalizer.normalize("\u0000\u200b \t"));
        assertEquals("", TextNormalizer.normalize("\ud800"));
    }

    @Test
    void capsHowMuchIsRead() {
        assertTrue(TextNormalizer.normalize("a".repeat(10_000)).length() <= TextNormalizer.MAX_INPUT_CHARS);
    }

    @Test
    void wordsSplitOnSymbolsAndDropPossessives() {
        assertEquals(List.of("avi", "keynote"), TextNormalizer.words("avi's keynote"));
        assertEquals(List.of("virtio", "scsi", "dev", "vfio"), TextNormalizer.words("virtio-scsi /dev/vfio*"));
        assertEquals(List.of("hajnoczi", "talk"), TextNormalizer.words("hajnoczi' talk"));
        assertEquals(List.of("dont", "power7", "v2"), TextNormalizer.words("don't power7 v2"));
        assertEquals(List.of("AVI"), TextNormalizer.words("AVI'S"));
        assertEquals(List.of(), TextNormalizer.words("-- ? ' **"));
    }

    @Test
    void wordsKnowWhereTheyStart() {
        assertEquals(List.of(new TextNormalizer.Word("Ask", 0), new TextNormalizer.Word("Wolf", 4)),
                TextNormalizer.wordsAt("Ask Wolf's"));
    }
}
