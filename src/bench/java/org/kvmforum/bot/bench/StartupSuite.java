package org.kvmforum.bot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kvmforum.bot.standin.FakeDiscord;

/**
 * Start-up, each measured from just before the process is spawned, as the median of several starts that
 * alternate with the baseline's:
 * <ul>
 *   <li>the bot's jar with a config naming the stand-in: until every shard has identified, and until the command
 *       registration reaches the stand-in (the bot registers after all its shards are ready);</li>
 *   <li>the baseline in its own JVM: until every shard has identified, and until it is ready;</li>
 *   <li>{@code printf '/about\n' | java -jar kvm-forum-bot.jar --json}: until the first line of output;</li>
 *   <li>a hello-world JVM: until its line, the JVM's own floor.</li>
 * </ul>
 */
final class StartupSuite {
    /** Medians in milliseconds. */
    record Result(int starts, double botIdentified, double botRegistered, double baselineIdentified,
                  double baselineReady, double consoleFirstLine, double helloFirstLine) {}

    private final BenchPaths paths;
    private final Progress progress;

    StartupSuite(BenchPaths paths, Progress progress) {
        this.paths = paths;
        this.progress = progress;
    }

    Result run(int starts) throws IOException, InterruptedException {
        List<Double> botIdentified = new ArrayList<>();
        List<Double> botRegistered = new ArrayList<>();
        List<Double> baseIdentified = new ArrayList<>();
        List<Double> baseReady = new ArrayList<>();
        List<Double> console = new ArrayList<>();
        List<Double> hello = new ArrayList<>();
        // One start of each that is not counted: the stand-in in this JVM answers its first log-in cold.
        startOnce(Target.BASELINE, "warmup");
        startOnce(Target.BOT, "warmup");
        for (int i = 1; i <= starts; i++) {
            progress.say("start-up %d of %d", i, starts);
            Target.Started base = startOnce(Target.BASELINE, "start" + i);
            baseIdentified.add(base.identifiedMillis());
            baseReady.add(base.readyMillis());
            Target.Started bot = startOnce(Target.BOT, "start" + i);
            botIdentified.add(bot.identifiedMillis());
            botRegistered.add(bot.readyMillis());
            console.add(firstLine(List.of("-jar", paths.jar().toString(), "--json"), "/about\n", "{", "console" + i));
            hello.add(firstLine(List.of("-cp", paths.testClasses().toString(), HelloMain.class.getName()), "",
                    "hello", "hello" + i));
        }
        return new Result(starts, median(botIdentified), median(botRegistered), median(baseIdentified),
                median(baseReady), median(console), median(hello));
    }

    private Target.Started startOnce(Target target, String tag) throws IOException, InterruptedException {
        try (FakeDiscord discord = FakeDiscord.builder().shards(2).guilds(4).build()) {
            Target.Started started = target.start(discord, paths, tag);
            started.jvm().close();
            return started;
        }
    }

    /** Milliseconds from spawn to the first line on standard output, which must start with {@code expect}. */
    private double firstLine(List<String> args, String input, String expect, String tag)
            throws IOException, InterruptedException {
        try (ChildJvm jvm = ChildJvm.start(args, Map.of(), paths.logs().resolve(tag + ".log"), true)) {
            try (OutputStream stdin = jvm.process().getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            BufferedReader out = new BufferedReader(
                    new InputStreamReader(jvm.process().getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            long at = System.nanoTime();
            if (line == null || !line.startsWith(expect)) {
                throw new IOException(tag + ": expected a line starting with '" + expect + "', got " + line);
            }
            jvm.process().waitFor(30, TimeUnit.SECONDS);
            return (at - jvm.startedAtNanos) / 1e6;
        }
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
