package org.kvmforum.bot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A JVM the harness started (the bot's jar, the baseline, the console, hello-world), with the same heap and
 * collector for all of them so their memory and start-up compare. Every child is registered so a harness that
 * dies or is interrupted still stops the processes it started, and only those.
 */
final class ChildJvm implements AutoCloseable {
    /** The same for every child: a fixed heap ceiling and the collector named, not left to machine ergonomics. */
    static final List<String> JVM_FLAGS = List.of("-Xmx256m", "-XX:+UseG1GC");

    /** USER_HZ, the unit of /proc's CPU times: 100 on every Linux architecture the JDK runs on. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    private static final Pattern HEAP = Pattern.compile("heap\\s+total\\s+(\\d+)K, used (\\d+)K");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly),
                "bench-children"));
    }

    private final Process process;
    final long startedAtNanos;

    private ChildJvm(Process process, long startedAtNanos) {
        this.process = process;
        this.startedAtNanos = startedAtNanos;
        LIVE.add(process);
    }

    /** The java of the JVM running the harness, so every child is the same JDK. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Starts {@code java FLAGS args} with the given environment additions; output goes to {@code log} unless
     * {@code pipeStdout}, in which case the caller reads it.
     */
    static ChildJvm start(List<String> args, Map<String, String> env, Path log, boolean pipeStdout)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(JVM_FLAGS);
        // For profiling a run (e.g. -Dbench.childFlags=-XX:StartFlightRecording=...): extra flags for every child.
        String extra = System.getProperty("bench.childFlags", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("DISCORD_TOKEN");
        builder.environment().remove("DISCORD_TOKEN_FILE");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(env);
        Files.createDirectories(log.getParent());
        if (pipeStdout) {
            builder.redirectError(log.toFile());
        } else {
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
        }
        long start = System.nanoTime();
        return new ChildJvm(builder.start(), start);
    }

    Process process() {
        return process;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Resident set size now and at its peak, in KiB, from /proc/PID/status: {VmRSS, VmHWM}; -1 if unreadable. */
    long[] residentKib() {
        long[] values = {-1, -1};
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    values[0] = kib(line);
                } else if (line.startsWith("VmHWM:")) {
                    values[1] = kib(line);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process is gone: reported as n/a
        }
        return values;
    }

    /**
     * CPU time the process has used so far (user + system, all threads), in ms, from /proc/PID/stat; -1 if
     * unreadable. Clock ticks are 10 ms, fine over thousands of interactions.
     */
    long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid()), "stat"));
            // Fields after the command name, which is in parentheses and may contain spaces.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * CPU time so far per kind of thread, in ms, from /proc/PID/task/TID/stat: the JIT compilers, the garbage
     * collector, JDA's threads, the bot's own workers, and the rest. Thread names there are cut to 15
     * characters, enough to tell these apart. Empty if unreadable.
     */
    Map<String, Long> cpuMillisByThreadKind() {
        Map<String, Long> byKind = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid()), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    byKind.merge(threadKind(name), ticks * 1000 / CLOCK_TICKS_PER_SECOND, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return byKind;
    }

    static final List<String> THREAD_KINDS = List.of("JIT compiler", "GC", "JDA", "bot workers", "other");

    private static String threadKind(String name) {
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return "JIT compiler";
        }
        if (name.startsWith("G1 ") || name.startsWith("GC Thread") || name.equals("VM Thread")) {
            return "GC";
        }
        if (name.startsWith("JDA") || name.startsWith("OkHttp") || name.startsWith("Okio")
                || name.startsWith("ConcurrentSess") || name.startsWith("DefaultShardMa")) {
            return "JDA";
        }
        if (name.startsWith("bot-")) {
            return "bot workers";
        }
        return "other";
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    /** Heap after a full collection, in KiB: {used, committed}. */
    record Heap(long usedKib, long committedKib) {
        static final Heap UNKNOWN = new Heap(-1, -1);
    }

    /**
     * The heap after a full collection, through jcmd (GC.run is System.gc(), a full GC with G1); UNKNOWN when
     * jcmd is missing or cannot attach.
     */
    Heap heapAfterFullGc() {
        try {
            jcmd("GC.run");
            Matcher matcher = HEAP.matcher(jcmd("GC.heap_info"));
            return matcher.find() ? new Heap(Long.parseLong(matcher.group(2)), Long.parseLong(matcher.group(1)))
                    : Heap.UNKNOWN;
        } catch (IOException e) {
            return Heap.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Heap.UNKNOWN;
        }
    }

    private String jcmd(String what) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid()), what).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("jcmd " + what + " did not finish");
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** SIGTERM, as an operator stops the bot; forcibly after a grace period. */
    @Override
    public void close() throws InterruptedException {
        try {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } finally {
            LIVE.remove(process);
        }
    }
}
