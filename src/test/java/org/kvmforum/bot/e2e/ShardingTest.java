package org.kvmforum.bot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kvmforum.bot.standin.CapturedResponse;
import org.kvmforum.bot.standin.FakeDiscord;
import org.kvmforum.bot.standin.GuildSpec;
import org.kvmforum.bot.standin.IdentifyRecord;
import org.kvmforum.bot.standin.Interaction;
import org.kvmforum.bot.standin.RestRoutes;

/** Sharding by configuration alone: one process runs every shard, or a part of them. */
class ShardingTest {
    private static final Duration START = Duration.ofSeconds(40);

    @Test
    void allShardsDiscordAsksForConnectAndAnswer(@TempDir Path dir) throws Exception {
        try (FakeDiscord discord = FakeDiscord.builder().shards(2).guilds(4).build();
             LiveBot bot = LiveBot.start(discord, dir, "")) {
            Set<Integer> shards = new TreeSet<>();
            for (IdentifyRecord identify : discord.identifies()) {
                shards.add(identify.shardId());
                assertEquals(2, identify.shardCount());
            }
            assertEquals(Set.of(0, 1), shards);
            assertEquals(1, discord.requestCount(RestRoutes.GLOBAL_COMMANDS), "commands registered once, not per shard");
            List<Interaction> sent = new ArrayList<>();
            for (int shard = 0; shard < 2; shard++) {
                for (GuildSpec guild : discord.guildsOnShard(shard)) {
                    sent.add(discord.sendSlashCommand(guild.id(), 100 + shard, "talk", Map.of("query", "qcow2")).get());
                }
            }
            for (Interaction interaction : sent) {
                CapturedResponse response = interaction.awaitFinalResponse(Duration.ofSeconds(10));
                assertTrue(response.message().toString().contains("next-gen block file format"));
                assertEquals(1, interaction.callbackCount());
            }
            assertTrue(bot.app.discordBot().shardSummary().contains("[0, 1] of 2"));
        }
    }

    @Test
    void aProcessRunsOnlyTheShardsItIsGiven(@TempDir Path dir) throws Exception {
        try (FakeDiscord discord = FakeDiscord.builder().shards(2).guilds(4).build();
             LiveBot bot = LiveBot.start(discord, dir, "\"shards\": {\"total\": 2, \"ids\": [1]}")) {
            assertEquals(1, discord.identifies().size());
            assertEquals(1, discord.identifies().get(0).shardId());
            assertEquals(0, discord.requestCount(RestRoutes.GLOBAL_COMMANDS),
                    "global commands are registered by the process that runs shard 0");
            GuildSpec guild = discord.guildsOnShard(1).get(0);
            Interaction interaction = discord.sendSlashCommand(guild.id(), 5, "about", Map.of()).get();
            assertTrue(interaction.awaitFinalResponse(Duration.ofSeconds(10)).message().toString().contains("Vancouver"));
            assertFalse(bot.stderr().contains("Exception"), bot.stderr());
        }
    }
}
