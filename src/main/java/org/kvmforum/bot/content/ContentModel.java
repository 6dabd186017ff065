package org.kvmforum.bot.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the bot knows: the events parsed from the posts in the content directory, their sessions and
 * the people in them. Immutable; a reload builds a new one and swaps it in whole.
 */
public final class ContentModel {
    private final List<Event> events;
    private final List<Person> people;
    private final List<Session> sessions;
    private final Map<String, Session> sessionsById;
    private final Map<String, Person> peopleById;
    private final Map<String, Event> eventsById;

    public ContentModel(List<Event> events, List<Person> people) {
        this.events = List.copyOf(events);
        this.people = List.copyOf(people);
        Map<String, Session> sessions = new LinkedHashMap<>();
        Map<String, Event> byId = new LinkedHashMap<>();
        for (Event event : this.events) {
            if (byId.put(event.id(), event) != null) {
                throw new IllegalArgumentException("two events share the id " + event.id());
            }
            for (Session session : event.sessions()) {
                if (sessions.put(session.id(), session) != null) {
                    throw new IllegalArgumentException("two sessions share the id " + session.id());
                }
            }
        }
        Map<String, Person> persons = new LinkedHashMap<>();
        for (Person person : this.people) {
            if (persons.put(person.id(), person) != null) {
                throw new IllegalArgumentException("two people share the id " + person.id());
            }
        }
        this.sessions = List.copyOf(sessions.values());
        this.sessionsById = Collections.unmodifiableMap(sessions);
        this.peopleById = Collections.unmodifiableMap(persons);
        this.eventsById = Collections.unmodifiableMap(byId);
    }

    public List<Event> events() {
        return events;
    }

    public List<Person> people() {
        return people;
    }

    /** Every session of every event, events in order, sessions in program order. */
    public List<Session> sessions() {
        return sessions;
    }

    public Optional<Session> session(String id) {
        return Optional.ofNullable(sessionsById.get(id));
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(peopleById.get(id));
    }

    /**
     * The most recent event: the latest year, then the latest post date; among equals, the last in file order.
     * A model always has at least one event (the loader refuses an empty directory).
     */
    public Event latest() {
        Event latest = events.get(0);
        for (Event event : events) {
            if (LATEST_FIRST.compare(event, latest) <= 0) {
                latest = event;
            }
        }
        return latest;
    }

    private static final java.util.Comparator<Event> LATEST_FIRST = java.util.Comparator
            .comparingInt(Event::year).reversed()
            .thenComparing(e -> e.report().postDate(), java.util.Comparator.nullsLast(
                    java.util.Comparator.<String>reverseOrder()));

    public Optional<Event> event(String id) {
        return Optional.ofNullable(eventsById.get(id));
    }

    /** The event a session belongs to. */
    public Event eventOf(Session session) {
        Event event = eventsById.get(session.eventId());
        if (event == null) {
            throw new IllegalArgumentException("session " + session.id() + " names no loaded event");
        }
        return event;
    }

    /** The people of a session, in the order the post names them. */
    public List<Person> speakersOf(Session session) {
        List<Person> result = new ArrayList<>(session.speakers().size());
        for (String id : session.speakers()) {
            Person person = peopleById.get(id);
            if (person != null) {
                result.add(person);
            }
        }
        return result;
    }

    /** The sessions of a person, in program order. */
    public List<Session> sessionsOf(Person person) {
        List<Session> result = new ArrayList<>(person.sessionIds().size());
        for (String id : person.sessionIds()) {
            Session session = sessionsById.get(id);
            if (session != null) {
                result.add(session);
            }
        }
        return result;
    }
}
