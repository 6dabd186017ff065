package org.kvmforum.bot.commands;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.wording.Wording;

/** {@code /talk query}: one session's card, found by id (autocomplete) or by searching free text. */
public final class TalkCommand extends SlashCommand {
    static final String QUERY = "query";

    public TalkCommand(CommandContext context) {
        super(context, "talk",
                "Show a talk, keynote, lightning talk or BOF: its speakers, time, slides and the post's words",
                "/talk query:virtio-scsi", Replies.SAME_FOR_SAME_OPTIONS);
        definition().addOptions(new OptionData(OptionType.STRING, QUERY,
                "Title, speaker or topic (pick a suggestion or type freely)", true, true)
                .setMaxLength(DiscordLimits.STRING_OPTION_MAX_LENGTH));
    }

    @Override
    public Reply execute(CommandRequest request) {
        Library current = context.library();
        String query = request.option(QUERY, "");
        SessionLookup lookup = SessionLookup.resolve(current, query);
        if (!lookup.found()) {
            return Notices.noSession(context.theme(), current.model(), query, lookup.suggestions());
        }
        return Reply.visible(cardReply(current.model(), lookup, query));
    }

    private net.dv8tion.jda.api.utils.messages.MessageCreateData cardReply(ContentModel model, SessionLookup lookup,
                                                                            String query) {
        MessageEmbed card = context.cards().card(model, lookup.best(), SessionCards.FULL_SUMMARY);
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
        message.setEmbeds(card).setComponents(context.cards().buttons(model, lookup.best()));
        return message.build();
    }

    @Override
    public List<Command.Choice> autocomplete(AutocompleteRequest request) {
        return SessionChoices.suggest(context.library(), request.typed());
    }
}
