package org.kvmforum.bot;

import java.util.concurrent.CountDownLatch;

/**
 * Entry point. Everything happens in {@link BotApplication}; this class only connects it to the JVM: the
 * process's streams and environment, SIGTERM (a shutdown hook that waits for a clean stop), and the exit code.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        BotApplication app = new BotApplication(System.getenv(), System.in, System.out, System.err);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            app.requestShutdown();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        int code;
        try {
            code = app.run(args);
        } finally {
            stopped.countDown();
        }
        System.out.flush();
        System.exit(code);
    }
}
