package org.kvmforum.bot.answer;

import java.util.List;

/**
 * The facts about the event itself that a question may ask for, rather than about one of its sessions, each with
 * a few questions that ask for it in plain words. The questions are the declared table's second key: a question
 * whose words name no fact and no session is matched to the fact whose questions it is closest to in meaning
 * ("what bigger conference was it attached to" asks what "which larger conference was the forum held together
 * with" asks). They say nothing of any one forum.
 */
enum EventFact {
    /** What happened after the talks (the pub, the dinner). */
    AFTER_TALKS("what did people do in the evening after the talks", "where did everyone go once the sessions ended"),
    /** The first Forum: when, how big, what was designed there. */
    FIRST_FORUM("when was the first forum and how many came to it", "how has the forum grown since it started"),
    /** Whether the talks were recorded and where the videos go. */
    RECORDINGS("were the talks recorded on video", "where can I watch recordings of the talks"),
    /** Who wrote the report, where it was first published, when it was posted. */
    REPORT("who wrote this report about the forum", "when was this blog post published"),
    /** How long a talk slot was. */
    SLOTS("how long was each talk slot", "why were the talk slots made shorter"),
    /** Whether talks ran in parallel. */
    PARALLEL_TRACKS("were there parallel tracks with talks at the same time", "was the forum a single track"),
    /** How many attended. */
    ATTENDANCE("how many people attended the forum", "how big was the audience at the forum"),
    /** Which event it was co-located with. */
    COLOCATED("which larger conference was the forum held together with", "what other event was the forum part of",
            "was the forum held on its own or alongside another conference"),
    /** How many days it lasted. */
    DAYS("how many days did the forum last"),
    /** The hotel, venue or room: the post names none. */
    VENUE("in which hotel or building was the forum held"),
    /** The event's dates: the post gives none, only its own date. */
    DATES("on which dates did the forum take place"),
    /** The city. */
    PLACE("in which city was the forum held", "where in the world did the forum take place"),
    /** The event's own web page. */
    EVENT_PAGE("where is the official web page of the forum"),
    /** Everything at once, for "tell me about the forum". */
    OVERVIEW("tell me about the forum");

    private final List<String> askedAs;

    EventFact(String... askedAs) {
        this.askedAs = List.of(askedAs);
    }

    /** Questions that ask for this fact in plain words, about any forum. */
    List<String> askedAs() {
        return askedAs;
    }
}
