package org.kvmforum.bot.content;

import java.util.List;
import java.util.Objects;

/**
 * Someone who spoke at, or took part in, a session.
 *
 * @param id         stable id (a slug of the full name), unique across all events
 * @param name       the full name as the post gives it, or as the data file completes it ("Avi Kivity")
 * @param mentions   every form the post uses for this person ("Avi", "Alex Williamson", "Stefan"), for
 *                   matching first-name-only mentions and user questions
 * @param sessionIds every session the person gave or took part in, in program order
 */
public record Person(String id, String name, List<String> mentions, List<String> sessionIds) {
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        mentions = List.copyOf(mentions);
        sessionIds = List.copyOf(sessionIds);
    }

    /** The first word of the name: what the post often calls people by. */
    public String firstName() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
