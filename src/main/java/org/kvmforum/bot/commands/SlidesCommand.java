package org.kvmforum.bot.commands;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.wording.Wording;

/**
 * {@code /slides talk}: the slides of a session as link buttons. When the post gives no slides for the
 * session, the reply says so plainly instead of offering something else.
 */
public final class SlidesCommand extends SessionCommand {
    static final String TALK = "talk";

    public SlidesCommand(CommandContext context) {
        super(context, "slides", "Get the slides of a session, as the post links them", examples -> "/slides talk:" + examples.slides(), TALK,
                "Title, speaker or topic");
    }

    @Override
    Reply found(Library library, SessionLookup lookup, String query) {
        ContentModel model = library.model();
        Session session = lookup.best();
        String speakers = Wording.speakersOrNobody(model, session);
        if (!session.hasSlides()) {
            String text = "The post links no slides for **" + Markdown.md(session.title()) + "** ("
                    + Wording.kind(session.kind()) + ", " + speakers + ", "
                    + Wording.when(session) + "): no slides were published for it.";
            return Notices.notice(context.theme().info(), "No slides", text);
        }
        StringBuilder text = new StringBuilder();
        if (!lookup.byId()) {
            text.append("Best match for “").append(UserText.echo(query, 100)).append("”.\n");
        }
        text.append("**").append(Markdown.link(session.title(), session.slides().url())).append("** — ")
                .append(speakers).append("\n").append(Wording.when(session)).append(" · ")
                .append(session.slides().format());
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(context.theme().colour(session.kind()))
                .setTitle(UserText.clip("Slides: " + session.title(), DiscordLimits.EMBED_TITLE),
                        SessionCards.linkable(session.slides().url(), DiscordLimits.EMBED_URL)
                                ? session.slides().url() : null)
                .setDescription(UserText.clip(text.toString(), DiscordLimits.EMBED_DESCRIPTION))
                .setFooter(UserText.clip(Wording.source(model.eventOf(session)), DiscordLimits.FOOTER));
        List<Button> buttons = new ArrayList<>();
        if (SessionCards.linkable(session.slides().url(), DiscordLimits.LINK_BUTTON_URL)) {
            buttons.add(Button.link(session.slides().url(), "Open the slides (" + session.slides().format() + ")"));
        }
        String forumPage = model.eventOf(session).report().forumPage();
        if (SessionCards.linkable(forumPage, DiscordLimits.LINK_BUTTON_URL)) {
            buttons.add(Button.link(forumPage, "Forum page"));
        }
        MessageCreateBuilder message = new MessageCreateBuilder()
                .setEmbeds(context.cards().withRelated(embed, library, session).build());
        List<ActionRow> rows = new ArrayList<>();
        if (!buttons.isEmpty()) {
            rows.add(ActionRow.of(buttons));
        }
        context.cards().relatedMenu(library, session).ifPresent(rows::add);
        message.setComponents(rows);
        return Reply.visible(message.build());
    }

    /** Before anything is typed, a slides picker offers the sessions that have slides first. */
    @Override
    List<Command.Choice> suggest(Library library, String typed, EventScope scope) {
        return SessionChoices.suggestWithSlidesFirst(library, typed, scope);
    }
}
