package org.kvmforum.bot.bench;

/** Progress lines on standard error, so standard output carries only the final table. */
final class Progress {
    private final long start = System.nanoTime();

    void say(String format, Object... args) {
        System.err.printf("[%5.0f s] %s%n", (System.nanoTime() - start) / 1e9, String.format(format, args));
    }
}
