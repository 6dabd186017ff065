package org.kvmforum.bot.answer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.search.Stems;
import org.kvmforum.bot.search.TextNormalizer;
import org.kvmforum.bot.search.Token;

/**
 * Answers about the event itself, from the event's facts in the content model. A fact the post does not give
 * (the model has it as null or 0) is answered with what the post does not say, never with a guess.
 */
final class EventAnswers {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private EventAnswers() {}

    /**
     * @param day           a day the question names, or 0
     * @param questionStems the stems of the question's meaningful words, for picking among several statements
     */
    static Answer answer(EventFact fact, Event event, int day, Set<String> questionStems) {
        String name = event.name();
        return switch (fact) {
            case AFTER_TALKS -> afterTalks(event, day, questionStems);
            case FIRST_FORUM -> firstForum(event);
            case RECORDINGS -> recordings(event);
            case REPORT -> report(event);
            case SLOTS -> event.slotMinutes() > 0
                    ? Answer.of("Talk slots at " + name + " were " + event.slotMinutes() + " minutes long"
                            + (event.parallelTracks() == null ? "."
                                    : ", with parallel tracks " + event.parallelTracks() + ".")
                            + source(event, event.slotMinutes() + " minutes", event.slotMinutes() + "-minute"))
                    : Answer.notInPost("The post does not say how long the talk slots at " + name + " were.",
                            List.of());
            case PARALLEL_TRACKS -> event.parallelTracks() != null
                    ? Answer.of(name + " had parallel tracks " + event.parallelTracks() + ".")
                    : Answer.notInPost("The post does not say whether " + name + " had parallel tracks.", List.of());
            case ATTENDANCE -> attendance(event);
            case COLOCATED -> event.colocatedWith() != null
                    ? Answer.of(name + " was co-located with " + event.colocatedWith()
                            + (event.place() == null ? "." : ", in " + event.place() + "."))
                    : Answer.notInPost("The post does not say whether " + name + " was co-located with another event.",
                            List.of());
            case DAYS -> event.days() > 0
                    ? Answer.of(name + " lasted " + Phrases.number(event.days()) + " days: the post describes "
                            + event.days() + " days of talks.")
                    : Answer.notInPost("The post does not say how many days " + name + " lasted.", List.of());
            case VENUE -> Answer.notInPost("The post does not name the hotel, venue or rooms of " + name
                    + (event.place() == null ? "." : ": it says only that it was held in " + event.place()
                    + (event.colocatedWith() == null ? "." : ", co-located with " + event.colocatedWith() + ".")),
                    List.of());
            case DATES -> Answer.notInPost("The post does not give the dates of " + name + (event.days() > 0
                    ? ": it says only that it lasted " + Phrases.number(event.days()) + " days" : "")
                    + (event.postDate() == null ? "." : "; the post itself is dated " + date(event.postDate()) + "."),
                    List.of());
            case PLACE -> event.place() != null
                    ? Answer.of(name + " was held in " + event.place()
                            + (event.colocatedWith() == null ? "."
                                    : ", co-located with " + event.colocatedWith() + "."))
                    : Answer.notInPost("The post does not say where " + name + " was held.", List.of());
            case EVENT_PAGE -> event.report().forumPage() != null
                    ? Answer.of(name + "'s own page, as the post links it: " + event.report().forumPage())
                    : Answer.notInPost("The post does not link a page of " + name + ".", List.of());
            case OVERVIEW -> overview(event);
        };
    }

    /** What happened after the talks: the day asked about, else the evenings the question's words are about. */
    private static Answer afterTalks(Event event, int day, Set<String> questionStems) {
        List<Event.AfterTalks> chosen = new ArrayList<>();
        for (Event.AfterTalks after : event.afterTalks()) {
            if (day == 0 || after.day() == day) {
                chosen.add(after);
            }
        }
        if (day == 0) {
            // "who hosted the dinner" is about the evening with the dinner, not every evening.
            List<Event.AfterTalks> mentioned = new ArrayList<>();
            for (Event.AfterTalks after : chosen) {
                if (mentions(after.statement(), questionStems)) {
                    mentioned.add(after);
                }
            }
            if (!mentioned.isEmpty()) {
                chosen = mentioned;
            }
        }
        List<String> parts = new ArrayList<>();
        for (Event.AfterTalks after : chosen) {
            parts.add("After day " + after.day() + ", the post says: \u201c" + after.statement() + "\u201d");
        }
        if (parts.isEmpty()) {
            return Answer.notInPost("The post does not say what happened after "
                    + (day == 0 ? "the talks." : "day " + day + "'s talks."), List.of());
        }
        return Answer.of(String.join(" ", parts));
    }

