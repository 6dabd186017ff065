package org.kvmforum.bot.standin;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway: a websocket endpoint on its own MockWebServer. It answers HELLO, checks IDENTIFY and
 * RESUME, and hands each connection to the {@link ShardSession} it belongs to.
 */
final class GatewayServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayServer.class);
    private static final int CLOSE_AUTHENTICATION_FAILED = 4004;
    private static final int CLOSE_INVALID_SHARD = 4010;

    private final MockWebServer server = new MockWebServer();
    private final SocketCapturingServerSocketFactory sockets = new SocketCapturingServerSocketFactory();
    private final Set<String> validTokens;
    private final int heartbeatIntervalMillis;
    private final ShardSession[] shards;
    private final Map<GatewayConnection, ShardSession> boundShards = new ConcurrentHashMap<>();
    private final Set<GatewayConnection> openConnections = ConcurrentHashMap.newKeySet();
    private final BoundedLog<IdentifyRecord> identifies = new BoundedLog<>(1_000);

    GatewayServer(int shardCount, List<GuildSpec> guilds, DiscordPayloads payloads, Set<String> validTokens,
            int heartbeatIntervalMillis) throws IOException {
        this.validTokens = Set.copyOf(validTokens);
        this.heartbeatIntervalMillis = heartbeatIntervalMillis;
        server.setServerSocketFactory(sockets);
        server.setDispatcher(new UpgradeDispatcher());
        server.start(InetAddress.getByName("127.0.0.1"), 0);

        // A distinct path for resuming lets a test see that JDA followed resume_gateway_url.
        String resumeUrl = url() + "resume";
        shards = new ShardSession[shardCount];
        for (int shard = 0; shard < shardCount; shard++) {
            List<GuildSpec> own = new ArrayList<>();
            for (GuildSpec guild : guilds) {
                if (Snowflakes.shardOf(guild.id(), shardCount) == shard) {
                    own.add(guild);
                }
            }
            shards[shard] = new ShardSession(shard, shardCount, own, payloads, resumeUrl);
        }
    }

    String url() {
        return "ws://127.0.0.1:" + server.getPort() + "/";
    }

    ShardSession shard(int shardId) {
        if (shardId < 0 || shardId >= shards.length) {
            throw new IllegalArgumentException("no shard " + shardId + " of " + shards.length);
        }
        return shards[shardId];
    }

    ShardSession shardOfGuild(long guildId) {
        return shards[Snowflakes.shardOf(guildId, shards.length)];
    }

    int shardCount() {
        return shards.length;
    }

    List<IdentifyRecord> identifies() {
        return identifies.recent();
    }

    void onOpen(GatewayConnection connection) {
        openConnections.add(connection);
        connection.send(GatewayFrames.hello(heartbeatIntervalMillis));
    }

    void onClosed(GatewayConnection connection) {
        openConnections.remove(connection);
        ShardSession shard = boundShards.remove(connection);
        if (shard != null) {
            shard.onClosed(connection);
        }
    }

    void onFrame(GatewayConnection connection, String text) {
        JsonNode frame = Json.parse(text);
        JsonNode data = frame.path("d");
        switch (frame.path("op").asInt(-1)) {
            case GatewayFrames.IDENTIFY -> identify(connection, data);
            case GatewayFrames.RESUME -> resume(connection, data);
            case GatewayFrames.HEARTBEAT -> {
                ShardSession shard = boundShards.get(connection);
                if (shard != null) {
                    shard.onHeartbeat(connection, data.asLong(0));
                } else {
                    connection.send(GatewayFrames.heartbeatAck());
                }
            }
            default -> LOG.debug("ignoring gateway frame from the bot: {}", text);
        }
    }

    private void identify(GatewayConnection connection, JsonNode data) {
        String token = data.path("token").asText("");
        if (!validTokens.contains(token)) {
            connection.close(CLOSE_AUTHENTICATION_FAILED, "Authentication failed.");
            return;
        }
        // A bot without sharding identifies without "shard": that is shard 0 of 1.
        JsonNode shardInfo = data.path("shard");
        int shardId = shardInfo.isArray() ? shardInfo.path(0).asInt() : 0;
        int shardCount = shardInfo.isArray() ? shardInfo.path(1).asInt() : 1;
        identifies.add(new IdentifyRecord(shardId, shardCount, token, data.path("intents").asInt()));
        if (shardCount != shards.length || shardId < 0 || shardId >= shardCount) {
            LOG.warn("bot identified as shard [{}, {}] but the stand-in has {} shards", shardId, shardCount,
                    shards.length);
            connection.close(CLOSE_INVALID_SHARD, "Invalid shard.");
            return;
        }
        bind(connection, shards[shardId]).onIdentify(connection);
    }

    private void resume(GatewayConnection connection, JsonNode data) {
        String sessionId = data.path("session_id").asText("");
        if (!validTokens.contains(data.path("token").asText(""))) {
            connection.close(CLOSE_AUTHENTICATION_FAILED, "Authentication failed.");
            return;
        }
        for (ShardSession shard : shards) {
            if (sessionId.equals(shard.sessionId())) {
                bind(connection, shard).onResume(connection, sessionId, data.path("seq").asLong(0));
                return;
            }
        }
        connection.send(GatewayFrames.invalidSession(false));
    }

    private ShardSession bind(GatewayConnection connection, ShardSession shard) {
        boundShards.put(connection, shard);
        return shard;
    }

    @Override
    public void close() {
        for (ShardSession shard : shards) {
            shard.abandonUndelivered();
        }
        for (GatewayConnection connection : openConnections) {
            connection.drop();
        }
        sockets.closeAll();
        server.close();
    }

    /** Every request to the gateway port is a websocket upgrade; nothing is kept in MockWebServer's queue. */
    private final class UpgradeDispatcher extends Dispatcher {
        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            while (server.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
                // drained: MockWebServer would otherwise keep every request
            }
            Socket raw = sockets.take(request.getConnectionIndex());
            if (!"websocket".equalsIgnoreCase(request.getHeaders().get("Upgrade"))) {
                return RestResponses.error(404, 0, "404: Not Found");
            }
            return new MockResponse.Builder()
                    .webSocketUpgrade(new GatewayConnection(GatewayServer.this, request.getConnectionIndex(), raw))
                    .build();
        }
    }
}
