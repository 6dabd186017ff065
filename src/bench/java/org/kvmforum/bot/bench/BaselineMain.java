package org.kvmforum.bot.bench;

import java.util.EnumSet;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.kvmforum.bot.standin.BaselineBot;

/**
 * {@link BaselineBot} as a process of its own, for the load, start-up and memory comparison: JDA's shard manager
 * set up as {@code StandinJda.configure} does (REST base URL, gateway URL, plain JSON, no shutdown hook), with
 * the token from DISCORD_TOKEN as the bot takes it. Prints "ready" once every shard has loaded its guilds,
 * then serves until the harness sends SIGTERM.
 *
 * <p>Usage: {@code BaselineMain REST_BASE_URL GATEWAY_URL}
 */
public final class BaselineMain {
    static final String READY = "ready";

    private BaselineMain() {}

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: BaselineMain REST_BASE_URL GATEWAY_URL");
            System.exit(2);
        }
        String token = System.getenv("DISCORD_TOKEN");
        ShardManager shards = DefaultShardManagerBuilder
                .createLight(token, EnumSet.noneOf(GatewayIntent.class))
                .setRestConfig(new RestConfig().setBaseUrl(args[0]))
                .setSessionController(new GatewayAt(args[1]))
                .setCompression(Compression.NONE)
                .setEnableShutdownHook(false)
                .addEventListeners(new BaselineBot())
                .build();
        for (JDA shard : shards.getShards()) {
            shard.awaitReady();
        }
        System.out.println(READY);
        System.out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(shards::shutdown, "baseline-shutdown"));
        Thread.currentThread().join(); // until SIGTERM
    }

    /** JDA's stock session controller, except for the gateway address (JDA hard-codes Discord's). */
    private static final class GatewayAt extends ConcurrentSessionController {
        private final String url;

        GatewayAt(String url) {
            this.url = url;
        }

        @Override
        public String getGateway() {
            return url;
        }
    }
}
