package org.kvmforum.bot.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.Permission;

/**
 * Builds the JSON objects Discord sends. Field choices follow what JDA 6.5.0 reads: a missing
 * required field shows up only as a hung {@code awaitReady()} or a dropped event, so everything JDA
 * reads with a non-optional getter is present here.
 */
final class DiscordPayloads {
    /** What a normally invited bot may do in a text channel; JDA checks these before it sends. */
    static final long EVERYONE_PERMISSIONS = Permission.getRaw(
            Permission.VIEW_CHANNEL,
            Permission.MESSAGE_SEND,
            Permission.MESSAGE_SEND_IN_THREADS,
            Permission.MESSAGE_EMBED_LINKS,
            Permission.MESSAGE_ATTACH_FILES,
            Permission.MESSAGE_HISTORY,
            Permission.MESSAGE_ADD_REACTION,
            Permission.MESSAGE_EXT_EMOJI,
            Permission.USE_APPLICATION_COMMANDS);

    /** JDA breaks guild set-up on any other afk timeout than 60/300/900/1800/3600. */
    private static final int AFK_TIMEOUT_SECONDS = 300;
    private static final int TEXT_CHANNEL = 0;

    private final long applicationId;
    private final long botUserId;
    private final String botName;

    DiscordPayloads(long applicationId, long botUserId, String botName) {
        this.applicationId = applicationId;
        this.botUserId = botUserId;
        this.botName = botName;
    }

    ObjectNode botUser() {
        return user(botUserId, botName, true)
                .put("verified", true)
                .put("mfa_enabled", false);
    }

    static ObjectNode user(long id, String username, boolean bot) {
        ObjectNode user = Json.object()
                .put("id", Long.toUnsignedString(id))
                .put("username", username)
                .put("discriminator", "0")
                .put("public_flags", 0)
                .put("bot", bot);
        user.putNull("global_name");
        user.putNull("avatar");
        return user;
    }

    static String userName(long userId) {
        return "user" + userId;
    }

    ObjectNode ready(String sessionId, String resumeGatewayUrl, int shardId, int shardCount, List<GuildSpec> guilds) {
        ObjectNode ready = Json.object()
                .put("v", 10)
                .put("session_id", sessionId)
                .put("session_type", "normal")
                .put("resume_gateway_url", resumeGatewayUrl);
        ready.set("user", botUser());
        ArrayNode unavailable = ready.putArray("guilds");
        for (GuildSpec guild : guilds) {
            unavailable.addObject().put("id", Long.toUnsignedString(guild.id())).put("unavailable", true);
        }
        // Without private_channels JDA looks connected but can never resume.
        ready.putArray("private_channels");
        ready.putArray("shard").add(shardId).add(shardCount);
        ready.putObject("application")
                .put("id", Long.toUnsignedString(applicationId))
                .put("flags", 0);
        ready.putArray("_trace").add("fake-discord");
        return ready;
    }

    ObjectNode guildCreate(GuildSpec guild) {
        String guildId = Long.toUnsignedString(guild.id());
        ObjectNode g = Json.object()
                .put("id", guildId)
                .put("name", guild.name())
                .put("owner_id", Long.toUnsignedString(botUserId))
                .put("afk_timeout", AFK_TIMEOUT_SECONDS)
                .put("verification_level", 0)
                .put("default_message_notifications", 0)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("nsfw_level", 0)
                .put("premium_tier", 0)
                .put("premium_subscription_count", 0)
                .put("premium_progress_bar_enabled", false)
                .put("preferred_locale", "en-US")
                .put("max_members", 500000)
                .put("large", false)
                .put("unavailable", false)
                .put("joined_at", Instant.now().toString());
        for (String absent : List.of("icon", "splash", "banner", "description", "vanity_url_code",
                "afk_channel_id", "system_channel_id", "rules_channel_id", "application_id",
                "safety_alerts_channel_id", "public_updates_channel_id")) {
            g.putNull(absent);
        }
        g.putArray("features");
        g.putArray("roles").add(everyoneRole(guild.id()));
        g.putArray("channels").add(textChannel(guild));
        ArrayNode members = g.putArray("members");
        members.add(member(botUser()));
        // JDA waits for exactly member_count members when it decides the guild is loaded.
        g.put("member_count", members.size());
        for (String empty : List.of("threads", "guild_scheduled_events", "emojis", "stickers",
                "voice_states", "presences", "stage_instances", "soundboard_sounds")) {
            g.putArray(empty);
        }
        return g;
    }

