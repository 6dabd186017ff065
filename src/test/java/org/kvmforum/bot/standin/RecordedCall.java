package org.kvmforum.bot.standin;

/** A REST request the stand-in did not expect, kept for the test to explain what JDA tried to do. */
public record RecordedCall(String method, String path, String body) {
    private static final int MAX_BODY_CHARS = 2000;

    static RecordedCall of(String method, String path, String body) {
        String clipped = body.length() > MAX_BODY_CHARS ? body.substring(0, MAX_BODY_CHARS) + "…" : body;
        return new RecordedCall(method, path, clipped);
    }

    @Override
    public String toString() {
        return method + " " + path + (body.isEmpty() ? "" : " " + body);
    }
}
