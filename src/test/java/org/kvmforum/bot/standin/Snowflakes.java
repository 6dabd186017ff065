package org.kvmforum.bot.standin;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord ids: milliseconds since the Discord epoch in the top 42 bits, anything unique below.
 * Interaction ids must carry a current timestamp, because JDA derives the interaction's age from the
 * id and refuses hook edits once it looks older than 15 minutes.
 */
final class Snowflakes {
    static final long DISCORD_EPOCH_MILLIS = 1420070400000L;
    private static final long LOW_BITS_MASK = (1L << 22) - 1;
    private static final AtomicLong COUNTER = new AtomicLong();

    private Snowflakes() {}

    /** A fresh id stamped with the current time. */
    static long next() {
        return fromTimestamp(System.currentTimeMillis(), COUNTER.incrementAndGet());
    }

    static long fromTimestamp(long epochMillis, long lowBits) {
        return ((epochMillis - DISCORD_EPOCH_MILLIS) << 22) | (lowBits & LOW_BITS_MASK);
    }

    /** Which shard Discord routes a guild's events to. */
    static int shardOf(long guildId, int shardCount) {
        return (int) ((guildId >> 22) % shardCount);
    }
}
