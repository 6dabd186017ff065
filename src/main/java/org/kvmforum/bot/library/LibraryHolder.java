package org.kvmforum.bot.library;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.kvmforum.bot.content.ContentException;

/**
 * The library currently served. A reload parses and indexes the new content off to the side and swaps it in
 * with one atomic write; a bad file leaves the old library in place. Queries running during a reload finish on
 * the library they started with.
 */
public final class LibraryHolder implements Supplier<Library> {
    private final Path contentDirectory;
    private final AtomicReference<Library> current;
    private final Object reloadLock = new Object();

    public LibraryHolder(Path contentDirectory, Library initial) {
        this.contentDirectory = Objects.requireNonNull(contentDirectory, "contentDirectory");
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    @Override
    public Library get() {
        return current.get();
    }

    public Path contentDirectory() {
        return contentDirectory;
    }

    /**
     * Loads the content directory again and, if every file is valid, serves it from now on.
     *
     * @return the new library
     * @throws ContentException naming the file and line, with the old library still served
     */
    public Library reload() throws ContentException {
        synchronized (reloadLock) {
            Library fresh = Library.load(contentDirectory);
            current.set(fresh);
            return fresh;
        }
    }
}
