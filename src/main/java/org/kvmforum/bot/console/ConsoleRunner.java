package org.kvmforum.bot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.kvmforum.bot.commands.ButtonReply;
import org.kvmforum.bot.commands.CommandRouter;
import org.kvmforum.bot.commands.Reply;

/**
 * The local way in: the same commands through the same {@link CommandRouter} as on Discord, typed at a
 * terminal. Interactive mode renders replies for people; JSON mode writes, per input line, the body Discord
 * would receive, for scripts and tests.
 */
public final class ConsoleRunner {
    private final CommandRouter router;
    private final ConsoleParser parser;

    public ConsoleRunner(CommandRouter router) {
        this.router = router;
        this.parser = new ConsoleParser(router);
    }

    /** Prompts, reads and renders until end of input or "quit". */
    public void interactive(BufferedReader in, PrintStream out, boolean colour, String banner) throws IOException {
        TextRenderer renderer = new TextRenderer(colour);
        out.println(banner);
        out.println("Type a command as in Discord (/help lists them, with examples from the posts) or a question "
                + "in plain words; 'complete /talk query:…' shows suggestions; 'context \"Find talks\" …' runs "
                + "Find talks on a message with that text; quit to leave.");
        while (true) {
            out.print("kvm> ");
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println();
                return;
            }
            ConsoleInput input = parser.parse(line);
            if (input instanceof ConsoleInput.Quit) {
                return;
            } else if (input instanceof ConsoleInput.Invalid invalid) {
                out.println("  " + invalid.reason());
            } else if (input instanceof ConsoleInput.Run run) {
                out.print(render(renderer, router.execute(run.request())));
            } else if (input instanceof ConsoleInput.Complete complete) {
                out.print(renderer.renderChoices(router.autocomplete(complete.request())));
            } else if (input instanceof ConsoleInput.Click || input instanceof ConsoleInput.Select) {
                ButtonReply reply = input instanceof ConsoleInput.Click click ? router.click(click.request())
                        : router.select(((ConsoleInput.Select) input).request());
                if (reply instanceof ButtonReply.Update update) {
                    out.print(renderer.render(update.edit().getContent() == null ? "" : update.edit().getContent(),
                            update.edit().getEmbeds(), update.edit().getComponents(), false));
                } else {
                    out.print(render(renderer, ((ButtonReply.Answer) reply).reply()));
                }
            }
        }
    }

    /**
     * Exactly one JSON line out per line in, so a script can pair its input and output line by line: a line that
     * cannot be run (blank, a comment, malformed, even "quit") gets an error object and the run goes on.
     */
    public void json(BufferedReader in, PrintStream out) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            out.println(jsonLine(line));
            out.flush();
        }
    }

    /** The one JSON line for one input line. */
    public String jsonLine(String line) {
        ConsoleInput input = parser.parse(line);
        if (input instanceof ConsoleInput.Invalid invalid) {
            return InteractionJson.error(invalid.reason()).toString();
        } else if (input instanceof ConsoleInput.Nothing nothing) {
            return InteractionJson.error(nothing.reason()).toString();
        } else if (input instanceof ConsoleInput.Quit) {
            return InteractionJson.error("quit ends the interactive console; --json runs to the end of its input")
                    .toString();
        } else if (input instanceof ConsoleInput.Run run) {
            return InteractionJson.reply(router.execute(run.request())).toString();
        } else if (input instanceof ConsoleInput.Complete complete) {
            List<Command.Choice> choices = router.autocomplete(complete.request());
            return InteractionJson.choices(choices).toString();
        } else if (input instanceof ConsoleInput.Click click) {
            return InteractionJson.click(router.click(click.request())).toString();
        } else if (input instanceof ConsoleInput.Select select) {
            return InteractionJson.click(router.select(select.request())).toString();
        }
        throw new IllegalStateException("unhandled console input " + input);
    }

    private static String render(TextRenderer renderer, Reply reply) {
        return renderer.render(reply.message().getContent(), reply.message().getEmbeds(),
                reply.message().getFiles(), reply.message().getComponents(), reply.ephemeral());
    }
}
