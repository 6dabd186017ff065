package org.kvmforum.bot.content;

import java.nio.file.Path;

/**
 * Content that cannot be served: a missing, empty or malformed post, or a data-file entry that names nothing
 * in the post. The message always names the file, the line (0 when the problem is the file as a whole) and
 * what is wrong, so an operator can fix it without reading code.
 */
public final class ContentException extends Exception {
    private final Path file;
    private final int line;
    private final String problem;

    public ContentException(Path file, int line, String problem) {
        this(file, line, problem, null);
    }

    public ContentException(Path file, int line, String problem, Throwable cause) {
        super(format(file, line, problem), cause);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    private static String format(Path file, int line, String problem) {
        return line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
