package org.kvmforum.bot.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.content.SessionKind;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.wording.Wording;

/**
 * A session's card: the embed and link buttons every command uses to show one session, so a talk looks the
 * same whether it came from /talk, /slides or /ask.
 */
public final class SessionCards {
    /** Room for the post's words on a card shown alone; cards shown together get less (see {@link #card}). */
    public static final int FULL_SUMMARY = 1500;

    /** The field that names the sessions closest in topic. */
    public static final String RELATED_FIELD = "Related";
    /** How many related sessions a card names. */
    public static final int RELATED = 3;
    private static final int RELATED_TITLE = 80;
    private static final int RELATED_SPEAKERS = 60;
    private static final int RELATED_URL = 150;

    private final Theme theme;

    public SessionCards(Theme theme) {
        this.theme = theme;
    }

    /**
     * The card.
     *
     * @param summaryRoom how many characters of the post's words to include (clipped at a word with "…")
     */
    public MessageEmbed card(ContentModel model, Session session, int summaryRoom) {
        Event event = model.eventOf(session);
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(theme.colour(session.kind()))
                .setAuthor(UserText.clip(event.name() + " · " + Wording.when(session), DiscordLimits.AUTHOR_NAME));
        String title = UserText.clip(session.title(), DiscordLimits.EMBED_TITLE);
        if (session.hasSlides() && linkable(session.slides().url(), DiscordLimits.EMBED_URL)) {
            embed.setTitle(title, session.slides().url());
        } else {
            embed.setTitle(title);
        }
        StringBuilder description = new StringBuilder();
        if (!session.titleInPost().equals(session.title())) {
            description.append("*In the post:* “").append(Markdown.md(session.titleInPost())).append("”\n");
        }
        if (summaryRoom > 0) {
            description.append(quote(Markdown.md(clipAtWord(session.summary(), summaryRoom))));
        }
        if (description.length() > 0) {
            embed.setDescription(UserText.clip(description.toString(), DiscordLimits.EMBED_DESCRIPTION));
        }
        embed.addField(session.kind() == SessionKind.BOF ? "Participants" : speakerLabel(session),
                Wording.speakersOrNobody(model, session), true);
        embed.addField("When", Wording.when(session), true);
        embed.addField("Kind", Wording.kindLabel(session.kind()), true);
        embed.addField("Slides", session.hasSlides()
                ? Markdown.link(session.slides().format(), session.slides().url())
                : "None published", true);
        embed.setFooter(UserText.clip(Wording.source(event), DiscordLimits.FOOTER));
        return embed.build();
    }

    /** The card, ending with the {@link #RELATED_FIELD} field when the session has related sessions. */
    public MessageEmbed card(Library library, Session session, int summaryRoom) {
        MessageEmbed card = card(library.model(), session, summaryRoom);
        return withRelated(new EmbedBuilder(card), library, session).build();
    }

    /**
     * Adds the {@link #RELATED_FIELD} field: up to {@link #RELATED} sessions closest in topic, each its title
     * (linked to its slides) and speakers. Nothing when none is close enough: no field beats a noisy one.
     */
    EmbedBuilder withRelated(EmbedBuilder embed, Library library, Session session) {
        List<Session> related = library.related().of(session, RELATED);
        StringBuilder value = new StringBuilder();
        for (Session other : related) {
            String title = UserText.clip(other.title(), RELATED_TITLE);
            // A long link would crowd out the others: three lines must fit one field.
            String shown = other.hasSlides() && other.slides().url().length() <= RELATED_URL
                    ? Markdown.link(title, other.slides().url()) : Markdown.md(title);
            String line = "• **" + shown + "** — "
                    + UserText.clip(Wording.speakersOrNobody(library.model(), other), RELATED_SPEAKERS) + "\n";
            if (value.length() + line.length() > DiscordLimits.FIELD_VALUE) {
                break;
            }
            value.append(line);
        }
        return value.length() == 0 ? embed : embed.addField(RELATED_FIELD, value.toString().strip(), false);
    }

    /**
     * The rows under a card: the link buttons, then, on a row of its own, the menu that opens a related
     * session in place (see {@link RelatedMenu}).
     */
    public List<ActionRow> components(Library library, Session session) {
        List<ActionRow> rows = new ArrayList<>(buttons(library.model(), session));
        relatedMenu(library, session).ifPresent(rows::add);
        return rows;
    }

    /** The related-sessions menu alone, on its own row; none when the session has no related sessions. */
    Optional<ActionRow> relatedMenu(Library library, Session session) {
        return RelatedMenu.of(library.model(), library.related().of(session, RELATED), session);
    }

    /** Link buttons for the slides and the event's page, as one action row (or none). */
    public List<ActionRow> buttons(ContentModel model, Session session) {
        List<Button> buttons = new ArrayList<>();
        if (session.hasSlides() && linkable(session.slides().url(), DiscordLimits.LINK_BUTTON_URL)) {
            buttons.add(Button.link(session.slides().url(), "Slides (" + session.slides().format() + ")"));
        }
        String forumPage = model.eventOf(session).report().forumPage();
        if (forumPage != null && linkable(forumPage, DiscordLimits.LINK_BUTTON_URL)) {
            buttons.add(Button.link(forumPage, "Forum page"));
        }
        return buttons.isEmpty() ? List.of() : List.of(ActionRow.of(buttons));
    }

    private static String speakerLabel(Session session) {
        return session.speakers().size() == 1 ? "Speaker" : "Speakers";
    }

    static boolean linkable(String url, int max) {
        return url != null && url.length() <= max && (url.startsWith("https://") || url.startsWith("http://"));
    }

    static String clipAtWord(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    private static String quote(String text) {
        return "> " + text.replace("\n", "\n> ");
    }
}
