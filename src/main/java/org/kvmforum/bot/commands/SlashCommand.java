package org.kvmforum.bot.commands;

import java.util.List;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.kvmforum.bot.library.Library;

/**
 * One slash command: its definition for registration, how /help shows it, and what it does. Subclasses add
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

    private final SlashCommandData definition;
    private final String example;
    private final Replies replies;
    /** What every command shares: the library being served, the theme, the cards, the clock. */
    protected final CommandContext context;

    /**
     * @param example how /help shows the command in use, such as {@code /talk query:…}
     * @param replies whether a reply may be kept for the same options until the content is reloaded
     */
    protected SlashCommand(CommandContext context, String name, String description, String example,
                           Replies replies) {
        this.context = context;
        this.definition = Commands.slash(name, description);
        this.example = example;
        this.replies = replies;
    }

    public final String name() {
        return definition.getName();
    }

    /** The definition registered with Discord (options added by the subclass). */
    public final SlashCommandData definition() {
        return definition;
    }

    /** The command in use, as /help shows it. */
    public final String example() {
        return example;
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
        definition.addOptions(new OptionData(OptionType.STRING, optionName, description, true, autocomplete)
                .setMaxLength(DiscordLimits.STRING_OPTION_MAX_LENGTH));
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
