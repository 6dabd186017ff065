package org.kvmforum.bot.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kvmforum.bot.standin.CapturedResponse;
import org.kvmforum.bot.standin.FakeDiscord;
import org.kvmforum.bot.standin.GuildSpec;
import org.kvmforum.bot.standin.Interaction;
import org.kvmforum.bot.standin.SentMessage;
import org.kvmforum.bot.e2e.LiveBot;

/**
 * A stream of the interactions real users send, to the stand-in: every command with ordinary and hostile options,
 * autocomplete keystrokes, and clicks on paging buttons (the asker's own, and forged ones). Each comes from a
 * user of its own, so the per-user cooldown never hides a lost answer. The stream runs on its own thread with a
 * bounded number of unanswered interactions, the way a busy server's traffic keeps coming while the bot recovers.
 */
final class Traffic implements AutoCloseable {
    private static final long FIRST_USER = 5_000_000_000_000_000_000L;
    /** One message mentioning the bot per this many interactions. */
    private static final int MENTION_EVERY = 25;
    private static final List<String> QUERIES = List.of("vfio", "qcow2 @everyone", "live migration", "<@&123456789012345678>",
            "[x](https://evil.example)", "virtio-scsi", "**NUMA**", "\u202Etracing\u200B", "nothing like it");

    private final FakeDiscord discord;
    private final List<GuildSpec> guilds;
    private final List<CompletableFuture<Interaction>> sent = new ArrayList<>();
    private final List<CompletableFuture<SentMessage>> mentions = new ArrayList<>();
    private final Semaphore unanswered;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private long next; // guarded by this

    private Traffic(FakeDiscord discord, int maxUnanswered) {
        this.discord = discord;
        this.guilds = discord.guilds();
        this.unanswered = new Semaphore(maxUnanswered);
        this.thread = new Thread(this::run, "traffic");
        thread.setDaemon(true);
    }

    /** Starts sending, at most {@code maxUnanswered} interactions awaiting their answer at any time. */
    static Traffic start(FakeDiscord discord, int maxUnanswered) {
        Traffic traffic = new Traffic(discord, maxUnanswered);
        traffic.thread.start();
        return traffic;
    }

    synchronized int sentCount() {
        return sent.size();
    }

    /** Waits until at least {@code count} more interactions went out. */
    void awaitMore(int count, Duration timeout) throws InterruptedException {
        int target = sentCount() + count;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (sentCount() < target) {
            if (System.nanoTime() > deadline || !thread.isAlive()) {
                throw new AssertionError("the stream stalled at " + sentCount() + " interactions");
            }
            Thread.sleep(5);
        }
    }

    /** Sends {@code count} more at once, beyond the bound: a fault right after lands among unread frames. */
    void burst(int count) {
        for (int i = 0; i < count; i++) {
            CompletableFuture<Interaction> future;
            synchronized (this) {
                future = sendOne(next++);
                sent.add(future);
            }
        }
    }

    /** Stops sending; returns every interaction the stand-in delivered to the bot. */
    List<Interaction> stop(Duration timeout) throws InterruptedException {
        running.set(false);
        thread.join(timeout.toMillis());
        List<CompletableFuture<Interaction>> copy;
        synchronized (this) {
            copy = List.copyOf(sent);
        }
        return LiveBot.delivered(copy, timeout);
    }

