package org.kvmforum.bot.standin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the bot finally answered, as Discord received it.
 *
 * @param route          which REST call carried it, e.g. "callback", "edit-original", "channel-message"
 * @param callbackType   the interaction callback type (4, 7, 8, …) or, for an edit of a deferred reply,
 *                       the type of the deferring callback (5 or 6); 0 for channel messages
 * @param body           the request body as parsed JSON (the payload_json part for multipart bodies)
 * @param arrivedAtNanos {@link System#nanoTime()} when the request reached the stand-in
 */
public record CapturedResponse(String route, int callbackType, JsonNode body, long arrivedAtNanos) {

    /** The message data: {@code body.data} for a callback, the body itself for webhook and channel messages. */
    public JsonNode message() {
        return ROUTE_CALLBACK.equals(route) ? body.path("data") : body;
    }

    public static final String ROUTE_CALLBACK = "callback";
    public static final String ROUTE_EDIT_ORIGINAL = "edit-original";
    public static final String ROUTE_FOLLOWUP = "followup";
    public static final String ROUTE_CHANNEL_MESSAGE = "channel-message";
}
