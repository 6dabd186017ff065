package org.kvmforum.bot.content;

/**
 * The part of a day a session belonged to. Posts mark parts only with sentences or headings ("That ended the
 * first day's morning session", "After lunch, ...", "In the evening, ...", "## Day 1: afternoon"), so this is
 * what the parser can tell apart, nothing finer; where the post does not say, the part is {@link #UNKNOWN}.
 * Whether a part ran parallel tracks is the event's fact, not the part's: see {@link Event.Program}.
 */
public enum PartOfDay {
    /** The part that opens a day, before the afternoon or before a stated end of the first session. */
    MORNING("morning", "morning session"),
    AFTERNOON("afternoon", "afternoon session"),
    /** After the day's talks: evening BOFs and the like. */
    EVENING("evening", "evening"),
    /** The post does not say which part of the day (never guessed). */
    UNKNOWN("part of the day not given", "part of the day not given");

    private final String word;
    private final String label;

    PartOfDay(String word, String label) {
        this.word = word;
        this.label = label;
    }

    /** One word for sentences: "in the morning". */
    public String word() {
        return word;
    }

    /** A longer label for cards and the schedule. */
    public String label() {
        return label;
    }

    /** Whether the post says which part of the day this was. */
    public boolean known() {
        return this != UNKNOWN;
    }
}
