package org.kvmforum.bot.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kvmforum.bot.commands.CommandCatalog;
import org.kvmforum.bot.commands.CommandContext;
import org.kvmforum.bot.commands.CommandRequest;
import org.kvmforum.bot.commands.CommandRouter;
import org.kvmforum.bot.commands.Cooldowns;
import org.kvmforum.bot.commands.Reply;
import org.kvmforum.bot.commands.Theme;
import org.kvmforum.bot.console.InteractionJson;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.library.LibraryHolder;

/**
 * Queries keep being answered while the content is reloaded over and over through the admin's /reload, between
 * two good versions of the post and a broken one. Every answer must be exactly what one version alone gives:
 * an answer mixing one version's index with another's model, or from a half-loaded one, matches neither.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ReloadUnderLoadTest {
    /** Measured figures, for target/test-figures.log (see logback-test.xml), not the console. */
    private static final org.slf4j.Logger FIGURES = org.slf4j.LoggerFactory.getLogger("figures");

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC);
    /** Reload cycles (B, broken, A, broken) while the readers run. */
    private static final int CYCLES = 4;
    private static final int READERS = 2;
    private static final List<CommandRequest> QUERIES = List.of(
            ask("about", Map.of()),
            ask("talk", Map.of("query", "live migration")),
            ask("talk", Map.of("query", "live relocation")),
            ask("search", Map.of("query", "migration")),
            ask("search", Map.of("query", "relocation")),
            ask("slides", Map.of("talk", "postcopy")),
            ask("speaker", Map.of("name", "Juan Quintela")),
            ask("schedule", Map.of()));

    @TempDir
    Path dir;

    /** The second good version: held elsewhere, and "migration" is "relocation" everywhere, links included. */
    static String versionB() {
        return ContentFiles.heldIn("Victoria").replace("migration", "relocation");
    }

    @Test
    void everyAnswerDuringRepeatedReloadsComesFromOneWholeVersion() throws Exception {
        Map<CommandRequest, String> expectedA = expected(ContentFiles.original());
        Map<CommandRequest, String> expectedB = expected(versionB());
        long differing = QUERIES.stream().filter(q -> !expectedA.get(q).equals(expectedB.get(q))).count();
        assertTrue(differing >= QUERIES.size() - 1, "the versions must tell apart most answers: " + differing);

        ContentFiles.copyInto(dir);
        LibraryHolder holder = new LibraryHolder(dir, Library.load(dir));
        CommandRouter router = router(holder);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger fromA = new AtomicInteger();
        AtomicInteger fromB = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        List<String> mixed = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch readersDone = new CountDownLatch(READERS);
        for (int r = 0; r < READERS; r++) {
            int offset = r;
            Thread reader = new Thread(() -> {
                try {
                    for (int i = offset; running.get(); i++) {
                        CommandRequest query = QUERIES.get(i % QUERIES.size());
                        String answer = json(router.execute(query));
                        answered.incrementAndGet();
                        if (answer.equals(expectedA.get(query))) {
                            fromA.incrementAndGet();
                        } else if (answer.equals(expectedB.get(query))) {
                            fromB.incrementAndGet();
                        } else if (mixed.size() < 5) {
                            mixed.add(query + " → " + answer);
                        }
                    }
                } catch (RuntimeException e) {
                    mixed.add(query(e));
                } finally {
                    readersDone.countDown();
                }
            }, "reader-" + r);
            reader.setDaemon(true);
            reader.start();
        }

        CommandRequest reload = new CommandRequest("reload", Map.of(), "900000000000000001", "1", true);
        int reloads = 0;
        int refusals = 0;
        List<String> cycle = List.of(versionB(), ContentFiles.broken(), ContentFiles.original(), ContentFiles.broken());
        for (int i = 0; i < CYCLES * cycle.size(); i++) {
            ContentFiles.replacePost(dir, cycle.get(i % cycle.size()));
            String title = router.execute(reload).message().getEmbeds().get(0).getTitle();
            if (title.equals("Reloaded")) {
                reloads++;
                // Each version stays in place until the readers have answered from it a few times: on a loaded
                // machine the reloads could otherwise outrun the readers, and a version would go unserved.
                awaitAnswers(answered, answered.get() + 2 * READERS);
            } else {
                assertTrue(title.startsWith("Reload refused"), title);
                refusals++;
            }
        }
        running.set(false);
        assertTrue(readersDone.await(10, TimeUnit.SECONDS));

        FIGURES.info(String.format("reload under load: %d reloads and %d refused reloads while %d readers got "
                + "%d answers from version A and %d from version B, none mixed", reloads, refusals, READERS,
                fromA.get(), fromB.get()));
        assertEquals(List.of(), mixed, "answers that match neither version");
        assertEquals(2 * CYCLES, reloads);
        assertEquals(2 * CYCLES, refusals);
        assertTrue(fromA.get() > 0 && fromB.get() > 0, "both versions must have been served");
    }

    private static void awaitAnswers(AtomicInteger answered, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (answered.get() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
    }

    private static CommandRequest ask(String command, Map<String, String> options) {
        return new CommandRequest(command, options, "800000000000000001", "1", false);
    }

    /** What each query answers when only {@code post} has ever been loaded. */
    private Map<CommandRequest, String> expected(String post) throws Exception {
        Path versionDir = java.nio.file.Files.createTempDirectory(dir.getParent(), "version");
        ContentFiles.copyInto(versionDir);
        ContentFiles.replacePost(versionDir, post);
        CommandRouter router = router(new LibraryHolder(versionDir, Library.load(versionDir)));
        Map<CommandRequest, String> answers = new java.util.HashMap<>();
        for (CommandRequest query : QUERIES) {
            answers.put(query, json(router.execute(query)));
        }
        return answers;
    }

    private static CommandRouter router(LibraryHolder holder) {
        CommandContext context = new CommandContext(holder, Theme.defaults(), CLOCK);
        return new CommandRouter(CommandCatalog.all(context), Cooldowns.unlimited(), context);
    }

    private static String json(Reply reply) {
        return InteractionJson.reply(reply).toString();
    }

    private static String query(RuntimeException e) {
        return "a reader failed: " + e;
    }
}
