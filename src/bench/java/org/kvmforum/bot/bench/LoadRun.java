package org.kvmforum.bot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.kvmforum.bot.standin.CapturedResponse;
import org.kvmforum.bot.standin.FakeDiscord;
import org.kvmforum.bot.standin.GuildSpec;
import org.kvmforum.bot.standin.Interaction;

/**
 * One closed-loop load phase: the stand-in sends {@code total} interactions with at most {@code concurrency}
 * unanswered at a time, and each is timed from the moment its INTERACTION_CREATE frame went to the bot's socket
 * to the moment the answer reached the stand-in's REST side. Bounded in count and in time: it stops sending at
 * its deadline or when answers stop coming, and then waits a fixed drain time for stragglers.
 */
final class LoadRun {
    /** If no answer frees a slot for this long, the bot is taken to have stopped answering. */
    private static final long STALL_NANOS = TimeUnit.SECONDS.toNanos(15);
    private static final long DRAIN_MILLIS = 20_000;

    /**
     * The outcome, mergeable across rounds: latencies (ns) of the answered interactions only, the mix kind of
     * each, and the time from the first dispatch to the last answer.
     */
    record Result(int sent, int answered, int refused, long[] latencies, int[] kinds, double seconds,
                  boolean stalled, boolean timedOut) {
        static final Result NONE = new Result(0, 0, 0, new long[0], new int[0], 0, false, false);

        int unanswered() {
            return sent - answered;
        }

        double throughputPerSecond() {
            return seconds <= 0 ? 0 : answered / seconds;
        }

        LatencyStats latency() {
            return LatencyStats.of(latencies, latencies.length);
        }

        /** The latencies of one kind of the mix only. */
        LatencyStats latency(int kind) {
            long[] mine = new long[latencies.length];
            int n = 0;
            for (int i = 0; i < latencies.length; i++) {
                if (kinds[i] == kind) {
                    mine[n++] = latencies[i];
                }
            }
            return LatencyStats.of(mine, n);
        }

        Result plus(Result other) {
            long[] both = Arrays.copyOf(latencies, latencies.length + other.latencies.length);
            System.arraycopy(other.latencies, 0, both, latencies.length, other.latencies.length);
            int[] bothKinds = Arrays.copyOf(kinds, kinds.length + other.kinds.length);
            System.arraycopy(other.kinds, 0, bothKinds, kinds.length, other.kinds.length);
            return new Result(sent + other.sent, answered + other.answered, refused + other.refused, both,
                    bothKinds, seconds + other.seconds, stalled || other.stalled, timedOut || other.timedOut);
        }
    }

    private final FakeDiscord discord;
    private final InteractionMix mix;
    private final long firstUserId;

    /**
     * @param firstUserId users are {@code firstUserId + i}: one per interaction, so the bot's per-user cooldown
     *                    (8 commands per 10 s by default) is the real one and still never refuses.
     */
    LoadRun(FakeDiscord discord, InteractionMix mix, long firstUserId) {
        this.discord = discord;
        this.mix = mix;
        this.firstUserId = firstUserId;
    }

    Result run(int total, int concurrency, long deadlineMillis) throws InterruptedException {
        List<GuildSpec> guilds = discord.guilds();
        long[] latencies = new long[total];
        int[] kinds = new int[total];
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicLong lastArrival = new AtomicLong();
        Semaphore slots = new Semaphore(concurrency);
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(deadlineMillis);
        int sent = 0;
        boolean stalled = false;
        boolean timedOut = false;
        for (int i = 0; i < total; i++) {
            if (System.nanoTime() > deadline) {
                timedOut = true;
                break;
            }
            if (!slots.tryAcquire(STALL_NANOS, TimeUnit.NANOSECONDS)) {
                stalled = true;
                break;
            }
            GuildSpec guild = guilds.get(i % guilds.size());
            int kind = i % mix.size();
            CompletableFuture<Interaction> dispatched =
                    mix.kind(kind).send(discord, guild.id(), firstUserId + i, i / mix.size());
            sent++;
            dispatched.whenComplete((interaction, failure) -> {
                if (failure != null) {
                    slots.release();
                    return;
                }
                interaction.finalResponse().whenComplete((response, error) -> {
                    if (error == null) {
                        int slot = answered.getAndIncrement();
                        latencies[slot] = response.arrivedAtNanos() - interaction.dispatchedAtNanos();
                        kinds[slot] = kind;
                        lastArrival.accumulateAndGet(response.arrivedAtNanos(), Math::max);
                        if (isRefusal(response)) {
                            refused.incrementAndGet();
                        }
                    }
                    slots.release();
                });
            });
        }
        // Wait for the answers still out, for a bounded time; what has not come by then is unanswered.
        boolean drained = slots.tryAcquire(concurrency, DRAIN_MILLIS, TimeUnit.MILLISECONDS);
        if (drained) {
            slots.release(concurrency);
        }
        int done = answered.get();
        double seconds = done == 0 ? 0 : (lastArrival.get() - start) / 1e9;
        return new Result(sent, done, refused.get(), Arrays.copyOf(latencies, done), Arrays.copyOf(kinds, done),
                seconds, stalled, timedOut);
    }

    /** An answer that is not the command's own: the cooldown's "Slow down", an internal error, an unknown command. */
    private static boolean isRefusal(CapturedResponse response) {
        JsonNode embeds = response.message().path("embeds");
        if (!embeds.isArray() || embeds.isEmpty()) {
            return false;
        }
        String title = embeds.get(0).path("title").asText("");
        return title.equals("Slow down") || title.startsWith("Something went wrong") || title.equals("Unknown command");
    }
}
