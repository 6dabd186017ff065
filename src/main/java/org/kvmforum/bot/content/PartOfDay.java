package org.kvmforum.bot.content;

/**
 * The part of a day a session belonged to. The post marks parts only with sentences
 * ("That ended the first day's morning session. The afternoon session had parallel tracks"),
 * so this is what the parser can tell apart, nothing finer.
 */
public enum PartOfDay {
    /** The single-track morning session that opens a day. */
    MORNING("morning", "morning session"),
    /** The afternoon, which the post says ran as parallel tracks. */
    AFTERNOON("afternoon", "afternoon, parallel tracks");

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
}
