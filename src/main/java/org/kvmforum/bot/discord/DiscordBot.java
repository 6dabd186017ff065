package org.kvmforum.bot.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Activity;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import org.kvmforum.bot.commands.CommandRouter;
import org.kvmforum.bot.config.BotConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on Discord: JDA's shard manager with light caches and the one non-privileged intent mentions need,
 * the commands registered once per scope, and a clean shutdown that answers what is in flight before the
 * gateway closes. Which shards run here comes from the config alone, so the bot spreads over machines without
 * code changes.
 */
public final class DiscordBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);

    /** Guild messages, for "@bot …" questions; not privileged. Slash commands need no intent at all. */
    static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES);

    private final ShardManager shards;
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final InFlight inFlight;
    private final String registrationSummary;

    private DiscordBot(ShardManager shards, ExecutorService workers, ScheduledExecutorService timers,
                       InFlight inFlight, String registrationSummary) {
        this.shards = shards;
        this.workers = workers;
        this.timers = timers;
        this.inFlight = inFlight;
        this.registrationSummary = registrationSummary;
    }

    /**
     * Connects every shard this process runs, waits until they are ready, and registers the commands.
     *
     * @throws InvalidTokenException when Discord refuses the token
     * @throws Reachability.UnreachableException when Discord (its REST API) cannot be reached at all
     */
    /** @param latestEvent the latest event's name, for the activity line's {@code {event}} */
    public static DiscordBot start(String token, BotConfig config, CommandRouter router, String latestEvent)
            throws InterruptedException {
        Reachability.check(config.discord().restBaseUrl(), Reachability.TIMEOUT);
        ExecutorService workers = Executors.newFixedThreadPool(config.workers().threads(), named("bot-worker"));
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(named("bot-timer"));
        InFlight inFlight = new InFlight();

        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(token, INTENTS)
                .setRestConfig(new RestConfig().setBaseUrl(config.discord().restBaseUrl()))
                .setSessionController(new ConfiguredGateway(config.discord().gatewayUrl()))
                // JSON without compression: what a REST/gateway proxy and the local stand-in can read.
                .setCompression(Compression.NONE)
                .setEnableShutdownHook(false)
                .addEventListeners(new InteractionListener(router, workers, timers, inFlight),
                        new MentionListener(router, workers, inFlight));
        String activity = config.presence().activityFor(latestEvent);
        if (!activity.isBlank()) {
            builder.setActivity(Activity.customStatus(activity));
        }
        BotConfig.Shards shardConfig = config.shards();
        if (shardConfig.total() > 0) {
            builder.setShardsTotal(shardConfig.total());
            if (!shardConfig.ids().isEmpty()) {
                builder.setShards(shardConfig.ids());
            }
        }
        ShardManager manager;
        try {
            manager = builder.build();
        } catch (RuntimeException e) {
            workers.shutdownNow();
            timers.shutdownNow();
            throw e;
        }
        try {
            for (JDA shard : manager.getShards()) {
                shard.awaitReady();
            }
            String registered = register(manager, router, config.registration().guildIds());
            return new DiscordBot(manager, workers, timers, inFlight, registered);
        } catch (InterruptedException | RuntimeException e) {
            manager.shutdown();
            workers.shutdownNow();
            timers.shutdownNow();
            throw e;
        }
    }

    private static String register(ShardManager manager, CommandRouter router, List<String> guildIds) {
        CommandRegistrar registrar = new CommandRegistrar(router.commands());
        if (guildIds.isEmpty()) {
            JDA first = manager.getShardById(0);
            if (first == null) {
                return "not registered here (shard 0 runs elsewhere and registers the global commands)";
            }
            registrar.registerGlobally(first);
            return registrar.size() + " commands registered globally";
        }
        Set<String> missing = new LinkedHashSet<>(guildIds);
        for (JDA shard : manager.getShards()) {
            for (String guildId : guildIds) {
                if (registrar.registerInGuild(shard, guildId)) {
                    missing.remove(guildId);
                }
            }
        }
        if (!missing.isEmpty()) {
            log.warn("commands not registered in guild(s) {}: no shard of this process holds them (is the bot "
                    + "a member there, or does another process run their shard?)", missing);
        }
        List<String> done = new ArrayList<>(guildIds);
        done.removeAll(missing);
        return registrar.size() + " commands registered in guild(s) " + done;
    }

    /** "shards [0, 1] of 2". */
    public String shardSummary() {
        List<Integer> ids = new ArrayList<>();
        for (JDA shard : shards.getShards()) {
            ids.add(shard.getShardInfo().getShardId());
        }
        ids.sort(Integer::compare);
        return "shards " + ids + " of " + shards.getShardsTotal();
    }

    public String registrationSummary() {
        return registrationSummary;
    }

    public ShardManager shardManager() {
        return shards;
    }

    /**
     * Stops taking new work, answers every interaction already received (up to {@code grace}), then closes the
     * gateway and lets JDA finish the requests it has queued.
     */
    public void shutdown(Duration grace) {
        long pending = inFlight.count();
        try {
            boolean idle = inFlight.awaitIdle(grace.toMillis(), TimeUnit.MILLISECONDS);
            workers.shutdown();
            workers.awaitTermination(Math.max(1, grace.toMillis() / 2), TimeUnit.MILLISECONDS);
            if (!idle) {
                log.warn("shutdown: {} interaction(s) still unanswered after {}", inFlight.count(), grace);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timers.shutdownNow();
        List<JDA> running = shards.getShards();
        shards.shutdown();
        for (JDA shard : running) {
            try {
                if (!shard.awaitShutdown(grace)) {
                    shard.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                shard.shutdownNow();
            }
        }
        log.info("shut down cleanly ({} interaction(s) were in flight)", pending);
    }

    @Override
    public void close() {
        shutdown(Duration.ofSeconds(10));
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
