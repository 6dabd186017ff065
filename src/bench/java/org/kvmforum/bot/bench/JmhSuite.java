package org.kvmforum.bot.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.util.Statistics;
import org.openjdk.jmh.annotations.Mode;

/**
 * Runs the JMH benchmarks through JMH's own API (forked JVMs, as `java -jar benchmarks.jar` would) and turns
 * the results into rows: mean and p99 from {@link Mode#SampleTime}, and the cold load from
 * {@link Mode#SingleShotTime}, one shot per fresh JVM. JMH's own report goes to target/bench/jmh-*.log and
 * its raw numbers to target/bench/jmh-*.json.
 */
final class JmhSuite {
    /** Benchmark JVMs get the children's heap and collector, and no per-load INFO line in the timed loop. */
    private static final String[] FORK_FLAGS = {"-Xmx256m", "-XX:+UseG1GC", "-DBOT_LOG_LEVEL=WARN"};

    /**
     * @param forks 1: each benchmark in a JVM of its own (the full run); 0: all in this JVM, which saves a JVM
     *              start per benchmark and lets the JIT warm up once for all (the quick run, a sanity check)
     */
    record Settings(int forks, int warmupIterations, TimeValue warmupTime, int iterations, TimeValue iterationTime,
                    int coldForks) {}

    /** One benchmark's outcome; times in {@code unit}, percentiles are NaN for single shots. */
    record Row(String group, String operation, double mean, double p50, double p99, double min, double max,
               long samples, String unit) {}

    private final Settings settings;
    private final Path outputDir;

    JmhSuite(Settings settings, Path outputDir) {
        this.settings = settings;
        this.outputDir = outputDir;
    }

    int coldForks() {
        return settings.coldForks();
    }

    /** Replies, autocomplete and warm loads; /ask when the bot has it. */
    List<Row> warm(boolean withAsk) throws RunnerException {
        ChainedOptionsBuilder options = common("warm")
                .include(ReplyBench.class.getName() + "\\.")
                .include(AutocompleteBench.class.getName() + "\\.")
                .include(LoadBench.class.getName() + "\\.(parsePost|parseAndIndex)$")
                .warmupIterations(settings.warmupIterations())
                .warmupTime(settings.warmupTime())
                .measurementIterations(settings.iterations())
                .measurementTime(settings.iterationTime())
                .forks(settings.forks());
        if (withAsk) {
            options.include(AskBench.class.getName() + "\\.");
            options.include(SemanticAskBench.class.getName() + "\\.");
        }
        return rows(new Runner(options.build()).run());
    }

    /** The post parsed once per fresh JVM: class loading, JIT-less code and all. */
    List<Row> cold() throws RunnerException {
        ChainedOptionsBuilder options = common("cold")
                .include(LoadBench.class.getName() + "\\.")
                .mode(Mode.SingleShotTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementBatchSize(1)
                .forks(settings.coldForks());
        return rows(new Runner(options.build()).run());
    }

    private ChainedOptionsBuilder common(String name) {
        return new OptionsBuilder()
                .jvmArgsAppend(FORK_FLAGS)
                .shouldFailOnError(true)
                .output(outputDir.resolve("jmh-" + name + ".log").toString())
                .resultFormat(ResultFormatType.JSON)
                .result(outputDir.resolve("jmh-" + name + ".json").toString());
    }

    private static List<Row> rows(Collection<RunResult> results) {
        List<Row> rows = new ArrayList<>();
        for (RunResult result : results) {
            BenchmarkParams params = result.getParams();
            String full = params.getBenchmark();
            String className = full.substring(0, full.lastIndexOf('.'));
            String group = className.substring(className.lastIndexOf('.') + 1);
            String operation = full.substring(full.lastIndexOf('.') + 1);
            List<String> values = new ArrayList<>();
            for (String key : params.getParamsKeys()) {
                values.add("\"" + params.getParam(key) + "\"");
            }
            if (!values.isEmpty()) {
                operation += " " + String.join(" ", values);
            }
            Statistics stats = result.getPrimaryResult().getStatistics();
            boolean sampled = params.getMode() == Mode.SampleTime;
            rows.add(new Row(group, operation, stats.getMean(), sampled ? stats.getPercentile(50) : Double.NaN,
                    sampled ? stats.getPercentile(99) : Double.NaN,
                    stats.getMin(), stats.getMax(), stats.getN(), result.getPrimaryResult().getScoreUnit()));
        }
        return rows;
    }
}
