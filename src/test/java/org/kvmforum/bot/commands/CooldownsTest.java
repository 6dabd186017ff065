package org.kvmforum.bot.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CooldownsTest {
    @Test
    void refusesTheExcessAndSaysWhenToTryAgain() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        Cooldowns cooldowns = new Cooldowns(3, Duration.ofSeconds(10), now::get);
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, cooldowns.acquire("flooder"));
        }
        now.addAndGet(Duration.ofSeconds(4).toNanos());
        Duration wait = cooldowns.acquire("flooder");
        assertEquals(Duration.ofSeconds(6), wait);
        assertEquals(Duration.ZERO, cooldowns.acquire("someone-else"), "one user's flood does not limit another");
        now.addAndGet(Duration.ofSeconds(7).toNanos());
        assertEquals(Duration.ZERO, cooldowns.acquire("flooder"), "a new window starts after the old one ends");
    }

    @Test
    void unlimitedNeverRefuses() {
        Cooldowns cooldowns = Cooldowns.unlimited();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(cooldowns.acquire("console").isZero());
        }
    }
}
