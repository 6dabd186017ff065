package org.kvmforum.bot.commands;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.kvmforum.bot.content.ContentException;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.library.LibraryHolder;

/** The real post, loaded once for all command tests, and helpers to run commands the way the router does. */
final class Fixtures {
    private static LibraryHolder holder;

    private Fixtures() {}

    static synchronized LibraryHolder library() {
        if (holder == null) {
            try {
                holder = new LibraryHolder(Path.of("content"), Library.load(Path.of("content")));
            } catch (ContentException e) {
                throw new IllegalStateException(e);
            }
        }
        return holder;
    }

    static CommandRouter router() {
        return router(Clock.systemUTC());
    }

    static CommandRouter router(Clock clock) {
        CommandContext context = context(clock);
        return new CommandRouter(CommandCatalog.all(context), Cooldowns.unlimited(), context);
    }

    /** What commands are built with: the real post, the default colours and the given clock. */
    static CommandContext context(Clock clock) {
        return new CommandContext(library(), Theme.defaults(), clock);
    }

    static CommandContext context() {
        return context(Clock.systemUTC());
    }

    static CommandRequest request(String command, Map<String, String> options) {
        return new CommandRequest(command, options, "1001", "2002", false);
    }

    /** Everything a user could read in a reply: content, embed text, field text, button labels and URLs. */
    static String text(Reply reply) {
        return reply.message().toData().toString();
    }
}
