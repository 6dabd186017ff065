package org.kvmforum.bot.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.kvmforum.bot.commands.CommandCatalog;
import org.kvmforum.bot.commands.CommandContext;
import org.kvmforum.bot.commands.CommandRequest;
import org.kvmforum.bot.commands.CommandRouter;
import org.kvmforum.bot.commands.Cooldowns;
import org.kvmforum.bot.commands.Reply;
import org.kvmforum.bot.commands.Theme;
import org.kvmforum.bot.console.InteractionJson;
import org.kvmforum.bot.content.ContentException;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.library.LibraryHolder;

/**
 * Runs question sets through {@code /ask} exactly as Discord would reach it: the real post, the command
 * catalog, the router (which also checks every reply against Discord's limits), and the reply rendered to
 * the JSON Discord would receive. Each question is judged by {@link ReplyJudge}.
 */
final class QuestionSets {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One question and how its reply was judged. */
    record Outcome(String question, String reply, List<String> problems) {
        boolean passed() {
            return problems.isEmpty();
        }
    }

    /**
     * One runner for every set class in the test JVM: the post is loaded and its sessions embedded once, and a
     * question asked in several sets is embedded once, as the running bot would. Each class still judges its
     * own questions.
     */
    private static QuestionSets shared;

    private final CommandRouter router;

    static synchronized QuestionSets shared() {
        if (shared == null) {
            shared = new QuestionSets();
        }
        return shared;
    }

    QuestionSets() {
        // As the application does at start: no reply may ping anyone (the router checks it).
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        try {
            Path content = Path.of("content");
            LibraryHolder holder = new LibraryHolder(content, Library.load(content));
            CommandContext context = new CommandContext(holder, Theme.defaults(), Clock.systemUTC());
            this.router = new CommandRouter(CommandCatalog.all(context), Cooldowns.unlimited(), context);
        } catch (ContentException e) {
            throw new IllegalStateException("the real post must load", e);
        }
    }

    List<Outcome> run(String resource) {
        return run(load(resource));
    }

    /** A question set from a file outside the test resources (a set being written, a look at new questions). */
    List<Outcome> runFile(String path) {
        try {
            return run(JSON.readTree(new java.io.File(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON Discord would receive for one question to {@code /ask}. */
    String reply(String question) {
        Reply reply = router.execute(new CommandRequest("ask", Map.of("question", question), "tester", null, false));
        return InteractionJson.reply(reply).toString();
    }

    /**
     * Asks the set's questions on all cores, as a bot's event threads would (so the sets also exercise the
     * answering path concurrently), and keeps the outcomes in the set's order.
     */
    private List<Outcome> run(JsonNode entries) {
        List<JsonNode> list = new ArrayList<>();
        entries.forEach(list::add);
        return list.parallelStream().map(this::judge).toList();
    }

    private Outcome judge(JsonNode entry) {
        String question = entry.path("question").asText();
        Reply reply = router.execute(new CommandRequest("ask", Map.of("question", question), "tester", null, false));
        String json = InteractionJson.reply(reply).toString();
        try {
            return new Outcome(question, json, ReplyJudge.problems(entry.path("expect"), json, JSON.readTree(json)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode load(String resource) {
        try (InputStream in = QuestionSets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "who gave …? → missing speaker …" lines for the misses, to print and to put in a failure message. */
    static String misses(List<Outcome> outcomes) {
        StringBuilder text = new StringBuilder();
        for (Outcome outcome : outcomes) {
            if (!outcome.passed()) {
                text.append("\n  MISS ").append(outcome.question()).append(" -> ").append(outcome.problems())
                        .append("\n       reply: ").append(excerpt(outcome.reply()));
            }
        }
        return text.toString();
    }

    private static String excerpt(String json) {
        try {
            JsonNode data = JSON.readTree(json).path("data");
            String content = data.path("content").asText();
            String description = data.path("embeds").path(0).path("description").asText();
            String text = content.isEmpty() ? description : content;
            return text.length() > 300 ? text.substring(0, 300) + "…" : text;
        } catch (IOException e) {
            return json;
        }
    }
}
