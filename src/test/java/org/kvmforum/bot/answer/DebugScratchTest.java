package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kvmforum.bot.library.Library;

/** Scratch: reads /tmp/q.txt, prints each question's reading and reply to /tmp/debug.out. */
class DebugScratchTest {
    @Test
    void debug() throws Exception {
        Path in = Path.of(System.getProperty("q.file", "/tmp/q.txt"));
        assumeTrue(Files.exists(in) && System.getProperty("q.debug") != null);
        Library library = Library.load(Path.of("content"));
        QuestionReader reader = new QuestionReader(library.model(), library.people());
        QuestionSets sets = new QuestionSets();
        ObjectMapper json = new ObjectMapper();
        StringBuilder out = new StringBuilder();
        for (String line : Files.readAllLines(in)) {
            if (line.isBlank()) continue;
            out.append("Q ").append(line).append('\n');
            try {
                String r = reader.read(line).toString();
                int a = r.indexOf("event="), b = r.indexOf(", target=");
                if (a >= 0 && b > a) r = r.substring(0, a) + r.substring(b + 2);
                r = r.replaceAll("Token\\[text=([^,]*), surface=[^\\]]*\\]", "$1");
                out.append("  read ").append(r).append('\n');
            } catch (RuntimeException e) {
                out.append("  read FAILED ").append(e).append('\n');
            }
            JsonNode reply = json.readTree(sets.reply(line)).path("data");
            String content = reply.path("content").asText();
            JsonNode embed = reply.path("embeds").path(0);
            String text = (reply.path("flags").asInt() & 64) != 0 ? "EPH " : "PUB ";
            text += content + " | " + embed.path("title").asText() + " | " + embed.path("description").asText();
            for (JsonNode field : embed.path("fields")) {
                text += " | " + field.path("name").asText() + ": " + field.path("value").asText();
            }
            out.append("  reply ").append(text.replace('\n', ' ')).append('\n');
        }
        Files.writeString(Path.of("/tmp/debug.out"), out.toString());
    }
}
