package org.kvmforum.bot.commands;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.kvmforum.bot.library.Library;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each request to its command by name, and owns what every command shares: the per-user cooldown, the
 * admin check, the reply cache for commands that declare their replies {@link SlashCommand#cacheable()},
 * catching bugs so no stack trace reaches a user, allowing no mentions, and checking every reply against
 * Discord's limits before it leaves. Discord's listener and the console both come in here.
 */
public final class CommandRouter {
    private static final Logger log = LoggerFactory.getLogger(CommandRouter.class);

    private final Map<String, SlashCommand> commands;
    private final Cooldowns cooldowns;
    private final CommandContext context;
    private final Theme theme;
    /**
     * Replies that depend only on their options and the content (see {@link SlashCommand#cacheable()}), keyed
     * by the content's {@link Library#generation()}.
     * Chat repeats itself, and a served reply is immutable data, so answering again costs a lookup. Bounded in
     * size; entries of replaced content are never asked for again and age out.
     */
    private final Cache<ReplyKey, Reply> replies = Caffeine.newBuilder().maximumSize(10_000).build();
    /** Autocomplete choices of the same commands, cached the same way. */
    private final Cache<ChoicesKey, List<Command.Choice>> choices = Caffeine.newBuilder().maximumSize(10_000).build();
    private final RelatedMenu related;

    public CommandRouter(List<SlashCommand> commands, Cooldowns cooldowns, CommandContext context) {
        Map<String, SlashCommand> byName = new LinkedHashMap<>();
        for (SlashCommand command : commands) {
            if (byName.put(command.name(), command) != null) {
                throw new IllegalArgumentException("two commands named /" + command.name());
            }
            List<String> problems = ReplyLimits.violations(command.definition());
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("/" + command.name() + " breaks Discord's rules: " + problems);
            }
        }
        this.commands = Collections.unmodifiableMap(byName);
        this.cooldowns = cooldowns;
        this.context = context;
        this.theme = context.theme();
        this.related = new RelatedMenu(theme, context.cards());
    }

    /** The commands in registration order. */
    public List<SlashCommand> commands() {
        return new ArrayList<>(commands.values());
    }

    public SlashCommand command(String name) {
        return commands.get(name);
    }

    /** Whether the command should be acknowledged before it runs (see {@link SlashCommand#slow()}). */
    public boolean isSlow(String name) {
        SlashCommand command = commands.get(name);
        return command != null && command.slow();
    }

    /** Runs a command. Always returns a reply that may be sent as it is. */
    public Reply execute(CommandRequest request) {
        return withoutMentions(run(request));
    }

    private Reply run(CommandRequest request) {
        SlashCommand command = commands.get(request.name());
        if (command == null) {
            return Notices.error(theme, "Unknown command",
                    "There is no /" + UserText.echo(request.name(), 40) + ". Try /help.");
        }
        Duration wait = cooldowns.acquire(request.userId());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            log.debug("cooldown: user {} refused /{} for {} s", request.userId(), request.name(), seconds);
            return Notices.notice(theme.info(), "Slow down",
                    "You have sent a lot of commands in a short time. Try again in " + seconds
                            + (seconds == 1 ? " second." : " seconds."));
        }
        if (command.adminOnly() && !request.canManageServer()) {
            return Notices.error(theme, "Not allowed",
                    "/" + command.name() + " is for server admins (Manage Server permission).");
        }
        try {
            Library library = context.library();
            if (!command.cacheable()) {
                return checked(command.execute(request, library));
            }
            // A failure inside the loader propagates and is not cached.
            return replies.get(new ReplyKey(library.generation(), request.name(), request.options()),
                    key -> checked(command.execute(request, library)));
        } catch (RuntimeException e) {
            log.error("/{} failed for user {} in guild {} with options {}", request.name(), request.userId(),
                    request.guildId(), UserText.forLog(request.options(), 500), e);
            return Notices.internalError(theme);
        }
    }

    /**
     * The reply as it may be sent: allowing no mentions (so echoed text can never ping, whatever JDA's global
     * default is in this process) and within Discord's limits.
     */
    private static Reply checked(Reply reply) {
        Reply safe = withoutMentions(reply);
        ReplyLimits.require(safe.message());
        return safe;
    }

    /**
     * Nothing the bot sends may ping anyone. The process sets JDA's default to no mentions where it starts; this
     * holds the rule without it (a router built by a test, say), at the cost of a copy only when it is missing.
     */
    private static Reply withoutMentions(Reply reply) {
        if (reply.message().getAllowedMentions().isEmpty()) {
            return reply;
        }
        return new Reply(new MessageCreateBuilder().applyData(reply.message())
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).build(), reply.ephemeral(),
                reply.disableButtonsAfter());
    }

    private static List<Command.Choice> checkedChoices(List<Command.Choice> choices) {
        List<String> problems = ReplyLimits.violations(choices);
        if (!problems.isEmpty()) {
            throw new ReplyLimits.LimitViolation(problems);
        }
        return List.copyOf(choices);
    }

    /** What cacheable autocomplete choices depend on. */
    private record ChoicesKey(long generation, String command, String option, String typed,
                              Map<String, String> others) {}

    /** What a cacheable reply depends on: the content's generation, the command and its options. */
    private record ReplyKey(long generation, String command, Map<String, String> options) {}

    /** Autocomplete choices; an empty list when anything goes wrong (Discord shows "no options"). */
    public List<Command.Choice> autocomplete(AutocompleteRequest request) {
        SlashCommand command = commands.get(request.command());
        if (command == null) {
            return List.of();
        }
        try {
            Library library = context.library();
            if (!command.cacheable()) {
                return checkedChoices(command.choices(request, library));
            }
            // Every keystroke asks again, and many people type the same first letters.
            return choices.get(new ChoicesKey(library.generation(), request.command(), request.option(),
                    request.typed(), request.others()), key -> checkedChoices(command.choices(request, library)));
        } catch (RuntimeException e) {
            log.error("autocomplete for /{} {} failed on input of {} characters", request.command(),
                    request.option(), request.typed().length(), e);
            return List.of();
        }
    }

    /** A button click, routed by the command name at the start of its custom id. */
    public ButtonReply click(ButtonRequest request) {
        ButtonReply reply = clickThrough(request);
        return reply instanceof ButtonReply.Answer answer ? new ButtonReply.Answer(withoutMentions(answer.reply()))
                : reply;
    }

    /**
     * A choice in a select menu: the related-sessions menu under a card is the only one. Answered like a click:
     * the message edited in place (checked against the limits), or a private notice.
     */
    public ButtonReply select(SelectRequest request) {
        if (!request.customId().startsWith(RelatedMenu.PREFIX)) {
            return new ButtonReply.Answer(withoutMentions(Notices.error(theme, "Unknown menu",
                    "This menu no longer does anything.")));
        }
        try {
            ButtonReply reply = related.choose(request, context.library());
            if (reply instanceof ButtonReply.Update update) {
                ReplyLimits.require(update.edit());
                return reply;
            }
            return new ButtonReply.Answer(checked(((ButtonReply.Answer) reply).reply()));
        } catch (RuntimeException e) {
            log.error("menu {} failed for user {} in guild {}", UserText.forLog(request.customId(), 120),
                    request.userId(), request.guildId(), e);
            return new ButtonReply.Answer(withoutMentions(Notices.internalError(theme)));
        }
    }

    private ButtonReply clickThrough(ButtonRequest request) {
        SlashCommand command = commands.get(request.command());
        if (command == null) {
            return new ButtonReply.Answer(Notices.error(theme, "Unknown button",
                    "This button no longer does anything."));
        }
        try {
            ButtonReply reply = command.click(request, context.library());
            if (reply instanceof ButtonReply.Update update) {
                ReplyLimits.require(update.edit());
            } else if (reply instanceof ButtonReply.Answer answer) {
                return new ButtonReply.Answer(checked(answer.reply()));
            }
            return reply;
        } catch (SlashCommand.NoButtons e) {
            log.debug("button for /{}, which has no buttons, from user {}", command.name(), request.userId());
            return new ButtonReply.Answer(Notices.error(theme, "Unknown button",
                    "This button no longer does anything."));
        } catch (RuntimeException e) {
            log.error("button {} failed for user {} in guild {}", UserText.forLog(request.customId(), 120),
                    request.userId(),
                    request.guildId(), e);
            return new ButtonReply.Answer(Notices.internalError(theme));
        }
    }
}
