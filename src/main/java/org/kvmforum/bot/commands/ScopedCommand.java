package org.kvmforum.bot.commands;

import java.util.function.Function;
import org.kvmforum.bot.library.Library;

/**
 * A command with the optional {@code event} option: the option is read into an {@link EventScope} before the
 * command runs, and a forum that matches none of the posts is answered here, the same way for every such command.
 * The subclass adds the option itself ({@link #addEventOption}), after its required options, as Discord wants.
 */
abstract class ScopedCommand extends SlashCommand {
    protected ScopedCommand(CommandContext context, String name, String description, String example,
                            Replies replies) {
        super(context, name, description, example, replies);
    }

    protected ScopedCommand(CommandContext context, String name, String description,
                            Function<Examples, String> example, Replies replies) {
        super(context, name, description, example, replies);
    }

    @Override
    public final Reply execute(CommandRequest request, Library library) {
        EventScope scope = EventScope.of(library.model(), request);
        if (scope.unknown()) {
            return scope.problem(context.theme(), library.model());
        }
        return execute(request, library, scope);
    }

    /** Builds the reply within the forums the request names (every forum when it names none). */
    protected abstract Reply execute(CommandRequest request, Library library, EventScope scope);
}
