package org.kvmforum.bot.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kvmforum.bot.standin.CapturedResponse;
import org.kvmforum.bot.standin.FakeDiscord;
import org.kvmforum.bot.standin.Interaction;
import org.kvmforum.bot.standin.RestRoutes;
import org.kvmforum.bot.standin.SentMessage;
import org.kvmforum.bot.e2e.LiveBot;

/**
 * The real bot keeps answering through every way Discord's gateway fails, in the middle of steady traffic on two
 * shards: a reconnect request (op 7), an invalid session that can be resumed and one that cannot (op 9), a
 * connection cut without a close frame, and a gateway that stops acknowledging heartbeats. Every interaction
 * the stand-in delivered must get exactly one answer, and every answer must be valid.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GatewayFaultsTest {
    /** Measured figures, for target/test-figures.log (see logback-test.xml), not the console. */
    private static final org.slf4j.Logger FIGURES = org.slf4j.LoggerFactory.getLogger("figures");

    private static final Duration RECOVERY = Duration.ofSeconds(20);
    private static final Duration ANSWER = Duration.ofSeconds(20);
    /** Interactions sent between two faults, so each fault lands in the middle of traffic. */
    private static final int BETWEEN_FAULTS = 60;
    /** Sent at once just before each fault, so that it cuts into frames the bot has not read yet. */
    private static final int BURST = 100;

    private record Fault(String name, int shard, Runnable inject, Runnable heal, IntSupplier recoveries) {}

    @Test
    void everyDeliveredInteractionIsAnsweredExactlyOnceThroughEveryGatewayFault(@TempDir Path dir) throws Exception {
        try (LogCapture logs = LogCapture.start();
             FakeDiscord discord = FakeDiscord.builder().shards(2).guilds(4).heartbeatIntervalMillis(500).build();
             LiveBot bot = LiveBot.start(discord, dir, "");
             Traffic traffic = Traffic.start(discord, 40)) {
            ReplyChecks checks = new ReplyChecks(ContentFiles.REAL);
            List<Fault> faults = List.of(
                    new Fault("op 7 reconnect", 0, () -> discord.sendReconnect(0), () -> {},
                            () -> discord.resumeCount(0)),
                    new Fault("op 9 resumable", 1, () -> discord.sendInvalidSession(1, true), () -> {},
                            () -> discord.resumeCount(1)),
                    new Fault("op 9 not resumable", 0, () -> discord.sendInvalidSession(0, false), () -> {},
                            () -> discord.identifyCount(0)),
                    new Fault("socket dropped", 1, () -> discord.dropConnection(1), () -> {},
                            () -> discord.resumeCount(1)),
                    new Fault("heartbeat acks stopped", 0, () -> discord.stopHeartbeatAcks(0, true),
                            () -> discord.stopHeartbeatAcks(0, false), () -> discord.resumeCount(0)));

            List<String> report = new ArrayList<>();
            for (Fault fault : faults) {
                traffic.awaitMore(BETWEEN_FAULTS, ANSWER);
                int before = fault.recoveries().getAsInt();
                int sentBefore = traffic.sentCount();
                long start = System.nanoTime();
                traffic.burst(BURST);
                fault.inject().run();
                assertTrue(awaitTrue(() -> fault.recoveries().getAsInt() > before), fault.name() + ": no recovery");
                fault.heal().run();
                assertTrue(discord.awaitLive(fault.shard(), RECOVERY), fault.name() + ": shard not live again");
                report.add(String.format("%s: recovered in %d ms, %d interactions sent meanwhile", fault.name(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), traffic.sentCount() - sentBefore));
            }
            traffic.awaitMore(BETWEEN_FAULTS, ANSWER);
            List<Interaction> delivered = traffic.stop(ANSWER);

            List<SentMessage> mentions = traffic.mentions(ANSWER);
            List<String> problems = new ArrayList<>();
            for (Interaction interaction : delivered) {
                CapturedResponse answer = interaction.awaitFinalResponse(ANSWER);
                problems.addAll(Traffic.problems(checks, interaction, answer));
            }
            for (SentMessage mention : mentions) {
                problems.addAll(Traffic.problems(checks, mention, mention.awaitReply(ANSWER)));
            }
            FIGURES.info("gateway faults: " + delivered.size() + " interactions and "
                    + mentions.size() + " mentions delivered, each answered exactly once; replayed on resume: shard 0 "
                    + discord.replayedCount(0) + ", shard 1 " + discord.replayedCount(1) + "\n  "
                    + String.join("\n  ", report));
            assertEquals(List.of(), problems);
            assertEquals(delivered.size(), discord.requestCount(RestRoutes.CALLBACK),
                    "Discord received one callback per delivered interaction, no more");
            assertEquals(List.of(), discord.unexpectedRequests(), "requests the stand-in had no route for");
            assertEquals(2, discord.identifyCount(0), "shard 0: the first IDENTIFY and the one after op 9");
            assertEquals(1, discord.identifyCount(1), "shard 1 only ever resumed");
            List<String> botErrors = logs.atLeast(Level.WARN).stream()
                    .filter(event -> event.getLoggerName().startsWith("org.kvmforum.bot"))
                    .map(ILoggingEvent::getFormattedMessage).toList();
            assertEquals(List.of(), botErrors, "the bot itself saw nothing go wrong");
            assertEquals(0, closeAndExitCode(bot));
        }
    }

    private static int closeAndExitCode(LiveBot bot) throws Exception {
        bot.app.requestShutdown();
        return bot.awaitExit();
    }

    private static boolean awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }
}
