package org.kvmforum.bot.content;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * The content built into the bot: the repository's {@code content/} packed into the jar at build time, so the
 * jar runs from any directory. It is handed to {@link ContentLoader#load(Path)} as a {@link Path} like any
 * other (inside the jar through a zip file system, or under the classes directory when run from a build), so
 * there is one loader and one set of checks for both.
 */
public final class EmbeddedContent {
    /** Where the build puts the content, relative to the classes (see the pom's resources). */
    static final String FOLDER = "content";

    /** The jar's file system, opened once and kept open for /reload; null until needed or when not in a jar. */
    private static FileSystem jar;

    private EmbeddedContent() {}

    /** The directory of the built-in content, inside the jar or the classes directory this class came from. */
    public static synchronized Path directory() throws ContentException {
        Path codeSource = codeSource();
        if (Files.isDirectory(codeSource)) {
            return codeSource.resolve(FOLDER);
        }
        if (jar == null) {
            try {
                jar = FileSystems.newFileSystem(codeSource, (ClassLoader) null);
            } catch (IOException | RuntimeException e) {
                throw new ContentException(codeSource, 0, "cannot open the jar to read its built-in content: " + e, e);
            }
        }
        return jar.getPath("/" + FOLDER);
    }

    /** Where content was read from, for the start-up line: "the jar", or the directory's absolute path. */
    public static String describe(Path directory) {
        return directory.getFileSystem() == FileSystems.getDefault()
                ? directory.toAbsolutePath().normalize().toString() : "the jar";
    }

    private static Path codeSource() throws ContentException {
        CodeSource source = EmbeddedContent.class.getProtectionDomain().getCodeSource();
        Path fallback = Path.of(FOLDER);
        if (source == null || source.getLocation() == null) {
            throw new ContentException(fallback, 0, "cannot tell where the bot's classes are, so no built-in "
                    + "content: pass --content DIR");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new ContentException(fallback, 0, "cannot locate the bot's jar (" + source.getLocation()
                    + "), so no built-in content: pass --content DIR", e);
        }
    }
}
