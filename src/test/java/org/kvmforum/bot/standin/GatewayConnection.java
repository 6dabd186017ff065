package org.kvmforum.bot.standin;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One websocket the bot opened to the gateway. It knows nothing of shards: frames go to the
 * {@link GatewayServer}, which binds the connection to a shard on IDENTIFY or RESUME.
 */
final class GatewayConnection extends WebSocketListener {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayConnection.class);
    /** OkHttp closes a websocket whose queue passes 16 MiB; stay well below by waiting for the writer. */
    private static final long MAX_QUEUED_BYTES = 4L * 1024 * 1024;
    private static final long MAX_SEND_WAIT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final GatewayServer server;
    private final int connectionIndex;
    private final Socket rawSocket;
    private volatile WebSocket webSocket;
    private volatile boolean closed;

    GatewayConnection(GatewayServer server, int connectionIndex, Socket rawSocket) {
        this.server = server;
        this.connectionIndex = connectionIndex;
        this.rawSocket = rawSocket;
    }

    int index() {
        return connectionIndex;
    }

    boolean isOpen() {
        return !closed && webSocket != null;
    }

    /** Sends a text frame (JDA throws on binary frames); false if the connection is gone. */
    boolean send(String frame) {
        WebSocket ws = webSocket;
        if (ws == null || closed) {
            return false;
        }
        long deadline = System.nanoTime() + MAX_SEND_WAIT_NANOS;
        while (ws.queueSize() > MAX_QUEUED_BYTES && !closed && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        return ws.send(frame);
    }

    /** A proper close frame with a code, as Discord sends for fatal errors such as 4004. */
    void close(int code, String reason) {
        WebSocket ws = webSocket;
        if (ws != null) {
            ws.close(code, reason);
        }
    }

    /** Ends the TCP connection without a close frame, like a network failure. */
    void drop() {
        markClosed();
        try {
            if (rawSocket != null) {
                rawSocket.close();
            }
        } catch (IOException e) {
            LOG.debug("closing gateway socket {} failed", connectionIndex, e);
        }
    }

    @Override
    public void onOpen(WebSocket webSocket, Response response) {
        this.webSocket = webSocket;
        server.onOpen(this);
    }

    @Override
    public void onMessage(WebSocket webSocket, String text) {
        server.onFrame(this, text);
    }

    @Override
    public void onMessage(WebSocket webSocket, ByteString bytes) {
        LOG.warn("gateway connection {} sent a binary frame; ignored", connectionIndex);
    }

    @Override
    public void onClosing(WebSocket webSocket, int code, String reason) {
        markClosed();
        try {
            webSocket.close(1000, null); // answer the bot's close frame so its side finishes cleanly
        } catch (RuntimeException e) {
            LOG.debug("answering close on connection {} failed", connectionIndex, e);
        }
    }

    @Override
    public void onClosed(WebSocket webSocket, int code, String reason) {
        markClosed();
    }

    @Override
    public void onFailure(WebSocket webSocket, Throwable t, Response response) {
        markClosed();
    }

    private void markClosed() {
        if (!closed) {
            closed = true;
            server.onClosed(this);
        }
    }
}
