package org.kvmforum.bot.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.kvmforum.bot.standin.FakeDiscord;

/**
 * End to end: the real bot and the baseline, each in a child JVM, driven by the stand-in in this JVM with the
 * same interaction sequence. Rounds alternate baseline and bot, so a noisy neighbour on the shared machine
 * hits both alike; results are pooled over the rounds. Each target gets a fresh stand-in (2 shards, 4 guilds).
 *
 * <p>Per target and round: start, warm-up (not counted: lets both JITs settle), the load at the chosen
 * concurrency, then a short run with one interaction in flight (latency without queueing), then memory.
 */
final class E2eSuite {
    private static final long USERS_BASE = 4_100_000_000_000_000_000L;

    /**
     * @param interactions measured interactions per target in total, split evenly over the rounds
     * @param warmup       per target and round, not counted
     * @param unloaded     per target in total, with one in flight, split over the rounds
     */
    record Settings(int interactions, int concurrency, int warmup, int unloaded, int rounds, long deadlineMillis) {
        int perRound(int total) {
            return (total + rounds - 1) / rounds;
        }
    }

    /** Pooled results of one target. */
    static final class Totals {
        LoadRun.Result load = LoadRun.Result.NONE;
        LoadRun.Result unloaded = LoadRun.Result.NONE;
        long heapKibSum;
        /** CPU ms the target's JVM and the harness (stand-in) JVM used during the measured load, summed over rounds. */
        long targetCpuMillis;
        long harnessCpuMillis;
        /** The target's CPU ms during the measured load by kind of thread (see ChildJvm), summed over rounds. */
        final Map<String, Long> cpuByThreadKind = new TreeMap<>();
        long committedKibSum;
        long rssKibSum;
        long peakRssKibSum;
        int memorySamples;
        int rounds;

        double heapMib() {
            return mib(heapKibSum);
        }

        double committedMib() {
            return mib(committedKibSum);
        }

        double rssMib() {
            return mib(rssKibSum);
        }

        double peakRssMib() {
            return mib(peakRssKibSum);
        }

        private double mib(long kibSum) {
            return memorySamples == 0 ? Double.NaN : kibSum / 1024.0 / memorySamples;
        }
    }

    private final Settings settings;
    private final BenchPaths paths;
    private final InteractionMix mix;
    private final Progress progress;

    E2eSuite(Settings settings, BenchPaths paths, InteractionMix mix, Progress progress) {
        this.settings = settings;
        this.paths = paths;
        this.mix = mix;
        this.progress = progress;
    }

    Map<Target, Totals> run() throws IOException, InterruptedException {
        Map<Target, Totals> totals = new EnumMap<>(Target.class);
        long users = USERS_BASE;
        for (int round = 1; round <= settings.rounds(); round++) {
            for (Target target : new Target[] {Target.BASELINE, Target.BOT}) {
                Totals t = totals.computeIfAbsent(target, x -> new Totals());
                runOne(target, round, t, users);
                users += 10_000_000L;
            }
        }
        return totals;
    }

    /** CPU time of this JVM, the stand-in's side of the load, in ms. */
    private static long harnessCpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return -1;
    }

    private void runOne(Target target, int round, Totals totals, long users) throws IOException, InterruptedException {
        try (FakeDiscord discord = FakeDiscord.builder().shards(2).guilds(4).build()) {
            Target.Started started = target.start(discord, paths, "load" + round);
            try (ChildJvm jvm = started.jvm()) {
                LoadRun driver = new LoadRun(discord, mix, users);
                progress.say("e2e round %d %s: warm-up %,d", round, target.label, settings.warmup());
                driver.run(settings.warmup(), settings.concurrency(), settings.deadlineMillis());
                int count = settings.perRound(settings.interactions());
                progress.say("e2e round %d %s: %,d interactions at %d in flight", round, target.label, count,
                        settings.concurrency());
                long cpuBefore = jvm.cpuMillis();
                Map<String, Long> threadsBefore = jvm.cpuMillisByThreadKind();
                long harnessBefore = harnessCpuMillis();
                LoadRun.Result load = new LoadRun(discord, mix, users + 1_000_000L)
                        .run(count, settings.concurrency(), settings.deadlineMillis());
                totals.targetCpuMillis += jvm.cpuMillis() - cpuBefore;
                jvm.cpuMillisByThreadKind().forEach((kind, ms) ->
                        totals.cpuByThreadKind.merge(kind, ms - threadsBefore.getOrDefault(kind, 0L), Long::sum));
                totals.harnessCpuMillis += harnessCpuMillis() - harnessBefore;
                progress.say("  %,d answered, %,d unanswered, %.0f/s, p50 %.1f ms, p99 %.1f ms", load.answered(),
                        load.unanswered(), load.throughputPerSecond(), load.latency().p50Millis(),
                        load.latency().p99Millis());
                LoadRun.Result unloaded = new LoadRun(discord, mix, users + 5_000_000L)
                        .run(settings.perRound(settings.unloaded()), 1, settings.deadlineMillis());
                long[] rss = jvm.residentKib();
                ChildJvm.Heap heap = jvm.heapAfterFullGc();
                totals.load = totals.load.plus(load);
                totals.unloaded = totals.unloaded.plus(unloaded);
                totals.rounds++;
                if (heap.usedKib() > 0 && rss[0] > 0) {
                    totals.heapKibSum += heap.usedKib();
                    totals.committedKibSum += heap.committedKib();
                    totals.rssKibSum += rss[0];
                    totals.peakRssKibSum += rss[1];
                    totals.memorySamples++;
                }
                progress.say("  memory: heap after full GC %.1f MiB, RSS %.1f MiB", heap.usedKib() / 1024.0,
                        rss[0] / 1024.0);
            }
        }
    }
}
