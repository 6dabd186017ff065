package org.kvmforum.bot.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import mockwebserver3.MockWebServer;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A stand-in for Discord on 127.0.0.1: REST and gateway, enough for the real JDA client to log in,
 * shard, register commands and answer interactions and messages, plus the faults Discord produces.
 *
 * <pre>{@code
 * try (FakeDiscord discord = FakeDiscord.builder().shards(2).guilds(4).build()) {
 *     JDA jda = BaselineBot.start(discord);
 *     Interaction i = discord.sendSlashCommand(guildId, userId, "ping", Map.of()).join();
 *     CapturedResponse answer = i.awaitFinalResponse(Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * <p>Dispatches go to the shard Discord would route them to, {@code (guild_id >> 22) % shards}. A
 * dispatch for a shard that is not connected is held back and sent after the next READY or RESUMED:
 * nothing is lost across reconnects.
 */
public final class FakeDiscord implements AutoCloseable {
    public static final String DEFAULT_TOKEN = "fake-bot-token";
    public static final long DEFAULT_BOT_USER_ID = 1_200_000_000_000_000_001L;

    private static final int INTERACTION_COMMAND = 2;
    private static final int INTERACTION_COMPONENT = 3;
    private static final int INTERACTION_AUTOCOMPLETE = 4;
    /**
     * Interactions and messages the REST side can still match answers to; the bot can no longer
     * answer older ones (as if their 15 minutes had passed). Bounds memory in long load runs.
     */
    private static final int MAX_TRACKED = 50_000;

    private final long applicationId;
    private final long botUserId;
    private final List<GuildSpec> guilds;
    private final Map<Long, GuildSpec> guildsById = new LinkedHashMap<>();
    private final DiscordPayloads payloads;
    private final CommandStore commands;
    private final BoundedMap<String, Interaction> interactionsByToken = new BoundedMap<>(MAX_TRACKED);
    private final BoundedMap<Long, SentMessage> messagesById = new BoundedMap<>(MAX_TRACKED);
    private final RestFaults callbackFaults = new RestFaults();
    private final GatewayServer gateway;
    private final MockWebServer restServer = new MockWebServer();
    private final RestApi rest;

    private FakeDiscord(Builder builder) throws IOException {
        this.applicationId = builder.applicationId != 0 ? builder.applicationId : builder.botUserId;
        this.botUserId = builder.botUserId;
        this.guilds = List.copyOf(builder.resolveGuilds());
        guilds.forEach(guild -> guildsById.put(guild.id(), guild));
        this.payloads = new DiscordPayloads(applicationId, botUserId, builder.botName);
        this.commands = new CommandStore(applicationId);
        this.gateway = new GatewayServer(builder.shards, guilds, payloads, builder.validTokens,
                builder.heartbeatIntervalMillis);
        int maxConcurrency = builder.maxConcurrency != 0 ? builder.maxConcurrency : builder.shards;
        this.rest = new RestApi(restServer,
                new RestApi.Config(applicationId, Set.copyOf(builder.validTokens), gateway.url(), builder.shards,
                        maxConcurrency),
                payloads, commands, interactionsByToken, messagesById, callbackFaults);
        restServer.setDispatcher(rest);
        try {
            restServer.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            gateway.close();
            throw e;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    // ---- where JDA connects ----

    /** JDA's {@code RestConfig#setBaseUrl}: {@code http://127.0.0.1:PORT/api/v10/}. */
    public String restBaseUrl() {
        return "http://127.0.0.1:" + restServer.getPort() + "/api/v10/";
    }

    /** The gateway, {@code ws://127.0.0.1:PORT2/}; JDA appends {@code ?encoding=json&v=10}. */
    public String gatewayUrl() {
        return gateway.url();
    }

    public long applicationId() {
        return applicationId;
    }

    public long botUserId() {
        return botUserId;
    }

    public int shardCount() {
        return gateway.shardCount();
    }

    public List<GuildSpec> guilds() {
        return guilds;
    }

    public GuildSpec guild(long guildId) {
        GuildSpec guild = guildsById.get(guildId);
        if (guild == null) {
            throw new IllegalArgumentException("the stand-in serves no guild " + guildId);
        }
        return guild;
    }

    /** The guilds Discord routes to that shard. */
    public List<GuildSpec> guildsOnShard(int shardId) {
        return guilds.stream().filter(g -> Snowflakes.shardOf(g.id(), shardCount()) == shardId).toList();
    }

    // ---- interactions ----

    /** A slash command; option types follow the Java values: String 3, Integer/Long 4, Boolean 5, Double 10. */
    public CompletableFuture<Interaction> sendSlashCommand(long guildId, long userId, String name,
            Map<String, Object> options) {
        ObjectNode d = newInteraction(INTERACTION_COMMAND, guild(guildId), userId);
        d.set("data", DiscordPayloads.commandData(commands.idOf(guildId, name), name, options));
        return dispatchInteraction(d);
    }

    /**
     * A message command (type 2, {@code data.type} 3: the Apps menu on a message) used by {@code userId} on a
     * message {@code authorId} wrote in the guild's text channel, which Discord resolves into the interaction.
     */
    public CompletableFuture<Interaction> sendMessageCommand(long guildId, long userId, String name, long authorId,
            String content) {
        GuildSpec guild = guild(guildId);
        ObjectNode d = newInteraction(INTERACTION_COMMAND, guild, userId);
        d.set("data", DiscordPayloads.messageCommandData(commands.idOf(guildId, name), name, guild, Snowflakes.next(),
                authorId, content));
        return dispatchInteraction(d);
    }

    /** Autocomplete (type 4) with exactly one focused string option, the one the user is typing in. */
    public CompletableFuture<Interaction> sendAutocomplete(long guildId, long userId, String name,
            String focusedOption, String value, Map<String, Object> otherOptions) {
        ObjectNode d = newInteraction(INTERACTION_AUTOCOMPLETE, guild(guildId), userId);
        Map<String, Object> options = new LinkedHashMap<>(otherOptions);
        options.remove(focusedOption);
        ObjectNode data = DiscordPayloads.commandData(commands.idOf(guildId, name), name, options);
        ((ArrayNode) data.get("options")).add(DiscordPayloads.option(focusedOption, value).put("focused", true));
        d.set("data", data);
        return dispatchInteraction(d);
    }

    /** A click on a button of an earlier bot message, which the stand-in makes up with that one button. */
    public CompletableFuture<Interaction> sendButtonClick(long guildId, long userId, String customId, long messageId) {
        GuildSpec guild = guild(guildId);
        return sendButtonClick(guildId, userId, customId, payloads.botMessageWithButton(messageId, guild, customId));
    }

    /** A click on a button of the given message object (as the bot's earlier answer looked). */
    public CompletableFuture<Interaction> sendButtonClick(long guildId, long userId, String customId,
            ObjectNode message) {
        ObjectNode d = newInteraction(INTERACTION_COMPONENT, guild(guildId), userId);
        d.set("message", message);
        d.putObject("data").put("custom_id", customId).put("component_type", 2);
        return dispatchInteraction(d);
    }

    /**
     * A choice in a string select menu (type 3, component_type 3, with {@code values}) on an earlier bot message
     * that answered {@code askerId}'s command, which the stand-in makes up with that one menu.
     */
    public CompletableFuture<Interaction> sendSelectChoice(long guildId, long userId, long askerId, String customId,
            List<String> values, long messageId) {
        GuildSpec guild = guild(guildId);
        ObjectNode d = newInteraction(INTERACTION_COMPONENT, guild, userId);
        d.set("message", payloads.botMessageWithSelectMenu(messageId, guild, customId, values, askerId));
        ObjectNode data = d.putObject("data").put("custom_id", customId).put("component_type", 3);
        values.forEach(data.putArray("values")::add);
        return dispatchInteraction(d);
    }

    /**
     * Sends any INTERACTION_CREATE {@code d}. It needs {@code id}, {@code token}, {@code type} and
     * {@code guild_id}; the future completes when the frame went to the bot's socket.
     */
    public CompletableFuture<Interaction> dispatchInteraction(ObjectNode d) {
        long id = Long.parseUnsignedLong(d.path("id").asText());
        long guildId = Long.parseUnsignedLong(d.path("guild_id").asText());
        long channelId = Long.parseUnsignedLong(d.path("channel_id").asText("0"));
        Interaction interaction = new Interaction(id, d.path("token").asText(), d.path("type").asInt(), guildId,
                channelId);
        interactionsByToken.put(interaction.token(), interaction);
        CompletableFuture<Interaction> sent = new CompletableFuture<>();
        gateway.shardOfGuild(guildId).dispatch(new PendingDispatch("INTERACTION_CREATE", d,
                sentAt -> {
                    interaction.markDispatched(sentAt);
                    sent.complete(interaction);
                },
                () -> sent.completeExceptionally(closed())));
        return sent;
    }

    /** {@link #dispatchInteraction(ObjectNode)} for JSON text. */
    public CompletableFuture<Interaction> dispatchInteraction(String json) {
        return dispatchInteraction((ObjectNode) Json.parse(json));
    }

    /** {@link #dispatchInteraction(ObjectNode)} for JDA's own JSON type. */
    public CompletableFuture<Interaction> dispatchInteraction(DataObject d) {
        return dispatchInteraction(d.toString());
    }

    /** The common fields of a guild interaction, with a fresh id and token, for use with {@link #dispatchInteraction}. */
    public ObjectNode newInteraction(int type, GuildSpec guild, long userId) {
        long id = Snowflakes.next();
        String token = "itoken-" + Long.toUnsignedString(id) + "-" + UUID.randomUUID();
        return payloads.interaction(id, token, type, guild, userId);
    }

    // ---- messages ----

    /**
     * A user's message in a guild text channel (MESSAGE_CREATE). With {@code mentionsBot} the bot is
     * in {@code mentions} and, unless already there, {@code <@bot>} is put before the content. The
     * bot needs the GUILD_MESSAGES intent to receive it.
     */
    public CompletableFuture<SentMessage> sendMessage(long guildId, long channelId, long userId, String content,
            boolean mentionsBot, boolean authorIsBot) {
        GuildSpec guild = guild(guildId);
        long id = Snowflakes.next();
        ObjectNode d = payloads.guildMessage(id, guild, channelId, userId, content, mentionsBot, authorIsBot);
        SentMessage message = new SentMessage(id, guildId, channelId);
        messagesById.put(id, message);
        CompletableFuture<SentMessage> sent = new CompletableFuture<>();
        gateway.shardOfGuild(guildId).dispatch(new PendingDispatch("MESSAGE_CREATE", d,
                sentAt -> {
                    message.markDispatched(sentAt);
                    sent.complete(message);
                },
                () -> sent.completeExceptionally(closed())));
        return sent;
    }

    // ---- faults ----

    /** op 7: the bot should reconnect and RESUME. */
    public void sendReconnect(int shardId) {
        gateway.shard(shardId).sendReconnect();
    }

    /** op 9: resumable, the bot resumes; not resumable, the session is gone and the bot identifies anew. */
    public void sendInvalidSession(int shardId, boolean resumable) {
        gateway.shard(shardId).sendInvalidSession(resumable);
    }

    /** Closes the shard's TCP connection without a close frame. */
    public void dropConnection(int shardId) {
        gateway.shard(shardId).dropConnection();
    }

    /** Stops (or resumes) answering heartbeats; after two unanswered ones JDA reconnects. */
    public void stopHeartbeatAcks(int shardId, boolean stop) {
        gateway.shard(shardId).stopHeartbeatAcks(stop);
    }

    /** The next {@code count} interaction callbacks get {@code status} (e.g. 502) instead of being accepted. */
    public void failNextCallbacks(int count, int status) {
        callbackFaults.failNext(count, status);
    }

    /** The next {@code count} interaction callbacks get a 429 with {@code Retry-After: retryAfterSeconds}. */
    public void rateLimitNextCallbacks(int count, int retryAfterSeconds) {
        callbackFaults.rateLimitNext(count, retryAfterSeconds);
    }

    // ---- observations ----

    /** Waits until shards 0 … shards-1 each completed an IDENTIFY (READY sent). */
    public boolean awaitIdentified(int shards, Duration timeout) {
        return await(timeout, () -> {
            for (int shard = 0; shard < shards; shard++) {
                if (gateway.shard(shard).identifyCount() == 0 || !gateway.shard(shard).isLive()) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Waits until the shard is connected and has had READY or RESUMED. */
    public boolean awaitLive(int shardId, Duration timeout) {
        return await(timeout, () -> gateway.shard(shardId).isLive());
    }

    public boolean isLive(int shardId) {
        return gateway.shard(shardId).isLive();
    }

    public int identifyCount(int shardId) {
        return gateway.shard(shardId).identifyCount();
    }

    public int resumeCount(int shardId) {
        return gateway.shard(shardId).resumeCount();
    }

    /** Dispatches sent again on RESUME because the bot had not processed them before its connection ended. */
    public int replayedCount(int shardId) {
        return gateway.shard(shardId).replayedCount();
    }

    /** The most recent IDENTIFY payloads (shard, token, intents), oldest first. */
    public List<IdentifyRecord> identifies() {
        return gateway.identifies();
    }

    public RegisteredCommands registeredCommands() {
        return commands.snapshot();
    }

    /** The most recent requests the stand-in had no route for, or that named an unknown interaction. */
    public List<RecordedCall> unexpectedRequests() {
        return rest.unexpectedRequests();
    }

    /** Requests per route, e.g. {@code "GET users/@me" -> 1}; route names are in {@link RestRoutes}. */
    public Map<String, Long> requestCounts() {
        return rest.requestCounts();
    }

    public long requestCount(String route) {
        return rest.requestCounts().getOrDefault(route, 0L);
    }

    @Override
    public void close() {
        try {
            gateway.close();
        } finally {
            restServer.close();
        }
    }

    private static boolean await(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static CancellationException closed() {
        return new CancellationException("the Discord stand-in was closed before this was delivered");
    }

    /** Configuration; {@link #build()} starts both servers. */
    public static final class Builder {
        private int shards = 1;
        private int maxConcurrency;
        private final List<GuildSpec> explicitGuilds = new ArrayList<>();
        private int generatedGuilds = -1;
        private long applicationId;
        private long botUserId = DEFAULT_BOT_USER_ID;
        private String botName = "standin-bot";
        private final Set<String> validTokens = new LinkedHashSet<>(List.of(DEFAULT_TOKEN));
        private int heartbeatIntervalMillis = 41_250;

        private Builder() {}

        /** The shard count {@code GET gateway/bot} recommends, and the one IDENTIFY must use. Default 1. */
        public Builder shards(int shards) {
            if (shards < 1) {
                throw new IllegalArgumentException("shards must be positive");
            }
            this.shards = shards;
            return this;
        }

        /** {@code session_start_limit.max_concurrency}; default: all shards at once, which keeps tests fast. */
        public Builder maxConcurrency(int maxConcurrency) {
            this.maxConcurrency = maxConcurrency;
            return this;
        }

        /** Adds a guild with this id and name (and a fresh text channel). */
        public Builder guild(long id, String name) {
            explicitGuilds.add(new GuildSpec(id, name, Snowflakes.next()));
            return this;
        }

        /** Makes {@code count} guilds whose ids spread round-robin over the shards. Default: one per shard. */
        public Builder guilds(int count) {
            this.generatedGuilds = count;
            return this;
        }

        /** Default: the bot user's id, as for any bot made since 2019. */
        public Builder applicationId(long applicationId) {
            this.applicationId = applicationId;
            return this;
        }

        public Builder botUserId(long botUserId) {
            this.botUserId = botUserId;
            return this;
        }

        public Builder botName(String botName) {
            this.botName = botName;
            return this;
        }

        /** Replaces the accepted tokens (default {@link #DEFAULT_TOKEN}); any other gets 401 / close 4004. */
        public Builder validTokens(String... tokens) {
            validTokens.clear();
            validTokens.addAll(List.of(tokens));
            return this;
        }

        /** HELLO's heartbeat_interval. Discord's is 41250 ms; shorter makes missed-ack tests quick. */
        public Builder heartbeatIntervalMillis(int millis) {
            this.heartbeatIntervalMillis = millis;
            return this;
        }

        public FakeDiscord build() {
            try {
                return new FakeDiscord(this);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private List<GuildSpec> resolveGuilds() {
            List<GuildSpec> all = new ArrayList<>(explicitGuilds);
            int count = generatedGuilds >= 0 ? generatedGuilds : (explicitGuilds.isEmpty() ? shards : 0);
            // Timestamps one apart, starting at a multiple of the shard count: guild i lands on shard i % shards.
            long base = System.currentTimeMillis() - Duration.ofDays(30).toMillis();
            long epochOffset = base - Snowflakes.DISCORD_EPOCH_MILLIS;
            base -= epochOffset % shards;
            for (int i = 0; i < count; i++) {
                long id = Snowflakes.fromTimestamp(base + i, i + 1);
                all.add(new GuildSpec(id, "Guild " + (i + 1), Snowflakes.next()));
            }
            return all;
        }
    }
}
