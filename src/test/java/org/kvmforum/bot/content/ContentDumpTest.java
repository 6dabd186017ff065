package org.kvmforum.bot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The --dump-content JSON: complete, in a fixed field order, the same on every run. */
class ContentDumpTest {
    @Test
    void dumpsEventsSessionsAndPeopleInAFixedOrder() throws Exception {
        ContentModel model = ContentLoader.load(Path.of("content"));
        String json = ContentDump.toJson(model);
        assertEquals(json, ContentDump.toJson(ContentLoader.load(Path.of("content"))), "stable across loads");
        assertTrue(json.contains("\n  \"events\""), "pretty printed");

        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals(List.of("events", "people"), fields(root));
        JsonNode event = root.get("events").get(0);
        assertEquals(List.of("id", "name", "year", "venue", "program", "facts", "report", "links", "sessions"),
                fields(event));
        assertEquals(List.of("place", "colocatedWith"), fields(event.get("venue")));
        assertEquals(List.of("days", "slotMinutes", "parallelTracks", "afterTalks", "gaps"),
                fields(event.get("program")));
        // "I missed out on the next two sesions, talking to people.", after Juan Quintela's talk (the 26th of 27).
        assertEquals(1, event.get("program").get("gaps").size());
        assertEquals(26, event.get("program").get("gaps").get(0).get("afterOrder").asInt());
        assertTrue(event.get("program").get("gaps").get(0).get("statement").asText().startsWith("I missed out"));
        assertEquals(List.of("attendance", "attendees", "recordings", "firstForum"), fields(event.get("facts")));
        assertEquals(List.of("author", "authorUrl", "sourceUrl", "forumPage", "postDate", "poster", "categories"),
                fields(event.get("report")));
        assertEquals("Virtualization", event.get("report").get("categories").get(0).asText());
        assertEquals(List.of("statement", "whereUrl"), fields(event.get("facts").get("recordings")));
        assertEquals(List.of("year", "size", "statement"), fields(event.get("facts").get("firstForum")));
        assertEquals("Vancouver", event.get("venue").get("place").asText());
        assertEquals(27, event.get("sessions").size());
        // The prose's links other than slides: the post's own address is in its heading, so not among them.
        JsonNode links = event.get("links");
        assertEquals(List.of("text", "url", "sentence"), fields(links.get(0)));
        assertEquals(List.of("Forum page", "Open Virtualization Alliance", "lwn.net"),
                links.findValuesAsText("text"));
        assertEquals("https://lwn.net/Articles/455008/", links.get(2).get("url").asText());

        JsonNode keynote = event.get("sessions").get(15);
        assertEquals(List.of("id", "title", "titleInPost", "kind", "speakers", "slides", "format", "day", "part",
                "order", "summary", "line"), fields(keynote));
        assertEquals("Keynote on QEMU development", keynote.get("title").asText());
        assertEquals("keynote", keynote.get("titleInPost").asText());
        assertEquals("KEYNOTE", keynote.get("kind").asText());
        assertEquals("Anthony Liguori", keynote.get("speakers").get(0).asText());
        assertEquals("PDF", keynote.get("format").asText());
        assertEquals("MORNING", keynote.get("part").asText());
        assertEquals(61, keynote.get("line").asInt());

        JsonNode bof = event.get("sessions").get(14);
        assertTrue(bof.get("slides").isNull());
        assertTrue(bof.get("format").isNull());
        assertEquals(0, bof.get("speakers").size());

        JsonNode avi = root.get("people").get(0);
        assertEquals(List.of("id", "name", "mentions", "sessions"), fields(avi));
        assertEquals("avi-kivity", avi.get("id").asText());
        assertEquals(2, avi.get("sessions").size());
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
