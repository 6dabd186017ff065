package org.kvmforum.bot.commands;

import java.util.Map;
import java.util.Objects;

/**
 * A slash command as the bot sees it, whatever brought it (Discord or the console): the command's name, its
 * options as text, and who asked where. Commands take this instead of a JDA event, so they can be tested and
 * run without Discord.
 *
 * @param name            command name without the slash
 * @param options         option name → value as typed or chosen (autocomplete values are ids)
 * @param userId          the asking user's id
 * @param guildId         the guild's id, or null in a direct message or the console
 * @param canManageServer whether the user holds Manage Server where they asked (admin commands check it again)
 */
public record CommandRequest(String name, Map<String, String> options, String userId, String guildId,
                             boolean canManageServer) {
    public CommandRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(userId, "userId");
        options = Map.copyOf(options);
    }

    /** The option's value, or null when it was not given. */
    public String option(String optionName) {
        return options.get(optionName);
    }

    /** The option's value, or {@code fallback} when it was not given or is blank. */
    public String option(String optionName, String fallback) {
        String value = options.get(optionName);
        return value == null || value.isBlank() ? fallback : value;
    }
}
