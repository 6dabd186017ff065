package org.kvmforum.bot.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Discord's rules for what a bot sends, checked on the serialised JSON, written from Discord's documentation and
 * independently of {@code ReplyLimits}: if both agree, neither has merely copied the other's mistake. Every
 * method returns the problems found, empty when the body would be accepted and is safe.
 */
final class DiscordJsonRules {
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** "Something went wrong": the router's reply to a bug. Hostile input must never produce it. */
    static final String INTERNAL_ERROR_TITLE = "Something went wrong";

    private static final Pattern MENTION = Pattern.compile(
            "@(everyone|here)|<@[!&]?\\d+>|<#\\d+>", Pattern.CASE_INSENSITIVE);
    private static final Pattern MASKED_LINK = Pattern.compile("\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]*)");
    private static final Pattern URL = Pattern.compile("https?://[^\\s)\\]>\"]+");
    /** Stands for an escaped character in {@link #unescapedView}; private use, so it never occurs in replies. */
    private static final char ESCAPED = '\uE000';

    private DiscordJsonRules() {}

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    /** Every http(s) URL written in the content files: the only places a masked link in a reply may lead. */
    static Set<String> urlsIn(Path contentDirectory) {
        Set<String> urls = new HashSet<>();
        try (Stream<Path> files = Files.list(contentDirectory)) {
            for (Path file : files.toList()) {
                Matcher matcher = URL.matcher(Files.readString(file));
                while (matcher.find()) {
                    urls.add(matcher.group());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return urls;
    }

    /** A message body (a callback's {@code data}, or an edit): sizes, components, mentions. */
    static List<String> message(JsonNode message, boolean edit) {
        List<String> problems = new ArrayList<>();
        String content = message.path("content").asText("");
        max(problems, "content", content, 2000);
        JsonNode embeds = message.path("embeds");
        if (!edit && content.isBlank() && embeds.isEmpty()) {
            problems.add("neither content nor embeds");
        }
        if (embeds.size() > 10) {
            problems.add(embeds.size() + " embeds");
        }
        int total = 0;
        for (JsonNode embed : embeds) {
            total += embed(embed, problems);
        }
        if (total > 6000) {
            problems.add("embeds total " + total + " characters");
        }
        components(message.path("components"), problems);
        if (!edit) {
            allowedMentions(message, problems);
        }
        return problems;
    }

    /** A whole interaction response: type 4 (reply) or 7 (update), with its data. */
    static List<String> response(JsonNode body) {
        int type = body.path("type").asInt();
        if (type != 4 && type != 7) {
            return List.of("response type " + type);
        }
        return message(body.path("data"), type == 7);
    }

    /** An autocomplete result (type 8): at most 25 choices, names 1–100, values at most 100. */
    static List<String> choices(JsonNode body) {
        List<String> problems = new ArrayList<>();
        if (body.path("type").asInt() != 8) {
            problems.add("autocomplete response type " + body.path("type").asInt());
        }
        JsonNode choices = body.path("data").path("choices");
        if (!choices.isArray()) {
            problems.add("no choices array");
            return problems;
        }
        if (choices.size() > 25) {
            problems.add(choices.size() + " choices");
        }
        for (JsonNode choice : choices) {
            int name = choice.path("name").asText("").length();
            if (name < 1 || name > 100) {
                problems.add("choice name of " + name + " characters");
            }
            JsonNode value = choice.path("value");
            if (!value.isTextual() || value.asText().length() > 100) {
                problems.add("choice value " + value);
            }
        }
        return problems;
    }

    /**
     * Input that survived into the reply as something Discord would act on: a mention (even one that cannot ping
     * under {@code allowed_mentions}, it still renders as one) or a masked link to a place the post does not link.
     */
    static List<String> unescapedEchoes(JsonNode message, Set<String> allowedUrls) {
        List<String> problems = new ArrayList<>();
        for (String text : visibleText(message)) {
            String view = unescapedView(text);
            Matcher mention = MENTION.matcher(view);
            while (mention.find()) {
                problems.add("live mention '" + mention.group() + "' in: " + clip(text));
            }
            Matcher link = MASKED_LINK.matcher(view);
            while (link.find()) {
                if (!allowedUrls.contains(link.group(1))) {
                    problems.add("masked link to '" + link.group(1) + "' in: " + clip(text));
                }
            }
        }
        return problems;
    }

    /** The title of the first embed, "" when there is none. */
    static String firstTitle(JsonNode message) {
        return message.path("embeds").path(0).path("title").asText("");
    }

    /** Every string of a message that Discord renders as Markdown. */
    static List<String> visibleText(JsonNode message) {
        List<String> texts = new ArrayList<>();
        texts.add(message.path("content").asText(""));
        for (JsonNode embed : message.path("embeds")) {
            texts.add(embed.path("title").asText(""));
            texts.add(embed.path("description").asText(""));
            texts.add(embed.path("footer").path("text").asText(""));
            texts.add(embed.path("author").path("name").asText(""));
            for (JsonNode field : embed.path("fields")) {
                texts.add(field.path("name").asText(""));
                texts.add(field.path("value").asText(""));
            }
        }
        return texts;
    }

    /**
     * The text as Discord's Markdown parser sees it: a backslash before ASCII punctuation escapes it, so the pair
     * becomes one inert placeholder; an escaped backslash does not escape what follows it.
     */
    static String unescapedView(String text) {
        StringBuilder view = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1))) {
                view.append(ESCAPED);
                i++;
            } else {
                view.append(c);
            }
        }
        return view.toString();
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && (c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`'
                || c >= '{' && c <= '~');
    }

    private static int embed(JsonNode embed, List<String> problems) {
        int length = 0;
        length += max(problems, "embed title", embed.path("title").asText(""), 256);
        length += max(problems, "embed description", embed.path("description").asText(""), 4096);
        length += max(problems, "embed footer", embed.path("footer").path("text").asText(""), 2048);
        length += max(problems, "embed author", embed.path("author").path("name").asText(""), 256);
        JsonNode fields = embed.path("fields");
        if (fields.size() > 25) {
            problems.add(fields.size() + " fields");
        }
        for (JsonNode field : fields) {
            String name = field.path("name").asText("");
            String value = field.path("value").asText("");
            if (name.isBlank() || value.isBlank()) {
                problems.add("a field with a blank name or value");
            }
            length += max(problems, "field name", name, 256);
            length += max(problems, "field value", value, 1024);
        }
        if (embed.has("url")) {
            httpUrl(problems, "embed url", embed.path("url").asText());
        }
        if (length == 0 && !embed.has("image") && !embed.has("thumbnail")) {
            problems.add("an empty embed");
        }
        return length;
    }

    private static void components(JsonNode rows, List<String> problems) {
        if (rows.size() > 5) {
            problems.add(rows.size() + " action rows");
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode row : rows) {
            if (row.path("type").asInt() != 1) {
                problems.add("top-level component of type " + row.path("type").asInt());
                continue;
            }
            JsonNode children = row.path("components");
            if (children.isEmpty() || children.size() > 5) {
                problems.add("an action row of " + children.size() + " components");
            }
            for (JsonNode button : children) {
                if (button.path("type").asInt() != 2) {
                    continue;
                }
                max(problems, "button label", button.path("label").asText(""), 80);
                if (button.path("style").asInt() == 5) {
                    httpUrl(problems, "link button url", button.path("url").asText(""));
                    max(problems, "link button url", button.path("url").asText(""), 512);
                    if (button.has("custom_id")) {
                        problems.add("a link button with a custom id");
                    }
                } else {
                    String id = button.path("custom_id").asText("");
                    if (id.isEmpty() || id.length() > 100) {
                        problems.add("custom id of " + id.length() + " characters");
                    } else if (!ids.add(id)) {
                        problems.add("custom id '" + id + "' twice");
                    }
                }
            }
        }
    }

    /**
     * Nothing may ping: no parse types, no listed users or roles, and a reply to a message must not ping its
     * author ({@code replied_user} means nothing on an interaction response, which replies to no message).
     */
    private static void allowedMentions(JsonNode message, List<String> problems) {
        JsonNode allowed = message.path("allowed_mentions");
        if (allowed.isMissingNode() || allowed.isNull()) {
            problems.add("no allowed_mentions: Discord would then ping whatever the text mentions");
            return;
        }
        if (!allowed.path("parse").isArray() || !allowed.path("parse").isEmpty()) {
            problems.add("allowed_mentions.parse is " + allowed.path("parse"));
        }
        if (!allowed.path("users").isEmpty() || !allowed.path("roles").isEmpty()) {
            problems.add("allowed_mentions lists users or roles: " + allowed);
        }
        if (message.has("message_reference") && allowed.path("replied_user").asBoolean(false)) {
            problems.add("allowed_mentions pings the replied-to user");
        }
    }

    private static void httpUrl(List<String> problems, String what, String url) {
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            problems.add(what + " '" + clip(url) + "' is not http(s)");
        }
    }

    private static int max(List<String> problems, String what, String text, int max) {
        if (text.length() > max) {
            problems.add(what + " of " + text.length() + " characters, over " + max);
        }
        return text.length();
    }

    private static String clip(String text) {
        return text.length() > 160 ? text.substring(0, 157) + "..." : text;
    }
}
