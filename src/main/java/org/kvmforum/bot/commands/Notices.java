package org.kvmforum.bot.commands;

import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;

/** Short ephemeral notices: errors, refusals, "not found". One look for all of them. */
public final class Notices {
    private Notices() {}

    /** An ephemeral notice with a title and a line or two of text (already escaped by the caller). */
    public static Reply notice(int colour, String title, String text) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(colour)
                .setTitle(UserText.clip(title, DiscordLimits.EMBED_TITLE))
                .setDescription(UserText.clip(text, DiscordLimits.EMBED_DESCRIPTION));
        return Reply.ephemeral(new MessageCreateBuilder().setEmbeds(embed.build()).build());
    }

    public static Reply error(Theme theme, String title, String text) {
        return notice(theme.error(), title, text);
    }

    /** For bugs: says so without details, which go to the log. */
    public static Reply internalError(Theme theme) {
        return error(theme, "Something went wrong",
                "The bot could not answer that. The problem has been logged; please try again.");
    }
}
