package org.kvmforum.bot.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UserTextTest {
    @Test
    void mentionsCannotPing() {
        String echoed = UserText.echo("@everyone and @here and <@123456> and <@&42>", 200);
        assertFalse(echoed.contains("@everyone"), echoed);
        assertFalse(echoed.contains("@here"), echoed);
        assertFalse(echoed.matches("(?s).*(?<!\\\\)<@.*"), "an unescaped <@ would be a mention: " + echoed);
        for (int i = echoed.indexOf('@'); i >= 0; i = echoed.indexOf('@', i + 1)) {
            assertEquals('\u200B', echoed.charAt(i + 1), "every @ is followed by a zero-width space");
        }
    }

    @Test
    void markdownAndLinksAreEscaped() {
        String echoed = UserText.echo("# big [click](https://evil.example) **bold** `code` ||spoiler||", 200);
        assertFalse(echoed.contains("[click](https"), echoed);
        assertTrue(echoed.startsWith("\\#"), echoed);
        assertTrue(echoed.contains("\\*\\*bold\\*\\*"), echoed);
    }

    @Test
    void invisibleAndControlCharactersAreRemoved() {
        assertEquals("abc def", UserText.echo("a\u200Bb\u202Ec\u0000 \n\t def", 50));
    }

    @Test
    void longTextIsClippedWithinTheLimitEvenAfterEscaping() {
        String raw = "*".repeat(6000);
        String echoed = UserText.echo(raw, 100);
        assertTrue(echoed.length() <= 100, "length " + echoed.length());
        assertTrue(echoed.endsWith("…"));
        assertFalse(echoed.endsWith("\\…"));
    }

    @Test
    void blankTextSaysSo() {
        assertEquals("(nothing)", UserText.echo("\u200B  \u0007", 20));
    }

    @Test
    void clipNeverSplitsASurrogatePair() {
        String emoji = "😀".repeat(10);
        String clipped = UserText.clip(emoji, 6);
        assertTrue(clipped.length() <= 6);
        assertFalse(Character.isHighSurrogate(clipped.charAt(clipped.length() - 2)));
    }

    @Test
    void logLinesCannotBeForged() {
        String logged = UserText.forLog("vfio\n12:00:00.000 ERROR [main] Fake - forged\r", 200);
        assertFalse(logged.contains("\n") || logged.contains("\r"), logged);
        assertTrue(logged.startsWith("vfio\\u000a12:00"), logged);
        assertTrue(UserText.forLog("x".repeat(1000), 50).length() <= 51);
    }
}
