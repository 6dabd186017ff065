package org.kvmforum.bot.commands;

import java.util.List;
import java.util.function.Function;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.kvmforum.bot.library.Library;

/**
 * One command: a slash command, or a message command (Discord's Apps menu on a message, whose one input is that
 * message's text, read by the router as the option {@link #TARGET}). Its definition for registration, how /help shows it, and what it does. Subclasses add
 * their options to {@link #definition()} in their constructor and implement {@link #execute}; autocomplete and
 * buttons are optional. Each gets the library being served from the router, and the rest it needs from its
 * {@link CommandContext}. A command never sees a JDA event, only a {@link CommandRequest}, so Discord and the
 * console run the very same code.
 */
public abstract class SlashCommand {
    /** Whether the router may keep a reply and serve it again (see {@link #cacheable()}). */
    public enum Replies {
        /** Built for every request: it depends on who asks, or when. */
        BUILT_EACH_TIME,
        /** Depends only on the options and the content being served. */
        SAME_FOR_SAME_OPTIONS
    }

    /** The option a message command's request carries the message's text in. */
    public static final String TARGET = "message";

    /** A {@link SlashCommandData} for slash commands; a message command's definition has no options. */
    private final CommandData definition;
    private final String description;
    /** Built from the content being served, so /help's examples name what the posts contain. */
    private final Function<Examples, String> example;
    private final Replies replies;
    /** What every command shares: the library being served, the theme, the cards, the clock. */
    protected final CommandContext context;

    /**
     * A slash command whose example names nothing from the posts.
     *
     * @param example how /help shows the command in use, such as {@code /about}
     * @param replies whether a reply may be kept for the same options until the content is reloaded
     */
    protected SlashCommand(CommandContext context, String name, String description, String example,
                           Replies replies) {
        this(context, name, description, examples -> example, replies);
    }

    /**
     * A slash command whose example is built from the content: {@code examples -> "/talk query:" +
     * examples.session()}.
     */
    protected SlashCommand(CommandContext context, String name, String description,
                           Function<Examples, String> example, Replies replies) {
        this(context, Commands.slash(name, description), description, example, replies);
    }

    /**
     * Any kind of command, such as {@code Commands.message("Find talks")}.
     *
     * @param description what /help says of it (a message command has none of its own on Discord)
     */
    protected SlashCommand(CommandContext context, CommandData definition, String description,
                           Function<Examples, String> example, Replies replies) {
        this.context = context;
        this.definition = definition;
        this.description = description;
        this.example = example;
        this.replies = replies;
    }

    public final String name() {
        return definition.getName();
    }

    /** The definition registered with Discord (options added by the subclass). */
    public final CommandData definition() {
        return definition;
    }

    /** Whether this is a message command (the Apps menu on a message) rather than a slash command. */
    public final boolean onMessage() {
        return definition.getType() == Command.Type.MESSAGE;
    }

    /** The options as declared; none for a message command. */
    public final List<OptionData> options() {
        // JDA's message command data is a SlashCommandData too: the type tells them apart.
        return onMessage() ? List.of() : ((SlashCommandData) definition).getOptions();
    }

    public final String description() {
        return description;
    }

    /** The command in use, as /help shows it, naming things from the content being served. */
    public final String example(Library library) {
        return example.apply(Examples.of(library.model()));
    }

    /** The slash command's definition, for a subclass to add options to. */
    protected final SlashCommandData slash() {
        return (SlashCommandData) definition;
    }

    /**
     * Whether the reply (and the autocomplete choices) depend only on the options and the content: the router
     * then keeps them per content generation and serves them again for the same input until a reload.
     */
    public final boolean cacheable() {
        return replies == Replies.SAME_FOR_SAME_OPTIONS;
    }

    /**
     * Adds a required text option, no longer than Discord allows; with autocomplete when the command offers
     * choices for it.
     */
    protected final void addTextOption(String optionName, String description, boolean autocomplete) {
        slash().addOptions(new OptionData(OptionType.STRING, optionName, description, true, autocomplete)
                .setMaxLength(DiscordLimits.STRING_OPTION_MAX_LENGTH));
    }

    /**
     * Adds the optional {@code event} option (see {@link EventScope}): which forum to look in.
     *
     * @param description what leaving it out does for this command
     */
    protected final void addEventOption(String description) {
        slash().addOptions(EventScope.option(description));
    }

    /**
     * Choices for the option being typed: the {@code event} option's are the same for every command that has
     * it; any other goes to {@link #autocomplete}.
     */
    public final List<Command.Choice> choices(AutocompleteRequest request, Library library) {
        if (EventScope.OPTION.equals(request.option())) {
            return EventScope.choices(library.model(), request.typed());
        }
        return autocomplete(request, library);
    }

    /**
     * Builds the reply. Must not throw for any user input; the router catches bugs anyway.
     *
     * @param library the content being served, read once by the router for this request: the reply is built
     *                from it and, when cacheable, kept under its generation, so a reload in between never mixes
     *                two generations
     */
    public abstract Reply execute(CommandRequest request, Library library);

    /** Choices for an option with autocomplete; answered from memory, at most 25. {@code library} as above. */
    public List<Command.Choice> autocomplete(AutocompleteRequest request, Library library) {
        return List.of();
    }

    /**
     * A click on a button whose custom id starts with this command's name and a colon. Commands without buttons
     * throw {@link NoButtons}: a click can still name them (a forged or stale id), and the router answers that
     * politely instead of treating it as a bug.
     */
    public ButtonReply click(ButtonRequest request, Library library) {
        throw new NoButtons(name());
    }

    /** Admin-only commands are registered with default member permissions and checked again on use. */
    public boolean adminOnly() {
        return false;
    }

    /**
     * Commands whose work may take longer than Discord's 3 seconds are acknowledged first (deferred) and answered
     * through the interaction's hook; their replies are always ephemeral, since that is fixed at defer time.
     */
    public boolean slow() {
        return false;
    }

    /** A click reached a command that never made buttons: the clicker's doing, not a bug. */
    public static final class NoButtons extends UnsupportedOperationException {
        public NoButtons(String command) {
            super("/" + command + " has no buttons");
        }
    }
}
