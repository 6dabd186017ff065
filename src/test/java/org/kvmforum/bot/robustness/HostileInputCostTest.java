package org.kvmforum.bot.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.kvmforum.bot.commands.CommandCatalog;
import org.kvmforum.bot.commands.CommandContext;
import org.kvmforum.bot.commands.CommandRequest;
import org.kvmforum.bot.commands.CommandRouter;
import org.kvmforum.bot.commands.Cooldowns;
import org.kvmforum.bot.commands.Theme;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.library.LibraryHolder;

/**
 * Hostile input costs about what a real question costs. Every user has the same quota of commands, so a reply
 * that takes a hundred times the work of a normal one lets a few users occupy the bot's threads. Compared, not
 * timed absolutely: a question full of typos (the expensive honest case) against random Unicode of the same kind
 * of length, per command that searches.
 */
class HostileInputCostTest {
    private static final int SAMPLES = 15;
    private static final List<String> TYPOS = List.of("vfoi", "migratoin", "qcwo2", "virtoi", "scsci", "tracnig",
            "numaa", "kvmm", "guset", "memroy", "netwrok", "devcie", "assignmnet", "perfromance");

    @Test
    void randomUnicodeCostsNoMoreThanQuestionsFullOfTypos() throws Exception {
        LibraryHolder holder = new LibraryHolder(ContentFiles.REAL, Library.load(ContentFiles.REAL));
        CommandContext context = new CommandContext(holder, Theme.defaults(), Clock.systemUTC());
        CommandRouter router = new CommandRouter(CommandCatalog.all(context), Cooldowns.unlimited(), context);
        Random random = new Random(2011);
        Supplier<String> typos = () -> {
            StringBuilder question = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                question.append(TYPOS.get(random.nextInt(TYPOS.size()))).append(' ');
            }
            return question.toString();
        };
        Supplier<String> unicode = () -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 300; i++) {
                text.append((char) random.nextInt(0x10000));
            }
            return text.toString();
        };
        medianMillis(router, new String[] {"talk", "query"}, typos); // warm-up: JIT, the index's first queries
        medianMillis(router, new String[] {"talk", "query"}, unicode);
        List<String> report = new ArrayList<>();
        for (String[] target : List.of(new String[] {"talk", "query"}, new String[] {"search", "query"},
                new String[] {"slides", "talk"}, new String[] {"ask", "question"})) {
            if (router.command(target[0]) == null) {
                continue;
            }
            double honest = medianMillis(router, target, typos);
            double hostile = medianMillis(router, target, unicode);
            report.add(String.format("/%s typos %.2f ms, random Unicode %.2f ms", target[0], honest, hostile));
            assertTrue(hostile <= Math.max(20, 3 * honest),
                    String.format("/%s: random Unicode takes %.1f ms, questions with typos %.1f ms", target[0],
                            hostile, honest));
        }
        System.out.println("[robustness] median cost per command: " + String.join("; ", report));
    }

    private static double medianMillis(CommandRouter router, String[] target, Supplier<String> input) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            CommandRequest request = new CommandRequest(target[0], Map.of(target[1], input.get()), "1", null, false);
            long start = System.nanoTime();
            router.execute(request);
            nanos.add(System.nanoTime() - start);
        }
        nanos.sort(Long::compare);
        return nanos.get(SAMPLES / 2) / (double) TimeUnit.MILLISECONDS.toNanos(1);
    }
}
