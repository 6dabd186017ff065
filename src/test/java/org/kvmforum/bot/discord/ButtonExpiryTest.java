package org.kvmforum.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kvmforum.bot.commands.CommandCatalog;
import org.kvmforum.bot.commands.CommandContext;
import org.kvmforum.bot.commands.CommandRequest;
import org.kvmforum.bot.commands.CommandRouter;
import org.kvmforum.bot.commands.Cooldowns;
import org.kvmforum.bot.commands.Reply;
import org.kvmforum.bot.commands.Theme;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.library.LibraryHolder;

/** What every /schedule leaves behind until its buttons expire stays bounded by count, whatever the rate. */
class ButtonExpiryTest {
    private static final int SCHEDULES = 100_000;
    private static final int BOUND = 500;

    /** Timers that never fire by themselves in a test this short (14 minutes); the test runs them by hand. */
    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1);

    @AfterEach
    void stop() {
        timers.shutdownNow();
    }

    @Test
    void pendingSwitchOffsStayUnderTheBoundAcross100000Schedules() throws Exception {
        LibraryHolder holder = new LibraryHolder(Path.of("content"), Library.load(Path.of("content")));
        CommandContext context = new CommandContext(holder, Theme.defaults(), Clock.systemUTC());
        CommandRouter router = new CommandRouter(CommandCatalog.all(context), Cooldowns.unlimited(), context);
        ButtonExpiry expiry = new ButtonExpiry(timers, BOUND);
        AtomicInteger switchedOff = new AtomicInteger();
        int scheduled = 0;
        int highest = 0;
        for (int i = 0; i < SCHEDULES; i++) {
            Reply reply = router.execute(new CommandRequest("schedule", Map.of(), "user" + (i % 1_000), null, false));
            assertNotNull(reply.disableButtonsAfter(), "every /schedule reply asks for its buttons to expire");
            if (expiry.schedule(reply.disableButtonsAfter(), switchedOff::incrementAndGet)) {
                scheduled++;
            }
            highest = Math.max(highest, expiry.pending());
        }
        assertEquals(BOUND, scheduled, "switch-offs past the bound are declined, not queued");
        assertEquals(BOUND, highest, "pending never went past the bound");
        assertEquals(BOUND, timers.getQueue().size(), "the timers hold no more than that either");

        // When their time comes the slots free up, and new replies are switched off again.
        List<Runnable> due = new ArrayList<>(timers.getQueue());
        timers.getQueue().clear();
        due.forEach(Runnable::run);
        assertEquals(BOUND, switchedOff.get());
        assertEquals(0, expiry.pending());
        assertTrue(expiry.schedule(router.execute(new CommandRequest("schedule", Map.of(), "again", null, false))
                .disableButtonsAfter(), switchedOff::incrementAndGet));
        assertEquals(1, expiry.pending());
    }

    @Test
    void nothingIsHeldOnceTheTimersShutDown() {
        ButtonExpiry expiry = new ButtonExpiry(timers, BOUND);
        timers.shutdownNow();
        assertFalse(expiry.schedule(java.time.Duration.ofMinutes(14), () -> { }));
        assertEquals(0, expiry.pending());
    }
}
