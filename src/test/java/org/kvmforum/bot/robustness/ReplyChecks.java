package org.kvmforum.bot.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.kvmforum.bot.commands.ButtonReply;
import org.kvmforum.bot.commands.Reply;
import org.kvmforum.bot.commands.ReplyLimits;
import org.kvmforum.bot.console.InteractionJson;

/**
 * One verdict for a reply, from both sides: the bot's own {@link ReplyLimits} and the independent
 * {@link DiscordJsonRules} on the JSON Discord would receive, plus what hostile input must never cause: an
 * internal-error reply, a live mention or foreign masked link, a lone surrogate.
 */
final class ReplyChecks {
    private final Set<String> postUrls;

    ReplyChecks(Path contentDirectory) {
        this.postUrls = DiscordJsonRules.urlsIn(contentDirectory);
    }

    List<String> reply(Reply reply) {
        List<String> problems = new ArrayList<>(ReplyLimits.violations(reply.message()));
        problems.addAll(body(DiscordJsonRules.parse(InteractionJson.reply(reply).toString())));
        return problems;
    }

    List<String> click(ButtonReply reply) {
        List<String> problems = new ArrayList<>();
        if (reply instanceof ButtonReply.Update update) {
            problems.addAll(ReplyLimits.violations(update.edit()));
        } else {
            problems.addAll(ReplyLimits.violations(((ButtonReply.Answer) reply).reply().message()));
        }
        problems.addAll(body(DiscordJsonRules.parse(InteractionJson.click(reply).toString())));
        return problems;
    }

    List<String> choices(List<Command.Choice> choices) {
        List<String> problems = new ArrayList<>(ReplyLimits.violations(choices));
        problems.addAll(DiscordJsonRules.choices(DiscordJsonRules.parse(InteractionJson.choices(choices).toString())));
        return problems;
    }

    /** An interaction response body (type 4 or 7) as JSON, wherever it came from: router, console, stand-in. */
    List<String> body(JsonNode body) {
        List<String> problems = new ArrayList<>(DiscordJsonRules.response(body));
        problems.addAll(message(body.path("data")));
        return problems;
    }

    /** What hostile input must never cause in a message, whatever the route that carried it. */
    List<String> message(JsonNode message) {
        List<String> problems = new ArrayList<>(DiscordJsonRules.unescapedEchoes(message, postUrls));
        if (DiscordJsonRules.INTERNAL_ERROR_TITLE.equals(DiscordJsonRules.firstTitle(message))) {
            problems.add("an internal-error reply: the input hit a bug");
        }
        for (String text : DiscordJsonRules.visibleText(message)) {
            if (hasLoneSurrogate(text)) {
                problems.add("a lone surrogate, which is not text: Discord would show garbage");
            }
        }
        return problems;
    }

    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
