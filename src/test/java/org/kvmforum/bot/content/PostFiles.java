package org.kvmforum.bot.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Test helpers that write posts and data files into temporary content directories. */
final class PostFiles {
    static final Path REAL_POST = Path.of("content", "kvm-forum-2011.md");
    static final Path REAL_DATA = Path.of("content", "kvm-forum-2011.json");

    private PostFiles() {}

    /** An event's program as lines of "order|title|kind|speakers|format|day|part", to compare whole programs. */
    static List<String> programLines(ContentModel model, Event event) {
        List<String> lines = new ArrayList<>();
        for (Session session : event.sessions()) {
            List<String> speakers = model.speakersOf(session).stream().map(Person::name).toList();
            lines.add(String.join("|", String.valueOf(session.order()), session.title(), session.kind().name(),
                    String.join(";", speakers), session.hasSlides() ? session.slides().format() : "-",
                    String.valueOf(session.day()), session.part().name()));
        }
        return lines;
    }

    static String realPost() {
        try {
            return Files.readString(REAL_POST);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the real post and its data file into {@code dir}, unchanged. */
    static Path copyRealPost(Path dir) {
        copyRealData(dir);
        return write(dir, "kvm-forum-2011.md", realPost());
    }

    /** Copies the real post, edited, and its data file into {@code dir}. */
    static Path copyRealPost(Path dir, UnaryOperator<String> edit) {
        copyRealData(dir);
        String original = realPost();
        String edited = edit.apply(original);
        if (edited.equals(original)) {
            throw new AssertionError("the edit changed nothing: the test no longer tests anything");
        }
        return write(dir, "kvm-forum-2011.md", edited);
    }

    private static void copyRealData(Path dir) {
        try {
            Files.copy(REAL_DATA, dir.resolve("kvm-forum-2011.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces exactly one occurrence, so a test breaks loudly if the post no longer has the text. */
    static String replaceOnce(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0 || text.indexOf(target, at + 1) >= 0) {
            throw new AssertionError("expected exactly one '" + target + "'");
        }
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    /** The paragraph of {@code text} that starts with {@code opening}, up to and including its blank line. */
    static String paragraphStartingWith(String text, String opening) {
        int start = text.indexOf("\n\n" + opening);
        if (start < 0) {
            throw new AssertionError("no paragraph starts with '" + opening + "'");
        }
        int end = text.indexOf("\n\n", start + 2);
        return text.substring(start + 2, end + 2);
    }

    /** A small valid post, for error tests to break one piece of. */
    static String minimalPost(String title, String body) {
        return "---\ntitle: " + title + "\ndate: 2013-10-21\n---\n\n" + body;
    }
}
