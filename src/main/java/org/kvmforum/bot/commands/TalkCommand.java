package org.kvmforum.bot.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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

    private final Supplier<Library> library;
    private final SessionCards cards;
    private final Theme theme;

    public TalkCommand(Supplier<Library> library, Theme theme) {
        super("talk", "Show a talk, keynote, lightning talk or BOF: its speakers, time, slides and the post's words");
        definition().addOptions(new OptionData(OptionType.STRING, QUERY,
                "Title, speaker or topic (pick a suggestion or type freely)", true, true)
                .setMaxLength(DiscordLimits.STRING_OPTION_MAX_LENGTH));
        this.library = library;
        this.cards = new SessionCards(theme);
        this.theme = theme;
    }

    @Override
    public Reply execute(CommandRequest request) {
        Library current = library.get();
        String query = request.option(QUERY, "");
        SessionLookup lookup = SessionLookup.resolve(current, query);
        if (!lookup.found()) {
            return notFound(current.model(), "session", query, lookup.suggestions(), theme);
        }
        return Reply.visible(cardReply(current.model(), lookup, query));
    }

    private net.dv8tion.jda.api.utils.messages.MessageCreateData cardReply(ContentModel model, SessionLookup lookup,
                                                                            String query) {
        MessageEmbed card = cards.card(model, lookup.best(), SessionCards.FULL_SUMMARY);
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
        message.setEmbeds(card).setComponents(cards.buttons(model, lookup.best()));
        return message.build();
    }

    @Override
    public List<Command.Choice> autocomplete(AutocompleteRequest request) {
        return SessionChoices.suggest(library.get(), request.typed());
    }

    /** The ephemeral "not found" shared by the session commands, offering the closest candidates. */
    static Reply notFound(ContentModel model, String what, String query, List<Session> suggestions, Theme theme) {
        StringBuilder text = new StringBuilder();
        if (query.isBlank()) {
            text.append("Tell me which ").append(what).append(": start typing a title, a speaker or a topic.");
        } else {
            text.append("The post mentions no ").append(what).append(" matching “")
                    .append(UserText.echo(query, 200)).append("”.");
        }
        if (!suggestions.isEmpty()) {
            text.append("\n\nClosest sessions:");
            for (Session session : suggestions) {
                text.append("\n• **").append(Markdown.md(session.title())).append("** — ")
                        .append(Wording.speakersOrNobody(model, session)).append(" (")
                        .append(Wording.shortWhen(session)).append(")");
            }
        } else {
            text.append("\n\nTry /search with other words, or /schedule for the whole program.");
        }
        EmbedBuilder embed = new EmbedBuilder().setColor(theme.info()).setTitle("Not found")
                .setDescription(UserText.clip(text.toString(), DiscordLimits.EMBED_DESCRIPTION));
        return Reply.ephemeral(new MessageCreateBuilder().setEmbeds(embed.build()).build());
    }

    @Override
    public Long replyGeneration() {
        return library.get().generation();
    }
}
