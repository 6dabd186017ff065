package org.kvmforum.bot.config;

import java.util.List;

/**
 * Operator settings, read from {@code config/bot.json}. Every key has a default ({@link #defaults()}), so a
 * file names only what it changes. The Discord token is deliberately not here: it comes only from the
 * environment (see {@code TokenSource}), so that it can never be committed with the config.
 */
public record BotConfig(
        Content content,
        Registration registration,
        Discord discord,
        Shards shards,
        Presence presence,
        Colours colours,
        RateLimit rateLimit,
        Reload reload,
        Workers workers) {

    /** Where the posts live; empty (the default) for the content built into the bot's jar. */
    public record Content(String directory) {}

    /** Guilds to register the commands in at once (for testing); empty means global registration. */
    public record Registration(List<String> guildIds) {
        public Registration {
            guildIds = List.copyOf(guildIds);
        }
    }

    /** Discord's endpoints; operators point them at a proxy, tests at the local stand-in. */
    public record Discord(String restBaseUrl, String gatewayUrl) {}

    /**
     * Which shards this process runs.
     *
     * @param total the total shard count across all processes, or -1 to ask Discord
     * @param ids   the shard ids this process runs; empty means all of them
     */
    public record Shards(int total, List<Integer> ids) {
        public Shards {
            ids = List.copyOf(ids);
        }
    }

    /**
     * The bot's activity line ("Playing …"); empty for none. {@value #LATEST_EVENT} in it stands for the latest
     * event's name, so the default names whatever the content holds and the code names no event.
     */
    public record Presence(String activity) {
        public static final String LATEST_EVENT = "{event}";
        /** Discord's limit on a custom status. */
        private static final int MAX = 128;

        /** The line to show, with {@value #LATEST_EVENT} filled in, within Discord's limit. */
        public String activityFor(String latestEvent) {
            String line = activity.replace(LATEST_EVENT, latestEvent);
            return line.length() <= MAX ? line : line.substring(0, MAX - 1) + "…";
        }
    }

    /** Embed colours as "#RRGGBB", one per kind of session, plus informational and error replies. */
    public record Colours(String keynote, String talk, String lightningTalk, String bof, String info, String error) {}

    /**
     * Per-user flood protection: at most {@code commands} commands in any {@code windowSeconds} seconds.
     * Autocomplete is not counted: Discord sends one per keystroke.
     */
    public record RateLimit(int commands, int windowSeconds) {}

    /** Content reload: watch the content directory and reload on change (the admin /reload always works). */
    public record Reload(boolean watchContent) {}

    /** Threads that build replies, so JDA's gateway thread never waits on the bot's own work. */
    public record Workers(int threads) {}

    public static BotConfig defaults() {
        return new BotConfig(
                new Content(""),
                new Registration(List.of()),
                new Discord("https://discord.com/api/v10/", "wss://gateway.discord.gg/"),
                new Shards(-1, List.of()),
                new Presence("/help · " + Presence.LATEST_EVENT),
                new Colours("#E67E22", "#3498DB", "#F1C40F", "#2ECC71", "#95A5A6", "#E74C3C"),
                new RateLimit(8, 10),
                new Reload(false),
                new Workers(4));
    }
}
