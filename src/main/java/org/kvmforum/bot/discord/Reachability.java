package org.kvmforum.bot.discord;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

/**
 * Whether Discord's REST API (or the proxy configured in its place) can be reached at all, asked before JDA
 * starts. When it cannot, JDA's first request fails on its rate-limiter thread, which logs an ERROR with a long
 * stack trace besides throwing to the bot, so an operator would see both. A plain TCP connect first turns that
 * case into the bot's own one line and exit code 1, every time. Nothing is sent, so nothing is logged anywhere.
 */
final class Reachability {
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private Reachability() {}

    /** Discord cannot be reached; the message names where and why, and never holds the token. */
    static final class UnreachableException extends RuntimeException {
        UnreachableException(String message) {
            super(message);
        }
    }

    /**
     * Connects to the URL's host and port and closes again; skipped when a proxy is configured for the URL (JDA
     * then goes through it, and only a request would tell).
     *
     * @throws UnreachableException when no connection can be made
     */
    static void check(String url, Duration timeout) {
        URI uri = URI.create(url);
        String host = uri.getHost();
        if (host == null || viaProxy(uri)) {
            return;
        }
        boolean secure = "https".equalsIgnoreCase(uri.getScheme()) || "wss".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : secure ? 443 : 80;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
        } catch (UnknownHostException e) {
            throw new UnreachableException(host + " is an unknown host");
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new UnreachableException(host + ":" + port + " cannot be reached (" + reason + ")");
        }
    }

    private static boolean viaProxy(URI uri) {
        ProxySelector selector = ProxySelector.getDefault();
        if (selector == null) {
            return false;
        }
        List<Proxy> proxies = selector.select(uri);
        return proxies.stream().anyMatch(proxy -> proxy.type() != Proxy.Type.DIRECT);
    }
}
