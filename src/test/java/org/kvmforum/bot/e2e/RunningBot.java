package org.kvmforum.bot.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.kvmforum.bot.BotApplication;
import org.kvmforum.bot.standin.FakeDiscord;

/**
 * The bot started as an operator starts it: {@link BotApplication#run} with a config file pointing at the local
 * stand-in and the token in the environment. Runs on its own thread; {@link #stop()} is what SIGTERM does.
 */
final class RunningBot implements AutoCloseable {
    final BotApplication app;
    final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    private RunningBot(Map<String, String> environment, String[] args) {
        this.app = new BotApplication(environment, InputStream.nullInputStream(),
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        Thread thread = new Thread(() -> {
            try {
                exit.complete(app.run(args));
            } catch (Throwable t) {
                exit.completeExceptionally(t);
            }
        }, "bot-under-test");
        thread.setDaemon(true);
        thread.start();
    }

    /** Writes a config for the stand-in (plus {@code extraJson} members) and starts the bot with it. */
    static RunningBot start(FakeDiscord discord, Path dir, String extraJson) throws IOException {
        Path config = writeConfig(discord, dir, extraJson);
        return startWith(Map.of("DISCORD_TOKEN", FakeDiscord.DEFAULT_TOKEN), "--config", config.toString());
    }

    static Path writeConfig(FakeDiscord discord, Path dir, String extraJson) throws IOException {
        String json = "{\"discord\": {\"restBaseUrl\": \"" + discord.restBaseUrl() + "\", \"gatewayUrl\": \""
                + discord.gatewayUrl() + "\"}" + (extraJson.isBlank() ? "" : ", " + extraJson) + "}";
        return Files.writeString(dir.resolve("bot.json"), json);
    }

    static RunningBot startWith(Map<String, String> environment, String... args) {
        return new RunningBot(environment, args);
    }

    /** Runs the console synchronously on the given standard input and returns its standard output. */
    static String console(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BotApplication console = new BotApplication(Map.of(),
                new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        int code = console.run(args);
        if (code != 0) {
            throw new AssertionError("console exited with " + code);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Waits until the bot is connected and has registered its commands. */
    RunningBot awaitStarted(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (app.discordBot() == null) {
            if (exit.isDone()) {
                throw new AssertionError("the bot exited with " + exit.get() + ": " + stderr());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the bot did not start in " + timeout + ": " + stderr());
            }
            Thread.sleep(20);
        }
        return this;
    }

    String stderr() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    String stdout() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    /** What SIGTERM does: answer what is in flight, close the gateway, return the exit code. */
    int stop() throws Exception {
        app.requestShutdown();
        return exit.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (!exit.isDone()) {
            stop();
        }
    }
}
