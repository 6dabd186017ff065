package org.kvmforum.bot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void anEmptyObjectGivesTheDefaults() throws Exception {
        assertEquals(BotConfig.defaults(), loader.parse("bot.json", "{}"));
        assertEquals(BotConfig.defaults(), loader.parse("bot.json", "  "));
    }

    @Test
    void aFileNamesOnlyWhatItChanges() throws Exception {
        BotConfig config = loader.parse("bot.json", """
                {"registration": {"guildIds": ["123456789012345678"]},
                 "shards": {"total": 4, "ids": [2, 3]},
                 "rateLimit": {"commands": 3}}
                """);
        assertEquals(List.of("123456789012345678"), config.registration().guildIds());
        assertEquals(4, config.shards().total());
        assertEquals(List.of(2, 3), config.shards().ids());
        assertEquals(3, config.rateLimit().commands());
        assertEquals(BotConfig.defaults().rateLimit().windowSeconds(), config.rateLimit().windowSeconds());
        assertEquals(BotConfig.defaults().discord(), config.discord());
    }

    @Test
    void withoutAFileTheContentIsTheBuiltInOne() throws Exception {
        assertEquals("", loader.load(null).content().directory(), "empty: the content built into the jar");
        assertEquals("", loader.parse("bot.json", "{}").content().directory());
    }

    @Test
    void theCommittedConfigLoads() throws Exception {
        Path committed = Path.of("config", "bot.json");
        BotConfig config = loader.load(committed);
        assertEquals("content", config.content().directory());
    }

    @Test
    void anUnknownKeyIsNamedWithItsPath() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.parse("bot.json", "{\"shards\": {\"count\": 2}}"));
        assertTrue(e.getMessage().contains("unknown key 'shards.count'"), e.getMessage());
        assertTrue(e.getMessage().contains("total, ids"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void aWrongTypeIsNamed() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.parse("bot.json", "{\"rateLimit\": {\"commands\": \"five\"}}"));
        assertEquals("bot.json: 'rateLimit.commands' must be a whole number, not \"five\"", e.getMessage());
        e = assertThrows(ConfigException.class, () -> loader.parse("bot.json", "{\"shards\": 2}"));
        assertTrue(e.getMessage().contains("'shards' must be an object"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> loader.parse("bot.json", "{\"registration\": {\"guildIds\": 5}}"));
        assertTrue(e.getMessage().contains("'registration.guildIds' must be a list"), e.getMessage());
    }

    @Test
    void aMalformedGuildIdIsRefused() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.parse("bot.json", "{\"registration\": {\"guildIds\": [\"my-guild\"]}}"));
        assertTrue(e.getMessage().contains("\"my-guild\", which is not a Discord guild id"), e.getMessage());
    }

    @Test
    void malformedJsonNamesTheLine() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> loader.parse("bot.json", "{\n  \"shards\": {\n    \"total\": 2,,\n  }\n}"));
        assertTrue(e.getMessage().startsWith("bot.json:3: not valid JSON"), e.getMessage());
    }

    @Test
    void badValuesAreRefused() {
        assertThrows(ConfigException.class, () -> loader.parse("b", "{\"shards\": {\"total\": 0}}"));
        assertThrows(ConfigException.class, () -> loader.parse("b", "{\"shards\": {\"total\": 2, \"ids\": [2]}}"));
        assertThrows(ConfigException.class, () -> loader.parse("b", "{\"shards\": {\"ids\": [0]}}"));
        assertThrows(ConfigException.class, () -> loader.parse("b", "{\"colours\": {\"talk\": \"blue\"}}"));
        assertThrows(ConfigException.class, () -> loader.parse("b", "{\"discord\": {\"gatewayUrl\": \"http://x\"}}"));
        assertThrows(ConfigException.class, () -> loader.parse("b", "{\"rateLimit\": {\"commands\": 0}}"));
        assertThrows(ConfigException.class, () -> loader.parse("b", "[1, 2]"));
    }

    @Test
    void aMissingOrUnreadableFileIsNamed(@TempDir Path dir) throws Exception {
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(dir.resolve("nope.json")));
        assertTrue(e.getMessage().endsWith("nope.json: no such file"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> loader.load(dir));
        assertTrue(e.getMessage().contains("cannot be read"), e.getMessage());
        Path file = Files.writeString(dir.resolve("bot.json"), "{\"presence\": {\"activity\": \"hi\"}}");
        assertEquals("hi", loader.load(file).presence().activity());
    }

    @Test
    void theDefaultActivityNamesTheLatestEventOfTheContentNotOneOfItsOwn() {
        BotConfig.Presence presence = BotConfig.defaults().presence();
        assertEquals("/help · Some Forum 2031", presence.activityFor("Some Forum 2031"));
        assertEquals("/help · Other Forum 1999", presence.activityFor("Other Forum 1999"));
        assertEquals("as written", new BotConfig.Presence("as written").activityFor("Some Forum 2031"));
        assertEquals(128, presence.activityFor("x".repeat(300)).length(), "within Discord's limit");
    }
}
