package org.kvmforum.bot.standin;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** A user's message the stand-in delivered as MESSAGE_CREATE, and the bot's reply to it. */
public final class SentMessage {
    private final long id;
    private final long guildId;
    private final long channelId;
    private final CompletableFuture<CapturedResponse> reply = new CompletableFuture<>();
    private final AtomicInteger replies = new AtomicInteger();
    private volatile long dispatchedAtNanos;

    SentMessage(long id, long guildId, long channelId) {
        this.id = id;
        this.guildId = guildId;
        this.channelId = channelId;
    }

    public long id() {
        return id;
    }

    public long guildId() {
        return guildId;
    }

    public long channelId() {
        return channelId;
    }

    public long dispatchedAtNanos() {
        return dispatchedAtNanos;
    }

    /** The first message the bot posted in reply (by message_reference, else the next post in the channel). */
    public CompletableFuture<CapturedResponse> reply() {
        return reply;
    }

    /** Waits for the reply; fails with a message naming this message on timeout. */
    public CapturedResponse awaitReply(Duration timeout) {
        return Responses.await(reply, timeout, "message " + id);
    }

    public int replyCount() {
        return replies.get();
    }

    void markDispatched(long nanos) {
        if (dispatchedAtNanos == 0) {
            dispatchedAtNanos = nanos;
        }
    }

    void onReply(CapturedResponse response) {
        replies.incrementAndGet();
        reply.complete(response);
    }
}
