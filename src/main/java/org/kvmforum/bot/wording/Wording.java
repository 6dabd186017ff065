package org.kvmforum.bot.wording;

import java.util.ArrayList;
import java.util.List;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.content.SessionKind;

/**
 * How the bot puts sessions, people and times into words, in one place, so a card, a schedule line and an
 * answer's sentence all say them the same way. Plain text only: Markdown and Discord belong to the commands.
 */
public final class Wording {
    private Wording() {}

    /** A card's label for the kind: "Keynote", "Talk", "Lightning talk", "BOF discussion". */
    public static String kindLabel(SessionKind kind) {
        return switch (kind) {
            case KEYNOTE -> "Keynote";
            case TALK -> "Talk";
            case LIGHTNING_TALK -> "Lightning talk";
            case BOF -> "BOF discussion";
        };
    }

    /** The kind inside a sentence: "keynote", "lightning talk", "BOF discussion" (an acronym keeps its case). */
    public static String kind(SessionKind kind) {
        String label = kindLabel(kind);
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return acronym ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** The short noun, for lists and sentences that name the kind often: "keynote", "talk", "BOF". */
    public static String kindNoun(SessionKind kind) {
        return kind == SessionKind.BOF ? "BOF" : kind(kind);
    }

    /** "A", "A and B", "A, B and C"; "" for none. */
    public static String names(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The full names of a session's speakers, joined ("Ann Lee and Bo Chan"), or "" when the post names none. */
    public static String speakers(ContentModel model, Session session) {
        List<String> names = new ArrayList<>();
        for (Person person : model.speakersOf(session)) {
            names.add(person.name());
        }
        return names(names);
    }

    /** {@link #speakers}, or a note that says the post names nobody: for places where a blank would puzzle. */
    public static String speakersOrNobody(ContentModel model, Session session) {
        String names = speakers(model, session);
        return names.isEmpty() ? "Not named in the post" : names;
    }

    /** "Day 1, morning session". */
    public static String when(Session session) {
        return "Day " + session.day() + ", " + session.part().label();
    }

    /** "D1 morning": short, for labels that Discord may truncate. */
    public static String shortWhen(Session session) {
        return "D" + session.day() + " " + session.part().word();
    }

    /** The footer naming the source of every answer. */
    public static String source(Event event) {
        Event.Report report = event.report();
        String author = report.author() == null ? "the report" : report.author() + "'s report";
        return "Source: " + author + " on " + event.name();
    }
}
