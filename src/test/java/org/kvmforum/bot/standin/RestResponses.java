package org.kvmforum.bot.standin;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.MockResponse;

/** The few response shapes the REST stand-in answers with. */
final class RestResponses {
    private RestResponses() {}

    static MockResponse json(int status, JsonNode body) {
        return json(status, Json.write(body));
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder()
                .code(status)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    static MockResponse noContent() {
        return new MockResponse.Builder().code(204).build();
    }

    /** Discord's JSON error body: {@code {"message": …, "code": …}}. */
    static MockResponse error(int status, int discordCode, String message) {
        var body = Json.object().put("message", message).put("code", discordCode);
        return json(status, body);
    }
}
