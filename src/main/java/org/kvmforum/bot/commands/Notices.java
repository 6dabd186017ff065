package org.kvmforum.bot.commands;

import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.wording.Wording;

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

    /**
     * No session matches what the user typed: says so, echoing the text safely, and offers the closest sessions
     * when there are any, or other ways to look.
     */
    public static Reply noSession(Theme theme, ContentModel model, String query, List<Session> suggestions) {
        StringBuilder text = new StringBuilder();
        if (query.isBlank()) {
            text.append("Tell me which session: start typing a title, a speaker or a topic.");
        } else {
            text.append("The post mentions no session matching “").append(UserText.echo(query, 200)).append("”.");
        }
        if (!suggestions.isEmpty()) {
            text.append("\n\nClosest sessions:");
            for (Session session : suggestions) {
                text.append("\n• ").append(sessionLine(model, session, Wording.shortWhen(session)));
            }
        } else {
            text.append("\n\nTry /search with other words, or /schedule for the whole program.");
        }
        return notice(theme.info(), "Not found", text.toString());
    }

    /** "**Title** — Speakers (when)": a session named in a notice's list. */
    static String sessionLine(ContentModel model, Session session, String when) {
        return "**" + Markdown.md(session.title()) + "** — " + Wording.speakersOrNobody(model, session) + " (" + when
                + ")";
    }
}
