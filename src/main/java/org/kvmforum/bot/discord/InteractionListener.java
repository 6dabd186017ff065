package org.kvmforum.bot.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.components.MessageTopLevelComponentUnion;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.GenericCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.GenericComponentInteractionCreateEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.kvmforum.bot.commands.AutocompleteRequest;
import org.kvmforum.bot.commands.ButtonReply;
import org.kvmforum.bot.commands.ButtonRequest;
import org.kvmforum.bot.commands.CommandRequest;
import org.kvmforum.bot.commands.CommandRouter;
import org.kvmforum.bot.commands.Reply;
import org.kvmforum.bot.commands.SelectRequest;
import org.kvmforum.bot.commands.UserText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one JDA listener for interactions. It never works on JDA's gateway thread: each event goes to the
 * worker pool, where the reply is built and checked in full before the interaction is acknowledged, so a bug
 * becomes a plain error message instead of "The application did not respond".
 */
final class InteractionListener extends ListenerAdapter {
    private static final Logger log = LoggerFactory.getLogger(InteractionListener.class);

    private final CommandRouter router;
    private final ExecutorService workers;
    private final ButtonExpiry expiry;
    private final InFlight inFlight;

    InteractionListener(CommandRouter router, ExecutorService workers, ScheduledExecutorService timers,
                        InFlight inFlight) {
        this.router = router;
        this.workers = workers;
        this.expiry = new ButtonExpiry(timers, ButtonExpiry.MAX_PENDING);
        this.inFlight = inFlight;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        submit("/" + event.getName(), () -> answer(event, RequestMapper.command(event)));
    }

    /** "Find talks" and any other message command: routed by name, like a slash command. */
    @Override
    public void onMessageContextInteraction(MessageContextInteractionEvent event) {
        submit(event.getName(), () -> answer(event, RequestMapper.messageCommand(event)));
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        submit("autocomplete /" + event.getName(), () -> {
            AutocompleteRequest request = RequestMapper.autocomplete(event);
            return event.replyChoices(router.autocomplete(request)).submit().whenComplete((done, failure) -> {
                if (failure != null) {
                    log.warn("autocomplete for /{} {} was not delivered: {}", request.command(), request.option(),
                            failure.toString());
                }
            });
        });
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        submit("button", () -> click(event));
    }

    /** The related-sessions menu under a card: answered like a button, by editing the card or privately. */
    @Override
    public void onStringSelectInteraction(StringSelectInteractionEvent event) {
        submit("select menu", () -> {
            SelectRequest request = RequestMapper.select(event);
            return deliver(event, router.select(request), request.customId(), request.userId());
        });
    }

    private void submit(String what, Supplier<CompletableFuture<?>> work) {
        inFlight.run(workers, what, work);
    }

    private CompletableFuture<?> answer(GenericCommandInteractionEvent event, CommandRequest request) {
        long start = System.nanoTime();
        CompletableFuture<?> delivery;
        if (router.isSlow(request.name())) {
            // Acknowledge first: the work may outlast Discord's 3 seconds. Slow commands reply privately.
            event.deferReply(true).submit().whenComplete((hook, failure) -> {
                if (failure != null) {
                    log.warn("/{} could not be deferred: {}", request.name(), failure.toString());
                }
            });
            Reply reply = router.execute(request);
            MessageEditData edit = new MessageEditBuilder().applyCreateData(reply.message())
                    .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).build();
            delivery = event.getHook().editOriginal(edit).submit();
        } else {
            Reply reply = router.execute(request);
            delivery = event.reply(reply.message()).setEphemeral(reply.ephemeral()).submit()
                    .thenAccept(hook -> scheduleButtonExpiry(hook, reply));
        }
        if (log.isDebugEnabled()) {
            log.debug("/{} {} by user {} in guild {} answered in {} µs", request.name(),
                    UserText.forLog(request.options(), 300),
                    request.userId(), request.guildId(), (System.nanoTime() - start) / 1000);
        }
        return delivery.whenComplete((done, failure) -> {
            if (failure != null) {
                log.error("/{} for user {} in guild {}: the answer was not delivered: {}", request.name(),
                        request.userId(), request.guildId(), failure.toString());
            }
        });
    }

    private CompletableFuture<?> click(ButtonInteractionEvent event) {
        ButtonRequest request = RequestMapper.button(event);
        log.debug("button {} by user {} in guild {}", UserText.forLog(request.customId(), 120), request.userId(),
                request.guildId());
        return deliver(event, router.click(request), request.customId(), request.userId());
    }

    /** Edits the message the component sits on, or answers with a message of its own. */
    private CompletableFuture<?> deliver(GenericComponentInteractionCreateEvent event, ButtonReply reply,
                                         String customId, String userId) {
        CompletableFuture<?> delivery;
        if (reply instanceof ButtonReply.Update update) {
            delivery = event.editMessage(update.edit()).submit();
        } else {
            Reply answer = ((ButtonReply.Answer) reply).reply();
            delivery = event.reply(answer.message()).setEphemeral(answer.ephemeral()).submit();
        }
        return delivery.whenComplete((done, failure) -> {
            if (failure != null) {
                log.warn("component {} by user {}: the answer was not delivered: {}",
                        UserText.forLog(customId, 120), userId, failure.toString());
            }
        });
    }

    /**
     * Disables a reply's buttons shortly before Discord's interaction token expires, while fewer than
     * {@link ButtonExpiry#MAX_PENDING} replies wait for it; past that the buttons stay, and a late click is
     * answered as expired by the command.
     */
    private void scheduleButtonExpiry(InteractionHook hook, Reply reply) {
        Duration after = reply.disableButtonsAfter();
        if (after == null || reply.message().getComponents().isEmpty()) {
            return;
        }
        List<MessageTopLevelComponent> disabled = new ArrayList<>();
        for (MessageTopLevelComponentUnion component : reply.message().getComponents()) {
            if (component instanceof ActionRow row) {
                disabled.add(row.withDisabled(true));
            } else {
                disabled.add(component);
            }
        }
        boolean scheduled = expiry.schedule(after, () -> hook.editOriginalComponents(disabled).queue(null,
                failure -> log.debug("could not disable expired buttons: {}", failure.toString())));
        if (!scheduled) {
            log.debug("buttons left on ({} switch-offs pending, or shutting down); a late click says expired",
                    expiry.pending());
        }
    }
}
