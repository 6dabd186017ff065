package org.kvmforum.bot.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kvmforum.bot.standin.CapturedResponse;
import org.kvmforum.bot.standin.FakeDiscord;
import org.kvmforum.bot.standin.GuildSpec;
import org.kvmforum.bot.standin.Interaction;
import org.kvmforum.bot.standin.RestRoutes;
import org.kvmforum.bot.e2e.LiveBot;

/**
 * Discord's REST side failing under the real bot's answers: a 429 with Retry-After and 502s are waited out and
 * retried, so the answer still arrives, once; when the retries run out, the failure is logged with what an
 * operator needs to find the interaction (command, user, guild), and the bot goes on answering.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RestFaultsTest {
    private static final Duration ANSWER = Duration.ofSeconds(20);
    private static final long USER = 6_000_000_000_000_000_001L;

    private FakeDiscord discord;
    private LiveBot bot;
    private GuildSpec guild;
    private long nextUser = USER;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        discord = FakeDiscord.builder().shards(1).build();
        bot = LiveBot.start(discord, dir, "");
        guild = discord.guilds().get(0);
    }

    @AfterAll
    void stop() throws Exception {
        try {
            bot.close();
        } finally {
            discord.close();
        }
    }

    @BeforeEach
    void noFaultLeftArmed() {
        discord.failNextCallbacks(0, 502);
        discord.rateLimitNextCallbacks(0, 0);
    }

    @Test
    void aRateLimitedAnswerIsSentAgainAfterRetryAfter() {
        long callbacksBefore = discord.requestCount(RestRoutes.CALLBACK);
        discord.rateLimitNextCallbacks(1, 1);

        Interaction interaction = send("about");
        CapturedResponse answer = interaction.awaitFinalResponse(ANSWER);

        assertEquals(4, answer.callbackType());
        assertTrue(interaction.latencyNanos() >= TimeUnit.MILLISECONDS.toNanos(950),
                "answered after " + TimeUnit.NANOSECONDS.toMillis(interaction.latencyNanos()) + " ms: Retry-After ignored");
        assertEquals(1, interaction.callbackCount());
        assertEquals(2, discord.requestCount(RestRoutes.CALLBACK) - callbacksBefore, "refused once, then accepted");
    }

    @Test
    void badGatewaysAreRetriedUntilTheAnswerArrives() {
        long callbacksBefore = discord.requestCount(RestRoutes.CALLBACK);
        discord.failNextCallbacks(2, 502);

        Interaction interaction = send("talk", Map.of("query", "vfio"));

        assertEquals(4, interaction.awaitFinalResponse(ANSWER).callbackType());
        assertEquals(1, interaction.callbackCount());
        assertEquals(3, discord.requestCount(RestRoutes.CALLBACK) - callbacksBefore);
    }

    /** An immediate answer and a deferred one (/reload, acknowledged first) at once: JDA's retries take ~8 s. */
    @Test
    void whenRetriesRunOutTheFailureIsLoggedWithTheInteractionsContext() throws Exception {
        long talker = nextUser++;
        long admin = nextUser++;
        try (LogCapture logs = LogCapture.start()) {
            discord.failNextCallbacks(1000, 502);
            discord.sendSlashCommand(guild.id(), talker, "talk", Map.of("query", "vfio")).join();
            LiveBot.slashCommandWithPermissions(discord, guild, admin, "reload", LiveBot.MANAGE_SERVER).join();

            List<ILoggingEvent> failures = awaitLogs(logs, "the answer was not delivered", 2);
            discord.failNextCallbacks(0, 502);

            for (String[] expected : List.of(new String[] {"/talk", Long.toUnsignedString(talker)},
                    new String[] {"/reload", Long.toUnsignedString(admin)})) {
                ILoggingEvent failure = failures.stream()
                        .filter(event -> event.getFormattedMessage().startsWith(expected[0] + " ")).findFirst()
                        .orElseThrow(() -> new AssertionError("no failure logged for " + expected[0] + ": " + logs.text()));
                String message = failure.getFormattedMessage();
                assertEquals(Level.ERROR, failure.getLevel(), message);
                assertTrue(message.contains(expected[1]), "names the user: " + message);
                assertTrue(message.contains(Long.toUnsignedString(guild.id())), "names the guild: " + message);
                assertFalse(message.contains("\n"), "one line: " + message);
            }
        }
        assertEquals(4, send("about").awaitFinalResponse(ANSWER).callbackType(), "the bot answers on");
    }

    private Interaction send(String command) {
        return send(command, Map.of());
    }

    private Interaction send(String command, Map<String, Object> options) {
        return discord.sendSlashCommand(guild.id(), nextUser++, command, options).join();
    }

    private static List<ILoggingEvent> awaitLogs(LogCapture logs, String text, int count) throws InterruptedException {
        long deadline = System.nanoTime() + ANSWER.toNanos();
        while (System.nanoTime() < deadline) {
            List<ILoggingEvent> found = logs.events().stream()
                    .filter(event -> event.getFormattedMessage().contains(text)).toList();
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("nothing logged with '" + text + "' within " + ANSWER + ":\n" + logs.text());
    }
}
