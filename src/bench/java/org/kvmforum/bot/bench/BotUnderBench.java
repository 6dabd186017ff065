package org.kvmforum.bot.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.kvmforum.bot.commands.AutocompleteRequest;
import org.kvmforum.bot.commands.CommandCatalog;
import org.kvmforum.bot.commands.CommandContext;
import org.kvmforum.bot.commands.CommandRequest;
import org.kvmforum.bot.commands.CommandRouter;
import org.kvmforum.bot.commands.Cooldowns;
import org.kvmforum.bot.commands.Reply;
import org.kvmforum.bot.commands.ReplyLimits;
import org.kvmforum.bot.commands.Theme;
import org.kvmforum.bot.content.ContentException;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.library.LibraryHolder;

/**
 * The bot's command layer as the Discord listener and the console use it (catalog, router, theme), built from
 * the real post. The router keeps replies that depend only on their options and the content, so a benchmark
 * through the router would time a cache lookup: {@link #build} runs the command and the limits check every
 * time instead, which is what a question asked for the first time costs. {@link #router} is there for the
 * row that measures the cached path.
 */
final class BotUnderBench {
    /** The post, relative to the working directory; bench/run starts everything from the repository root. */
    static final Path CONTENT = Path.of(System.getProperty("bench.content", "content"));
    static final String USER = "300000000000000001";
    static final String GUILD = "400000000000000001";

    final Library library;
    final CommandRouter router;

    private BotUnderBench(Library library, CommandRouter router) {
        this.library = library;
        this.router = router;
    }

    static BotUnderBench load() {
        Library library;
        try {
            library = Library.load(CONTENT);
        } catch (ContentException e) {
            throw new IllegalStateException("cannot load the post from " + CONTENT.toAbsolutePath(), e);
        }
        // As the application does at start: JDA's process-wide default allows every mention, and build() runs the
        // commands without the router, which would otherwise strip them from each reply.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        Theme theme = Theme.defaults();
        LibraryHolder holder = new LibraryHolder(CONTENT, library);
        // Unlimited cooldowns: a benchmark is one user sending millions of commands. The real limiter's cost
        // is one cache lookup either way; the load run (LoadMain) exercises the real one.
        CommandContext context = new CommandContext(holder, theme, Clock.systemUTC());
        CommandRouter router = new CommandRouter(CommandCatalog.all(context), Cooldowns.unlimited(), context);
        return new BotUnderBench(library, router);
    }

    static CommandRequest request(String command, Map<String, String> options) {
        return new CommandRequest(command, options, USER, GUILD, false);
    }

    /** The reply built afresh, as the router builds it on a cache miss, with Discord's limits checked. */
    Reply build(CommandRequest request) {
        Reply reply = router.command(request.name()).execute(request, library);
        ReplyLimits.require(reply.message());
        return reply;
    }

    /**
     * Autocomplete choices computed by the command, as the router does on a cache miss, with Discord's limits
     * checked. (The search layer still keeps its own small per-input cache of the sessions for /talk.)
     */
    List<Command.Choice> complete(AutocompleteRequest request) {
        List<Command.Choice> choices = router.command(request.command()).autocomplete(request, library);
        if (!ReplyLimits.violations(choices).isEmpty()) {
            throw new IllegalStateException("choices break Discord's limits: " + ReplyLimits.violations(choices));
        }
        return choices;
    }

    boolean has(String command) {
        return router.command(command) != null;
    }
}