    private static ObjectNode everyoneRole(long guildId) {
        ObjectNode role = Json.object()
                .put("id", Long.toUnsignedString(guildId))
                .put("name", "@everyone")
                .put("position", 0)
                .put("permissions", Long.toString(EVERYONE_PERMISSIONS))
                .put("color", 0)
                .put("hoist", false)
                .put("managed", false)
                .put("mentionable", false)
                .put("flags", 0);
        ObjectNode colors = role.putObject("colors").put("primary_color", 0);
        colors.putNull("secondary_color");
        colors.putNull("tertiary_color");
        return role;
    }

    private static ObjectNode textChannel(GuildSpec guild) {
        ObjectNode channel = Json.object()
                .put("id", Long.toUnsignedString(guild.textChannelId()))
                .put("type", TEXT_CHANNEL)
                .put("guild_id", Long.toUnsignedString(guild.id()))
                .put("name", "general")
                .put("position", 0)
                .put("nsfw", false)
                .put("rate_limit_per_user", 0);
        channel.putNull("topic");
        channel.putNull("parent_id");
        channel.putNull("last_message_id");
        channel.putArray("permission_overwrites");
        return channel;
    }

    static ObjectNode member(ObjectNode user) {
        ObjectNode member = Json.object()
                .put("joined_at", "2024-01-01T00:00:00.000000+00:00")
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0)
                .put("pending", false);
        member.set("user", user);
        member.putArray("roles");
        member.putNull("nick");
        member.putNull("avatar");
        member.putNull("premium_since");
        member.putNull("communication_disabled_until");
        return member;
    }

    /**
     * The common part of every guild interaction. JDA drops the event with only a warning when
     * {@code channel}, {@code context} or {@code authorizing_integration_owners} is missing.
     */
    ObjectNode interaction(long id, String token, int type, GuildSpec guild, long userId) {
        String guildId = Long.toUnsignedString(guild.id());
        ObjectNode d = Json.object()
                .put("id", Long.toUnsignedString(id))
                .put("application_id", Long.toUnsignedString(applicationId))
                .put("type", type)
                .put("token", token)
                .put("version", 1)
                .put("guild_id", guildId)
                .put("channel_id", Long.toUnsignedString(guild.textChannelId()))
                .put("locale", "en-US")
                .put("guild_locale", "en-US")
                .put("app_permissions", Long.toString(EVERYONE_PERMISSIONS))
                .put("context", 0)
                .put("attachment_size_limit", 10 * 1024 * 1024);
        d.putObject("guild").put("id", guildId).put("locale", "en-US").putArray("features");
        d.putObject("channel")
                .put("id", Long.toUnsignedString(guild.textChannelId()))
                .put("type", TEXT_CHANNEL)
                .put("guild_id", guildId)
                .put("name", "general")
                .put("position", 0)
                .put("permissions", Long.toString(EVERYONE_PERMISSIONS));
        ObjectNode member = member(user(userId, userName(userId), false))
                .put("permissions", Long.toString(EVERYONE_PERMISSIONS));
        d.set("member", member);
        d.putObject("authorizing_integration_owners").put("0", guildId);
        d.putArray("entitlements");
        return d;
    }

    /** {@code data} of a slash command; options typed by their Java value (string 3, integer 4, boolean 5, number 10). */
    static ObjectNode commandData(long commandId, String name, Map<String, Object> options) {
        ObjectNode data = Json.object()
                .put("id", Long.toUnsignedString(commandId))
                .put("name", name)
                .put("type", 1);
        ArrayNode array = data.putArray("options");
        options.forEach((optionName, value) -> array.add(option(optionName, value)));
        return data;
    }

    /**
     * {@code data} of a message command (type 3) used on a user's message in the guild's text channel: the
     * message's id as {@code target_id}, and the message itself under {@code resolved.messages}.
     */
    static ObjectNode messageCommandData(long commandId, String name, GuildSpec guild, long messageId, long authorId,
            String content) {
        ObjectNode data = Json.object()
                .put("id", Long.toUnsignedString(commandId))
                .put("name", name)
                .put("type", 3)
                .put("target_id", Long.toUnsignedString(messageId));
        ObjectNode message = message(messageId, guild.textChannelId(), user(authorId, userName(authorId), false),
                content).put("guild_id", Long.toUnsignedString(guild.id()));
        data.putObject("resolved").putObject("messages").set(Long.toUnsignedString(messageId), message);
        return data;
    }

    static ObjectNode option(String name, Object value) {
        ObjectNode option = Json.object().put("name", name);
        if (value instanceof Boolean b) {
            option.put("type", 5).put("value", b);
        } else if (value instanceof Integer || value instanceof Long) {
            option.put("type", 4).put("value", ((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            option.put("type", 10).put("value", ((Number) value).doubleValue());
        } else {
            option.put("type", 3).put("value", String.valueOf(value));
        }
        return option;
    }

    /** A message the bot sent earlier with one button, as Discord attaches it to a component interaction. */
    ObjectNode botMessageWithButton(long messageId, GuildSpec guild, String customId) {
        ObjectNode message = message(messageId, guild.textChannelId(), botUser(), "");
        message.put("application_id", Long.toUnsignedString(applicationId));
        ObjectNode button = Json.object()
                .put("type", 2)
                .put("style", 1)
                .put("label", "Button")
                .put("custom_id", customId);
        ObjectNode row = Json.object().put("type", 1);
        row.putArray("components").add(button);
        message.putArray("components").add(row);
        return message;
    }

    /**
     * A message the bot sent earlier in answer to {@code askerId}'s slash command, with one string select menu
     * offering {@code values}: as Discord attaches it to a component interaction, its
     * {@code interaction_metadata} naming the user whose interaction it answered.
     */
    ObjectNode botMessageWithSelectMenu(long messageId, GuildSpec guild, String customId, List<String> values,
            long askerId) {
        ObjectNode message = message(messageId, guild.textChannelId(), botUser(), "");
        message.put("application_id", Long.toUnsignedString(applicationId));
        ObjectNode menu = Json.object().put("type", 3).put("custom_id", customId);
        for (String value : values) {
            menu.withArray("options").add(Json.object().put("label", value).put("value", value));
        }
        ObjectNode row = Json.object().put("type", 1);
        row.putArray("components").add(menu);
        message.putArray("components").add(row);
        ObjectNode metadata = message.putObject("interaction_metadata")
                .put("id", Long.toUnsignedString(Snowflakes.next()))
                .put("type", 2)
                .put("original_response_message_id", Long.toUnsignedString(messageId));
        metadata.set("user", user(askerId, userName(askerId), false));
        metadata.putObject("authorizing_integration_owners");
        return message;
    }

    /** The fields JDA needs to build a message: JDA reads mentions and mention_roles unconditionally. */
    static ObjectNode message(long id, long channelId, ObjectNode author, String content) {
        ObjectNode message = Json.object()
                .put("id", Long.toUnsignedString(id))
                .put("type", 0)
                .put("channel_id", Long.toUnsignedString(channelId))
                .put("content", content)
                .put("timestamp", Instant.now().toString())
                .put("tts", false)
                .put("mention_everyone", false)
                .put("pinned", false)
                .put("flags", 0);
        message.putNull("edited_timestamp");
        message.set("author", author);
        message.putArray("mentions");
        message.putArray("mention_roles");
        message.putArray("attachments");
        message.putArray("embeds");
        message.putArray("components");
        return message;
    }

    /** MESSAGE_CREATE {@code d} for a user's message in a guild text channel. */
    ObjectNode guildMessage(long id, GuildSpec guild, long channelId, long authorId, String content,
            boolean mentionsBot, boolean authorIsBot) {
        ObjectNode author = user(authorId, userName(authorId), authorIsBot);
        String mention = "<@" + Long.toUnsignedString(botUserId) + ">";
        String text = mentionsBot && !content.contains(mention) ? mention + " " + content : content;
        ObjectNode d = message(id, channelId, author, text)
                .put("guild_id", Long.toUnsignedString(guild.id()));
        ObjectNode member = member(author.deepCopy());
        member.remove("user"); // Discord leaves the user out of a message's member; JDA takes the author
        d.set("member", member);
        if (mentionsBot) {
            ObjectNode mentioned = botUser();
            ObjectNode botMember = member(botUser());
            botMember.remove("user");
            mentioned.set("member", botMember);
            ((ArrayNode) d.get("mentions")).add(mentioned);
        }
        return d;
    }

    /**
     * The message object Discord answers a message-creating request with, built from what the bot
     * sent: JDA parses it into a {@code Message}, so embeds need {@code "type":"rich"}.
     */
    ObjectNode messageFromRequest(long id, long channelId, JsonNode request, boolean fromWebhook) {
        ObjectNode message = message(id, channelId, botUser(), request.path("content").asText(""));
        message.put("flags", request.path("flags").asInt(0));
        message.put("application_id", Long.toUnsignedString(applicationId));
        if (fromWebhook) {
            message.put("webhook_id", Long.toUnsignedString(applicationId));
        }
        ArrayNode embeds = (ArrayNode) message.get("embeds");
        for (JsonNode embed : request.path("embeds")) {
            ObjectNode copy = embed.deepCopy();
            copy.put("type", "rich");
            embeds.add(copy);
        }
        JsonNode reference = request.path("message_reference");
        if (reference.isObject()) {
            message.put("type", 19); // a reply
            message.set("message_reference", reference.deepCopy());
        }
        return message;
    }
}
