package org.kvmforum.bot.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kvmforum.bot.standin.FakeDiscord;
import org.kvmforum.bot.standin.GuildSpec;
import org.kvmforum.bot.e2e.LiveBot;

/**
 * The Discord token never appears in anything the bot writes: not in its logs (at DEBUG, as an operator chasing a
 * problem would set them, JDA's included), not on the process's standard output or error, not in the lines the
 * bot prints for the operator. With a distinctive token, through start-up, traffic, gateway and REST faults (each
 * RESUME sends the token again), shutdown, a refused token and token files that cannot be used.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SecretsTest {
    /** Shaped like a real token (three dot-separated parts), with parts that are easy to search for. */
    private static final String TOKEN = "MTE5OTk5OTk5OTk5OTk5OTk5.Gsecret7.robustNeverLoggedQ3vX9kPz";
    private static final List<String> FRAGMENTS = List.of(TOKEN, "Gsecret7", "robustNeverLoggedQ3vX9kPz",
            "MTE5OTk5OTk5OTk5OTk5OTk5");
    private static final Duration ANSWER = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private PrintStream realOut;
    private PrintStream realErr;
    private final ByteArrayOutputStream processOut = new ByteArrayOutputStream();
    private final ByteArrayOutputStream processErr = new ByteArrayOutputStream();
    private LogCapture logs;

    @BeforeEach
    void captureEverything() {
        realOut = System.out;
        realErr = System.err;
        System.setOut(new PrintStream(processOut, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(processErr, true, StandardCharsets.UTF_8));
        logs = LogCapture.start().level("org.kvmforum.bot", Level.DEBUG).level("net.dv8tion", Level.DEBUG);
    }

    @AfterEach
    void restore() {
        logs.close();
        System.setOut(realOut);
        System.setErr(realErr);
    }

    @Test
    void startUpTrafficFaultsAndShutdownNeverShowTheToken() throws Exception {
        List<String> written = new ArrayList<>();
        try (FakeDiscord discord = FakeDiscord.builder().shards(1).validTokens(TOKEN).build()) {
            LiveBot bot = LiveBot.launch(discord, dir, TOKEN, "").awaitStarted();
            try {
                GuildSpec guild = discord.guilds().get(0);
                answer(discord, guild, "talk", Map.of("query", "vfio"));
                discord.sendReconnect(0); // RESUME carries the token again
                assertTrue(awaitTrue(() -> discord.resumeCount(0) == 1), "no RESUME after op 7");
                assertTrue(discord.awaitLive(0, ANSWER));
                answer(discord, guild, "about", Map.of());
                discord.dropConnection(0);
                assertTrue(awaitTrue(() -> discord.resumeCount(0) == 2), "no RESUME after the drop");
                discord.rateLimitNextCallbacks(1, 1);
                answer(discord, guild, "help", Map.of());
                discord.failNextCallbacks(2, 502);
                answer(discord, guild, "search", Map.of("query", "migration"));
            } finally {
                bot.close();
            }
            assertEquals(0, bot.awaitExit());
            written.add(bot.stdout());
            written.add(bot.stderr());
        }
        assertNoToken(written);
        assertTrue(logs.events().size() > 20, "the logs were captured at DEBUG: " + logs.events().size());
    }

    @Test
    void aRefusedTokenIsNotEchoed() throws Exception {
        try (FakeDiscord discord = FakeDiscord.builder().shards(1).validTokens("some-other-token").build()) {
            LiveBot bot = LiveBot.launch(discord, dir, TOKEN, "");
            assertEquals(BotApplication.EXIT_FAILURE, bot.awaitExit());
            assertTrue(bot.stderr().contains("refused the token"), bot.stderr());
            assertNoToken(List.of(bot.stdout(), bot.stderr()));
        }
    }

    @Test
    void unusableTokenFilesAreNamedButNotShown() throws Exception {
        List<String> written = new ArrayList<>();
        // A secret file with a second line: not a token, and its lines must not be shown either.
        Path twoLines = Files.writeString(dir.resolve("two-lines"), TOKEN + "\nleftover " + TOKEN + "\n");
        Path prefixed = Files.writeString(dir.resolve("prefixed"), "Bot " + TOKEN);
        try (FakeDiscord discord = FakeDiscord.builder().shards(1).validTokens(TOKEN).build()) {
            Path config = LiveBot.writeConfig(discord, dir, "");
            for (Map<String, String> environment : List.of(
                    Map.of("DISCORD_TOKEN_FILE", twoLines.toString()),
                    Map.of("DISCORD_TOKEN_FILE", prefixed.toString()),
                    Map.of("DISCORD_TOKEN", TOKEN + "\n" + TOKEN),
                    Map.of("DISCORD_TOKEN_FILE", dir.toString()),
                    Map.of("DISCORD_TOKEN_FILE", dir.resolve("missing").toString()))) {
                LiveBot bot = LiveBot.run(environment, "--config", config.toString());
                assertEquals(BotApplication.EXIT_BAD_SETUP, bot.awaitExit(), environment + ": " + bot.stderr());
                written.add(bot.stdout());
                written.add(bot.stderr());
                assertEquals(1, bot.stderr().lines().filter(line -> line.startsWith("kvm-forum-bot:")).count(),
                        environment + ": " + bot.stderr());
            }
        }
        assertNoToken(written);
    }

    private void assertNoToken(List<String> written) {
        List<String> sources = new ArrayList<>(written);
        sources.add(logs.text());
        sources.add(processOut.toString(StandardCharsets.UTF_8));
        sources.add(processErr.toString(StandardCharsets.UTF_8));
        for (String source : sources) {
            for (String fragment : FRAGMENTS) {
                assertFalse(source.contains(fragment), "the token (" + fragment + ") appears in:\n" + source);
            }
        }
    }

    private static void answer(FakeDiscord discord, GuildSpec guild, String command, Map<String, Object> options) {
        long user = 9_000_000_000_000_000_000L + System.nanoTime() % 1_000_000L;
        assertEquals(4, discord.sendSlashCommand(guild.id(), user, command, options).join()
                .awaitFinalResponse(ANSWER).callbackType());
    }

    private static boolean awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + ANSWER.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** Exit codes, named. */
    private static final class BotApplication {
        static final int EXIT_BAD_SETUP = org.kvmforum.bot.BotApplication.EXIT_BAD_SETUP;
        static final int EXIT_FAILURE = org.kvmforum.bot.BotApplication.EXIT_FAILURE;
    }
}
