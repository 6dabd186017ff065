package org.kvmforum.bot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kvmforum.bot.standin.FakeDiscord;
import org.kvmforum.bot.standin.RestRoutes;

/** Start-up against the local stand-in, as an operator runs the bot. */
class StartupTest {
    private static final Duration START = Duration.ofSeconds(30);

    @Test
    void connectsAndRegistersEveryCommandGloballyInOneValidOverwrite(@TempDir Path dir) throws Exception {
        try (FakeDiscord discord = FakeDiscord.builder().shards(1).build();
             LiveBot bot = LiveBot.start(discord, dir, "")) {
            assertEquals(1, discord.requestCount(RestRoutes.SELF), "JDA checks the token once");
            assertEquals(1, discord.identifies().size());
            assertEquals(1, discord.requestCount(RestRoutes.GLOBAL_COMMANDS), "one bulk overwrite");
            JsonNode commands = discord.registeredCommands().global().orElseThrow();
            Set<String> names = new TreeSet<>();
            for (JsonNode command : commands) {
                names.add(command.get("name").asText());
                assertValidCommand(command);
            }
            assertEquals(new TreeSet<>(List.of("Find talks", "about", "ask", "help", "reload", "schedule", "search",
                    "slides", "speaker", "talk")), names);
            assertEquals(3, find(commands, "Find talks").get("type").asInt(), "a message command, same overwrite");
            JsonNode reload = find(commands, "reload");
            assertEquals("32", reload.get("default_member_permissions").asText(), "Manage Server only");
            assertTrue(discord.unexpectedRequests().isEmpty(), discord.unexpectedRequests().toString());
            assertEquals(0, bot.stop());
        }
    }

    @Test
    void registersInConfiguredGuildsInsteadOfGlobally(@TempDir Path dir) throws Exception {
        try (FakeDiscord discord = FakeDiscord.builder().shards(1).build()) {
            long guild = discord.guilds().get(0).id();
            try (LiveBot bot = LiveBot.start(discord, dir,
                    "\"registration\": {\"guildIds\": [\"" + guild + "\"]}")) {
                assertTrue(discord.registeredCommands().guild(guild).isPresent());
                assertFalse(discord.registeredCommands().global().isPresent());
            }
        }
    }

    @Test
    void aRejectedTokenGivesOneLineAndANonZeroExit(@TempDir Path dir) throws Exception {
        try (FakeDiscord discord = FakeDiscord.builder().shards(1).validTokens("the-right-one").build()) {
            Path config = LiveBot.writeConfig(discord, dir, "");
            LiveBot bot = LiveBot.run(Map.of("DISCORD_TOKEN", "a-wrong-token"), "--config",
                    config.toString());
            int code = bot.exit.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(1, code);
            List<String> lines = bot.stderr().lines().filter(line -> line.startsWith("kvm-forum-bot:")).toList();
            assertEquals(1, lines.size(), bot.stderr());
            assertTrue(lines.get(0).contains("refused the token"), lines.get(0));
            assertFalse(bot.stderr().contains("a-wrong-token"), "the token never appears in output");
            assertFalse(bot.stderr().contains("\tat "), "no stack trace: " + bot.stderr());
            assertTrue(discord.identifies().isEmpty(), "no gateway connection, no reconnect loop");
        }
    }

    private static JsonNode find(JsonNode commands, String name) {
        for (JsonNode command : commands) {
            if (command.get("name").asText().equals(name)) {
                return command;
            }
        }
        throw new AssertionError("no command " + name);
    }

    /** Discord's rules for a command: names, descriptions, option counts, the 8000-character total. */
    static void assertValidCommand(JsonNode command) {
        String name = command.get("name").asText();
        if (command.path("type").asInt(1) == 3) {
            // A message command: a name of 1 to 32 characters (spaces and capitals allowed), no description.
            assertTrue(name.length() >= 1 && name.length() <= 32, name);
            assertTrue(command.path("options").isEmpty(), name + " takes no options");
            return;
        }
        assertTrue(name.matches("[a-z0-9_-]{1,32}"), name);
        String description = command.get("description").asText();
        assertTrue(description.length() >= 1 && description.length() <= 100, name + ": " + description);
        int total = name.length() + description.length();
        List<String> optionNames = new ArrayList<>();
        JsonNode options = command.path("options");
        assertTrue(options.size() <= 25, name + " has too many options");
        for (JsonNode option : options) {
            String optionName = option.get("name").asText();
            assertTrue(optionName.matches("[a-z0-9_-]{1,32}"), optionName);
            assertFalse(optionNames.contains(optionName), "duplicate option " + optionName);
            optionNames.add(optionName);
            String optionDescription = option.get("description").asText();
            assertTrue(optionDescription.length() >= 1 && optionDescription.length() <= 100, optionDescription);
            total += optionName.length() + optionDescription.length();
            assertFalse(option.path("autocomplete").asBoolean(false) && option.has("choices")
                    && option.get("choices").size() > 0, "autocomplete with static choices");
            for (JsonNode choice : option.path("choices")) {
                total += choice.get("name").asText().length() + choice.get("value").asText().length();
            }
        }
        assertTrue(total <= 8000, name + " totals " + total);
    }
}
