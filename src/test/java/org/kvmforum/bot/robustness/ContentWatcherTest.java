package org.kvmforum.bot.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kvmforum.bot.library.ContentWatcher;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.library.LibraryHolder;

/** The content directory watched: saves reload once, bad saves are refused with file and line, close stops it. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ContentWatcherTest {
    private static final Duration QUIET = Duration.ofMillis(300);
    /** Longer for the burst, so a stall of the writing thread on a busy machine does not split it in two. */
    private static final Duration BURST_QUIET = Duration.ofMillis(800);
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void aBurstOfSavesIsOneReloadOfTheWholeNewContent() throws Exception {
        LibraryHolder holder = holder();
        try (ContentWatcher watcher = ContentWatcher.start(holder, BURST_QUIET)) {
            Path post = dir.resolve(ContentFiles.POST);
            String moved = ContentFiles.heldIn("Victoria");
            // An editor's save: truncate, write in pieces, touch again; all within the quiet period.
            for (int i = 0; i < 10; i++) {
                Files.writeString(post, moved.substring(0, moved.length() * (i + 1) / 10));
            }
            assertTrue(await(() -> watcher.reloads() >= 1), "no reload after the save");
            Thread.sleep(BURST_QUIET.toMillis() * 2);

            assertEquals(1, watcher.reloads(), "one save, one reload");
            assertEquals(0, watcher.refusals(), "the half-written states were never loaded");
            assertEquals("Victoria", place(holder));
        }
    }

    @Test
    void aBadSaveIsRefusedWithFileAndLineAndTheOldContentStays() throws Exception {
        LibraryHolder holder = holder();
        try (LogCapture logs = LogCapture.start(); ContentWatcher watcher = ContentWatcher.start(holder, QUIET)) {
            Library before = holder.get();
            ContentFiles.replacePost(dir, ContentFiles.broken());
            assertTrue(await(() -> watcher.refusals() == 1), "the bad post was not noticed");
            assertTrue(await(() -> !logs.atLeast(Level.WARN).isEmpty()), "the refusal was not logged");

            assertSame(before, holder.get(), "the old content is still served");
            String expected = dir.resolve(ContentFiles.POST) + ":" + ContentFiles.BROKEN_LINE + ":";
            List<String> warnings = logs.atLeast(Level.WARN).stream().map(ILoggingEvent::getFormattedMessage)
                    .filter(message -> message.contains(expected)).toList();
            assertEquals(1, warnings.size(), "one warning naming " + expected + ": " + logs.text());

            ContentFiles.replacePost(dir, ContentFiles.heldIn("Victoria"));
            assertTrue(await(() -> logs.text().contains("content changed on disk and was reloaded")), logs.text());
            assertEquals(1, watcher.reloads());
            assertEquals("Victoria", place(holder));
        }
    }

    @Test
    void closingStopsTheThreadAndLaterChangesAreIgnored() throws Exception {
        LibraryHolder holder = holder();
        ContentWatcher watcher = ContentWatcher.start(holder, QUIET);
        assertTrue(watcherThreadAlive());

        watcher.close();

        assertFalse(watcherThreadAlive(), "the watcher thread outlived close()");
        Library before = holder.get();
        ContentFiles.replacePost(dir, ContentFiles.heldIn("Victoria"));
        Thread.sleep(QUIET.toMillis() * 3);
        assertSame(before, holder.get());
        assertEquals(0, watcher.reloads());
    }

    private LibraryHolder holder() throws Exception {
        ContentFiles.copyInto(dir);
        return new LibraryHolder(dir, Library.load(dir));
    }

    private static String place(LibraryHolder holder) {
        return holder.get().model().events().get(0).venue().place();
    }

    static boolean watcherThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.getName().equals("content-watcher") && thread.isAlive());
    }

    static boolean await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
