package org.kvmforum.bot.standin;

import java.util.Optional;
import mockwebserver3.MockResponse;

/**
 * Faults to inject into the next interaction callbacks. Each armed fault answers one callback
 * request instead of accepting it, so the bot's HTTP client has to retry.
 */
final class RestFaults {
    private int failuresLeft;
    private int failureStatus;
    private int rateLimitsLeft;
    private int retryAfterSeconds;

    synchronized void failNext(int count, int status) {
        failuresLeft = count;
        failureStatus = status;
    }

    synchronized void rateLimitNext(int count, int retryAfter) {
        rateLimitsLeft = count;
        retryAfterSeconds = retryAfter;
    }

    /** The fault for this callback attempt, if one is armed; consuming it. */
    synchronized Optional<MockResponse> takeNext() {
        if (rateLimitsLeft > 0) {
            rateLimitsLeft--;
            return Optional.of(rateLimited(retryAfterSeconds));
        }
        if (failuresLeft > 0) {
            failuresLeft--;
            return Optional.of(RestResponses.error(failureStatus, 0, "Bad Gateway"));
        }
        return Optional.empty();
    }

    /**
     * Discord's shape of a per-route 429. Without a {@code Via} header JDA takes a 429 for a
     * Cloudflare ban of every route; {@code Retry-After} must be whole seconds.
     */
    static MockResponse rateLimited(int retryAfterSeconds) {
        String body = "{\"message\":\"You are being rate limited.\",\"retry_after\":" + retryAfterSeconds
                + ",\"global\":false}";
        return new MockResponse.Builder()
                .code(429)
                .setHeader("Content-Type", "application/json")
                .setHeader("Retry-After", retryAfterSeconds)
                .setHeader("Via", "1.1 google")
                .body(body)
                .build();
    }
}
