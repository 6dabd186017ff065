package org.kvmforum.bot.standin;

import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.SessionController;

/**
 * Points an unmodified JDA at a {@link FakeDiscord} through public settings only: the REST base URL
 * (the same setting a REST proxy uses), a session controller that names the gateway, plain JSON
 * frames, and no JVM shutdown hook (tests shut JDA down themselves).
 */
public final class StandinJda {
    private StandinJda() {}

    public static JDABuilder configure(JDABuilder builder, FakeDiscord discord) {
        return builder
                .setRestConfig(restConfig(discord))
                .setSessionController(sessionController(discord))
                .setCompression(Compression.NONE)
                .setEnableShutdownHook(false);
    }

    /** Also makes {@code ShardManager#shutdown()} use {@code shutdownNow()}, so tests end without waiting on REST. */
    public static DefaultShardManagerBuilder configure(DefaultShardManagerBuilder builder, FakeDiscord discord) {
        return builder
                .setRestConfig(restConfig(discord))
                .setSessionController(sessionController(discord))
                .setCompression(Compression.NONE)
                .setEnableShutdownHook(false)
                .setUseShutdownNow(true);
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
