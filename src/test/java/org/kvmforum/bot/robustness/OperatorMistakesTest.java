package org.kvmforum.bot.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kvmforum.bot.BotApplication;

/**
 * What an operator gets wrong, through {@link BotApplication#run} as {@code main} calls it: each mistake ends in
 * exactly one line on standard error that names what to fix, exit code 2, and no stack trace anywhere. A missing
 * token is not a mistake: the bot opens its local console and says why.
 */
class OperatorMistakesTest {
    @TempDir
    Path dir;

    /** What one run printed and returned. */
    private record Run(int exit, String out, String err, String logs) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown key            | {"rateLimits": {"commands": 3}}                      | unknown key 'rateLimits'
            unknown nested key     | {"rateLimit": {"command": 3}}                        | unknown key 'rateLimit.command'
            wrong type             | {"rateLimit": {"commands": "eight"}}                 | 'rateLimit.commands' must be a whole number
            wrong type of object   | {"reload": true}                                     | 'reload' must be an object
            malformed guild id     | {"registration": {"guildIds": ["12ab"]}}             | not a Discord guild id
            guild id as a number   | {"registration": {"guildIds": [123456789012345678]}} | not a string
            malformed JSON         | {"rateLimit": {"commands": 3,}}                      | not valid JSON
            bad value              | {"workers": {"threads": 0}}                          | 'workers.threads'
            """)
    void aBadConfigIsOneLineAndExitCode2(String mistake, String json, String expected) throws Exception {
        Path config = Files.writeString(dir.resolve("bot.json"), json);

        Run run = run(Map.of("DISCORD_TOKEN", "unused"), "--config", config.toString());

        assertOneLineExit2(run, expected);
        assertTrue(run.err().contains(config.toString()), "names the file: " + run.err());
    }

    @Test
    void anUnreadableConfigIsOneLineAndExitCode2() throws Exception {
        Path directory = Files.createDirectory(dir.resolve("bot.json"));
        assertOneLineExit2(run(Map.of(), "--config", directory.toString()), "cannot be read");

        Path missing = dir.resolve("nowhere.json");
        assertOneLineExit2(run(Map.of(), "--config", missing.toString()), "no such file");

        Path locked = Files.writeString(dir.resolve("locked.json"), "{}");
        if (locked.toFile().setReadable(false, false) && !Files.isReadable(locked)) { // not as root
            assertOneLineExit2(run(Map.of(), "--config", locked.toString()), "cannot be read");
        }
    }

    @Test
    void badContentOrTokenFileIsOneLineAndExitCode2() throws Exception {
        assertOneLineExit2(run(Map.of(), "--content", dir.resolve("no-content").toString()), "bad content");

        Path empty = Files.writeString(dir.resolve("token"), "  \n");
        assertOneLineExit2(run(Map.of("DISCORD_TOKEN_FILE", empty.toString())), "DISCORD_TOKEN_FILE");
        assertOneLineExit2(run(Map.of("DISCORD_TOKEN_FILE", dir.toString())), "cannot be read");
    }

    @Test
    void anUnreachableDiscordIsOneLineAndExitCode1EveryTime() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String json = "{\"discord\": {\"restBaseUrl\": \"http://127.0.0.1:" + closedPort + "/api/v10/\", "
                + "\"gatewayUrl\": \"ws://127.0.0.1:" + closedPort + "/\"}}";
        Path config = Files.writeString(dir.resolve("unreachable.json"), json);
        for (int attempt = 1; attempt <= 3; attempt++) {
            Run run = run(Map.of("DISCORD_TOKEN", "a-token-nobody-checks"), "--config", config.toString());

            assertEquals(BotApplication.EXIT_FAILURE, run.exit(), run.err());
            assertEquals(1, run.errLines().size(), "one line, attempt " + attempt + ": " + run.err());
            assertTrue(run.errLines().get(0).startsWith("kvm-forum-bot: could not connect to Discord"), run.err());
            assertFalse(run.logs().contains("\tat "), "no stack trace, attempt " + attempt + ": " + run.logs());
            assertFalse(run.logs().contains("ERROR"), "no error logged besides the line: " + run.logs());
        }
    }

    @Test
    void withoutAContentDirectoryTheBuiltInContentIsServedAndTheStartLineSaysFromWhere() throws Exception {
        Path noConfig = Files.writeString(dir.resolve("empty.json"), "{}");
        Run builtIn = run(Map.of(), new ByteArrayInputStream("/about\n".getBytes(StandardCharsets.UTF_8)),
                "--console", "--config", noConfig.toString());
        // Run from the build, the built-in content is the classes directory's copy; in the jar it is "the jar".
        Path classes = Path.of(BotApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(builtIn.out().contains("speakers from " + classes.resolve("content")), builtIn.out());
        assertTrue(builtIn.out().contains("KVM Forum 2011"), "answered /about: " + builtIn.out());

        Run named = run(Map.of(), new ByteArrayInputStream(new byte[0]), "--console", "--config",
                noConfig.toString(), "--content", "content");
        assertTrue(named.out().contains("speakers from " + Path.of("content").toAbsolutePath()), named.out());
    }

    @Test
    void watchingTheBuiltInContentIsDeclinedInOneLogLine() throws Exception {
        Path config = Files.writeString(dir.resolve("watch.json"), "{\"reload\": {\"watchContent\": true}}");
        Run run = run(Map.of(), new ByteArrayInputStream("/about\n".getBytes(StandardCharsets.UTF_8)), "--json",
                "--config", config.toString());
        assertEquals(BotApplication.EXIT_OK, run.exit(), run.err());
        assertEquals(1, run.logs().lines().filter(line -> line.startsWith("WARN ") && line.contains("nothing is watched")).count(), run.logs());
        assertFalse(run.logs().contains("watching "), "no watcher on the built-in content: " + run.logs());
    }

    @Test
    void anUnknownOptionIsExplainedFirstThenTheUsage() {
        Run run = run(Map.of(), "--sharding", "2");
        assertEquals(BotApplication.EXIT_BAD_SETUP, run.exit());
        assertEquals("kvm-forum-bot: unknown option '--sharding'", run.errLines().get(0));
        assertTrue(run.err().contains("Usage:"), run.err());
    }

    @Test
    void withoutATokenTheConsoleOpensAndSaysWhy() {
        Run run = run(Map.of(), new ByteArrayInputStream("/about\nquit\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals(BotApplication.EXIT_OK, run.exit(), run.err());
        assertEquals(List.of("No DISCORD_TOKEN in the environment: opening the local console."), run.errLines());
        assertTrue(run.out().contains("KVM Forum 2011"), "the console answered /about: " + run.out());
    }

    private static void assertOneLineExit2(Run run, String expected) {
        assertEquals(BotApplication.EXIT_BAD_SETUP, run.exit(), run.err());
        assertEquals(1, run.errLines().size(), "one line: " + run.err());
        String line = run.errLines().get(0);
        assertTrue(line.startsWith("kvm-forum-bot: "), line);
        assertTrue(line.contains(expected), "'" + expected + "' in: " + line);
        assertFalse(run.logs().contains("\tat "), "no stack trace in the logs: " + run.logs());
    }

    private Run run(Map<String, String> environment, String... args) {
        return run(environment, new ByteArrayInputStream(new byte[0]), args);
    }

    private Run run(Map<String, String> environment, ByteArrayInputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (LogCapture logs = LogCapture.start()) {
            int exit = new BotApplication(environment, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                    logs.text() + logs.atLeast(Level.WARN));
        }
    }
}
