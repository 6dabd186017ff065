package org.kvmforum.bot.e2e;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.kvmforum.bot.BotApplication;
import org.kvmforum.bot.standin.FakeDiscord;
import org.kvmforum.bot.standin.GuildSpec;
import org.kvmforum.bot.standin.Interaction;

/**
 * The real bot, started the way an operator starts it ({@link BotApplication#run} with a config file and the
 * token in the environment), against the local Discord stand-in, on a thread of its own. Its standard output
 * and error are kept for the test to read. {@link #close()} is what SIGTERM does.
 */
public final class LiveBot implements AutoCloseable {
    public static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    /** Manage Server, the permission admin commands require. */
    public static final long MANAGE_SERVER = 1L << 5;

    private static final AtomicLong COMMAND_IDS = new AtomicLong(1_300_000_000_000_000_000L);

    public final BotApplication app;
    public final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private LiveBot(Map<String, String> environment, String... args) {
        app = new BotApplication(environment, InputStream.nullInputStream(),
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        Thread thread = new Thread(() -> {
            try {
                exit.complete(app.run(args));
            } catch (Throwable t) {
                exit.completeExceptionally(t);
            }
        }, "live-bot");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts the bot with a config for the stand-in plus {@code extraConfig} members, and waits until it runs. */
    public static LiveBot start(FakeDiscord discord, Path dir, String extraConfig, String... extraArgs) throws Exception {
        return launch(discord, dir, FakeDiscord.DEFAULT_TOKEN, extraConfig, extraArgs).awaitStarted();
    }

    /** Starts the bot without waiting: for runs that are meant to fail. */
    public static LiveBot launch(FakeDiscord discord, Path dir, String token, String extraConfig, String... extraArgs)
            throws IOException {
        Path config = writeConfig(discord, dir, extraConfig);
        String[] args = new String[extraArgs.length + 2];
        args[0] = "--config";
        args[1] = config.toString();
        System.arraycopy(extraArgs, 0, args, 2, extraArgs.length);
        Map<String, String> environment = new HashMap<>();
        environment.put("DISCORD_TOKEN", token);
        return new LiveBot(environment, args);
    }

    /** Any run of {@link BotApplication}: its own environment and command line. */
    public static LiveBot run(Map<String, String> environment, String... args) {
        return new LiveBot(environment, args);
    }

    public static Path writeConfig(FakeDiscord discord, Path dir, String extraConfig) throws IOException {
        String json = "{\"discord\": {\"restBaseUrl\": \"" + discord.restBaseUrl() + "\", \"gatewayUrl\": \""
                + discord.gatewayUrl() + "\"}" + (extraConfig.isBlank() ? "" : ", " + extraConfig) + "}";
        return Files.writeString(dir.resolve("bot-" + System.nanoTime() + ".json"), json);
    }

    public LiveBot awaitStarted() throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (app.discordBot() == null) {
            if (exit.isDone()) {
                throw new AssertionError("the bot exited with " + exit.get() + ": " + stderr());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the bot did not start in " + START_TIMEOUT + ": " + stderr());
            }
            Thread.sleep(20);
        }
        return this;
    }

    public int awaitExit() throws Exception {
        return exit.get(30, TimeUnit.SECONDS);
    }

    public String stdout() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    public String stderr() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    /** A slash command from a member holding {@code permissions}, which the stand-in's helpers do not set. */
    public static CompletableFuture<Interaction> slashCommandWithPermissions(FakeDiscord discord, GuildSpec guild,
            long userId, String name, long permissions) {
        ObjectNode d = discord.newInteraction(2, guild, userId);
        ((ObjectNode) d.get("member")).put("permissions", Long.toString(permissions));
        ObjectNode data = d.putObject("data")
                .put("id", Long.toUnsignedString(COMMAND_IDS.incrementAndGet()))
                .put("name", name)
                .put("type", 1);
        data.putArray("options");
        return discord.dispatchInteraction(d);
    }

    /** Waits for every future and returns the interactions, failing with the one that was not delivered. */
    public static List<Interaction> delivered(List<CompletableFuture<Interaction>> sent, Duration timeout) {
        return sent.stream().map(future -> future.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join())
                .toList();
    }

    /** What SIGTERM does: answer what is in flight, close the gateway; returns the exit code. */
    public int stop() throws Exception {
        app.requestShutdown();
        return awaitExit();
    }

    /** Runs the console to the end of the given standard input and returns its standard output. */
    public static String console(String input, String... args) {
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

    @Override
    public void close() throws Exception {
        if (!exit.isDone()) {
            app.requestShutdown();
            exit.get(30, TimeUnit.SECONDS);
        }
    }
}
