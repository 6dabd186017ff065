package org.kvmforum.bot.content;

/** What sort of slot a session filled in the program. */
public enum SessionKind {
    KEYNOTE("Keynote"),
    TALK("Talk"),
    LIGHTNING_TALK("Lightning talk"),
    BOF("BOF discussion");

    private final String label;

    SessionKind(String label) {
        this.label = label;
    }

    /** How the kind reads in a sentence or a card ("Lightning talk"). */
    public String label() {
        return label;
    }
}
