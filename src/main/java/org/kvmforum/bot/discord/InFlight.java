package org.kvmforum.bot.discord;

import java.util.concurrent.TimeUnit;

/**
 * Counts interactions being answered, so shutdown can wait until each of them has been answered before the
 * gateway is closed.
 */
final class InFlight {
    private int count;

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
