package org.kvmforum.bot.bench;

import java.util.Arrays;

/** Percentiles of a set of latencies (nearest rank, so p99 is a latency that really happened). */
record LatencyStats(int count, double p50Millis, double p99Millis, double maxMillis) {

    static LatencyStats of(long[] nanos, int count) {
        if (count == 0) {
            return new LatencyStats(0, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new LatencyStats(count, millis(rank(sorted, 50)), millis(rank(sorted, 99)),
                millis(sorted[count - 1]));
    }

    private static long rank(long[] sorted, double percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
