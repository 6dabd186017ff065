package org.kvmforum.bot.standin;

/** The names {@link FakeDiscord#requestCounts()} counts requests under, one per route the stand-in serves. */
public final class RestRoutes {
    public static final String SELF = "GET users/@me";
    public static final String GATEWAY_BOT = "GET gateway/bot";
    public static final String GLOBAL_COMMANDS = "PUT applications/{app}/commands";
    public static final String GUILD_COMMANDS = "PUT applications/{app}/guilds/{guild}/commands";
    public static final String CALLBACK = "POST interactions/{id}/{token}/callback";
    public static final String EDIT_ORIGINAL = "PATCH webhooks/{app}/{token}/messages/@original";
    public static final String FOLLOWUP = "POST webhooks/{app}/{token}";
    public static final String CHANNEL_MESSAGE = "POST channels/{channel}/messages";
    /** Any request with a missing or refused token, answered 401. */
    public static final String UNAUTHORIZED = "401 unauthorized";
    /** Any request the stand-in has no route for, answered 404 and kept in {@link FakeDiscord#unexpectedRequests()}. */
    public static final String UNEXPECTED = "404 unexpected";

    private RestRoutes() {}
}
