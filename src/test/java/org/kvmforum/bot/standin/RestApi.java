package org.kvmforum.bot.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's REST API as far as a slash-command bot uses it. Each request is answered from here and
 * nothing is retained beyond bounded logs and counters, so load runs stay flat in memory.
 */
final class RestApi extends Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(RestApi.class);

    private final MockWebServer server;
    private final Config config;
    private final DiscordPayloads payloads;
    private final CommandStore commands;
    private final BoundedMap<String, Interaction> interactionsByToken;
    private final BoundedMap<Long, SentMessage> messagesById;
    private final RestFaults callbackFaults;
    private final BoundedLog<RecordedCall> unexpected = new BoundedLog<>(200);
    private final Map<String, LongAdder> requestCounts = new ConcurrentHashMap<>();

    /** What REST needs to know about the fake application. */
    record Config(long applicationId, Set<String> validTokens, String gatewayUrl, int shards, int maxConcurrency) {}

    RestApi(MockWebServer server, Config config, DiscordPayloads payloads, CommandStore commands,
            BoundedMap<String, Interaction> interactionsByToken, BoundedMap<Long, SentMessage> messagesById,
            RestFaults callbackFaults) {
        this.server = server;
        this.config = config;
        this.payloads = payloads;
        this.commands = commands;
        this.interactionsByToken = interactionsByToken;
        this.messagesById = messagesById;
        this.callbackFaults = callbackFaults;
    }

    List<RecordedCall> unexpectedRequests() {
        return unexpected.recent();
    }

    Map<String, Long> requestCounts() {
        Map<String, Long> counts = new TreeMap<>();
        requestCounts.forEach((route, adder) -> counts.put(route, adder.sum()));
        return counts;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        while (server.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
            // drained: MockWebServer would otherwise keep every request in memory
        }
        long arrivedAt = System.nanoTime();
        List<String> segments = request.getUrl().pathSegments();
        if (segments.size() < 2 || !segments.get(0).equals("api") || !segments.get(1).equals("v10")) {
            return unexpected(request);
        }
        if (!authorized(request)) {
            count(RestRoutes.UNAUTHORIZED);
            return RestResponses.error(401, 0, "401: Unauthorized");
        }
        return route(request, request.getMethod(), segments.subList(2, segments.size()), arrivedAt);
    }

    private boolean authorized(RecordedRequest request) {
        String header = request.getHeaders().get("Authorization");
        return header != null && header.startsWith("Bot ")
                && config.validTokens().contains(header.substring("Bot ".length()));
    }

    private MockResponse route(RecordedRequest request, String method, List<String> path, long arrivedAt) {
        String app = Long.toUnsignedString(config.applicationId());
        int n = path.size();
        if (method.equals("GET") && path.equals(List.of("users", "@me"))) {
            count(RestRoutes.SELF);
            return RestResponses.json(200, payloads.botUser());
        }
        if (method.equals("GET") && path.equals(List.of("gateway", "bot"))) {
            count(RestRoutes.GATEWAY_BOT);
            return RestResponses.json(200, gatewayBot());
        }
        if (method.equals("PUT") && n == 3 && path.get(0).equals("applications") && path.get(1).equals(app)
                && path.get(2).equals("commands")) {
            count(RestRoutes.GLOBAL_COMMANDS);
            return RestResponses.json(200, commands.overwrite(null, RequestBodies.json(request)));
        }
        if (method.equals("PUT") && n == 5 && path.get(0).equals("applications") && path.get(1).equals(app)
                && path.get(2).equals("guilds") && path.get(4).equals("commands")) {
            count(RestRoutes.GUILD_COMMANDS);
            long guildId = Long.parseUnsignedLong(path.get(3));
            return RestResponses.json(200, commands.overwrite(guildId, RequestBodies.json(request)));
        }
        if (method.equals("POST") && n == 4 && path.get(0).equals("interactions") && path.get(3).equals("callback")) {
            count(RestRoutes.CALLBACK);
            return callback(request, path.get(1), path.get(2), arrivedAt);
        }
        if (method.equals("PATCH") && n == 5 && path.get(0).equals("webhooks") && path.get(1).equals(app)
                && path.get(3).equals("messages") && path.get(4).equals("@original")) {
            count(RestRoutes.EDIT_ORIGINAL);
            return webhookMessage(request, path.get(2), true, arrivedAt);
        }
        if (method.equals("POST") && n == 3 && path.get(0).equals("webhooks") && path.get(1).equals(app)) {
            count(RestRoutes.FOLLOWUP);
            return webhookMessage(request, path.get(2), false, arrivedAt);
        }
        if (method.equals("POST") && n == 3 && path.get(0).equals("channels") && path.get(2).equals("messages")) {
            count(RestRoutes.CHANNEL_MESSAGE);
            return channelMessage(request, Long.parseUnsignedLong(path.get(1)), arrivedAt);
        }
        return unexpected(request);
    }

    private ObjectNode gatewayBot() {
        ObjectNode body = Json.object().put("url", config.gatewayUrl()).put("shards", config.shards());
        body.putObject("session_start_limit")
                .put("total", 1000)
                .put("remaining", 1000)
                .put("reset_after", 86_400_000)
                .put("max_concurrency", config.maxConcurrency());
        return body;
    }

    private MockResponse callback(RecordedRequest request, String interactionId, String token, long arrivedAt) {
        Optional<MockResponse> fault = callbackFaults.takeNext();
        if (fault.isPresent()) {
            return fault.get();
        }
        Interaction interaction = interactionsByToken.get(token);
        if (interaction == null || !Long.toUnsignedString(interaction.id()).equals(interactionId)) {
            recordUnexpected(request);
            return RestResponses.error(404, 10062, "Unknown interaction");
        }
        JsonNode body = RequestBodies.json(request);
        if (!interaction.onCallback(body.path("type").asInt(), body, arrivedAt)) {
            return RestResponses.error(400, 40060, "Interaction has already been acknowledged.");
        }
        return RestResponses.noContent();
    }

    private MockResponse webhookMessage(RecordedRequest request, String token, boolean editOriginal, long arrivedAt) {
        Interaction interaction = interactionsByToken.get(token);
        if (interaction == null) {
            recordUnexpected(request);
            return RestResponses.error(404, 10015, "Unknown Webhook");
        }
        JsonNode body = RequestBodies.json(request);
        if (editOriginal) {
            interaction.onEditOriginal(body, arrivedAt);
        } else {
            interaction.onFollowup(body, arrivedAt);
        }
        // The channel does not matter to JDA's hook; any id of the right shape will do.
        long messageId = editOriginal ? interaction.id() : Snowflakes.next();
        return RestResponses.json(200, payloads.messageFromRequest(messageId, interaction.channelId(), body, true));
    }

    private MockResponse channelMessage(RecordedRequest request, long channelId, long arrivedAt) {
        JsonNode body = RequestBodies.json(request);
        SentMessage repliedTo = findRepliedTo(channelId, body);
        if (repliedTo != null) {
            repliedTo.onReply(new CapturedResponse(CapturedResponse.ROUTE_CHANNEL_MESSAGE, 0, body, arrivedAt));
        }
        return RestResponses.json(200, payloads.messageFromRequest(Snowflakes.next(), channelId, body, false));
    }

    /** The message replied to by reference, else the oldest unanswered message in that channel. */
    private SentMessage findRepliedTo(long channelId, JsonNode body) {
        JsonNode reference = body.path("message_reference").path("message_id");
        if (!reference.isMissingNode() && !reference.isNull()) {
            return messagesById.get(Long.parseUnsignedLong(reference.asText()));
        }
        for (SentMessage message : messagesById.values()) {
            if (message.channelId() == channelId && !message.reply().isDone()) {
                return message;
            }
        }
        return null;
    }

    private MockResponse unexpected(RecordedRequest request) {
        count(RestRoutes.UNEXPECTED);
        recordUnexpected(request);
        return RestResponses.error(404, 0, "404: Not Found");
    }

    private void recordUnexpected(RecordedRequest request) {
        RecordedCall call = RecordedCall.of(request.getMethod(), request.getUrl().encodedPath(),
                RequestBodies.text(request));
        LOG.warn("the Discord stand-in has no answer for {}", call);
        unexpected.add(call);
    }

    private void count(String route) {
        requestCounts.computeIfAbsent(route, key -> new LongAdder()).increment();
    }
}
