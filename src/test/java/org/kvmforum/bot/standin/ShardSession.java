package org.kvmforum.bot.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Discord's side of one shard's gateway session: sequence numbers, the dispatches the bot may still
 * ask to have replayed, and dispatches held back while the bot is not connected.
 *
 * <p>All state changes and all sends of numbered frames happen under this object's lock, so the
 * bot sees sequence numbers in order no matter which thread dispatches.
 */
final class ShardSession {
    /** Safety cap; normally heartbeats (which carry the bot's last seq) trim the log much earlier. */
    private static final int MAX_REPLAY_FRAMES = 50_000;

    private record SentFrame(long seq, String text) {}

    private final int shardId;
    private final int shardCount;
    private final List<GuildSpec> guilds;
    private final DiscordPayloads payloads;
    private final String resumeGatewayUrl;

    private GatewayConnection connection;
    /** True once READY or RESUMED went out on the current connection, until it is lost or told to go. */
    private boolean live;
    private String sessionId;
    private long seq;
    private final ArrayDeque<SentFrame> replayLog = new ArrayDeque<>();
    private final ArrayDeque<PendingDispatch> undelivered = new ArrayDeque<>();
    private volatile boolean heartbeatAcksStopped;

    private final AtomicInteger identifies = new AtomicInteger();
    private final AtomicInteger resumes = new AtomicInteger();
    private final AtomicInteger replayed = new AtomicInteger();

    ShardSession(int shardId, int shardCount, List<GuildSpec> guilds, DiscordPayloads payloads,
            String resumeGatewayUrl) {
        this.shardId = shardId;
        this.shardCount = shardCount;
        this.guilds = List.copyOf(guilds);
        this.payloads = payloads;
        this.resumeGatewayUrl = resumeGatewayUrl;
    }

    int identifyCount() {
        return identifies.get();
    }

    int resumeCount() {
        return resumes.get();
    }

    int replayedCount() {
        return replayed.get();
    }

    synchronized boolean isLive() {
        return live;
    }

    synchronized String sessionId() {
        return sessionId;
    }

    /** A fresh session: READY, one GUILD_CREATE per guild of this shard, then anything held back. */
    synchronized void onIdentify(GatewayConnection bot) {
        connection = bot;
        sessionId = UUID.randomUUID().toString().replace("-", "");
        seq = 0;
        replayLog.clear();
        identifies.incrementAndGet();
        sendNumbered("READY", payloads.ready(sessionId, resumeGatewayUrl, shardId, shardCount, guilds));
        for (GuildSpec guild : guilds) {
            sendNumbered("GUILD_CREATE", payloads.guildCreate(guild));
        }
        goLive();
    }

    /** Replays every dispatch after the bot's last seq, then RESUMED; or refuses with op 9. */
    synchronized void onResume(GatewayConnection bot, String requestedSession, long botSeq) {
        if (sessionId == null || !sessionId.equals(requestedSession) || !canReplayAfter(botSeq)) {
            bot.send(GatewayFrames.invalidSession(false));
            return;
        }
        connection = bot;
        resumes.incrementAndGet();
        for (SentFrame frame : replayLog) {
            if (frame.seq() > botSeq) {
                bot.send(frame.text());
                replayed.incrementAndGet();
            }
        }
        bot.send(GatewayFrames.resumed());
        goLive();
    }

    private boolean canReplayAfter(long botSeq) {
        long oldestRetained = replayLog.isEmpty() ? seq + 1 : replayLog.peekFirst().seq();
        return botSeq <= seq && botSeq + 1 >= oldestRetained;
    }

    /** A heartbeat carries the last seq the bot processed: nothing up to it will ever be replayed. */
    synchronized void onHeartbeat(GatewayConnection bot, long botSeq) {
        while (!replayLog.isEmpty() && replayLog.peekFirst().seq() <= botSeq) {
            replayLog.removeFirst();
        }
        if (!heartbeatAcksStopped) {
            bot.send(GatewayFrames.heartbeatAck());
        }
    }

    synchronized void onClosed(GatewayConnection bot) {
        if (bot == connection) {
            connection = null;
            live = false;
        }
    }

    /** Sends now when connected and ready, else holds the dispatch back until READY or RESUMED. */
    synchronized void dispatch(PendingDispatch dispatch) {
        if (live) {
            send(dispatch);
        } else {
            undelivered.addLast(dispatch);
        }
    }

    synchronized void sendReconnect() {
        if (connection != null) {
            connection.send(GatewayFrames.reconnect());
        }
        live = false; // Discord sends nothing more on a connection it asked the bot to leave
    }

    synchronized void sendInvalidSession(boolean resumable) {
        if (connection != null) {
            connection.send(GatewayFrames.invalidSession(resumable));
        }
        live = false;
        if (!resumable) {
            sessionId = null;
            replayLog.clear();
        }
    }

    synchronized void dropConnection() {
        GatewayConnection dropped = connection;
        connection = null;
        live = false;
        if (dropped != null) {
            dropped.drop();
        }
    }

    void stopHeartbeatAcks(boolean stop) {
        heartbeatAcksStopped = stop;
    }

    /** On close: tells whatever is still held back, so callers waiting on a send don't hang. */
    synchronized void abandonUndelivered() {
        live = false;
        connection = null;
        while (!undelivered.isEmpty()) {
            undelivered.pollFirst().onAbandoned().run();
        }
    }

    private void goLive() {
        live = true;
        while (live && !undelivered.isEmpty()) {
            send(undelivered.pollFirst());
        }
    }

    private void send(PendingDispatch dispatch) {
        long sentAt = sendNumbered(dispatch.type(), dispatch.data());
        dispatch.onSent().accept(sentAt);
    }

    /** Numbers the frame, keeps it for replay, writes it; returns the nanoTime of writing. */
    private long sendNumbered(String type, ObjectNode data) {
        seq++;
        String text = GatewayFrames.dispatch(seq, type, data);
        replayLog.addLast(new SentFrame(seq, text));
        if (replayLog.size() > MAX_REPLAY_FRAMES) {
            replayLog.removeFirst();
        }
        long now = System.nanoTime();
        if (connection != null) {
            connection.send(text); // if this fails, the frame waits in the replay log for RESUME
        }
        return now;
    }
}