    private static Answer firstForum(Event event) {
        Event.FirstForum first = event.firstForum();
        if (first == null) {
            return Answer.notInPost("The post does not say anything about the first Forum.", List.of());
        }
        String size = first.size() == null ? "" : ", with " + first.size();
        return Answer.of("The first KVM Forum was in " + first.year() + size + ". The post: \u201c"
                + first.statement() + "\u201d");
    }

    private static Answer recordings(Event event) {
        Event.Recordings recordings = event.recordings();
        if (recordings == null) {
            return Answer.notInPost("The post does not say whether the talks of " + event.name()
                    + " were recorded.", List.of());
        }
        String where = recordings.whereUrl() == null ? "" : " The Forum page: " + recordings.whereUrl();
        return Answer.of("The post says the talks were video-recorded: \u201c" + recordings.statement() + "\u201d"
                + where);
    }

    private static Answer report(Event event) {
        Event.Report report = event.report();
        if (report.author() == null) {
            return Answer.notInPost("The post does not say who wrote it.", List.of());
        }
        StringBuilder text = new StringBuilder(report.author()).append(" wrote the report on ").append(event.name());
        if (report.sourceUrl() != null) {
            text.append(", first published at ").append(report.sourceUrl());
        }
        if (event.postDate() != null) {
            text.append("; the post is dated ").append(date(event.postDate()));
        }
        return Answer.of(text.append('.').toString());
    }

    private static Answer attendance(Event event) {
        if (event.attendance() == null) {
            return Answer.notInPost("The post does not say how many people attended " + event.name() + ".", List.of());
        }
        String growth = event.firstForum() == null || event.firstForum().size() == null ? ""
                : " (the first Forum, in " + event.firstForum().year() + ", had " + event.firstForum().size() + ")";
        return Answer.of(event.name() + " had " + event.attendance() + growth + "." + source(event, event.attendance()));
    }

    private static Answer overview(Event event) {
        StringBuilder text = new StringBuilder(event.name());
        text.append(event.place() == null ? " was" : " was held in " + event.place());
        if (event.colocatedWith() != null) {
            text.append(", co-located with ").append(event.colocatedWith());
        }
        if (event.days() > 0) {
            text.append(": ").append(Phrases.number(event.days())).append(" days of talks");
        }
        if (event.attendance() != null) {
            text.append(" with ").append(event.attendance());
        }
        List<Session> sessions = event.sessions();
        text.append(". The post describes ").append(sessions.size()).append(" sessions");
        if (event.report().author() != null) {
            text.append(", in ").append(event.report().author()).append("'s report");
        }
        return Answer.of(text.append('.').toString());
    }

    /**
     * " The post: “…”": the sentence a fact was read from, with the next one when it goes on from it, since the
     * why and the what-else of a fact are in those words ("Due to lots of good talk submissions, … This allowed
     * for more talks, but small Q&A sessions"). Empty when no sentence has any of the fragments.
     */
    private static String source(Event event, String... fragments) {
        List<String> sentences = event.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            for (String fragment : fragments) {
                if (sentences.get(i).contains(fragment)) {
                    String quoted = sentences.get(i);
                    if (i + 1 < sentences.size() && Phrases.continuesPrevious(sentences.get(i + 1))) {
                        quoted += " " + sentences.get(i + 1);
                    }
                    return " The post: \u201c" + quoted + "\u201d";
                }
            }
        }
        return "";
    }

    private static boolean mentions(String statement, Set<String> stems) {
        for (Token token : Token.of(TextNormalizer.clean(statement))) {
            if (stems.contains(Stems.of(token.joined()))) {
                return true;
            }
        }
        return false;
    }

    /** An ISO date ("yyyy-mm-dd") in words ("23 August" and the year); anything else as it is. */
    static String date(String iso) {
        try {
            return LocalDate.parse(iso).format(LONG_DATE);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }
}
