package org.kvmforum.bot.standin;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One interaction the stand-in sent to the bot, and what came back for it.
 *
 * <p>The final response is the callback itself for an immediate answer (type 4 reply, 7 update,
 * 8 autocomplete, 9 modal), or, when the bot deferred (type 5 or 6), the later edit of the original
 * response or the first followup, which is what the user then sees.
 */
public final class Interaction {
    private static final int DEFERRED_REPLY = 5;
    private static final int DEFERRED_UPDATE = 6;

    private final long id;
    private final String token;
    private final int type;
    private final long guildId;
    private final long channelId;
    private final CompletableFuture<CapturedResponse> finalResponse = new CompletableFuture<>();
    private final AtomicInteger callbacks = new AtomicInteger();
    private final AtomicInteger originalEdits = new AtomicInteger();
    private final AtomicInteger followups = new AtomicInteger();
    private volatile long dispatchedAtNanos;
    private volatile int deferredType;

    Interaction(long id, String token, int type, long guildId, long channelId) {
        this.id = id;
        this.token = token;
        this.type = type;
        this.guildId = guildId;
        this.channelId = channelId;
    }

    public long id() {
        return id;
    }

    public String token() {
        return token;
    }

    /** 2 application command, 3 component, 4 autocomplete. */
    public int type() {
        return type;
    }

    public long guildId() {
        return guildId;
    }

    public long channelId() {
        return channelId;
    }

    /** {@link System#nanoTime()} when the INTERACTION_CREATE frame was handed to the bot's gateway connection. */
    public long dispatchedAtNanos() {
        return dispatchedAtNanos;
    }

    public CompletableFuture<CapturedResponse> finalResponse() {
        return finalResponse;
    }

    /** Waits for the final response; fails with a message naming this interaction on timeout. */
    public CapturedResponse awaitFinalResponse(Duration timeout) {
        return Responses.await(finalResponse, timeout, this);
    }

    /** Nanoseconds from dispatch to the final response; only valid once it arrived. */
    public long latencyNanos() {
        return finalResponse.join().arrivedAtNanos() - dispatchedAtNanos;
    }

    /** Callbacks Discord accepted or rejected as duplicates; exactly-once means this stays 1. */
    public int callbackCount() {
        return callbacks.get();
    }

    public int originalEditCount() {
        return originalEdits.get();
    }

    public int followupCount() {
        return followups.get();
    }

    void markDispatched(long nanos) {
        if (dispatchedAtNanos == 0) {
            dispatchedAtNanos = nanos;
        }
    }

    /** Returns false for a second callback, which Discord refuses as "already acknowledged". */
    boolean onCallback(int callbackType, JsonNode body, long nanos) {
        if (callbacks.incrementAndGet() > 1) {
            return false;
        }
        if (callbackType == DEFERRED_REPLY || callbackType == DEFERRED_UPDATE) {
            deferredType = callbackType;
        } else {
            finalResponse.complete(new CapturedResponse(CapturedResponse.ROUTE_CALLBACK, callbackType, body, nanos));
        }
        return true;
    }

    void onEditOriginal(JsonNode body, long nanos) {
        originalEdits.incrementAndGet();
        completeDeferred(CapturedResponse.ROUTE_EDIT_ORIGINAL, body, nanos);
    }

    void onFollowup(JsonNode body, long nanos) {
        followups.incrementAndGet();
        // After a deferred reply, Discord shows the first followup in place of "thinking…".
        if (deferredType == DEFERRED_REPLY) {
            completeDeferred(CapturedResponse.ROUTE_FOLLOWUP, body, nanos);
        }
    }

    private void completeDeferred(String route, JsonNode body, long nanos) {
        int deferred = deferredType;
        if (deferred != 0) {
            finalResponse.complete(new CapturedResponse(route, deferred, body, nanos));
        }
    }

    @Override
    public String toString() {
        return "Interaction[id=" + id + ", type=" + type + ", guild=" + guildId + ", callbacks=" + callbacks.get()
                + ", deferred=" + deferredType + ", done=" + finalResponse.isDone() + "]";
    }
}
