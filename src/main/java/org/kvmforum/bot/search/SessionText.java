package org.kvmforum.bot.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.content.SessionKind;
import org.kvmforum.bot.wording.Wording;

/**
 * What a session can be found by, field by field, already normalised. Both the Lucene index and the
 * autocomplete vocabulary are built from this one description, so they agree on what a session "says".
 */
record SessionText(String title, String names, String kind, String when, String summary) {

    /** The fields, with how much a word found there says about the session (a title word says most). */
    enum Field {
        TITLE("title", 3.0f),
        NAMES("names", 3.0f),
        KIND("kind", 2.0f),
        SUMMARY("summary", 1.0f),
        WHEN("when", 0.5f);

        final String luceneName;
        final float weight;

        Field(String luceneName, float weight) {
            this.luceneName = luceneName;
            this.weight = weight;
        }
    }

    static SessionText of(Session session, ContentModel model) {
        Set<String> titles = new LinkedHashSet<>(List.of(session.title(), session.titleInPost()));
        List<String> names = new ArrayList<>();
        for (Person speaker : model.speakersOf(session)) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(speaker.name());
            forms.addAll(speaker.mentions());
            names.addAll(forms);
        }
        return new SessionText(
                TextNormalizer.normalize(String.join(" ; ", titles)),
                TextNormalizer.normalize(String.join(" ; ", names)),
                TextNormalizer.normalize(kindWords(session.kind())),
                TextNormalizer.normalize(whenWords(session)),
                TextNormalizer.normalize(session.summary()));
    }

    String text(Field field) {
        return switch (field) {
            case TITLE -> title;
            case NAMES -> names;
            case KIND -> kind;
            case WHEN -> when;
            case SUMMARY -> summary;
        };
    }

    /** The label plus what people call that kind of slot ("BOF" is short for birds of a feather). */
    private static String kindWords(SessionKind kind) {
        return switch (kind) {
            case BOF -> Wording.kindLabel(kind) + " bof birds of a feather";
            default -> Wording.kindLabel(kind);
        };
    }

    /** "day 1, first day, day one, morning, morning session": every way a question may name the slot. */
    private static String whenWords(Session session) {
        int day = session.day();
        String[] ordinals = {"", "first", "second", "third", "fourth", "fifth"};
        String[] numbers = {"", "one", "two", "three", "four", "five"};
        StringBuilder when = new StringBuilder("day ").append(day);
        if (day > 0 && day < ordinals.length) {
            when.append(", ").append(ordinals[day]).append(" day, day ").append(numbers[day]);
        }
        when.append(", ").append(session.part().word()).append(", ").append(session.part().label());
        return when.toString();
    }
}
