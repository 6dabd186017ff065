package org.kvmforum.bot.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kvmforum.bot.robustness.LogCapture;
import org.junit.jupiter.api.Timeout;

/** The real JDA 6 client against the stand-in: log-in, sharding, every kind of answer, and Discord's faults. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FakeDiscordTest {
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    private static final long USER = 4_000_000_000_000_000_001L;
    /** JDA 6 has no enum constant for GUILDS (bit 0) and always sends it, even for createLight without intents. */
    private static final int GUILDS_INTENT = 1;

    private final List<AutoCloseable> cleanup = new ArrayList<>();

    @AfterEach
    void shutDown() throws Exception {
        // Stopping JDA at once interrupts its threads with a request still in flight (a callback being retried,
        // say), and JDA logs that as an error: expected here, so it is captured rather than printed. Any other error is not.
        try (LogCapture logs = LogCapture.start()) {
            // Reverse order: JDA first, so it does not try to reconnect to a closed stand-in.
            for (int i = cleanup.size() - 1; i >= 0; i--) {
                cleanup.get(i).close();
            }
            // JDA reports a failed request from its callback pool (the common pool) after it has stopped: let those
            // reports land inside the capture rather than after it.
            ForkJoinPool.commonPool().awaitQuiescence(2, TimeUnit.SECONDS);
            // A rate-limit worker interrupted mid-request reports it from its own thread, a moment later: let it.
            awaitRateLimitWorkersIdle(Duration.ofSeconds(2));
            List<String> unexpected = logs.atLeast(Level.ERROR).stream().filter(e -> !interruptedByShutdown(e))
                    .map(ILoggingEvent::getFormattedMessage).toList();
            assertEquals(List.of(), unexpected, "errors while shutting down: " + logs.text());
        }
    }

    /** Waits, up to the timeout, until no JDA rate-limit worker thread is running (idle ones wait, parked). */
    private static void awaitRateLimitWorkersIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && Thread.getAllStackTraces().keySet().stream().anyMatch(thread ->
                thread.getName().startsWith("JDA RateLimit") && thread.getState() == Thread.State.RUNNABLE)) {
            Thread.sleep(20);
        }
    }

    private static boolean interruptedByShutdown(ILoggingEvent event) {
        String text = event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
        // An interrupted socket read, or a rate-limiter lock refused to an interrupted thread, and so on.
        return text.toLowerCase(Locale.ROOT).contains("interrupted");
    }

    private FakeDiscord discord(FakeDiscord.Builder builder) {
        FakeDiscord discord = builder.build();
        cleanup.add(discord);
        return discord;
    }

    private JDA started(JDABuilder builder) throws InterruptedException {
        JDA jda = builder.build();
        cleanup.add(() -> assertTrue(StandinJda.shutdown(jda, Duration.ofSeconds(10)), "JDA did not shut down"));
        return jda.awaitReady();
    }

    private ShardManager started(ShardManager manager) {
        // Thirty seconds, not ten: on a loaded machine a shard between a dropped connection and its reconnect once
        // took longer than ten to stop (a clean-clone CI run of round 6), though it always stops.
        cleanup.add(() -> assertTrue(StandinJda.shutdown(manager, Duration.ofSeconds(30)), "shards did not shut down"));
        return manager;
    }

    private static JDABuilder scripted(FakeDiscord discord, ScriptedBot bot, GatewayIntent... intents) {
        EnumSet<GatewayIntent> set = EnumSet.noneOf(GatewayIntent.class);
        set.addAll(List.of(intents));
        return StandinJda.configure(JDABuilder.createLight(FakeDiscord.DEFAULT_TOKEN, set), discord)
                .addEventListeners(bot);
    }

    private static long firstGuild(FakeDiscord discord) {
        return discord.guilds().get(0).id();
    }

    private static void assertNoUnexpectedRequests(FakeDiscord discord) {
        assertEquals(List.of(), discord.unexpectedRequests(), "requests the stand-in had no route for");
    }

    // ---- log-in ----

    @Test
    void jdaLogsInAndLoadsEveryGuild() throws Exception {
        FakeDiscord discord = discord(FakeDiscord.builder().guilds(3));
        JDA jda = started(BaselineBot.builder(discord, FakeDiscord.DEFAULT_TOKEN));

        assertEquals(JDA.Status.CONNECTED, jda.getStatus());
        assertEquals(3, jda.getGuilds().size());
        assertEquals(discord.botUserId(), jda.getSelfUser().getIdLong());
        assertEquals(discord.applicationId(), jda.getSelfUser().getApplicationIdLong());
        Guild guild = jda.getGuildById(firstGuild(discord));
        assertEquals(discord.guilds().get(0).name(), guild.getName());
        assertEquals(1, guild.getTextChannels().size());
        assertEquals(List.of(new IdentifyRecord(0, 1, FakeDiscord.DEFAULT_TOKEN, GUILDS_INTENT)), discord.identifies());
        assertEquals(1, discord.requestCount(RestRoutes.SELF), "JDA checks its token once, over REST");
        assertNoUnexpectedRequests(discord);
    }

    @Test
    void updateCommandsBodyIsRecordedAndAnsweredWithIds() throws Exception {
        FakeDiscord discord = discord(FakeDiscord.builder());
        JDA jda = started(BaselineBot.builder(discord, FakeDiscord.DEFAULT_TOKEN));

        List<Command> created = jda.updateCommands()
                .addCommands(
                        Commands.slash("ping", "Answers with a fixed embed"),
                        Commands.slash("find", "Searches").addOption(OptionType.STRING, "query", "What", true, true))
                .complete();
        jda.getGuildById(firstGuild(discord)).updateCommands()
                .addCommands(Commands.slash("dev", "Guild only"))
                .complete();

        assertEquals(List.of("ping", "find"), created.stream().map(Command::getName).toList());
        created.forEach(command -> assertNotEquals(0L, command.getIdLong()));
        RegisteredCommands registered = discord.registeredCommands();
        assertEquals(List.of("ping", "find"), registered.globalNames());
        JsonNode query = registered.global().orElseThrow().get(1).path("options").get(0);
        assertEquals("query", query.path("name").asText());
        assertTrue(query.path("autocomplete").asBoolean());
        assertEquals("dev", registered.guild(firstGuild(discord)).orElseThrow().get(0).path("name").asText());
        assertNoUnexpectedRequests(discord);
    }

    // ---- interactions ----

    @Test
    void slashCommandGetsTheBaselineEmbed() throws Exception {
        FakeDiscord discord = discord(FakeDiscord.builder());
        started(BaselineBot.builder(discord, FakeDiscord.DEFAULT_TOKEN));

        Interaction interaction = discord.sendSlashCommand(firstGuild(discord), USER, "ping", Map.of()).join();
        CapturedResponse answer = interaction.awaitFinalResponse(ANSWER_TIMEOUT);

        assertEquals(4, answer.callbackType());
        assertEquals(BaselineBot.EMBED_TITLE, answer.message().path("embeds").get(0).path("title").asText());
        assertTrue(answer.arrivedAtNanos() > interaction.dispatchedAtNanos());
        assertEquals(1, interaction.callbackCount());
        assertNoUnexpectedRequests(discord);
    }

    @Test
    void typedOptionsReachTheBot() throws Exception {
        FakeDiscord discord = discord(FakeDiscord.builder());
        started(scripted(discord, new ScriptedBot()));
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("text", "hello");
        options.put("count", 3);
        options.put("flag", true);

        CapturedResponse answer = discord.sendSlashCommand(firstGuild(discord), USER, ScriptedBot.ECHO, options)
                .join().awaitFinalResponse(ANSWER_TIMEOUT);

        assertEquals("text=hello(STRING) count=3(INTEGER) flag=true(BOOLEAN)",
                answer.message().path("content").asText());
    }

    @Test
    void autocompleteGetsChoices() throws Exception {
        FakeDiscord discord = discord(FakeDiscord.builder());
        started(BaselineBot.builder(discord, FakeDiscord.DEFAULT_TOKEN));

        CapturedResponse answer = discord
                .sendAutocomplete(firstGuild(discord), USER, "find", "query", "kv", Map.of("limit", 5))
                .join().awaitFinalResponse(ANSWER_TIMEOUT);

        assertEquals(8, answer.callbackType());
        JsonNode choice = answer.message().path("choices").get(0);
        assertEquals(BaselineBot.CHOICE_NAME, choice.path("name").asText());
        assertEquals(BaselineBot.CHOICE_VALUE, choice.path("value").asText());
    }

    @Test
    void deferredReplyEndsWithTheEditOfTheOriginal() throws Exception {
        FakeDiscord discord = discord(FakeDiscord.builder());
        ScriptedBot bot = new ScriptedBot();
        started(scripted(discord, bot));

        Interaction edited = discord.sendSlashCommand(firstGuild(discord), USER, ScriptedBot.DEFER_THEN_EDIT, Map.of())
                .join();
        Interaction followedUp = discord
                .sendSlashCommand(firstGuild(discord), USER, ScriptedBot.DEFER_THEN_FOLLOWUP, Map.of()).join();

        CapturedResponse edit = edited.awaitFinalResponse(ANSWER_TIMEOUT);
        assertEquals(CapturedResponse.ROUTE_EDIT_ORIGINAL, edit.route());
        assertEquals(5, edit.callbackType());
        assertEquals("done", edit.message().path("content").asText());
        assertEquals(1, edited.callbackCount());

        CapturedResponse followup = followedUp.awaitFinalResponse(ANSWER_TIMEOUT);
        assertEquals(CapturedResponse.ROUTE_FOLLOWUP, followup.route());
        assertEquals("followed up", followup.message().path("content").asText());
        bot.awaitSucceeded(2, ANSWER_TIMEOUT); // JDA took the stand-in's message objects
        assertNoUnexpectedRequests(discord);
    }

    @Test
    void buttonClicksUpdateTheMessageAtOnceOrLater() throws Exception {
        FakeDiscord discord = discord(FakeDiscord.builder());
        ScriptedBot bot = new ScriptedBot();
        started(scripted(discord, bot));
        long guild = firstGuild(discord);

        CapturedResponse update = discord.sendButtonClick(guild, USER, ScriptedBot.BUTTON_UPDATE, 42L)
                .join().awaitFinalResponse(ANSWER_TIMEOUT);
        CapturedResponse deferred = discord.sendButtonClick(guild, USER, ScriptedBot.BUTTON_DEFER_UPDATE, 43L)
                .join().awaitFinalResponse(ANSWER_TIMEOUT);

        assertEquals(7, update.callbackType());
        assertEquals("clicked", update.message().path("content").asText());
        assertEquals(6, deferred.callbackType());
        assertEquals(CapturedResponse.ROUTE_EDIT_ORIGINAL, deferred.route());
        assertEquals("edited later", deferred.message().path("content").asText());
        bot.awaitSucceeded(2, ANSWER_TIMEOUT);
        assertNoUnexpectedRequests(discord);
    }

    // ---- sharding and log-in failure ----

    @Test
    void twoShardsIdentifyAndEachAnswersItsOwnGuilds() throws Exception {
        FakeDiscord discord = discord(FakeDiscord.builder().shards(2).guilds(4));
        ShardManager manager = started(StandinJda.configure(
                        net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder.createLight(
                                FakeDiscord.DEFAULT_TOKEN, EnumSet.noneOf(GatewayIntent.class)), discord)
                .addEventListeners(new ScriptedBot())
                .build());

        assertTrue(discord.awaitIdentified(2, Duration.ofSeconds(15)), "both shards identify");
        for (JDA shard : manager.getShards()) {
            shard.awaitReady();
        }
        // The shard manager asks twice: once for the shard count, once for the URL and max_concurrency.
        assertTrue(discord.requestCount(RestRoutes.GATEWAY_BOT) >= 1, "the shard count comes from gateway/bot");
        for (int shard = 0; shard < 2; shard++) {
            List<GuildSpec> own = discord.guildsOnShard(shard);
            assertEquals(2, own.size(), "guild ids spread evenly over the shards");
            JDA jda = manager.getShardById(shard);
            assertEquals(own.stream().map(GuildSpec::id).sorted().toList(),
                    jda.getGuilds().stream().map(Guild::getIdLong).sorted().toList());
        }

        List<Interaction> sent = new ArrayList<>();
        for (GuildSpec guild : discord.guilds()) {
            sent.add(discord.sendSlashCommand(guild.id(), USER, ScriptedBot.WHICH_SHARD, Map.of()).join());
        }
        for (Interaction interaction : sent) {
            int expectedShard = discord.guildsOnShard(0).stream().anyMatch(g -> g.id() == interaction.guildId()) ? 0 : 1;
            assertEquals("shard " + expectedShard,
                    interaction.awaitFinalResponse(ANSWER_TIMEOUT).message().path("content").asText());
        }
        assertNoUnexpectedRequests(discord);
    }

    @Test
    void baselineShardManagerAnswersOnEveryShard() throws Exception {
        FakeDiscord discord = discord(FakeDiscord.builder().shards(3).guilds(3));
        ShardManager manager = started(BaselineBot.startSharded(discord));

        assertTrue(discord.awaitIdentified(3, Duration.ofSeconds(15)), "all three shards identify");
        for (GuildSpec guild : discord.guilds()) {
            CapturedResponse answer = discord.sendSlashCommand(guild.id(), USER, "ping", Map.of())
                    .join().awaitFinalResponse(ANSWER_TIMEOUT);
            assertEquals(BaselineBot.EMBED_TITLE, answer.message().path("embeds").get(0).path("title").asText());
        }
        assertEquals(3, manager.getShardsTotal());
        assertNoUnexpectedRequests(discord);
    }

    @Test
    void aRefusedTokenFailsTheLoginQuicklyWithoutRetrying() throws Exception {
        FakeDiscord discord = discord(FakeDiscord.builder().validTokens("the-right-token"));
        JDABuilder builder = BaselineBot.builder(discord, "a-wrong-token");

        // JDA stops its request threads at once when the token is refused, and one of them may report the
        // interruption as an error: expected here, so it is captured rather than printed. Any other error is not.
        try (LogCapture logs = LogCapture.start()) {
            long start = System.nanoTime();
            assertThrows(InvalidTokenException.class, builder::build);
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "fails fast");

            Thread.sleep(500); // room for a reconnect loop to show itself
            assertEquals(Map.of(RestRoutes.UNAUTHORIZED, 1L), discord.requestCounts(), "one GET users/@me, refused");
            assertEquals(List.of(), discord.identifies(), "never reaches the gateway");
            assertEquals(List.of(), logs.atLeast(Level.ERROR).stream().filter(e -> !interruptedByShutdown(e))
                    .map(ILoggingEvent::getFormattedMessage).toList(), "errors besides the interruption");
        }
    }

    // ---- gateway faults: nothing lost, nothing answered twice ----

    /** Sends {@code before} commands, runs the fault, sends {@code after} more; all must be answered once. */
    private static void assertEveryInteractionAnsweredOnce(FakeDiscord discord, int before, Runnable fault,
            int after) {
        long guild = firstGuild(discord);
        List<CompletableFuture<Interaction>> sent = new ArrayList<>();
        for (int i = 0; i < before; i++) {
            sent.add(discord.sendSlashCommand(guild, USER + i, "ping", Map.of()));
        }
        fault.run();
        for (int i = 0; i < after; i++) {
            sent.add(discord.sendSlashCommand(guild, USER + i, "ping", Map.of()));
        }
        for (CompletableFuture<Interaction> future : sent) {
            Interaction interaction = future.orTimeout(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
            CapturedResponse answer = interaction.awaitFinalResponse(ANSWER_TIMEOUT);
            assertEquals(4, answer.callbackType());
        }
        for (CompletableFuture<Interaction> future : sent) {
            assertEquals(1, future.join().callbackCount(), "answered exactly once: " + future.join());
        }
        assertNoUnexpectedRequests(discord);
    }

    @Test
    void reconnectRequestLeadsToResumeAndReplay() throws Exception {
        FakeDiscord discord = discord(FakeDiscord.builder());
        started(BaselineBot.builder(discord, FakeDiscord.DEFAULT_TOKEN));

        assertEveryInteractionAnsweredOnce(discord, 50, () -> discord.sendReconnect(0), 50);

        assertEquals(1, discord.identifyCount(0));
        assertEquals(1, discord.resumeCount(0));
    }

    @Test
    void resumableInvalidSessionLeadsToResume() throws Exception {
        FakeDiscord discord = discord(FakeDiscord.builder());
        started(BaselineBot.builder(discord, FakeDiscord.DEFAULT_TOKEN));

        assertEveryInteractionAnsweredOnce(discord, 20, () -> discord.sendInvalidSession(0, true), 20);

        assertEquals(1, discord.identifyCount(0));
        assertEquals(1, discord.resumeCount(0));
    }

    @Test
    void invalidSessionLeadsToAFreshIdentify() throws Exception {
        FakeDiscord discord = discord(FakeDiscord.builder().guilds(2));
        JDA jda = started(BaselineBot.builder(discord, FakeDiscord.DEFAULT_TOKEN));

        // Sent while JDA waits out its identify delay: held back, delivered after the new READY.
        assertEveryInteractionAnsweredOnce(discord, 10, () -> discord.sendInvalidSession(0, false), 10);

        assertEquals(2, discord.identifyCount(0));
        assertEquals(0, discord.resumeCount(0));
        jda.awaitReady();
        assertEquals(2, jda.getGuilds().size(), "guilds loaded again from the new GUILD_CREATEs");
    }

    @Test
    void droppedConnectionLeadsToResumeWithNothingLost() throws Exception {
        FakeDiscord discord = discord(FakeDiscord.builder());
        started(BaselineBot.builder(discord, FakeDiscord.DEFAULT_TOKEN));

        // Dropped in the middle of a burst: frames the bot never read come back in the replay.
        assertEveryInteractionAnsweredOnce(discord, 200, () -> discord.dropConnection(0), 50);

        assertEquals(1, discord.identifyCount(0));
        assertEquals(1, discord.resumeCount(0));
    }

    @Test
    void missedHeartbeatAcksLeadToResume() throws Exception {
        FakeDiscord discord = discord(FakeDiscord.builder().heartbeatIntervalMillis(300));
        started(BaselineBot.builder(discord, FakeDiscord.DEFAULT_TOKEN));

        discord.stopHeartbeatAcks(0, true);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (discord.resumeCount(0) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        discord.stopHeartbeatAcks(0, false);

        assertEquals(1, discord.resumeCount(0), "JDA took the silent connection for a zombie and resumed");
        assertTrue(discord.awaitLive(0, Duration.ofSeconds(5)));
        assertEveryInteractionAnsweredOnce(discord, 5, () -> {}, 0);
    }

    // ---- REST faults ----

    @Test
    void rateLimitedCallbackIsRetriedAfterRetryAfter() throws Exception {
        FakeDiscord discord = discord(FakeDiscord.builder());
        started(BaselineBot.builder(discord, FakeDiscord.DEFAULT_TOKEN));
        discord.rateLimitNextCallbacks(1, 1);

        Interaction interaction = discord.sendSlashCommand(firstGuild(discord), USER, "ping", Map.of()).join();
        CapturedResponse answer = interaction.awaitFinalResponse(ANSWER_TIMEOUT);

        assertEquals(4, answer.callbackType());
        assertTrue(answer.arrivedAtNanos() - interaction.dispatchedAtNanos() >= TimeUnit.MILLISECONDS.toNanos(900),
                "JDA waited for Retry-After");
        assertEquals(2, discord.requestCount(RestRoutes.CALLBACK));
        assertEquals(1, interaction.callbackCount());
    }

    @Test
    void badGatewayOnCallbackIsRetried() throws Exception {
        FakeDiscord discord = discord(FakeDiscord.builder());
        started(BaselineBot.builder(discord, FakeDiscord.DEFAULT_TOKEN));
        discord.failNextCallbacks(2, 502);

        Interaction interaction = discord.sendSlashCommand(firstGuild(discord), USER, "ping", Map.of()).join();

        assertEquals(4, interaction.awaitFinalResponse(ANSWER_TIMEOUT).callbackType());
        assertEquals(3, discord.requestCount(RestRoutes.CALLBACK));
        assertEquals(1, interaction.callbackCount());
    }

    // ---- messages ----

    @Test
    void aMentionGetsAReplyAndABotsMessageDoesNot() throws Exception {
        FakeDiscord discord = discord(FakeDiscord.builder());
        ScriptedBot bot = new ScriptedBot();
        started(scripted(discord, bot, GatewayIntent.GUILD_MESSAGES));
        GuildSpec guild = discord.guilds().get(0);

        SentMessage fromBot = discord.sendMessage(guild.id(), guild.textChannelId(), USER + 1, "hi", true, true)
                .join();
        SentMessage fromUser = discord.sendMessage(guild.id(), guild.textChannelId(), USER, "hi", true, false)
                .join();
        CapturedResponse reply = fromUser.awaitReply(ANSWER_TIMEOUT);

        assertEquals(ScriptedBot.MESSAGE_REPLY, reply.message().path("content").asText());
        assertEquals(Long.toUnsignedString(fromUser.id()),
                reply.body().path("message_reference").path("message_id").asText());
        // Events are handled in order on JDA's gateway thread: the bot's message was already skipped.
        assertEquals(0, fromBot.replyCount());
        bot.awaitSucceeded(1, ANSWER_TIMEOUT);
        int intents = discord.identifies().get(0).intents();
        assertEquals(GUILDS_INTENT | GatewayIntent.getRaw(GatewayIntent.GUILD_MESSAGES), intents);
        assertNoUnexpectedRequests(discord);
    }

    // ---- load ----

    @Test
    void aPacedBurstWithADroppedConnectionIsAnsweredExactlyOnce() throws Exception {
        FakeDiscord discord = discord(FakeDiscord.builder().heartbeatIntervalMillis(1_000));
        started(BaselineBot.builder(discord, FakeDiscord.DEFAULT_TOKEN));
        long guild = firstGuild(discord);
        int total = 2_000;
        Semaphore inFlight = new Semaphore(100); // paced like a load driver: at most 100 unanswered

        List<Interaction> sent = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            assertTrue(inFlight.tryAcquire(10, TimeUnit.SECONDS), "answers stopped coming after " + i);
            Interaction interaction = discord.sendSlashCommand(guild, USER + i, "ping", Map.of())
                    .get(10, TimeUnit.SECONDS);
            interaction.finalResponse().whenComplete((answer, error) -> inFlight.release());
            sent.add(interaction);
            if (i == total / 2) {
                discord.dropConnection(0);
            }
        }

        for (Interaction interaction : sent) {
            assertEquals(4, interaction.awaitFinalResponse(ANSWER_TIMEOUT).callbackType());
            assertEquals(1, interaction.callbackCount(), "answered exactly once: " + interaction);
        }
        assertEquals(total, discord.requestCount(RestRoutes.CALLBACK));
        assertEquals(1, discord.resumeCount(0));
        assertNoUnexpectedRequests(discord);
    }
}
