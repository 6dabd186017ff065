package org.kvmforum.bot.standin;

import java.util.ArrayDeque;
import java.util.List;

/**
 * Keeps the most recent entries and a count of all of them, so a long load run can't grow the
 * stand-in's memory without limit.
 */
final class BoundedLog<T> {
    private final int capacity;
    private final ArrayDeque<T> recent;
    private long total;

    BoundedLog(int capacity) {
        this.capacity = capacity;
        this.recent = new ArrayDeque<>(Math.min(capacity, 64));
    }

    synchronized void add(T entry) {
        total++;
        if (recent.size() == capacity) {
            recent.removeFirst();
        }
        recent.addLast(entry);
    }

    synchronized List<T> recent() {
        return List.copyOf(recent);
    }

    synchronized long total() {
        return total;
    }
}
