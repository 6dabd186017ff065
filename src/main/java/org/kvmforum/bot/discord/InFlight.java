package org.kvmforum.bot.discord;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts interactions being answered, so shutdown can wait until each of them has been answered before the
 * gateway is closed.
 */
final class InFlight {
    private static final Logger log = LoggerFactory.getLogger(InFlight.class);

    private int count;

    /**
     * Runs {@code work} on the executor and counts it as in flight from now until the answer it returns has
     * reached Discord or failed: not only until the reply is built, since an answer JDA is still sending, or
     * retrying after a 429, is what a clean shutdown must wait for.
     */
    void run(Executor executor, String what, Supplier<CompletableFuture<?>> work) {
        begin();
        try {
            executor.execute(() -> {
                CompletableFuture<?> delivery;
                try {
                    delivery = work.get();
                } catch (RuntimeException e) {
                    log.error("{} failed outside the command router", what, e);
                    end();
                    return;
                }
                delivery.whenComplete((done, failure) -> end());
            });
        } catch (RejectedExecutionException e) {
            end();
            log.warn("{} arrived during shutdown and was not answered", what);
        }
    }

    synchronized void begin() {
        count++;
    }

    synchronized void end() {
        count--;
        if (count == 0) {
            notifyAll();
        }
    }

    synchronized int count() {
        return count;
    }

    /** Waits until nothing is in flight, or the timeout passes; returns whether everything was answered. */
    synchronized boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (count > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
