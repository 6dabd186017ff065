package org.kvmforum.bot.commands;

import java.util.List;
import java.util.Objects;

/**
 * A choice in one of the bot's select menus: the menu's custom id, the values chosen, who chose, and who the
 * message answered (Discord's interaction metadata on the message; null when the message answered nobody's
 * interaction, as a reply to a mention does).
 */
public record SelectRequest(String customId, List<String> values, String userId, String askerId, String guildId) {
    public SelectRequest {
        Objects.requireNonNull(customId, "customId");
        Objects.requireNonNull(userId, "userId");
        values = List.copyOf(values);
    }
}
