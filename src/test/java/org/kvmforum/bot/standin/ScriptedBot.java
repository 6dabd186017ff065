package org.kvmforum.bot.standin;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/**
 * A test bot with one behaviour per command name, to exercise each way JDA answers: echo of typed
 * options, deferred reply then edit, deferred reply then followup, button update, deferred update,
 * which shard answered, and a reply to a message that mentions the bot.
 *
 * <p>It also counts how its last request of each exchange ended, so a test can check that JDA
 * accepted the stand-in's answers (the message objects it parses), not only that they were sent.
 */
final class ScriptedBot extends ListenerAdapter {
    static final String ECHO = "echo";
    static final String DEFER_THEN_EDIT = "slow";
    static final String DEFER_THEN_FOLLOWUP = "later";
    static final String WHICH_SHARD = "where";
    static final String BUTTON_UPDATE = "update";
    static final String BUTTON_DEFER_UPDATE = "defer-update";
    static final String MESSAGE_REPLY = "pong";

    private final AtomicInteger succeeded = new AtomicInteger();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    /** Waits until {@code count} exchanges ended well; fails at once on any failure. */
    void awaitSucceeded(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (succeeded.get() < count && failures.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("JDA rejected an answer of the stand-in", failures.get(0));
        }
        if (succeeded.get() < count) {
            throw new AssertionError(succeeded.get() + " of " + count + " exchanges ended within " + timeout);
        }
    }

    private <T> Consumer<T> ok() {
        return result -> succeeded.incrementAndGet();
    }

    private Consumer<Throwable> failed() {
        return failures::add;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        switch (event.getName()) {
            case ECHO -> event.reply(describe(event)).queue(ok(), failed());
            case DEFER_THEN_EDIT -> event.deferReply()
                    .queue(hook -> hook.editOriginal("done").queue(ok(), failed()), failed());
            case DEFER_THEN_FOLLOWUP -> event.deferReply()
                    .queue(hook -> hook.sendMessage("followed up").queue(ok(), failed()), failed());
            case WHICH_SHARD -> event.reply("shard " + event.getJDA().getShardInfo().getShardId())
                    .queue(ok(), failed());
            default -> event.reply("unknown command " + event.getName()).queue(ok(), failed());
        }
    }

    /** Option values as JDA typed them, e.g. {@code text=hi(STRING) count=3(INTEGER)}. */
    private static String describe(SlashCommandInteractionEvent event) {
        return event.getOptions().stream()
                .map(ScriptedBot::describe)
                .collect(Collectors.joining(" "));
    }

    private static String describe(OptionMapping option) {
        String value = switch (option.getType()) {
            case INTEGER -> Long.toString(option.getAsLong());
            case BOOLEAN -> Boolean.toString(option.getAsBoolean());
            default -> option.getAsString();
        };
        return option.getName() + "=" + value + "(" + option.getType() + ")";
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        switch (event.getComponentId()) {
            case BUTTON_UPDATE -> event.editMessage("clicked").queue(ok(), failed());
            case BUTTON_DEFER_UPDATE -> event.deferEdit()
                    .queue(hook -> hook.editOriginal("edited later").queue(ok(), failed()), failed());
            default -> event.reply("unknown button").setEphemeral(true).queue(ok(), failed());
        }
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        boolean mentioned = event.getMessage().getMentions().isMentioned(event.getJDA().getSelfUser());
        if (!event.getAuthor().isBot() && mentioned) {
            event.getMessage().reply(MESSAGE_REPLY).queue(ok(), failed());
        }
    }
}
