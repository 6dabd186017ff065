package org.kvmforum.bot.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.kvmforum.bot.standin.FakeDiscord;
import org.kvmforum.bot.standin.RestRoutes;

/**
 * What a load run is pointed at: the real bot (its jar, as an operator runs it, with a config naming the
 * stand-in) or the baseline. Both are started as child processes with the same JVM flags and are ready when
 * they can answer: the bot once the stand-in has its command registration, the baseline once it says so.
 */
enum Target {
    BOT("bot"),
    BASELINE("baseline");

    private static final long START_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);

    final String label;

    Target(String label) {
        this.label = label;
    }

    /** A started target and how long it took, in ms from just before the process was spawned. */
    record Started(ChildJvm jvm, double identifiedMillis, double readyMillis) {}

    Started start(FakeDiscord discord, BenchPaths paths, String tag) throws IOException, InterruptedException {
        Path log = paths.logs().resolve(label + "-" + tag + ".log");
        Map<String, String> env = Map.of("DISCORD_TOKEN", FakeDiscord.DEFAULT_TOKEN);
        ChildJvm jvm;
        AtomicLong readyLine = new AtomicLong();
        if (this == BOT) {
            Path config = paths.work().resolve("bot-" + tag + ".json");
            // The shipped settings, with only Discord's addresses changed: the real rate limit stays on.
            Files.writeString(config, "{\"discord\": {\"restBaseUrl\": \"" + discord.restBaseUrl()
                    + "\", \"gatewayUrl\": \"" + discord.gatewayUrl() + "\"}}");
            jvm = ChildJvm.start(List.of("-jar", paths.jar().toString(), "--config", config.toString()), env, log,
                    false);
        } else {
            jvm = ChildJvm.start(List.of("-cp", paths.jar() + File.pathSeparator + paths.testClasses(),
                    BaselineMain.class.getName(), discord.restBaseUrl(), discord.gatewayUrl()), env, log, true);
            watchForReady(jvm, readyLine);
        }
        long identified = 0;
        long ready = 0;
        try {
            while (ready == 0) {
                long now = System.nanoTime();
                if (identified == 0 && allIdentified(discord)) {
                    identified = now;
                }
                if (this == BOT ? discord.requestCount(RestRoutes.GLOBAL_COMMANDS) > 0 : readyLine.get() != 0) {
                    ready = this == BOT ? now : readyLine.get();
                }
                if (!jvm.isAlive()) {
                    throw new IOException(label + " exited with " + jvm.process().exitValue() + " before it was "
                            + "ready; see " + log);
                }
                if (now - jvm.startedAtNanos > START_TIMEOUT_NANOS) {
                    throw new IOException(label + " was not ready within 60 s; see " + log);
                }
                Thread.sleep(1);
            }
            if (identified == 0) {
                identified = ready;
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            jvm.close();
            throw e;
        }
        return new Started(jvm, (identified - jvm.startedAtNanos) / 1e6, (ready - jvm.startedAtNanos) / 1e6);
    }

    private static boolean allIdentified(FakeDiscord discord) {
        for (int shard = 0; shard < discord.shardCount(); shard++) {
            if (discord.identifyCount(shard) == 0) {
                return false;
            }
        }
        return true;
    }

    private static void watchForReady(ChildJvm jvm, AtomicLong readyAt) {
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(jvm.process().getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.equals(BaselineMain.READY)) {
                        readyAt.compareAndSet(0, System.nanoTime());
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "baseline-stdout");
        reader.setDaemon(true);
        reader.start();
    }
}
