package org.kvmforum.bot.content;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One event, parsed from one post. Its facts come in small groups, one record each, so that a new fact is one
 * field in one group. Every fact the post may not state is nullable (or 0 for numbers), so that a question
 * about it can be answered with "the post does not say" instead of a guess.
 *
 * @param id        stable id, from the post's file name ("kvm-forum-2011")
 * @param name      the event's name ("KVM Forum 2011")
 * @param year      the year, from the title or else the post's date
 * @param venue     where it was held and with what
 * @param program   how the talks were laid out over the days
 * @param facts     the other facts the prose states about the event
 * @param report    who wrote the post, where, and when
 * @param sessions  every session, in program order
 * @param sentences every sentence of the post's prose, in order: what questions about the event whose answer is
 *                  a sentence (why, what else) are matched against
 * @param links     the prose's links other than slides (sites and articles it points to)
 */
public record Event(
        String id,
        String name,
        int year,
        Venue venue,
        Program program,
        Facts facts,
        Report report,
        List<Session> sessions,
        List<String> sentences,
        List<Link> links) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(report, "report");
        sessions = List.copyOf(sessions);
        sentences = List.copyOf(sentences);
        links = List.copyOf(links);
    }

    /**
     * A link of the prose that is not a session's slides (a site, an article the post points to).
     *
     * @param text     the link's text ("Open Virtualization Alliance", "lwn.net")
     * @param url      where it goes, exactly as the post writes it
     * @param sentence the sentence it is in
     */
    public record Link(String text, String url, String sentence) {}


    /** A short label to tell this event from the others ("2011"), for options and card footers. */
    public String label() {
        return Integer.toString(year);
    }

    /**
     * Where the event was held.
     *
     * @param place         the city ("Vancouver"), or null
     * @param colocatedWith the event it was co-located with ("LinuxCon NA"), or null
     */
    public record Venue(String place, String colocatedWith) {}

    /**
     * How the talks were laid out.
     *
     * @param days           number of days of talks the post describes
     * @param slotMinutes    length of a talk slot in minutes, or 0
     * @param parallelTracks what the post says about parallel tracks ("in the afternoon sessions"), or null when
     *                       it does not say there were any
     * @param afterTalks     what happened after the talks, one entry per day the post says something, in order
     * @param gaps           where the post says its author missed sessions it therefore does not describe, in order
     */
    public record Program(int days, int slotMinutes, String parallelTracks, List<AfterTalks> afterTalks,
            List<Gap> gaps) {
        public Program {
            afterTalks = List.copyOf(afterTalks);
            gaps = List.copyOf(gaps);
        }

        /** The gap right after the session of that program order (0: before the first session), if any. */
        public java.util.Optional<Gap> gapAfter(int order) {
            return gaps.stream().filter(gap -> gap.afterOrder() == order).findFirst();
        }

        /**
         * Whether the post says this part of this day ran parallel tracks: there is a statement, and the part
         * and the day it names, if it names any ("in the afternoon sessions": every afternoon; "during the
         * second day's afternoon": that one), are these.
         */
        public boolean parallelIn(int day, PartOfDay part) {
            if (parallelTracks == null) {
                return false;
            }
            String where = parallelTracks.toLowerCase(Locale.ROOT);
            boolean namesAPart = false;
            for (PartOfDay named : PartOfDay.values()) {
                namesAPart |= named.known() && where.contains(named.word());
            }
            int namedDay = ProgramClock.dayNamedIn(where);
            return (!namesAPart || (part.known() && where.contains(part.word())))
                    && (namedDay == 0 || namedDay == day);
        }
    }

    /**
     * The other facts the prose states about the event as a whole.
     *
     * @param attendance attendance as the post words it ("about 150 attendees"), or null
     * @param attendees  that number (150), or 0
     * @param recordings what the post says about recordings, or null
     * @param firstForum what the post says about the first forum, or null
     */
    public record Facts(String attendance, int attendees, Recordings recordings, FirstForum firstForum) {}

    /**
     * Talks were recorded.
     *
     * @param statement the post's sentence about it
     * @param whereUrl  where they were to appear (the Forum page), or null
     */
    public record Recordings(String statement, String whereUrl) {}

    /**
     * The first forum, as the post recalls it.
     *
     * @param year      its year (2008)
     * @param size      its size as the post words it ("about 30 developers in a single room")
     * @param statement the post's words about it (what was designed there and so on)
     */
    public record FirstForum(int year, String size, String statement) {}

    /** What happened after the talks of one day, in the post's words. */
    public record AfterTalks(int day, String statement) {}

    /**
     * Sessions the author says he missed, between two the post describes: the sessions on either side of it are not
     * next to each other in the program, and the missed ones are not in the model.
     *
     * @param afterOrder the program order of the session the post describes before it (0: none)
     * @param statement  the sentence that says so ("I missed out on the next two sessions, talking to people.")
     */
    public record Gap(int afterOrder, String statement) {}

    /**
     * Who wrote the report, where and when.
     *
     * @param author     the author's name ("Amit Shah"), or null
     * @param authorUrl  the author's profile link, or null
     * @param sourceUrl  where the report was first published, or null
     * @param forumPage  the event's own page, or null
     * @param postDate   the post's date from its front matter (ISO-8601 text), or null
     * @param poster     the account that posted this copy (the front matter's author, "amosk"), when it is not the
     *                   report's author; or null
     * @param categories the post's categories from its front matter ("Virtualization"), in its order; empty when
     *                   it gives none
     */
    public record Report(String author, String authorUrl, String sourceUrl, String forumPage, String postDate,
            String poster, List<String> categories) {
        public Report {
            categories = categories == null ? List.of() : List.copyOf(categories);
        }
    }
}
