package org.kvmforum.bot.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * that takes a hundred times the work of a normal one lets a few users occupy the bot's threads. Work is counted
 * as the bytes a command allocates on its thread (the same on any machine, unlike time), compared per command
 * that searches: a question full of typos (the expensive honest case) against random Unicode of the same kind of
 * length. The time each takes is in the benchmarks (ReplyBench's hostile inputs).
 */
class HostileInputCostTest {
    private static final int SAMPLES = 15;
    private static final List<String> TYPOS = List.of("vfoi", "migratoin", "qcwo2", "virtoi", "scsci", "tracnig",
            "numaa", "kvmm", "guset", "memroy", "netwrok", "devcie", "assignmnet", "perfromance");
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void randomUnicodeCostsNoMoreThanQuestionsFullOfTypos() throws Exception {
        assumeTrue(THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled(),
                "this JVM counts no allocation per thread");
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
        medianBytes(router, new String[] {"talk", "query"}, typos); // warm-up: the index's first queries
        medianBytes(router, new String[] {"talk", "query"}, unicode);
        int compared = 0;
        for (String[] target : List.of(new String[] {"talk", "query"}, new String[] {"search", "query"},
                new String[] {"slides", "talk"}, new String[] {"ask", "question"})) {
            long honest = medianBytes(router, target, typos);
            long hostile = medianBytes(router, target, unicode);
            assertTrue(honest > 0 && hostile > 0, "allocation is counted");
            // Three times the honest work, plus room for building a longer "not found" reply.
            long bound = 3 * honest + 256 * 1024;
            assertTrue(hostile <= bound, String.format("/%s: random Unicode allocates %,d bytes, questions with "
                    + "typos %,d (bound %,d)", target[0], hostile, honest, bound));
            compared++;
        }
        assertEquals(4, compared);
    }

    /** The median of the bytes one command allocates on the calling thread, where the router builds the reply. */
    private static long medianBytes(CommandRouter router, String[] target, Supplier<String> input) {
        long thread = Thread.currentThread().getId();
        List<Long> bytes = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            CommandRequest request = new CommandRequest(target[0], Map.of(target[1], input.get()), "1", null, false);
            long before = THREADS.getThreadAllocatedBytes(thread);
            router.execute(request);
            bytes.add(THREADS.getThreadAllocatedBytes(thread) - before);
        }
        bytes.sort(Long::compare);
        return bytes.get(SAMPLES / 2);
    }
}
