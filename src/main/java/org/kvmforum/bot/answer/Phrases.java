package org.kvmforum.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.PartOfDay;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.content.SessionKind;
import org.kvmforum.bot.wording.Wording;

/** How answers word sessions, people and times, so every answer says them the same way. Plain text. */
final class Phrases {
    private static final String[] NUMBER_WORDS = {"no", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve"};
    private static final String[] ORDINAL_WORDS = {"", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth"};

    private Phrases() {}

    /** "A", "A and B", "A, B and C". */
    static String join(List<String> items) {
        return Wording.names(items);
    }

    /** "two", or digits past twelve. */
    static String number(int n) {
        return n >= 0 && n < NUMBER_WORDS.length ? NUMBER_WORDS[n] : Integer.toString(n);
    }

    /** "first", "third", or "11th". */
    static String ordinal(int n) {
        return n > 0 && n < ORDINAL_WORDS.length ? ORDINAL_WORDS[n] : n + "th";
    }

    static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String quoted(Session session) {
        return "\u201c" + session.title() + "\u201d";
    }

    /** The full names of a session's speakers ("Stefan Hajnoczi and Paolo Bonzini"), or "" when none. */
    static String speakers(ContentModel model, Session session) {
        return Wording.speakers(model, session);
    }

    /** "keynote", "talk", "lightning talk", "BOF". */
    static String kindNoun(SessionKind kind) {
        return Wording.kindNoun(kind);
    }

    static String kindPlural(SessionKind kind) {
        return kind == null ? "sessions" : kindNoun(kind) + "s";
    }

    /** "the keynote “Avi's keynote”" reads badly; "the talk “AHCI”" does not. */
    static String named(Session session) {
        String kind = kindNoun(session.kind());
        boolean titleSaysKind = session.title().toLowerCase(Locale.ROOT).contains(kind.toLowerCase(Locale.ROOT));
        return titleSaysKind ? quoted(session) : "the " + kind + " " + quoted(session);
    }

    /** "gave the talk “AHCI”", "took part in the BOF “state of chardevs in QEMU”". */
    static String gave(Session session) {
        return verb(session) + " " + named(session);
    }

    /** What a person did in a session: gave it, or took part in it (a BOF). */
    static String verb(Session session) {
        return session.kind() == SessionKind.BOF ? "took part in" : "gave";
    }

    /** "the talk “AHCI” by Alex Graf", "the BOF “moving qemu away from C”". */
    static String described(ContentModel model, Session session) {
        String names = speakers(model, session);
        if (names.isEmpty()) {
            return named(session);
        }
        return named(session) + (session.kind() == SessionKind.BOF ? " with " : " by ") + names;
    }

    /** "on day 1 (the first day), in the morning session". */
    static String when(Session session) {
        return "on day " + session.day() + " (the " + ordinal(session.day()) + " day), in the " + part(session.part());
    }

    /** "day 1, morning". */
    static String shortWhen(Session session) {
        return "day " + session.day() + ", " + session.part().word();
    }

    /** "morning session", "afternoon (parallel tracks)". */
    static String part(PartOfDay part) {
        return part == PartOfDay.MORNING ? "morning session" : "afternoon (parallel tracks)";
    }

    /** "on day 2 in the morning", "on day 1", "in the afternoons", or "at" and the event's name. */
    static String scope(int day, PartOfDay part, String eventName) {
        if (day > 0 && part != null) {
            return "on day " + day + " in the " + part.word();
        }
        if (day > 0) {
            return "on day " + day;
        }
        if (part != null) {
            return "in the " + part.word() + "s";
        }
        return "at " + eventName;
    }

    /** Words that open a sentence going on from the one before ("This allowed for more talks, but…"). */
    private static final java.util.Set<String> CONTINUING = java.util.Set.of("this", "that", "these", "those", "it",
            "but", "however", "so");

    /** Whether a sentence goes on from the one before it, by its first word. */
    static boolean continuesPrevious(String sentence) {
        int end = 0;
        while (end < sentence.length() && Character.isLetter(sentence.charAt(end))) {
            end++;
        }
        return CONTINUING.contains(sentence.substring(0, end).toLowerCase(java.util.Locale.ROOT));
    }

    /** "Avi Kivity and Anthony Liguori": the people's names, joined. */
    static String names(List<Person> people) {
        List<String> names = new ArrayList<>();
        people.forEach(p -> names.add(p.name()));
        return join(names);
    }
}
