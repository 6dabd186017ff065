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
        node.put("place", event.place());
        node.put("colocatedWith", event.colocatedWith());
        node.put("attendance", event.attendance());
        node.put("attendees", event.attendees());
        node.put("slotMinutes", event.slotMinutes());
        node.put("parallelTracks", event.parallelTracks());
        if (event.recordings() == null) {
            node.putNull("recordings");
        } else {
            ObjectNode recordings = node.putObject("recordings");
            recordings.put("statement", event.recordings().statement());
            recordings.put("whereUrl", event.recordings().whereUrl());
        }
        if (event.firstForum() == null) {
            node.putNull("firstForum");
        } else {
            ObjectNode first = node.putObject("firstForum");
            first.put("year", event.firstForum().year());
            first.put("size", event.firstForum().size());
            first.put("statement", event.firstForum().statement());
        }
        ArrayNode afterTalks = node.putArray("afterTalks");
        for (Event.AfterTalks after : event.afterTalks()) {
            ObjectNode day = afterTalks.addObject();
            day.put("day", after.day());
            day.put("statement", after.statement());
        }
        node.put("days", event.days());
        ObjectNode report = node.putObject("report");
        report.put("author", event.report().author());
        report.put("authorUrl", event.report().authorUrl());
        report.put("sourceUrl", event.report().sourceUrl());
        report.put("forumPage", event.report().forumPage());
        node.put("postDate", event.postDate());
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
