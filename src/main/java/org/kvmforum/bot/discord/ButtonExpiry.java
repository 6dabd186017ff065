package org.kvmforum.bot.discord;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Switches replies' buttons off when they expire, for a bounded number of replies at a time. Each pending
 * switch-off holds a timer and the interaction's hook for the buttons' whole life (14 minutes for /schedule), so
 * without a cap memory would grow with the rate of such replies. Past the cap the buttons are simply left on:
 * the command answers a late click as expired from the time carried in the button, so correctness never depends
 * on this state, only the look of old messages does.
 */
public final class ButtonExpiry {
    /**
     * Pending switch-offs at most. At 14 minutes each this keeps every /schedule's buttons tidy up to about one
     * a second, sustained; beyond that the oldest-looking buttons stay on and say "expired" when clicked.
     */
    public static final int MAX_PENDING = 1_000;

    private final ScheduledExecutorService timers;
    private final int maxPending;
    private final AtomicInteger pending = new AtomicInteger();

    public ButtonExpiry(ScheduledExecutorService timers, int maxPending) {
        if (maxPending < 0) {
            throw new IllegalArgumentException("maxPending " + maxPending);
        }
        this.timers = timers;
        this.maxPending = maxPending;
    }

    /**
     * Runs {@code switchOff} after {@code after}, unless {@link #MAX_PENDING} switch-offs are already waiting or
     * the timers are shutting down.
     *
     * @return whether it was scheduled
     */
    public boolean schedule(Duration after, Runnable switchOff) {
        if (!reserve()) {
            return false;
        }
        try {
            timers.schedule(() -> {
                try {
                    switchOff.run();
                } finally {
                    pending.decrementAndGet();
                }
            }, after.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (RejectedExecutionException e) {
            pending.decrementAndGet();
            return false;
        }
    }

    /** Switch-offs waiting for their time: never more than the bound. */
    public int pending() {
        return pending.get();
    }

    private boolean reserve() {
        while (true) {
            int now = pending.get();
            if (now >= maxPending) {
                return false;
            }
            if (pending.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }
}
