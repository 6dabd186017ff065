package org.kvmforum.bot.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks a rendered reply (the JSON Discord would receive) against one question's expectations, the way the
 * sample README describes them. Names, titles and words are looked for case-insensitively in the whole JSON
 * text; links exactly as written. Every positive expectation also needs a public answer: an ephemeral "the post
 * does not say" that happens to contain a name is not an answer.
 */
final class ReplyJudge {
    /** What an unanswered reply must say, in some form, besides being ephemeral. */
    private static final List<String> SAYS_NOT_IN_POST = List.of("the post does not", "not in the post");

    private static final int EPHEMERAL = 64;

    private ReplyJudge() {}

    /** Every way the reply falls short of the expectations; empty when it meets them all. */
    static List<String> problems(JsonNode expect, String replyJson, JsonNode reply) {
        List<String> problems = new ArrayList<>();
        String lower = replyJson.toLowerCase(Locale.ROOT);
        boolean ephemeral = (reply.path("data").path("flags").asInt() & EPHEMERAL) != 0;
        if (expect.path("not_in_post").asBoolean(false)) {
            if (!ephemeral) {
                problems.add("not ephemeral, though the post does not answer this");
            }
            if (SAYS_NOT_IN_POST.stream().noneMatch(lower::contains)) {
                problems.add("does not say the post does not answer this");
            }
            return problems;
        }
        if (ephemeral) {
            problems.add("ephemeral (treated as not in the post)");
        }
        for (JsonNode speaker : expect.path("speakers")) {
            if (!anyIn(lower, speaker)) {
                problems.add("missing speaker " + speaker);
            }
        }
        if (expect.has("talks")) {
            boolean all = !"any".equals(expect.path("match").asText("all"));
            int presented = 0;
            List<String> missing = new ArrayList<>();
            for (JsonNode talk : expect.path("talks")) {
                String title = talk.path("title_in_post").asText();
                String slides = talk.path("slides").asText();
                boolean shown = lower.contains(title.toLowerCase(Locale.ROOT)) && (slides.isEmpty() || replyJson.contains(slides));
                presented += shown ? 1 : 0;
                if (!shown) {
                    missing.add(title);
                }
            }
            if (all ? !missing.isEmpty() : presented == 0) {
                problems.add("talks not presented: " + missing);
            }
        }
        if (expect.has("link") && !replyJson.contains(expect.path("link").asText())) {
            problems.add("missing link " + expect.path("link").asText());
        }
        for (JsonNode group : expect.path("text_contains_one_of_each")) {
            if (!anyIn(lower, group)) {
                problems.add("contains none of " + group);
            }
        }
        return problems;
    }

    /** A string, or any one of a list of alternatives, found in the text. */
    private static boolean anyIn(String lowerText, JsonNode stringOrList) {
        if (stringOrList.isArray()) {
            for (JsonNode alternative : stringOrList) {
                if (lowerText.contains(alternative.asText().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
        return lowerText.contains(stringOrList.asText().toLowerCase(Locale.ROOT));
    }
}
