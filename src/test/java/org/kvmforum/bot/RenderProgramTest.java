package org.kvmforum.bot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --render-program FILE}: the latest event's program as a PNG, or one line and exit code 2. */
class RenderProgramTest {
    @TempDir
    Path dir;

    @Test
    void writesTheLatestEventsProgram() throws Exception {
        Path file = dir.resolve("program.png");
        Run run = run("--content", "src/test/resources/content/two-events", "--render-program", file.toString());
        assertEquals(0, run.exit, run.err);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(1400, image.getWidth());
        assertTrue(run.out.contains("KVM Forum 2012"), "the latest of the two events: " + run.out);
    }

    @Test
    void aPathThatCannotBeWrittenIsOneLineAndExitTwo() {
        Run run = run("--render-program", dir.resolve("no-such-dir").resolve("program.png").toString());
        assertEquals(2, run.exit);
        assertEquals(1, run.err.strip().lines().count(), run.err);
        assertTrue(run.err.startsWith("kvm-forum-bot: cannot write "), run.err);
        Run missing = run("--render-program");
        assertEquals(2, missing.exit);
        assertTrue(missing.err.startsWith("kvm-forum-bot: --render-program needs a path"), missing.err);
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new BotApplication(Map.of(), InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
