package org.kvmforum.bot.content;

import java.util.List;
import java.util.Objects;

/**
 * One event, parsed from one post. Every fact the post may not state is nullable (or 0 for numbers),
 * so that a question about it can be answered with "the post does not say" instead of a guess.
 *
 * @param id               stable id, from the post's file name ("kvm-forum-2011")
 * @param name             the event's name ("KVM Forum 2011")
 * @param year             the year
 * @param place            where it was held ("Vancouver"), or null
 * @param colocatedWith    the event it was co-located with ("LinuxCon NA"), or null
 * @param attendance       attendance as the post words it ("about 150 attendees"), or null
 * @param attendees        that number (150), or 0
 * @param slotMinutes      length of a talk slot in minutes, or 0
 * @param parallelTracks   what the post says about parallel tracks ("in the afternoon sessions"), or null
 * @param recordings       what the post says about recordings, or null
 * @param firstForum       what the post says about the first forum, or null
 * @param afterTalks       what happened after the talks, one entry per day the post says something, in order
 * @param days             number of days of talks the post describes
 * @param report           who wrote the post and where it was first published
 * @param postDate         the post's date from its front matter (ISO-8601 text), or null
 * @param sessions         every session, in program order
 * @param sentences        every sentence of the post's prose, in order: what questions about the event whose
 *                         answer is a sentence (why, what else) are matched against
 */
public record Event(
        String id,
        String name,
        int year,
        String place,
        String colocatedWith,
        String attendance,
        int attendees,
        int slotMinutes,
        String parallelTracks,
        Recordings recordings,
        FirstForum firstForum,
        List<AfterTalks> afterTalks,
        int days,
        Report report,
        String postDate,
        List<Session> sessions,
        List<String> sentences) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(report, "report");
        afterTalks = List.copyOf(afterTalks);
        sessions = List.copyOf(sessions);
        sentences = List.copyOf(sentences);
    }

    /** An event whose prose sentences are not kept. */
    public Event(String id, String name, int year, String place, String colocatedWith, String attendance,
                 int attendees, int slotMinutes, String parallelTracks, Recordings recordings, FirstForum firstForum,
                 List<AfterTalks> afterTalks, int days, Report report, String postDate, List<Session> sessions) {
        this(id, name, year, place, colocatedWith, attendance, attendees, slotMinutes, parallelTracks, recordings,
                firstForum, afterTalks, days, report, postDate, sessions, List.of());
    }

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
     * Who wrote the report and where.
     *
     * @param author     the author's name ("Amit Shah"), or null
     * @param authorUrl  the author's profile link, or null
     * @param sourceUrl  where the report was first published, or null
     * @param forumPage  the event's own page, or null
     */
    public record Report(String author, String authorUrl, String sourceUrl, String forumPage) {}
}
