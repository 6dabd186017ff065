package org.kvmforum.bot.commands;

import java.util.Objects;

/** A click on one of the bot's buttons: the button's custom id, and who clicked where. */
public record ButtonRequest(String customId, String userId, String guildId) {
    public ButtonRequest {
        Objects.requireNonNull(customId, "customId");
        Objects.requireNonNull(userId, "userId");
    }

    /** The command that made the button: the part of the custom id before the first colon. */
    public String command() {
        int colon = customId.indexOf(':');
        return colon < 0 ? customId : customId.substring(0, colon);
    }
}
