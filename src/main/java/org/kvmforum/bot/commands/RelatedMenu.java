package org.kvmforum.bot.commands;

import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.wording.Wording;

/**
 * The select menu under a session's card that opens one of its related sessions in place.
 *
 * <p>The menu's id is {@code related:<session id>} and each option's value a session's id: nothing about who
 * asked, so the card is the same for everyone and /talk's reply stays cacheable per options and content. Who
 * may choose is decided at choice time from the message itself: Discord tells, with every component
 * interaction, which user's interaction the message answered, and only that user may change it. (Carrying the
 * asker in the id, as /schedule's buttons do, would make every card a reply of its own, and the cache useless.)
 * Ids are looked up in the content being served, so a session gone after a reload is a clear "no longer in the
 * post" rather than a wrong card.
 */
public final class RelatedMenu {
    /** The custom id's first part, by which the router knows the menu. */
    public static final String PREFIX = "related:";

    private final Theme theme;
    private final SessionCards cards;

    RelatedMenu(Theme theme, SessionCards cards) {
        this.theme = theme;
        this.cards = cards;
    }

    /** The menu, on a row of its own, listing the session's related sessions; none when it has none. */
    static Optional<ActionRow> of(ContentModel model, List<Session> related, Session session) {
        String id = PREFIX + session.id();
        List<SelectOption> options = related.stream()
                .filter(other -> other.id().length() <= DiscordLimits.SELECT_OPTION_TEXT)
                .map(other -> SelectOption.of(UserText.clip(other.title(), DiscordLimits.SELECT_OPTION_TEXT), other.id())
                        .withDescription(UserText.clip(Wording.speakersOrNobody(model, other) + " · "
                                + Wording.shortWhen(other), DiscordLimits.SELECT_OPTION_TEXT)))
                .toList();
        if (options.isEmpty() || id.length() > DiscordLimits.CUSTOM_ID) {
            return Optional.empty();
        }
        return Optional.of(ActionRow.of(StringSelectMenu.create(id).setPlaceholder("Related sessions")
                .addOptions(options).build()));
    }

    /** Opens the chosen session's card in place, for the asker only. */
    ButtonReply choose(SelectRequest request, Library library) {
        if (request.askerId() == null || !request.askerId().equals(request.userId())) {
            return new ButtonReply.Answer(Notices.notice(theme.info(), "Not your card",
                    "Only the person who asked can open related sessions on this card. Use /talk to get your own."));
        }
        Optional<Session> chosen = request.values().size() == 1
                ? library.model().session(request.values().get(0)) : Optional.empty();
        if (chosen.isEmpty()) {
            return new ButtonReply.Answer(Notices.notice(theme.info(), "Session not found",
                    "That session is no longer in the post (it has been reloaded since); run /talk again."));
        }
        Session session = chosen.get();
        MessageEmbed card = cards.card(library, session, SessionCards.FULL_SUMMARY);
        return new ButtonReply.Update(new MessageEditBuilder().setContent("").setEmbeds(card)
                .setComponents(cards.components(library, session)).build());
    }
}
