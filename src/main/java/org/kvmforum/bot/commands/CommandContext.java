package org.kvmforum.bot.commands;

import java.time.Clock;
import java.util.Objects;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.library.LibraryHolder;

/**
 * What every command is built with: the library being served, the embed colours, the session cards drawn
 * in them, and the clock. One object, so a new command (or a new thing every command needs) changes one
 * constructor, not every line of {@link CommandCatalog}.
 */
public final class CommandContext {
    private final LibraryHolder libraries;
    private final Theme theme;
    private final SessionCards cards;
    private final Clock clock;

    public CommandContext(LibraryHolder libraries, Theme theme, Clock clock) {
        this.libraries = Objects.requireNonNull(libraries, "libraries");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.cards = new SessionCards(theme);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The library served right now. The router reads it once per request and hands that one to the command (see
     * {@link SlashCommand#execute}), so a reload in the middle of a reply never mixes two generations of content.
     */
    public Library library() {
        return libraries.get();
    }

    /** The holder itself, for the one command that reloads it. */
    public LibraryHolder libraries() {
        return libraries;
    }

    public Theme theme() {
        return theme;
    }

    public SessionCards cards() {
        return cards;
    }

    public Clock clock() {
        return clock;
    }
}
