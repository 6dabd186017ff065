package org.kvmforum.bot;

/** Entry point: placeholder until the launcher lands. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("KVM Forum bot");
    }
}
