package org.kvmforum.bot.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A private copy of the real content, and edits to it a reload should see or refuse. */
final class ContentFiles {
    static final Path REAL = Path.of("content");
    static final String POST = "kvm-forum-2011.md";
    static final String ORIGINAL_CITY = "Vancouver city played the host";
    /** The post's fifth line holds {@code layout: post}; this makes it no front matter at all. */
    static final int BROKEN_LINE = 5;

    private ContentFiles() {}

    /** Copies the real post and data file into {@code dir}; returns {@code dir}. */
    static Path copyInto(Path dir) {
        try (Stream<Path> files = Files.list(REAL)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String original() {
        return read(REAL.resolve(POST));
    }

    /** The post with the event held in another city: a change every reader of the model can see. */
    static String heldIn(String city) {
        String post = original();
        if (!post.contains(ORIGINAL_CITY)) {
            throw new IllegalStateException("the post no longer says '" + ORIGINAL_CITY + "'");
        }
        return post.replace(ORIGINAL_CITY, city + " city played the host");
    }

    /** The post with its front matter broken on line {@link #BROKEN_LINE}. */
    static String broken() {
        String post = original();
        if (!post.lines().skip(BROKEN_LINE - 1).findFirst().orElse("").equals("layout: post")) {
            throw new IllegalStateException("line " + BROKEN_LINE + " of the post is no longer 'layout: post'");
        }
        return post.replace("\nlayout: post\n", "\nthis is no yaml\n");
    }

    /** Replaces the post in {@code dir} in one step, as an editor or deployment does (write aside, rename). */
    static void replacePost(Path dir, String text) {
        try {
            Path aside = Files.writeString(dir.resolve(".tmp-" + System.nanoTime()), text);
            Files.move(aside, dir.resolve(POST), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
