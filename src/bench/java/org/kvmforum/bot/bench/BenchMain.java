package org.kvmforum.bot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * bench/run's entry point: every benchmark of issue 6 in one run, one Markdown report on standard output and in
 * a file. Progress goes to standard error.
 *
 * <pre>
 * BenchMain [--quick] [--interactions N] [--concurrency C] [--rounds R] [--starts K]
 *           [--only jmh,cold,e2e,startup] [--out FILE]
 * </pre>
 */
public final class BenchMain {
    private static final String USAGE = "usage: bench/run [--quick] [--interactions N] [--concurrency C] "
            + "[--rounds R] [--starts K] [--only jmh,cold,e2e,startup] [--out FILE]";

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        Progress progress = new Progress();
        BenchPaths paths = BenchPaths.fromRoot(Path.of("").toAbsolutePath());
        long started = System.nanoTime();
        String loadBefore = Machine.loadAverage();
        boolean hasAsk = BotUnderBench.load().has(AskQuestions.COMMAND);
        progress.say("%s run; /ask %s", options.quick ? "quick" : "full",
                hasAsk ? "present: benchmarked" : "not in this build: skipped");

        JmhSuite jmh = new JmhSuite(options.quick
                ? new JmhSuite.Settings(0, 1, TimeValue.seconds(1), 1, TimeValue.seconds(1), 3)
                : new JmhSuite.Settings(1, 3, TimeValue.seconds(1), 2, TimeValue.seconds(1), 6), paths.work());
        List<JmhSuite.Row> warm = List.of();
        List<JmhSuite.Row> cold = List.of();
        if (options.runs("jmh")) {
            progress.say("JMH: replies, autocomplete%s, warm loads (log: target/bench/jmh-warm.log)",
                    hasAsk ? ", /ask" : "");
            warm = jmh.warm(hasAsk);
        }
        if (options.runs("cold")) {
            progress.say("JMH: cold load, one shot per fresh JVM");
            cold = jmh.cold();
        }
        E2eSuite.Settings e2eSettings = new E2eSuite.Settings(options.interactions, options.concurrency,
                options.quick ? 1_000 : 3_000, options.quick ? 200 : 1_000, options.rounds,
                120_000L + options.interactions * 5L / options.rounds);
        InteractionMix mix = InteractionMix.standard(hasAsk);
        Map<Target, E2eSuite.Totals> e2e = Map.of();
        if (options.runs("e2e")) {
            e2e = new E2eSuite(e2eSettings, paths, mix, progress).run();
        }
        StartupSuite.Result startup = null;
        ScheduleMemory.Result scheduleMemory = null;
        if (options.runs("startup")) {
            startup = new StartupSuite(paths, progress).run(options.starts);
            progress.say("memory: heap after %,d /schedule replies", ScheduleMemory.SCHEDULES);
            scheduleMemory = ScheduleMemory.run(paths);
        }

        double minutes = (System.nanoTime() - started) / 60e9;
        String command = "bench/run" + (args.length == 0 ? "" : " " + String.join(" ", args));
        String report = Report.render(new Report.Inputs(options.quick ? "Quick" : "Full",
                ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz")), command, minutes,
                loadBefore, Machine.loadAverage(), warm, cold, jmh.coldForks(), e2e, e2eSettings, mix,
                startup, scheduleMemory, hasAsk));
        Path out = options.out != null ? options.out
                : options.quick ? paths.work().resolve("RESULTS-quick.md") : Path.of("bench", "RESULTS.md");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report);
        System.out.print(report);
        progress.say("written to %s", out);
    }

    /** The command line. */
    private static final class Options {
        boolean quick;
        int interactions = -1;
        int concurrency = 64;
        int rounds = -1;
        int starts = -1;
        Set<String> only = Set.of("jmh", "cold", "e2e", "startup");
        Path out;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--quick" -> o.quick = true;
                    case "--interactions" -> o.interactions = positive(arg, value(args, ++i, arg));
                    case "--concurrency" -> o.concurrency = positive(arg, value(args, ++i, arg));
                    case "--rounds" -> o.rounds = positive(arg, value(args, ++i, arg));
                    case "--starts" -> o.starts = positive(arg, value(args, ++i, arg));
                    case "--only" -> o.only = Set.of(value(args, ++i, arg).split(","));
                    case "--out" -> o.out = Path.of(value(args, ++i, arg));
                    case "--help", "-h" -> throw new IllegalArgumentException("help");
                    default -> throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            for (String part : o.only) {
                if (!Set.of("jmh", "cold", "e2e", "startup").contains(part)) {
                    throw new IllegalArgumentException("--only takes jmh, cold, e2e, startup; not " + part);
                }
            }
            if (o.interactions < 0) {
                o.interactions = o.quick ? 4_000 : 20_000;
            }
            if (o.rounds < 0) {
                o.rounds = o.quick ? 1 : 2;
            }
            if (o.starts < 0) {
                o.starts = o.quick ? 2 : 5;
            }
            // The harness's own safety bounds: it talks to 127.0.0.1 only, and never floods without end.
            if (o.interactions > 1_000_000 || o.concurrency > 1_000) {
                throw new IllegalArgumentException("at most 1,000,000 interactions and 1,000 in flight");
            }
            return o;
        }

        boolean runs(String part) {
            return only.contains(part);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }

        private static int positive(String option, String value) {
            try {
                int n = Integer.parseInt(value.replace(",", "").replace("_", ""));
                if (n < 1) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a positive number, not " + value);
            }
        }
    }
}
