package org.kvmforum.bot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kvmforum.bot.standin.FakeDiscord;
import org.kvmforum.bot.standin.Interaction;

/** SIGTERM: the interactions the bot has received are answered before the gateway closes. */
class ShutdownTest {
    @Test
    void interactionsInFlightAreAnsweredBeforeTheBotStops(@TempDir Path dir) throws Exception {
        try (FakeDiscord discord = FakeDiscord.builder().shards(1).build();
             LiveBot bot = LiveBot.start(discord, dir, "\"workers\": {\"threads\": 1}")) {
            long guild = discord.guilds().get(0).id();
            // Discord makes the first answers wait a second: they are still on their way when SIGTERM comes.
            discord.rateLimitNextCallbacks(5, 1);
            List<Interaction> sent = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                sent.add(discord.sendSlashCommand(guild, 9000 + i, "talk", Map.of("query", "qcow2")).get());
            }
            Thread.sleep(300); // let the bot read the frames; the rate-limited answers are now pending
            assertTrue(sent.stream().anyMatch(interaction -> !interaction.finalResponse().isDone()),
                    "some answers are still in flight when the bot is told to stop");

            assertEquals(0, bot.stop());

            for (Interaction interaction : sent) {
                assertTrue(interaction.awaitFinalResponse(Duration.ofSeconds(5)).message().toString()
                        .contains("next-gen block file format"));
                assertEquals(1, interaction.callbackCount(), "answered exactly once");
            }
        }
    }
}
