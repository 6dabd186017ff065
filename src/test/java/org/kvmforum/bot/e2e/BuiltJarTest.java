package org.kvmforum.bot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar `mvn verify` builds, run as a user runs it: {@code java -jar} from an empty directory, no config, no
 * content beside it. It must answer from the content built into it, exactly as the bot answers in-process from
 * the repository's {@code content/}. Run by the pom's {@code built-jar} execution, after {@code package}.
 */
class BuiltJarTest {
    @Test
    void theJarAnswersFromAnyDirectoryWithItsBuiltInContent(@TempDir Path dir) throws Exception {
        String jar = System.getProperty("bot.jar");
        assumeTrue(jar != null, "run by `mvn verify`, once the jar is built");
        assertTrue(Files.isRegularFile(Path.of(jar)), "the built jar: " + jar);
        String ask = "/ask question:who gave the vfio talk?";
        List<String> input = List.of(ask, "who gave the vfio talk?", "");

        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar, "--json").directory(dir.toFile()).redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment().remove("DISCORD_TOKEN");
        builder.environment().remove("DISCORD_TOKEN_FILE");
        Process process = builder.start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write((String.join("\n", input) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        List<String> out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the jar stops at the end of its input");
        String stderr = Files.readString(dir.resolve("stderr.txt"));

        assertEquals(0, process.exitValue(), stderr);
        String expected = LiveBot.console(ask + "\n", "--json", "--content", "content").strip();
        assertEquals(3, out.size(), "one line per input line: " + out + "\n" + stderr);
        assertEquals(expected, out.get(0), "the jar answers as the bot does from the repository's content");
        assertEquals(expected, out.get(1), "a plain question is /ask");
        assertTrue(out.get(2).startsWith("{\"error\":"), out.get(2));
        assertTrue(stderr.contains("from the jar"), "says where the content came from: " + stderr);
    }
}
