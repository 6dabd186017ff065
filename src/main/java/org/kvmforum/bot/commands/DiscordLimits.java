package org.kvmforum.bot.commands;

/**
 * Discord's limits on what a bot may send, as named numbers (see shared/docs/discord-limits.md). Where JDA is
 * stricter than Discord, JDA's number is used. Every reply is checked against these by {@link ReplyLimits}
 * before it is sent.
 */
public final class DiscordLimits {
    private DiscordLimits() {}

    public static final int CONTENT = 2000;
    public static final int EMBEDS_PER_MESSAGE = 10;
    public static final int EMBEDS_TOTAL = 6000;
    public static final int EMBED_TITLE = 256;
    public static final int EMBED_DESCRIPTION = 4096;
    public static final int EMBED_FIELDS = 25;
    public static final int FIELD_NAME = 256;
    public static final int FIELD_VALUE = 1024;
    public static final int FOOTER = 2048;
    public static final int AUTHOR_NAME = 256;
    public static final int EMBED_URL = 2000;
    public static final int ACTION_ROWS = 5;
    public static final int BUTTONS_PER_ROW = 5;
    public static final int BUTTON_LABEL = 80;
    public static final int CUSTOM_ID = 100;
    public static final int LINK_BUTTON_URL = 512;
    /** A select menu: its options, each one's label, value and description, and its placeholder (JDA's limit). */
    public static final int SELECT_OPTIONS = 25;
    public static final int SELECT_OPTION_TEXT = 100;
    public static final int SELECT_PLACEHOLDER = 100;
    /** Files on one message. */
    public static final int ATTACHMENTS_PER_MESSAGE = 10;
    /** An attachment's description (its alt text). */
    public static final int ATTACHMENT_DESCRIPTION = 1024;
    /** Bytes a bot may upload in one message to a guild without boosts: 10 MiB. */
    public static final int UPLOAD_BYTES = 10 * 1024 * 1024;
    public static final int AUTOCOMPLETE_CHOICES = 25;
    public static final int CHOICE_NAME = 100;
    public static final int CHOICE_VALUE = 100;
    public static final int COMMAND_NAME = 32;
    public static final int COMMAND_DESCRIPTION = 100;
    public static final int OPTIONS_PER_COMMAND = 25;
    public static final int COMMAND_TOTAL = 8000;
    public static final int STRING_OPTION_MAX_LENGTH = 6000;
    public static final int COMMANDS_PER_SCOPE = 100;
}
