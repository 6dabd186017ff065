package org.kvmforum.bot.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kvmforum.bot.standin.CapturedResponse;
import org.kvmforum.bot.standin.FakeDiscord;
import org.kvmforum.bot.standin.GuildSpec;
import org.kvmforum.bot.standin.Interaction;
import org.kvmforum.bot.e2e.LiveBot;

/**
 * Content reload without a restart, on the real bot: /reload is registered for Manage Server only and checked
 * again when used; an admin's reload serves the new content, or refuses a bad file with its name and line and
 * keeps the old; with {@code reload.watchContent} the bot picks up a saved post by itself and stops watching
 * when it stops.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ReloadTest {
    private static final Duration ANSWER = Duration.ofSeconds(20);
    private static final long MEMBER = 8_000_000_000_000_000_002L;

    @Test
    void onlyAnAdminsReloadRunsAndABadFileIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        Path content = ContentFiles.copyInto(Files.createDirectory(dir.resolve("content")));
        try (FakeDiscord discord = FakeDiscord.builder().shards(1).build();
             LiveBot bot = LiveBot.start(discord, dir, "", "--content", content.toString())) {
            GuildSpec guild = discord.guilds().get(0);
            JsonNode reload = command(discord.registeredCommands().global().orElseThrow(), "reload");
            assertEquals(String.valueOf(LiveBot.MANAGE_SERVER), reload.path("default_member_permissions").asText(),
                    "registered for Manage Server only");
            JsonNode contexts = reload.path("contexts");
            assertTrue(contexts.size() == 1 && contexts.get(0).asInt(-1) == 0, "and only in servers: " + contexts);
            assertFalse(ContentWatcherTest.watcherThreadAlive(), "no watcher unless reload.watchContent is set");

            ContentFiles.replacePost(content, ContentFiles.heldIn("Victoria"));
            JsonNode refused = reload(discord, guild, MEMBER, LiveBot.MANAGE_SERVER);
            assertEquals("Not allowed", DiscordJsonRules.firstTitle(refused), refused.toString());
            assertTrue(about(discord, guild).contains("Vancouver"), "a member's /reload changed nothing");

            // JDA judges a cached guild's member by roles and ownership, not by the interaction's permissions field;
            // the stand-in's guilds have only @everyone, and their owner is the bot's user: that owner is the admin.
            long admin = discord.botUserId();
            JsonNode ownerWithoutTheField = reload(discord, guild, admin, 0);
            assertEquals("Reloaded", DiscordJsonRules.firstTitle(ownerWithoutTheField), ownerWithoutTheField.toString());
            JsonNode reloaded = reload(discord, guild, admin, LiveBot.MANAGE_SERVER);
            assertEquals("Reloaded", DiscordJsonRules.firstTitle(reloaded), reloaded.toString());
            assertTrue(about(discord, guild).contains("Victoria"), "the admin's reload serves the new post");

            ContentFiles.replacePost(content, ContentFiles.broken());
            JsonNode bad = reload(discord, guild, admin, LiveBot.MANAGE_SERVER);
            String text = bad.path("embeds").path(0).path("description").asText();
            assertTrue(DiscordJsonRules.firstTitle(bad).startsWith("Reload refused"), bad.toString());
            assertTrue(text.contains(ContentFiles.POST + ":" + ContentFiles.BROKEN_LINE + ":"), "file and line: " + text);
            assertTrue(about(discord, guild).contains("Victoria"), "the old content is still served");
        }
    }

    @Test
    void withWatchContentASavedPostIsServedWithoutAnyCommand(@TempDir Path dir) throws Exception {
        Path content = ContentFiles.copyInto(Files.createDirectory(dir.resolve("content")));
        try (FakeDiscord discord = FakeDiscord.builder().shards(1).build()) {
            GuildSpec guild = discord.guilds().get(0);
            LiveBot bot = LiveBot.start(discord, dir, "\"reload\": {\"watchContent\": true}", "--content",
                    content.toString());
            try {
                assertTrue(ContentWatcherTest.watcherThreadAlive(), "reload.watchContent starts the watcher");
                ContentFiles.replacePost(content, ContentFiles.heldIn("Victoria"));
                long deadline = System.nanoTime() + ANSWER.toNanos();
                while (!about(discord, guild).contains("Victoria")) {
                    assertTrue(System.nanoTime() < deadline, "the saved post was never served");
                    Thread.sleep(100);
                }
            } finally {
                bot.close();
            }
            assertEquals(0, bot.awaitExit());
            assertFalse(ContentWatcherTest.watcherThreadAlive(), "the watcher stops with the bot");
        }
    }

    /** An admin-only command as Discord delivers it: acknowledged first, answered by editing that. */
    private static JsonNode reload(FakeDiscord discord, GuildSpec guild, long user, long permissions) {
        Interaction interaction = LiveBot.slashCommandWithPermissions(discord, guild, user, "reload", permissions)
                .join();
        CapturedResponse answer = interaction.awaitFinalResponse(ANSWER);
        assertEquals(5, answer.callbackType(), "deferred: a reload may outlast Discord's 3 seconds");
        assertEquals(CapturedResponse.ROUTE_EDIT_ORIGINAL, answer.route());
        assertEquals(1, interaction.callbackCount());
        assertEquals(List.of(), DiscordJsonRules.message(answer.body(), true));
        return answer.body();
    }

    private static String about(FakeDiscord discord, GuildSpec guild) {
        long user = 8_100_000_000_000_000_000L + System.nanoTime() % 1_000_000_000L;
        return discord.sendSlashCommand(guild.id(), user, "about", Map.of()).join()
                .awaitFinalResponse(ANSWER).message().toString();
    }

    private static JsonNode command(JsonNode commands, String name) {
        for (JsonNode command : commands) {
            if (command.path("name").asText().equals(name)) {
                return command;
            }
        }
        throw new AssertionError("no /" + name + " registered: " + commands);
    }
}
