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
            case SLOTS -> event.program().slotMinutes() > 0
                    ? Answer.of("Talk slots at " + name + " were " + event.program().slotMinutes() + " minutes long"
                            + (event.program().parallelTracks() == null ? "."
                                    : ", with parallel tracks " + event.program().parallelTracks() + ".")
                            + source(event, event.program().slotMinutes() + " minutes", event.program().slotMinutes() + "-minute"))
                    : Answer.notInPost("The post does not say how long the talk slots at " + name + " were.",
                            List.of());
            case PARALLEL_TRACKS -> event.program().parallelTracks() != null
                    ? Answer.of(name + " had parallel tracks " + event.program().parallelTracks() + ".")
                    : Answer.notInPost("The post does not say whether " + name + " had parallel tracks.", List.of());
            case ATTENDANCE -> attendance(event);
            case COLOCATED -> event.venue().colocatedWith() != null
                    ? Answer.of(name + " was co-located with " + event.venue().colocatedWith()
                            + (event.venue().place() == null ? "." : ", in " + event.venue().place() + ".")
                            // The sentence may say more than the fact: "like last year's" answers "the first time?".
                            + source(event, event.venue().colocatedWith()))
                    : Answer.notInPost("The post does not say whether " + name + " was co-located with another event.",
                            List.of());
            case DAYS -> event.program().days() > 0
                    ? Answer.of(name + " lasted " + Phrases.number(event.program().days()) + " days: the post describes "
                            + event.program().days() + " days of talks.")
                    : Answer.notInPost("The post does not say how many days " + name + " lasted.", List.of());
            case VENUE -> Answer.notInPost("The post does not name the hotel, venue or rooms of " + name
                    + (event.venue().place() == null ? "." : ": it says only that it was held in " + event.venue().place()
                    + (event.venue().colocatedWith() == null ? "." : ", co-located with " + event.venue().colocatedWith() + ".")),
                    List.of());
            case DATES -> Answer.notInPost("The post does not give the dates of " + name + (event.program().days() > 0
                    ? ": it says only that it lasted " + Phrases.number(event.program().days()) + " days" : "")
                    + (event.report().postDate() == null ? "." : "; the post itself is dated " + date(event.report().postDate()) + "."),
                    List.of());
            case PLACE -> event.venue().place() != null
                    ? Answer.of(name + " was held in " + event.venue().place()
                            + (event.venue().colocatedWith() == null ? "."
                                    : ", co-located with " + event.venue().colocatedWith() + "."))
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
        for (Event.AfterTalks after : event.program().afterTalks()) {
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
        if (day != 0 && !chosen.isEmpty() && chosen.stream().noneMatch(after -> mentions(after.statement(),
                questionStems))) {
            // "pub after day 2?": what is asked of that day is another evening's ("a pub nearby" after day 1); that
            // comes first, then what the day asked about had.
            List<String> elsewhere = new ArrayList<>();
            for (Event.AfterTalks other : event.program().afterTalks()) {
                if (other.day() != day && mentions(other.statement(), questionStems)) {
                    elsewhere.add("after day " + other.day() + ": \u201c" + other.statement() + "\u201d");
                }
            }
            if (!elsewhere.isEmpty()) {
                parts.add(0, "No: not after day " + day + ". The post has that " + String.join(" and ", elsewhere));
            }
        }
        if (parts.isEmpty()) {
            return Answer.notInPost("The post does not say what happened after "
                    + (day == 0 ? "the talks." : "day " + day + "'s talks."), List.of());
        }
        return Answer.of(String.join(" ", parts));
    }

    private static Answer firstForum(Event event) {
        Event.FirstForum first = event.facts().firstForum();
        if (first == null) {
            return Answer.notInPost("The post does not say anything about the first Forum.", List.of());
        }
        String size = first.size() == null ? "" : ", with " + first.size();
        // The sentence with the one going on from it: "That's a really big leap in three years" is the author's word
        // on the growth.
        String quoted = source(event, first.statement());
        return Answer.of("The first KVM Forum was in " + first.year() + yearsBefore(event, ", ", " before " + event.name())
                + size + "." + (quoted.isEmpty() ? " The post: \u201c" + first.statement() + "\u201d" : quoted));
    }

    /**
     * ", three years before KVM Forum 2011": how long before this event the first one was, from the two years the
     * model has ("over how many years did it grow" is answered by it); empty when that is not a positive span.
     */
    private static String yearsBefore(Event event, String lead, String tail) {
        int span = event.year() - event.facts().firstForum().year();
        return span <= 0 ? "" : lead + Phrases.number(span) + (span == 1 ? " year" : " years") + tail;
    }

    private static Answer recordings(Event event) {
        Event.Recordings recordings = event.facts().recordings();
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
        if (event.report().postDate() != null) {
            text.append("; the post is dated ").append(date(event.report().postDate()));
        }
        if (report.poster() != null) {
            // "who posted it on this blog?": the copy's own author line, which is not the writer's.
            text.append(". This copy was posted by the account “").append(report.poster())
                    .append("”, the author its front matter gives");
        }
        return Answer.of(text.append('.').toString());
    }

    private static Answer attendance(Event event) {
        if (event.facts().attendance() == null) {
            return Answer.notInPost("The post does not say how many people attended " + event.name() + ".", List.of());
        }
        String growth = event.facts().firstForum() == null || event.facts().firstForum().size() == null ? ""
                : " (the first Forum, in " + event.facts().firstForum().year() + yearsBefore(event, ", ", " earlier")
                + ", had " + event.facts().firstForum().size() + ")";
        return Answer.of(event.name() + " had " + event.facts().attendance() + growth + "." + source(event, event.facts().attendance()));
    }

    private static Answer overview(Event event) {
        StringBuilder text = new StringBuilder(event.name());
        text.append(event.venue().place() == null ? " was" : " was held in " + event.venue().place());
        if (event.venue().colocatedWith() != null) {
            text.append(", co-located with ").append(event.venue().colocatedWith());
        }
        if (event.program().days() > 0) {
            text.append(": ").append(Phrases.number(event.program().days())).append(" days of talks");
        }
        if (event.facts().attendance() != null) {
            text.append(" with ").append(event.facts().attendance());
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
    /**
     * The post's own sentence for a fact of the event's program (the slots' length, the parallel tracks), with the
     * reasons it gives, or null when the fact is of another kind or the post does not state it.
     */
    static String sentenceOf(EventFact fact, Event event) {
        String fragment = switch (fact) {
            case SLOTS -> event.program().slotMinutes() > 0 ? event.program().slotMinutes() + " minutes" : null;
            case PARALLEL_TRACKS -> event.program().parallelTracks();
            default -> null;
        };
        if (fragment == null) {
            return null;
        }
        for (String sentence : event.sentences()) {
            if (sentence.contains(fragment)) {
                return sentence;
            }
        }
        return null;
    }

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