    private void run() {
        try {
            while (running.get()) {
                if (!unanswered.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                    continue;
                }
                CompletableFuture<Interaction> future;
                synchronized (this) {
                    future = sendOne(next++);
                    sent.add(future);
                    if (next % MENTION_EVERY == 0) {
                        mentions.add(sendMention(next));
                    }
                }
                future.thenAccept(interaction -> interaction.finalResponse().whenComplete((r, e) -> unanswered.release()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** "@bot …": asked as /ask and answered with a reply to the message, once. */
    private CompletableFuture<SentMessage> sendMention(long n) {
        GuildSpec guild = guilds.get((int) (n % guilds.size()));
        String question = "who talked about " + QUERIES.get((int) (n % QUERIES.size())) + "?";
        return discord.sendMessage(guild.id(), guild.textChannelId(), FIRST_USER + n, question, true, false);
    }

    /** Stops sending (if not yet stopped); returns every mention message the stand-in delivered to the bot. */
    List<SentMessage> mentions(Duration timeout) {
        running.set(false);
        List<CompletableFuture<SentMessage>> copy;
        synchronized (this) {
            copy = List.copyOf(mentions);
        }
        return copy.stream().map(f -> f.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join()).toList();
    }

    private CompletableFuture<Interaction> sendOne(long n) {
        GuildSpec guild = guilds.get((int) (n % guilds.size()));
        long user = FIRST_USER + n;
        String query = QUERIES.get((int) (n % QUERIES.size()));
        return switch ((int) (n % 10)) {
            case 0 -> discord.sendSlashCommand(guild.id(), user, "talk", Map.of("query", query));
            case 1 -> discord.sendSlashCommand(guild.id(), user, "speaker", Map.of("name", n % 2 == 0 ? "Avi" : query));
            case 2 -> discord.sendSlashCommand(guild.id(), user, "search", Map.of("query", query));
            case 3 -> discord.sendSlashCommand(guild.id(), user, "schedule", n % 3 == 0 ? Map.of() : Map.of("day", 2));
            case 4 -> discord.sendSlashCommand(guild.id(), user, "slides", Map.of("talk", query));
            case 5 -> discord.sendSlashCommand(guild.id(), user, "about", Map.of());
            case 6 -> discord.sendAutocomplete(guild.id(), user, "talk", "query", query.substring(0, 3), Map.of());
            case 7 -> discord.sendButtonClick(guild.id(), user, pageId(user, 1), 1000 + n);
            case 8 -> discord.sendButtonClick(guild.id(), user, pageId(user + 1, 1), 1000 + n); // someone else's
            default -> n % 20 == 9 ? discord.sendSlashCommand(guild.id(), user, "ask", Map.of("question", query))
                    : discord.sendSlashCommand(guild.id(), user, "help", Map.of());
        };
    }

    /** The id /schedule gives its "next page" button, issued now. */
    private static String pageId(long user, int page) {
        return "schedule:" + user + ":0:" + page + ":" + Instant.now().getEpochSecond() + ":n";
    }

    /**
     * What Discord received for one interaction, judged as Discord would: the final answer is a reply (4), page
     * update (7) or choices (8), valid under the limits, and safe (see {@link ReplyChecks}).
     */
    static List<String> problems(ReplyChecks checks, Interaction interaction, CapturedResponse answer) {
        List<String> problems = new ArrayList<>();
        if (interaction.callbackCount() != 1) {
            problems.add("answered " + interaction.callbackCount() + " times: " + interaction);
        }
        JsonNode body = answer.body();
        if (answer.route().equals(CapturedResponse.ROUTE_CALLBACK)) {
            problems.addAll(body.path("type").asInt() == 8 ? DiscordJsonRules.choices(body) : checks.body(body));
        } else {
            problems.addAll(DiscordJsonRules.message(body, true));
            problems.addAll(checks.message(body));
        }
        return problems;
    }

    /** A reply to a mention: one, valid, safe, and a reply that pings no one, not even the asker. */
    static List<String> problems(ReplyChecks checks, SentMessage mention, CapturedResponse reply) {
        List<String> problems = new ArrayList<>();
        if (mention.replyCount() != 1) {
            problems.add("mention answered " + mention.replyCount() + " times");
        }
        problems.addAll(DiscordJsonRules.message(reply.body(), false));
        problems.addAll(checks.message(reply.body()));
        if (!reply.body().has("message_reference")) {
            problems.add("the answer to a mention is not a reply to it");
        }
        return problems;
    }

    @Override
    public void close() {
        running.set(false);
    }
}
