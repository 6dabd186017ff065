package org.kvmforum.bot.answer;

/** The facts about the event itself that a question may ask for, rather than about one of its sessions. */
enum EventFact {
    /** What happened after the talks (the pub, the dinner). */
    AFTER_TALKS,
    /** The first Forum: when, how big, what was designed there. */
    FIRST_FORUM,
    /** Whether the talks were recorded and where the videos go. */
    RECORDINGS,
    /** Who wrote the report, where it was first published, when it was posted. */
    REPORT,
    /** How long a talk slot was. */
    SLOTS,
    /** Whether talks ran in parallel. */
    PARALLEL_TRACKS,
    /** How many attended. */
    ATTENDANCE,
    /** Which event it was co-located with. */
    COLOCATED,
    /** How many days it lasted. */
    DAYS,
    /** The hotel, venue or room: the post names none. */
    VENUE,
    /** The event's dates: the post gives none, only its own date. */
    DATES,
    /** The city. */
    PLACE,
    /** The event's own web page. */
    EVENT_PAGE,
    /** Everything at once, for "tell me about the forum". */
    OVERVIEW
}
