package org.kvmforum.bot.commands;

import java.util.List;
import java.util.function.Function;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.library.Library;

/**
 * A command whose one option names a session (/talk, /slides): the option offers sessions as the user types,
 * takes a picked id or free text (searched), and answers "not found" with the closest sessions the same way for
 * all of them. A subclass says only what to show for the session found.
 */
abstract class SessionCommand extends ScopedCommand {
    private final String option;

    SessionCommand(CommandContext context, String name, String description, Function<Examples, String> example,
                   String option, String optionDescription) {
        super(context, name, description, example, Replies.SAME_FOR_SAME_OPTIONS);
        this.option = option;
        addTextOption(option, optionDescription, true);
        addEventOption("Only this forum's sessions (every forum's when left out)");
    }

    @Override
    protected final Reply execute(CommandRequest request, Library library, EventScope scope) {
        String query = request.option(option, "");
        SessionLookup lookup = SessionLookup.resolve(library, query, scope);
        if (!lookup.found()) {
            return Notices.noSession(context.theme(), library.model(), query, lookup.suggestions());
        }
        return found(library, lookup, query);
    }

    /**
     * The reply for the session the user meant ({@link SessionLookup#best()}).
     *
     * @param query what the user typed, to echo when it was free text rather than a picked id
     */
    abstract Reply found(Library library, SessionLookup lookup, String query);

    @Override
    public final List<Command.Choice> autocomplete(AutocompleteRequest request, Library library) {
        // An event picked first narrows the offer to its sessions; one that names no event narrows nothing.
        EventScope scope = EventScope.of(library.model(), request.other(EventScope.OPTION));
        return suggest(library, request.typed(), scope.unknown() ? EventScope.everyEvent() : scope);
    }

    /** The sessions offered for what has been typed; a command may order them its own way. */
    List<Command.Choice> suggest(Library library, String typed, EventScope scope) {
        return SessionChoices.suggest(library, typed, scope);
    }
}
