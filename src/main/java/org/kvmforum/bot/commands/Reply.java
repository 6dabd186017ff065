package org.kvmforum.bot.commands;

import java.time.Duration;
import java.util.Objects;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * A finished reply to a command: JDA's own message data, whether only the asker sees it, and, for replies with
 * buttons that stop working, when the buttons should be disabled (before Discord's 15-minute interaction
 * token runs out).
 */
public record Reply(MessageCreateData message, boolean ephemeral, Duration disableButtonsAfter) {
    public Reply {
        Objects.requireNonNull(message, "message");
    }

    public static Reply visible(MessageCreateData message) {
        return new Reply(message, false, null);
    }

    public static Reply ephemeral(MessageCreateData message) {
        return new Reply(message, true, null);
    }
}
