package org.kvmforum.bot.standin;

import java.time.Duration;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.SessionController;

/**
 * Points an unmodified JDA at a {@link FakeDiscord} through public settings only: the REST base URL
 * (the same setting a REST proxy uses), a session controller that names the gateway, plain JSON
 * frames, and no JVM shutdown hook (tests shut JDA down themselves, with {@link #shutdown}).
 */
public final class StandinJda {
    /**
     * How long a graceful shutdown may take before the REST workers are interrupted. Two seconds were too few once in
     * several CI runs on a loaded 2-core machine: a reply still in flight was interrupted and JDA logged it as an
     * error. A shutdown that finishes sooner returns at once, so a longer grace costs nothing on a green run.
     */
    private static final Duration GRACE = Duration.ofSeconds(6);

    private StandinJda() {}

    public static JDABuilder configure(JDABuilder builder, FakeDiscord discord) {
        return builder
                .setRestConfig(restConfig(discord))
                .setSessionController(sessionController(discord))
                .setCompression(Compression.NONE)
                .setEnableShutdownHook(false);
    }

    public static DefaultShardManagerBuilder configure(DefaultShardManagerBuilder builder, FakeDiscord discord) {
        return builder
                .setRestConfig(restConfig(discord))
                .setSessionController(sessionController(discord))
                .setCompression(Compression.NONE)
                .setEnableShutdownHook(false);
    }

    /**
     * Stops JDA for good before the stand-in closes, else its threads keep reconnecting. A graceful
     * {@code shutdown()} comes first: {@code shutdownNow()} alone interrupts REST workers that are
     * still reading the stand-in's last answer, and JDA logs that as errors. Returns whether JDA
     * stopped within the timeout.
     */
    public static boolean shutdown(JDA jda, Duration timeout) throws InterruptedException {
        jda.shutdown();
        jda.awaitShutdown(GRACE);
        // A shard caught between a dropped connection and its reconnect can miss one shutdown request on a
        // loaded machine; asking again costs nothing once it is down.
        Duration slice = timeout.dividedBy(3);
        for (int attempt = 0; attempt < 3; attempt++) {
            jda.shutdownNow();
            if (jda.awaitShutdown(slice)) {
                return true;
            }
        }
        return jda.getStatus() == JDA.Status.SHUTDOWN;
    }

    /** {@link #shutdown(JDA, Duration)} for every shard, and the manager's own threads. */
    public static boolean shutdown(ShardManager manager, Duration timeout) throws InterruptedException {
        List<JDA> shards = List.copyOf(manager.getShards());
        shards.forEach(JDA::shutdown);
        manager.shutdown();
        boolean stopped = true;
        for (JDA shard : shards) {
            stopped &= shutdown(shard, timeout);
        }
        return stopped;
    }

    public static RestConfig restConfig(FakeDiscord discord) {
        return new RestConfig().setBaseUrl(discord.restBaseUrl());
    }

    /** A new controller per JDA or shard manager: it holds identify queues and rate-limit state. */
    public static SessionController sessionController(FakeDiscord discord) {
        return new StandinSessionController(discord.gatewayUrl());
    }

    /**
     * JDA's default session controller (identify pacing by max_concurrency and all), except that
     * {@link SessionController#getGateway()} is hard-coded to Discord's gateway in JDA: name ours.
     */
    static final class StandinSessionController extends ConcurrentSessionController {
        private final String gatewayUrl;

        StandinSessionController(String gatewayUrl) {
            this.gatewayUrl = gatewayUrl;
        }

        @Override
        public String getGateway() {
            return gatewayUrl;
        }
    }
}
