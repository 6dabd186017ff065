package org.kvmforum.bot.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kvmforum.bot.standin.CapturedResponse;
import org.kvmforum.bot.standin.FakeDiscord;
import org.kvmforum.bot.standin.GuildSpec;
import org.kvmforum.bot.standin.Interaction;
import org.kvmforum.bot.e2e.LiveBot;

/**
 * One user floods the real bot. The configured per-user limit lets exactly its quota through and answers the
 * rest with a private "slow down" that says when to try again; meanwhile other users, paced like people typing,
 * are each answered exactly once, normally, never told to slow down. Two floods: a sustained one, far beyond any
 * person's speed (250 commands a second), and 1500 commands in one instant. Everything asserted is a count, the
 * same on any machine; how fast others are answered during a flood is for the benchmarks (the end-to-end run
 * keeps the real cooldown on).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FloodTest {
    private static final int QUOTA = 5;
    private static final int WINDOW_SECONDS = 60;
    private static final int SUSTAINED_PER_SECOND = 250;
    private static final int SUSTAINED = 1000;
    private static final int BURST = 1500;
    private static final int OTHERS = 40;
    private static final long OTHERS_PACE_MILLIS = 25;
    private static final Duration ANSWER = Duration.ofSeconds(30);
    private static final Pattern TRY_AGAIN = Pattern.compile("Try again in (\\d+) seconds?\\.");

    private long nextUser = 7_100_000_000_000_000_000L;

    @Test
    void aFloodIsToldToSlowDownAndOthersAreStillAnswered(@TempDir Path dir) throws Exception {
        try (FakeDiscord discord = FakeDiscord.builder().shards(1).build();
             LiveBot bot = LiveBot.start(discord, dir,
                     "\"rateLimit\": {\"commands\": " + QUOTA + ", \"windowSeconds\": " + WINDOW_SECONDS + "}")) {
            GuildSpec guild = discord.guilds().get(0);
            ReplyChecks checks = new ReplyChecks(ContentFiles.REAL);
            answeredNormally(others(discord, guild), checks);

            long flooder = nextUser++;
            CompletableFuture<List<Interaction>> sustained = CompletableFuture.supplyAsync(
                    () -> flood(discord, guild, flooder, SUSTAINED, SUSTAINED_PER_SECOND));
            answeredNormally(others(discord, guild), checks);
            int sustainedSlowed = slowedDown(sustained.get(60, TimeUnit.SECONDS), checks);

            long burster = nextUser++;
            CompletableFuture<List<Interaction>> burst = CompletableFuture.supplyAsync(
                    () -> flood(discord, guild, burster, BURST, 0));
            answeredNormally(others(discord, guild), checks);
            int burstSlowed = slowedDown(burst.get(60, TimeUnit.SECONDS), checks);

            assertEquals(SUSTAINED - QUOTA, sustainedSlowed, "exactly the configured quota answered");
            assertEquals(BURST - QUOTA, burstSlowed, "exactly the configured quota answered");
        }
    }

    /** One command from each of {@link #OTHERS} fresh users, paced like people typing. */
    private List<Interaction> others(FakeDiscord discord, GuildSpec guild) throws InterruptedException {
        List<CompletableFuture<Interaction>> sent = new ArrayList<>();
        for (int i = 0; i < OTHERS; i++) {
            sent.add(discord.sendSlashCommand(guild.id(), nextUser++, "talk", Map.of("query", "vfio")));
            Thread.sleep(OTHERS_PACE_MILLIS);
        }
        return LiveBot.delivered(sent, ANSWER);
    }

    /** {@code count} commands from one user, {@code perSecond} a second (0: all at once). */
    private static List<Interaction> flood(FakeDiscord discord, GuildSpec guild, long user, int count, int perSecond) {
        List<CompletableFuture<Interaction>> sent = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (perSecond > 0) {
                long due = start + TimeUnit.SECONDS.toNanos(i) / perSecond;
                LockSupport.parkNanos(due - System.nanoTime());
            }
            sent.add(discord.sendSlashCommand(guild.id(), user, "talk", Map.of("query", "live migration")));
        }
        return LiveBot.delivered(sent, ANSWER);
    }

    /** Checks others' answers: each exactly once, valid, a real answer, never a "slow down" meant for the flooder. */
    private static void answeredNormally(List<Interaction> interactions, ReplyChecks checks) {
        assertEquals(OTHERS, interactions.size());
        for (Interaction interaction : interactions) {
            CapturedResponse answer = interaction.awaitFinalResponse(ANSWER);
            assertEquals(List.of(), checks.body(answer.body()));
            assertFalse(DiscordJsonRules.firstTitle(answer.message()).equals("Slow down"), "another user slowed down");
            assertEquals(1, interaction.callbackCount());
        }
    }

    /** Checks the flooder's answers, each exactly once and valid; returns how many said "slow down". */
    private static int slowedDown(List<Interaction> flood, ReplyChecks checks) {
        int slowed = 0;
        for (Interaction interaction : flood) {
            CapturedResponse answer = interaction.awaitFinalResponse(ANSWER);
            assertEquals(1, interaction.callbackCount(), interaction.toString());
            assertEquals(List.of(), checks.body(answer.body()));
            JsonNode message = answer.message();
            if (!DiscordJsonRules.firstTitle(message).equals("Slow down")) {
                continue;
            }
            slowed++;
            assertEquals(64, message.path("flags").asInt() & 64, "the refusal is private");
            String text = message.path("embeds").path(0).path("description").asText();
            Matcher wait = TRY_AGAIN.matcher(text);
            assertTrue(wait.find(), "says when to try again: " + text);
            int seconds = Integer.parseInt(wait.group(1));
            assertTrue(seconds >= 1 && seconds <= WINDOW_SECONDS, text);
        }
        return slowed;
    }
}
