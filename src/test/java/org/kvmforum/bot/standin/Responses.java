package org.kvmforum.bot.standin;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting for what the bot sent back, the same way for an interaction and for a message. */
final class Responses {
    private Responses() {}

    /**
     * Waits for the response; a timeout or failure becomes an AssertionError naming {@code what}, so a test that
     * gets no answer says which one it was waiting for.
     */
    static CapturedResponse await(CompletableFuture<CapturedResponse> response, Duration timeout, Object what) {
        try {
            return response.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no response within " + timeout + " for " + what, e);
        } catch (ExecutionException e) {
            throw new AssertionError(what + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + what, e);
        }
    }
}
