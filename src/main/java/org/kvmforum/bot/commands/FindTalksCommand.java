package org.kvmforum.bot.commands;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.kvmforum.bot.answer.Answer;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.wording.Wording;

/**
 * "Find talks", in the Apps menu of any message: the sessions and people the message's text is about, as
 * {@code /ask} reads it, answered privately so the channel is not filled with the bot's lists. The message's
 * text arrives as the option {@link SlashCommand#TARGET}.
 */
public final class FindTalksCommand extends SlashCommand {
    public static final String NAME = "Find talks";
    /** More than this, and the message is about the whole program rather than some talks. */
    static final int MAX_SESSIONS = 10;

    public FindTalksCommand(CommandContext context) {
        super(context, Commands.message(NAME), "On any message (Apps menu): the talks and people it mentions, "
                        + "privately",
                examples -> "context \"" + NAME + "\" who is giving the " + examples.session() + " talk?",
                Replies.SAME_FOR_SAME_OPTIONS);
    }

    @Override
    public Reply execute(CommandRequest request, Library library) {
        String text = request.option(TARGET, "");
        if (text.isBlank()) {
            return Notices.notice(context.theme().info(), "Nothing to look in",
                    "This message has no text to look in (only pictures, embeds or files).");
        }
        List<Session> sessions = sessionsIn(library, text);
        if (sessions.isEmpty()) {
            return Notices.notice(context.theme().info(), "Nothing from the post",
                    "This message mentions nothing from the post: no session or speaker it describes.");
        }
        return Reply.ephemeral(new MessageCreateBuilder().setEmbeds(list(library.model(), sessions)).build());
    }

    /**
     * The sessions the text is about: whatever the answerer rests its answer on. The one place that asks it, so
     * a change in the answerer's API is a change here. A text it cannot answer ("hello all") is about nothing,
     * even when it offers the closest sessions: those are guesses, and this is not a search.
     */
    private static List<Session> sessionsIn(Library library, String text) {
        Answer answer = library.answers().answer(text);
        return answer.answered() ? answer.sessions() : List.of();
    }

    private MessageEmbed list(ContentModel model, List<Session> sessions) {
        StringBuilder lines = new StringBuilder();
        Set<String> people = new LinkedHashSet<>();
        List<Session> shown = sessions.subList(0, Math.min(MAX_SESSIONS, sessions.size()));
        for (Session session : shown) {
            String title = session.hasSlides() ? Markdown.link(session.title(), session.slides().url())
                    : Markdown.md(session.title());
            lines.append("• **").append(title).append("** — ").append(Wording.speakersOrNobody(model, session))
                    .append(" · ").append(EventScope.eventPrefix(model, session))
                    .append(Wording.when(session)).append('\n');
            for (Person person : model.speakersOf(session)) {
                people.add(person.name());
            }
        }
        if (sessions.size() > shown.size()) {
            lines.append("…and ").append(sessions.size() - shown.size()).append(" more: /search shows them all.\n");
        }
        EmbedBuilder embed = new EmbedBuilder().setColor(context.theme().info())
                .setTitle(sessions.size() == 1 ? "The session this message is about"
                        : "The sessions this message is about")
                .setDescription(UserText.clip(lines.toString().strip(), DiscordLimits.EMBED_DESCRIPTION));
        if (!people.isEmpty()) {
            embed.addField(people.size() == 1 ? "Person" : "People",
                    UserText.clip(Markdown.md(Wording.names(new ArrayList<>(people))), DiscordLimits.FIELD_VALUE),
                    false);
        }
        embed.setFooter(UserText.clip("Titles link to the slides · "
                + Wording.source(model.eventOf(shown.get(0))), DiscordLimits.FOOTER));
        return embed.build();
    }
}
