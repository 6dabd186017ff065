package org.kvmforum.bot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.kvmforum.bot.commands.CommandRequest;
import org.kvmforum.bot.commands.Reply;
import org.kvmforum.bot.discord.ButtonExpiry;

/**
 * The heap after a full collection once 100,000 {@code /schedule} replies have been built and handed to
 * {@link ButtonExpiry} as the Discord listener hands them, in a fresh JVM with the children's heap flags: what
 * a burst of /schedule leaves behind for the buttons' 14 minutes. Each switch-off holds the reply's components
 * here, where on Discord it holds them and the interaction's hook, so the real figure per pending reply is
 * somewhat higher; the bound on their count is what keeps it flat.
 */
final class ScheduleMemory {
    static final int SCHEDULES = 100_000;

    /** Heap used after a full GC, MiB: with the bot loaded, and after the schedules; and what was pending. */
    record Result(int schedules, int pending, int bound, double heapBeforeMib, double heapAfterMib) {}

    private ScheduleMemory() {}

    static Result run(BenchPaths paths) throws IOException, InterruptedException {
        List<String> args = List.of("-cp", System.getProperty("java.class.path"), "-DBOT_LOG_LEVEL=WARN",
                ScheduleMemory.class.getName());
        try (ChildJvm jvm = ChildJvm.start(args, Map.of(), paths.logs().resolve("schedule-memory.log"), true)) {
            BufferedReader out = new BufferedReader(
                    new InputStreamReader(jvm.process().getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            jvm.process().waitFor(60, TimeUnit.SECONDS);
            if (line == null || !line.startsWith("schedules ")) {
                throw new IOException("schedule memory: unexpected output " + line + " (see its log)");
            }
            String[] f = line.split(" ");
            return new Result(Integer.parseInt(f[1]), Integer.parseInt(f[3]), Integer.parseInt(f[5]),
                    Double.parseDouble(f[7]), Double.parseDouble(f[9]));
        }
    }

    /** In the child: prints one line, "schedules N pending P bound B before X after Y". */
    public static void main(String[] args) {
        BotUnderBench bot = BotUnderBench.load();
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1);
        ButtonExpiry expiry = new ButtonExpiry(timers, ButtonExpiry.MAX_PENDING);
        // Warm the command once, so the "before" heap holds what one /schedule loads, not the first call's classes.
        bot.router.execute(BotUnderBench.request("schedule", Map.of()));
        double before = usedAfterFullGcMib();
        for (int i = 0; i < SCHEDULES; i++) {
            // One user each: the real per-user cooldown would refuse one user's flood, and every id differs.
            Reply reply = bot.router.execute(new CommandRequest("schedule", Map.of(), Integer.toString(i),
                    BotUnderBench.GUILD, false));
            Object held = reply.message().getComponents();
            expiry.schedule(reply.disableButtonsAfter(), () -> held.hashCode());
        }
        double after = usedAfterFullGcMib();
        System.out.printf(java.util.Locale.ROOT, "schedules %d pending %d bound %d before %.1f after %.1f%n",
                SCHEDULES, expiry.pending(), ButtonExpiry.MAX_PENDING, before, after);
        timers.shutdownNow();
    }

    private static double usedAfterFullGcMib() {
        // Two collections: the first may leave objects that only the second finds unreachable (finalizers, refs).
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }
}
