package org.kvmforum.bot.commands;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Per-user flood protection: at most {@code limit} commands in a window that starts with a user's first
 * command. Windows live in a Caffeine cache that forgets them when they end, so memory stays bounded by the
 * number of users active in one window.
 */
public final class Cooldowns {
    private final int limit;
    private final long windowNanos;
    private final LongSupplier clock;
    private final Cache<String, Window> windows;

    public Cooldowns(int limit, Duration window) {
        this(limit, window, System::nanoTime);
    }

    /** With a clock of the caller's, for tests. */
    public Cooldowns(int limit, Duration window, LongSupplier nanoClock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a cooldown needs a positive limit and window");
        }
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.clock = nanoClock;
        this.windows = Caffeine.newBuilder()
                .expireAfterWrite(window)
                .ticker(nanoClock::getAsLong)
                .maximumSize(1_000_000)
                .build();
    }

    /** A cooldown that never refuses (the console's single user, tests). */
    public static Cooldowns unlimited() {
        return new Cooldowns(Integer.MAX_VALUE, Duration.ofSeconds(1));
    }

    /**
     * Counts one command for the user.
     *
     * @return Duration.ZERO when the command may run, else how long until the user may try again
     */
    public Duration acquire(String userId) {
        long now = clock.getAsLong();
        Window window = windows.get(userId, id -> new Window(now));
        if (window.count.incrementAndGet() <= limit) {
            return Duration.ZERO;
        }
        long left = window.startNanos + windowNanos - now;
        return Duration.ofNanos(Math.max(left, 1_000_000L));
    }

    private static final class Window {
        final long startNanos;
        final AtomicInteger count = new AtomicInteger();

        Window(long startNanos) {
            this.startNanos = startNanos;
        }
    }
}
