package org.kvmforum.bot.standin;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ServerSocketFactory;

/**
 * Hands out server sockets that remember every accepted connection by its accept order.
 *
 * <p>MockWebServer numbers connections in the same order ({@code RecordedRequest#getConnectionIndex}),
 * so the gateway can find the raw socket under a websocket and close it abruptly: closing a
 * server-side OkHttp websocket without a close handshake is otherwise not possible.
 */
final class SocketCapturingServerSocketFactory extends ServerSocketFactory {
    private final Map<Integer, Socket> acceptedByIndex = new ConcurrentHashMap<>();

    /** Removes and returns the socket of that connection (so long runs keep no dead sockets); null if unknown. */
    Socket take(int connectionIndex) {
        return acceptedByIndex.remove(connectionIndex);
    }

    void closeAll() {
        for (Socket socket : acceptedByIndex.values()) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
        acceptedByIndex.clear();
    }

    @Override
    public ServerSocket createServerSocket() throws IOException {
        return new CapturingServerSocket();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        ServerSocket socket = new CapturingServerSocket();
        socket.bind(new java.net.InetSocketAddress(port));
        return socket;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        ServerSocket socket = new CapturingServerSocket();
        socket.bind(new java.net.InetSocketAddress(port), backlog);
        return socket;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        ServerSocket socket = new CapturingServerSocket();
        socket.bind(new java.net.InetSocketAddress(address, port), backlog);
        return socket;
    }

    private final class CapturingServerSocket extends ServerSocket {
        // MockWebServer accepts on a single thread, so a plain counter matches its numbering.
        private int nextIndex;

        CapturingServerSocket() throws IOException {
            super();
        }

        @Override
        public Socket accept() throws IOException {
            Socket socket = super.accept();
            acceptedByIndex.put(nextIndex++, socket);
            return socket;
        }
    }
}
