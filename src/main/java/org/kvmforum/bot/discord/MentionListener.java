package org.kvmforum.bot.discord;

import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.kvmforum.bot.commands.AskCommand;
import org.kvmforum.bot.commands.CommandRequest;
import org.kvmforum.bot.commands.CommandRouter;
import org.kvmforum.bot.commands.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "@bot" followed by a question: a message that mentions the bot is asked as {@code /ask}, through the same
 * router, and answered in a reply to the message. Messages from bots, and messages that do not mention this
 * bot directly (@everyone, roles), are ignored. Discord includes the text of a message that mentions the bot
 * even without the privileged message-content intent, so only the guild-messages intent is needed.
 */
final class MentionListener extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(MentionListener.class);

    private final CommandRouter router;
    private final ExecutorService workers;
    private final InFlight inFlight;

    MentionListener(CommandRouter router, ExecutorService workers, InFlight inFlight) {
        this.router = router;
        this.workers = workers;
        this.inFlight = inFlight;
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        User author = event.getAuthor();
        if (author.isBot() || event.isWebhookMessage() || router.command(AskCommand.NAME) == null) {
            return;
        }
        User self = event.getJDA().getSelfUser();
        Message message = event.getMessage();
        if (!message.getMentions().isMentioned(self, Message.MentionType.USER)) {
            return;
        }
        String question = withoutMentionOf(message.getContentRaw(), self.getId());
        inFlight.run(workers, "mention in channel " + event.getChannel().getId(), () -> answer(event, question));
    }

    private CompletableFuture<?> answer(MessageReceivedEvent event, String question) {
        String guildId = event.isFromGuild() ? event.getGuild().getId() : null;
        CommandRequest request = new CommandRequest(AskCommand.NAME,
                question.isBlank() ? Map.of() : Map.of(AskCommand.QUESTION, question), event.getAuthor().getId(), guildId, false);
        Reply reply = router.execute(request);
        // A channel message cannot be private; it replies to the question without pinging its author.
        // Nor does it answer anyone's interaction, so nobody could be told apart as its asker: the related
        // sessions stay named on the card, without the menu that only the asker may use.
        MessageCreateData message = new MessageCreateBuilder().applyData(reply.message())
                .setComponents(reply.message().getComponents().stream()
                        .filter(row -> !(row instanceof ActionRow actions)
                                || actions.getComponents().stream().noneMatch(c -> c instanceof StringSelectMenu))
                        .toList())
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).build();
        log.debug("mention by user {} in guild {} answered", request.userId(), guildId);
        return event.getMessage().reply(message).mentionRepliedUser(false).submit().whenComplete((sent, failure) -> {
            if (failure != null) {
                log.warn("answer to a mention in channel {} was not delivered: {}", event.getChannel().getId(),
                        failure.toString());
            }
        });
    }

    /** The message text with the bot's own mention(s) taken out. */
    static String withoutMentionOf(String raw, String selfId) {
        String text = raw.replaceAll("<@!?" + Pattern.quote(selfId) + ">", " ");
        return text.strip().replaceAll("\\s+", " ");
    }
}
