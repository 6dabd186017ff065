package org.kvmforum.bot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenTest {
    private static List<String> words(String text) {
        return Token.of(text).stream().map(Token::text).toList();
    }

    @Test
    void aSlashBetweenTwoSingleLettersJoinsThem() {
        assertEquals(List.of("capping", "guest", "disk", "io"), words("capping guest disk I/O"));
        assertEquals(List.of("io", "throttling"), words("I/O throttling"));
    }

    @Test
    void aSlashBetweenLongerWordsSeparatesThem() {
        assertEquals(List.of("and", "or"), words("and/or"));
        assertEquals(List.of("virtio", "vhost"), words("virtio/vhost"));
        assertEquals(List.of("a", "bc"), words("a/bc"));
    }

    @Test
    void compoundsAndPossessivesAreKept() {
        assertEquals(List.of("avi", "post-copy", "dont"), words("Avi's post-copy don't"), "an inner apostrophe joins");
    }
}
