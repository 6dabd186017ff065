package org.kvmforum.bot.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The whole content model as pretty JSON, for {@code --dump-content}: what the parser made of the posts, in a
 * fixed field order so that two dumps diff line by line.
 */
public final class ContentDump {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ContentDump() {}

    public static String toJson(ContentModel model) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode events = root.putArray("events");
        for (Event event : model.events()) {
            events.add(event(event, model));
        }
        ArrayNode people = root.putArray("people");
        for (Person person : model.people()) {
            ObjectNode node = people.addObject();
            node.put("id", person.id());
            node.put("name", person.name());
            strings(node.putArray("mentions"), person.mentions());
            strings(node.putArray("sessions"), person.sessionIds());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of plain values always serialises
        }
    }

    private static ObjectNode event(Event event, ContentModel model) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", event.id());
        node.put("name", event.name());
        node.put("year", event.year());
        // One line per fact, grouped as in Event, so a new fact is one line here.
        ObjectNode venue = node.putObject("venue");
        venue.put("place", event.venue().place());
        venue.put("colocatedWith", event.venue().colocatedWith());
        ObjectNode program = node.putObject("program");
        program.put("days", event.program().days());
        program.put("slotMinutes", event.program().slotMinutes());
        program.put("parallelTracks", event.program().parallelTracks());
        program.set("afterTalks", JSON.valueToTree(event.program().afterTalks()));
        program.set("gaps", JSON.valueToTree(event.program().gaps()));
        ObjectNode facts = node.putObject("facts");
        facts.put("attendance", event.facts().attendance());
        facts.put("attendees", event.facts().attendees());
        facts.set("recordings", JSON.valueToTree(event.facts().recordings()));
        facts.set("firstForum", JSON.valueToTree(event.facts().firstForum()));
        node.set("report", JSON.valueToTree(event.report()));
        node.set("links", JSON.valueToTree(event.links()));
        ArrayNode sessions = node.putArray("sessions");
        for (Session session : event.sessions()) {
            ObjectNode item = sessions.addObject();
            item.put("id", session.id());
            item.put("title", session.title());
            item.put("titleInPost", session.titleInPost());
            item.put("kind", session.kind().name());
            ArrayNode speakers = item.putArray("speakers");
            for (Person speaker : model.speakersOf(session)) {
                speakers.add(speaker.name());
            }
            item.put("slides", session.hasSlides() ? session.slides().url() : null);
            item.put("format", session.hasSlides() ? session.slides().format() : null);
            item.put("day", session.day());
            item.put("part", session.part().name());
            item.put("order", session.order());
            item.put("summary", session.summary());
            item.put("line", session.line());
        }
        return node;
    }

    private static void strings(ArrayNode array, Iterable<String> values) {
        for (String value : values) {
            array.add(value);
        }
    }
}
