package org.kvmforum.bot.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.components.MessageTopLevelComponentUnion;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
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
    private final ScheduledExecutorService timers;
    private final InFlight inFlight;

    InteractionListener(CommandRouter router, ExecutorService workers, ScheduledExecutorService timers,
                        InFlight inFlight) {
        this.router = router;
        this.workers = workers;
        this.timers = timers;
        this.inFlight = inFlight;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        submit("/" + event.getName(), () -> answer(event));
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        submit("autocomplete /" + event.getName(), () -> {
            AutocompleteRequest request = RequestMapper.autocomplete(event);
            event.replyChoices(router.autocomplete(request)).queue(null,
                    failure -> log.warn("autocomplete for /{} {} was not delivered: {}", request.command(),
                            request.option(), failure.toString()));
        });
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        submit("button", () -> click(event));
    }

    private void submit(String what, Runnable work) {
        inFlight.begin();
        try {
            workers.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.error("{} failed outside the command router", what, e);
                } finally {
                    inFlight.end();
                }
            });
        } catch (RejectedExecutionException e) {
            inFlight.end();
            log.warn("{} arrived during shutdown and was not answered", what);
        }
    }

    private void answer(SlashCommandInteractionEvent event) {
        CommandRequest request = RequestMapper.command(event);
        long start = System.nanoTime();
        if (router.isSlow(request.name())) {
            // Acknowledge first: the work may outlast Discord's 3 seconds. Slow commands reply privately.
            event.deferReply(true).queue(null, failure -> log.warn("/{} could not be deferred: {}",
                    request.name(), failure.toString()));
            Reply reply = router.execute(request);
            MessageEditData edit = new MessageEditBuilder().applyCreateData(reply.message())
                    .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).build();
            event.getHook().editOriginal(edit).queue(null, failure -> log.error(
                    "/{} for user {} in guild {}: the answer was not delivered: {}", request.name(),
                    request.userId(), request.guildId(), failure.toString()));
        } else {
            Reply reply = router.execute(request);
            event.reply(reply.message()).setEphemeral(reply.ephemeral()).queue(
                    hook -> scheduleButtonExpiry(hook, reply),
                    failure -> log.error("/{} for user {} in guild {}: the answer was not delivered: {}",
                            request.name(), request.userId(), request.guildId(), failure.toString()));
        }
        if (log.isDebugEnabled()) {
            log.debug("/{} {} by user {} in guild {} answered in {} µs", request.name(),
                    UserText.forLog(request.options(), 300),
                    request.userId(), request.guildId(), (System.nanoTime() - start) / 1000);
        }
    }

    private void click(ButtonInteractionEvent event) {
        ButtonRequest request = RequestMapper.button(event);
        ButtonReply reply = router.click(request);
        if (reply instanceof ButtonReply.Update update) {
            event.editMessage(update.edit()).queue(null, failure -> log.warn(
                    "button {} by user {}: the page was not delivered: {}", request.customId(), request.userId(),
                    failure.toString()));
        } else {
            Reply answer = ((ButtonReply.Answer) reply).reply();
            event.reply(answer.message()).setEphemeral(answer.ephemeral()).queue(null, failure -> log.warn(
                    "button {} by user {}: the answer was not delivered: {}", request.customId(),
                    request.userId(), failure.toString()));
        }
        log.debug("button {} by user {} in guild {}", UserText.forLog(request.customId(), 120), request.userId(),
                request.guildId());
    }

    /** Disables a reply's buttons shortly before Discord's interaction token expires. */
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
        try {
            timers.schedule(() -> hook.editOriginalComponents(disabled).queue(null,
                    failure -> log.debug("could not disable expired buttons: {}", failure.toString())),
                    after.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("shutting down: expired buttons stay as they are");
        }
    }
}
