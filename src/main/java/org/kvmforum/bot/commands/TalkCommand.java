package org.kvmforum.bot.commands;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.wording.Wording;

/** {@code /talk query}: one session's card, found by id (autocomplete) or by searching free text. */
public final class TalkCommand extends SessionCommand {
    static final String QUERY = "query";

    public TalkCommand(CommandContext context) {
        super(context, "talk",
                "Show a talk, keynote, lightning talk or BOF: its speakers, time, slides and the post's words",
                examples -> "/talk query:" + examples.session(), QUERY, "Title, speaker or topic (pick a suggestion or type freely)");
    }

    @Override
    Reply found(Library library, SessionLookup lookup, String query) {
        MessageEmbed card = context.cards().card(library, lookup.best(), SessionCards.FULL_SUMMARY);
        MessageCreateBuilder message = new MessageCreateBuilder();
        if (!lookup.byId()) {
            StringBuilder note = new StringBuilder("Best match for “").append(UserText.echo(query, 100)).append("”");
            if (!lookup.closeMatches().isEmpty()) {
                List<String> titles = new ArrayList<>();
                for (Session other : lookup.closeMatches()) {
                    titles.add("**" + Markdown.md(other.title()) + "** (" + Wording.shortWhen(other) + ")");
                }
                note.append(". Also close: ").append(String.join(", ", titles));
            }
            message.setContent(UserText.clip(note.toString(), DiscordLimits.CONTENT));
        }
        message.setEmbeds(card).setComponents(context.cards().components(library, lookup.best()));
        return Reply.visible(message.build());
    }
}
