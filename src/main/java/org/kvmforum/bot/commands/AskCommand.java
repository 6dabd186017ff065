package org.kvmforum.bot.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.kvmforum.bot.answer.Answer;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.wording.Wording;

/**
 * {@code /ask question} (and "@bot …" mentions): a question in plain words, answered from the post. The reply
 * is the answer's sentence followed by the card of each session it rests on. When the post does not answer
 * the question, the reply is private and says so plainly, offering the closest sessions if there are any.
 */
public final class AskCommand extends SlashCommand {
    /** The command's and its option's names: "@bot …" mentions are asked through them. */
    public static final String NAME = "ask";
    public static final String QUESTION = "question";

    /** More sessions than this are shown as one list instead of cards. */
    static final int MAX_CARDS = 5;

    /** Room left under Discord's 6000 characters across embeds, for safety. */
    private static final int EMBED_BUDGET = 5_800;

    /** A URL in an answer, without the punctuation that may follow it in a sentence. */
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"\u201c\u201d]*[^\\s<>\"\u201c\u201d.,;:!?)]");

    public AskCommand(CommandContext context) {
        super(context, NAME, "Ask a question about the forum in plain words",
                examples -> "/ask question:who gave the " + examples.session() + " talk?", Replies.SAME_FOR_SAME_OPTIONS);
        addTextOption(QUESTION, "Who gave a talk, where its slides are, what opened a day, where the forum was…",
                false);
    }

    @Override
    public Reply execute(CommandRequest request, Library library) {
        String question = request.option(QUESTION, "");
        if (question.isBlank()) {
            return blankQuestion(library);
        }
        Answer answer = library.answers().answer(question);
        return answer.answered()
                ? answered(library, answer)
                : notAnswered(library.model(), question, answer);
    }

    /** How to ask, with examples from the latest event (never names of the code's own). */
    private Reply blankQuestion(Library library) {
        Examples examples = Examples.of(library.model());
        String name = library.model().latest().name();
        return Notices.notice(context.theme().info(), "Ask me something",
                UserText.clip("Ask a question about " + Markdown.md(name) + " in plain words, for example:\n"
                        + "• `/ask question:who gave the " + examples.session() + " talk?`\n"
                        + "• `/ask question:where are the slides for the " + examples.slides() + " talk?`\n"
                        + "• `/ask question:what opened day " + examples.day() + "?`\n"
                        + "You can also mention the bot with your question.", DiscordLimits.EMBED_DESCRIPTION));
    }

    private Reply answered(Library library, Answer answer) {
        ContentModel model = library.model();
        MessageCreateBuilder message = new MessageCreateBuilder()
                .setContent(UserText.clip(markdown(answer.text()), DiscordLimits.CONTENT));
        List<Session> sessions = answer.sessions();
        if (sessions.size() == 1) {
            message.setEmbeds(cardsFitting(library, sessions))
                    .setComponents(context.cards().components(library, sessions.get(0)));
        } else if (sessions.size() <= MAX_CARDS && !sessions.isEmpty()) {
            message.setEmbeds(cardsFitting(library, sessions));
            slidesButtons(sessions).ifPresent(message::setComponents);
        } else if (!sessions.isEmpty()) {
            message.setEmbeds(list(model, sessions));
        }
        return Reply.visible(message.build());
    }

    private Reply notAnswered(ContentModel model, String question, Answer answer) {
        StringBuilder text = new StringBuilder("You asked: \u201c").append(UserText.echo(question, 300))
                .append("\u201d\n\n").append(markdown(answer.text()));
        if (!answer.sessions().isEmpty()) {
            text.append("\n\n**Closest in the post:**");
            for (Session session : answer.sessions().subList(0, Math.min(MAX_CARDS, answer.sessions().size()))) {
                text.append("\n• ").append(Notices.sessionLine(model, session, Wording.when(session)));
            }
        }
        return Notices.notice(context.theme().info(), "Not in the post", text.toString());
    }

    /**
     * The cards, each with as much of the post's words as lets them all fit: the whole paragraph for one
     * card, less for several, none if even that is too much.
     */
    private List<MessageEmbed> cardsFitting(Library library, List<Session> sessions) {
        int room = sessions.size() == 1 ? SessionCards.FULL_SUMMARY : 2 * SessionCards.FULL_SUMMARY / sessions.size();
        while (true) {
            List<MessageEmbed> embeds = new ArrayList<>(sessions.size());
            int total = 0;
            for (Session session : sessions) {
                MessageEmbed card = context.cards().card(library, session, room);
                embeds.add(card);
                total += card.getLength();
            }
            if (total <= EMBED_BUDGET || room == 0) {
                return embeds;
            }
            room = room < 100 ? 0 : room / 2;
        }
    }

    /** One row of slides buttons for a few sessions (one button each, those with slides). */
    private static java.util.Optional<ActionRow> slidesButtons(List<Session> sessions) {
        List<Button> buttons = new ArrayList<>();
        for (Session session : sessions) {
            if (session.hasSlides() && SessionCards.linkable(session.slides().url(), DiscordLimits.LINK_BUTTON_URL)
                    && buttons.size() < DiscordLimits.BUTTONS_PER_ROW) {
                buttons.add(Button.link(session.slides().url(),
                        UserText.clip("Slides: " + session.title(), DiscordLimits.BUTTON_LABEL)));
            }
        }
        return buttons.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(ActionRow.of(buttons));
    }

    /** Many sessions as one list (split over embeds if long): title linked to the slides, speakers, when. */
    private List<MessageEmbed> list(ContentModel model, List<Session> sessions) {
        List<MessageEmbed> embeds = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        int used = 0;
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            String title = session.hasSlides() ? Markdown.link(session.title(), session.slides().url())
                    : Markdown.md(session.title());
            String line = "• **" + title + "** — " + Wording.speakersOrNobody(model, session) + " · "
                    + Wording.when(session) + " · " + Wording.kindLabel(session.kind()) + "\n";
            if (used + description.length() + line.length() > EMBED_BUDGET - 200) {
                description.append("…and ").append(sessions.size() - i).append(" more: /schedule shows them all.");
                break;
            }
            if (description.length() + line.length() > DiscordLimits.EMBED_DESCRIPTION - 100) {
                embeds.add(listEmbed(description.toString()));
                used += description.length();
                description.setLength(0);
            }
            description.append(line);
        }
        if (description.length() > 0) {
            embeds.add(listEmbed(description.toString()));
        }
        return embeds;
    }

    private MessageEmbed listEmbed(String description) {
        return new EmbedBuilder().setColor(context.theme().info()).setDescription(description.strip()).build();
    }

    /**
     * The answer's sentence as Markdown: the post's words escaped so they show as written, links left
     * exactly as the post has them (wrapped in angle brackets, so Discord shows no preview for each).
     */
    static String markdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        Matcher url = URL.matcher(text);
        int at = 0;
        while (url.find()) {
            out.append(Markdown.md(text.substring(at, url.start()))).append('<').append(url.group()).append('>');
            at = url.end();
        }
        return out.append(Markdown.md(text.substring(at))).toString();
    }
}
