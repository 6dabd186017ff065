package org.kvmforum.bot.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kvmforum.bot.content.ContentLoader;
import org.kvmforum.bot.content.ContentModel;

/** Whatever a chat user pastes, nothing in the search layer throws or returns more than asked for. */
class HostileInputTest {
    private static SessionSearch search;
    private static PeopleDirectory people;

    @BeforeAll
    static void build() throws Exception {
        ContentModel model = ContentLoader.load(Path.of("content"));
        search = new SessionSearch(model);
        people = new PeopleDirectory(model);
    }

    @ParameterizedTest
    @MethodSource("hostileInputs")
    void nothingThrows(String input) {
        assertDoesNotThrow(() -> {
            List<SessionHit> hits = search.search(input, 5);
            assertTrue(hits.size() <= 5);
            assertNotNull(search.best(input));
            assertTrue(search.autocomplete(input, 25).size() <= 25);
            assertTrue(people.find(input).size() <= 100);
            assertTrue(people.autocomplete(input, 25).size() <= 25);
            assertNotNull(people.mentionedIn(input));
            for (SessionHit hit : hits) {
                assertTrue(hit.confidence() >= 0 && hit.confidence() <= 1.0001f, () -> "confidence " + hit);
            }
        }, () -> "input of " + (input == null ? "null" : input.length() + " chars"));
    }

    @Test
    void aTopicBuriedInAWallOfTextIsStillFoundWithinTheWordCap() {
        String query = "vfio " + "lorem ipsum dolor sit amet ".repeat(300);
        assertEquals("VFIO-based PCI device assignment", search.search(query, 1).get(0).session().titleInPost());
    }

    @Test
    void aModelWithoutSessionsOrPeopleAnswersEmpty() {
        ContentModel empty = new ContentModel(List.of(), List.of());
        SessionSearch emptySearch = new SessionSearch(empty);
        PeopleDirectory nobody = new PeopleDirectory(empty);
        assertTrue(emptySearch.search("vfio", 5).isEmpty());
        assertTrue(emptySearch.best("vfio").isEmpty());
        assertTrue(emptySearch.autocomplete("", 25).isEmpty());
        assertTrue(emptySearch.autocomplete("vf", 25).isEmpty());
        assertTrue(nobody.find("alex").isEmpty());
        assertTrue(nobody.autocomplete("", 25).isEmpty());
        assertTrue(nobody.mentionedIn("Alex said").isEmpty());
    }

    static Stream<String> hostileInputs() {
        List<String> inputs = new ArrayList<>(List.of(
                "", " ", "\u0000", "\u0000vfio\u0000", "\t\r\n", "\u00a0\u2007\u202f", "\u200b\u200c\u200d\u2060\ufeff",
                "\u202e\u202dvfio", "@everyone", "@here", "<@123>", "<@!123456789012345678>", "<#42>", "<:kvm:1234>",
                "**bold** __under__ ~~strike~~ `code` ```java\nclass X {}```", "> quote\n> vfio", "[vfio](http://x)",
                "title:vfio AND (qcow OR", "\"unterminated", "vfio~", "vfio^100", "*", "?", "\\", "/regex/", "+-&&||!(){}[]^\"~*?:\\/",
                "a".repeat(6000), "vfio ".repeat(1200), "é".repeat(3000), "🙂".repeat(3000), "\ud800", "\udc00x\ud800",
                "x\u0301\u0301\u0301\u0301\u0301", "ǅ ß ﬁ ＶＦＩＯ Ⅻ", "İstanbul ǰ", "ⅷ½²", "'", "'s", "''''", "o'", "-",
                "Hajnoczi'", "he he he he", "HE", "the the the", "0", "9".repeat(6000), "v2 v2 v2", "%s %n %d",
                "\u0085", "\u2028\u2029", "\uffff\ufffe", "\ud83d\ude00\ud83d", "日本語のテキスト", "עברית", "العربية", "Ελληνικά"));
        Random random = new Random(2011);
        int[][] ranges = {
                {0x00, 0x7f}, {0x80, 0x24f}, {0x300, 0x36f}, {0x2000, 0x206f}, {0x4e00, 0x4fff}, {0xd800, 0xdfff},
                {0xe000, 0xe0ff}, {0xfe00, 0xffff}, {0x1f600, 0x1f64f}, {0x10000, 0x10ffff}};
        for (int i = 0; i < 300; i++) {
            int length = i % 50 == 0 ? 6000 : random.nextInt(i % 3 == 0 ? 400 : 40);
            StringBuilder text = new StringBuilder(length);
            while (text.length() < length) {
                if (random.nextInt(8) == 0) {
                    text.append(random.nextBoolean() ? " vfio " : " Alex he Wolf ");
                    continue;
                }
                int[] range = ranges[random.nextInt(ranges.length)];
                int cp = range[0] + random.nextInt(range[1] - range[0] + 1);
                if (cp >= 0xd800 && cp <= 0xdfff) {
                    text.append((char) cp); // a lone surrogate, as broken clients send
                } else {
                    text.appendCodePoint(cp);
                }
            }
            inputs.add(text.toString());
        }
        inputs.add(null);
        return inputs.stream();
    }
}
