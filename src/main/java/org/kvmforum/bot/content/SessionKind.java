package org.kvmforum.bot.content;

/** What sort of slot a session filled in the program. How each reads in words is {@code wording.Wording}'s. */
public enum SessionKind {
    KEYNOTE,
    TALK,
    LIGHTNING_TALK,
    BOF
}
