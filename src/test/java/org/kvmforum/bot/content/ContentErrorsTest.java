package org.kvmforum.bot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kvmforum.bot.content.PostFiles.copyRealPost;
import static org.kvmforum.bot.content.PostFiles.minimalPost;
import static org.kvmforum.bot.content.PostFiles.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way content can be unusable, each reported with the file, the 1-based line (0: the file as a whole) and
 * what is wrong. One table: the case, the content it sets up, and the file, line and message the load must fail
 * with.
 */
class ContentErrorsTest {
    private static final String ONE_TALK = "Paul Mackerras talked about [KVM on POWER](http://example.org/power.pdf).\n";

    @TempDir
    Path dir;

    /** What a case sets up: the directory to load, and the file the failure must name. */
    private record Setup(Path contentDir, Path file) {}

    /** One row of the table. */
    private record Case(String name, Function<Path, Setup> setup, int line, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // the directory
                new Case("missing directory", dir -> whole(dir.resolve("no-such-dir")), 0, "does not exist"),
                new Case("a file, not a directory", dir -> whole(write(dir, "content", "not a directory")), 0,
                        "not a directory"),
                new Case("no posts", dir -> {
                    write(dir, "notes.txt", "no posts here");
                    return whole(dir);
                }, 0, "no *.md post"),
                // the post
                new Case("empty post", post("  \n\n"), 1, "the post is empty"),
                new Case("not UTF-8", dir -> {
                    try {
                        Path post = Files.write(dir.resolve("kvm-forum-2013.md"), new byte[] {'-', '-', '-', '\n',
                                (byte) 0xFF});
                        return new Setup(dir, post);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, 0, "not UTF-8"),
                new Case("no front matter", post("# KVM Forum 2013\n\n" + ONE_TALK), 1, "no front matter"),
                new Case("front matter never closed", post("---\ntitle: KVM Forum 2013\n\n" + ONE_TALK), 1,
                        "never closed"),
                new Case("front matter line that is no key: value",
                        post("---\ntitle: KVM Forum 2013\nthis is no yaml\n---\n\n" + ONE_TALK), 3,
                        "expected 'key: value', found 'this is no yaml'"),
                new Case("front matter key twice", post("---\ntitle: KVM Forum 2013\ntitle: again\n---\n\n" + ONE_TALK),
                        3, "'title' is given twice"),
                new Case("no title", post("---\ndate: 2013-10-21\n---\n\n" + ONE_TALK), 1, "no title"),
                new Case("a date that is no date", post("---\ntitle: KVM Forum 2013\ndate: soon\n---\n\n" + ONE_TALK),
                        3, "date 'soon'"),
                new Case("no year anywhere", dir -> new Setup(dir, write(dir, "kvm-forum.md",
                        "---\ntitle: KVM Forum\n---\n\n" + ONE_TALK)), 2, "cannot tell the event's year"),
                new Case("no sessions", post(minimalPost("KVM Forum 2013",
                        "The Forum was held in Edinburgh.\n\nSee the [Forum page](http://example.org/forum).\n")), 6,
                        "tells of no sessions"),
                new Case("slides link without a speaker", post(minimalPost("KVM Forum 2013",
                        ONE_TALK + "\nThe slides of the opening are [here](http://example.org/opening.pdf).\n")), 8,
                        "the slides link 'here' names no speaker"),
                new Case("one session id twice in a post", post(minimalPost("KVM Forum 2013", ONE_TALK
                        + "\nPaul Mackerras later talked about\n[KVM on POWER](http://example.org/power-2.pdf) again.\n")),
                        9, "duplicate session id '2013-kvm-on-power': the session on line 6"),
                new Case("two spellings of a name, one person id", post(minimalPost("KVM Forum 2013",
                        "Rik van Riel talked about [ballooning](http://example.org/b.pdf).\n\n"
                                + "Rik Van Riel talked about [hinting](http://example.org/h.pdf).\n")), 8,
                        "duplicate person id 'rik-van-riel'"),
                new Case("one bad post beside the real one spoils the whole load", dir -> {
                    copyRealPost(dir);
                    return new Setup(dir, write(dir, "kvm-forum-2012.md", minimalPost("KVM Forum 2012",
                            "Nothing to see.\n")));
                }, 6, "tells of no sessions"),
                // the data file beside the real post
                new Case("malformed JSON", data("""
                        {
                          "people": {
                            "Avi": {"name" "Avi Kivity"}
                          }
                        }
                        """), 3, "malformed JSON"),
                new Case("empty data file", data(""), 1, "the data file is empty"),
                new Case("a key twice", data("""
                        {
                          "people": {
                            "Avi": {"name": "Avi Kivity"},
                            "Avi": {"name": "Avi K."}
                          }
                        }
                        """), 4, "Duplicate field 'Avi'"),
                new Case("unknown section", data("""
                        {
                          "people": {},
                          "talks": {}
                        }
                        """), 3, "unknown field \"talks\""),
                new Case("unknown field in an entry", data("""
                        {
                          "people": {
                            "Avi": {
                              "name": "Avi Kivity",
                              "company": "Red Hat"
                            }
                          }
                        }
                        """), 5, "unknown field \"company\""),
                new Case("a number for a title", data("""
                        {
                          "sessions": {
                            "keynote": {"title": 42}
                          }
                        }
                        """), 3, "\"title\" of \"keynote\" must be a non-empty string"),
                new Case("an array for a section", data("""
                        {
                          "people": ["Avi"]
                        }
                        """), 2, "expected \"people\" to be an object, found an array"),
                new Case("a person entry naming nobody in the post", data("""
                        {
                          "people": {
                            "Avi": {"name": "Avi Kivity"},
                            "Brian Stevens": {"name": "Brian Stevens"}
                          }
                        }
                        """), 4, "\"people\" entry \"Brian Stevens\" names nobody"),
                new Case("a session entry naming no session in the post", data("""
                        {
                          "sessions": {

                            "Keynote": {"title": "Keynote on QEMU development"}
                          }
                        }
                        """), 4, "\"sessions\" entry \"Keynote\" names no session"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsNamingFileLineAndProblem(Case row) {
        Setup setup = row.setup().apply(dir);
        assertFails(setup.contentDir(), setup.file(), row.line(), row.message());
    }

    /** The one case whose message also names a second file: where the id was first seen. */
    @Test
    void duplicateSessionIdsAcrossPostsNameBothPlaces() {
        Path first = write(dir, "a-forum-2013.md", minimalPost("KVM Forum 2013", ONE_TALK));
        Path second = write(dir, "b-forum-2013.md", minimalPost("KVM Forum 2013 (Europe)", "\n\n" + ONE_TALK));
        ContentException e = assertFails(dir, second, 8, "duplicate session id '2013-kvm-on-power'");
        assertTrue(e.getMessage().contains(first + ":6"), e.getMessage());
    }

    /** A failure about the directory or file as a whole. */
    private static Setup whole(Path path) {
        return new Setup(path, path);
    }

    /** A post of the given text, alone in the directory. */
    private static Function<Path, Setup> post(String text) {
        return dir -> new Setup(dir, write(dir, "kvm-forum-2013.md", text));
    }

    /** The real post with a data file of the given text beside it. */
    private static Function<Path, Setup> data(String json) {
        return dir -> {
            write(dir, "kvm-forum-2011.md", PostFiles.realPost());
            return new Setup(dir, write(dir, "kvm-forum-2011.json", json));
        };
    }

    /** Loads {@code contentDir} and checks the failure names {@code file}, {@code line} and the problem. */
    private static ContentException assertFails(Path contentDir, Path file, int line, String problem) {
        ContentException e = assertThrows(ContentException.class, () -> ContentLoader.load(contentDir));
        assertEquals(file, e.file(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        String where = line > 0 ? file + ":" + line + ": " : file + ": ";
        assertTrue(e.getMessage().startsWith(where), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        return e;
    }
}
