package org.kvmforum.bot.bench;

/** The floor for start-up: a JVM that prints one line and exits. */
public final class HelloMain {
    private HelloMain() {}

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
