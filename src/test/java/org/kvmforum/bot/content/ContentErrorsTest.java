package org.kvmforum.bot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kvmforum.bot.content.PostFiles.copyRealPost;
import static org.kvmforum.bot.content.PostFiles.minimalPost;
import static org.kvmforum.bot.content.PostFiles.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way content can be unusable, each reported with the file, the 1-based line and what is wrong. */
class ContentErrorsTest {
    private static final String ONE_TALK = "Paul Mackerras talked about [KVM on POWER](http://example.org/power.pdf).\n";

    @TempDir
    Path dir;

    // --- the directory ---

    @Test
    void missingDirectory() {
        Path missing = dir.resolve("no-such-dir");
        assertFails(missing, missing, 0, "does not exist");
    }

    @Test
    void directoryThatIsAFile() {
        Path file = write(dir, "content", "not a directory");
        assertFails(file, file, 0, "not a directory");
    }

    @Test
    void directoryWithoutPosts() {
        write(dir, "notes.txt", "no posts here");
        assertFails(dir, dir, 0, "no *.md post");
    }

    // --- the post ---

    @Test
    void emptyPost() {
        Path post = write(dir, "kvm-forum-2013.md", "  \n\n");
        assertFails(dir, post, 1, "the post is empty");
    }

    @Test
    void postNotInUtf8() throws IOException {
        Path post = Files.write(dir.resolve("kvm-forum-2013.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xFF});
        assertFails(dir, post, 0, "not UTF-8");
    }

    @Test
    void noFrontMatter() {
        Path post = write(dir, "kvm-forum-2013.md", "# KVM Forum 2013\n\n" + ONE_TALK);
        assertFails(dir, post, 1, "no front matter");
    }

    @Test
    void frontMatterNeverClosed() {
        Path post = write(dir, "kvm-forum-2013.md", "---\ntitle: KVM Forum 2013\n\n" + ONE_TALK);
        assertFails(dir, post, 1, "never closed");
    }

    @Test
    void frontMatterLineThatIsNoKeyValue() {
        Path post = write(dir, "kvm-forum-2013.md", "---\ntitle: KVM Forum 2013\nthis is no yaml\n---\n\n" + ONE_TALK);
        assertFails(dir, post, 3, "expected 'key: value', found 'this is no yaml'");
    }

    @Test
    void frontMatterKeyTwice() {
        Path post = write(dir, "kvm-forum-2013.md", "---\ntitle: KVM Forum 2013\ntitle: again\n---\n\n" + ONE_TALK);
        assertFails(dir, post, 3, "'title' is given twice");
    }

    @Test
    void noTitle() {
        Path post = write(dir, "kvm-forum-2013.md", "---\ndate: 2013-10-21\n---\n\n" + ONE_TALK);
        assertFails(dir, post, 1, "no title");
    }

    @Test
    void dateThatIsNoDate() {
        Path post = write(dir, "kvm-forum-2013.md", "---\ntitle: KVM Forum 2013\ndate: soon\n---\n\n" + ONE_TALK);
        assertFails(dir, post, 3, "date 'soon'");
    }

    @Test
    void noYearAnywhere() {
        Path post = write(dir, "kvm-forum.md", "---\ntitle: KVM Forum\n---\n\n" + ONE_TALK);
        assertFails(dir, post, 2, "cannot tell the event's year");
    }

    @Test
    void postWithoutSessions() {
        Path post = write(dir, "kvm-forum-2013.md", minimalPost("KVM Forum 2013",
                "The Forum was held in Edinburgh.\n\nSee the [Forum page](http://example.org/forum).\n"));
        assertFails(dir, post, 6, "tells of no sessions");
    }

    @Test
    void slidesLinkWithoutSpeaker() {
        Path post = write(dir, "kvm-forum-2013.md", minimalPost("KVM Forum 2013",
                ONE_TALK + "\nThe slides of the opening are [here](http://example.org/opening.pdf).\n"));
        assertFails(dir, post, 8, "the slides link 'here' names no speaker");
    }

    @Test
    void duplicateSessionIdsInOnePost() {
        Path post = write(dir, "kvm-forum-2013.md", minimalPost("KVM Forum 2013",
                ONE_TALK + "\nPaul Mackerras later talked about\n[KVM on POWER](http://example.org/power-2.pdf) again.\n"));
        assertFails(dir, post, 9, "duplicate session id '2013-kvm-on-power': the session on line 6");
    }

    @Test
    void duplicateSessionIdsAcrossPosts() {
        Path first = write(dir, "a-forum-2013.md", minimalPost("KVM Forum 2013", ONE_TALK));
        Path second = write(dir, "b-forum-2013.md", minimalPost("KVM Forum 2013 (Europe)", "\n\n" + ONE_TALK));
        ContentException e = assertFails(dir, second, 8, "duplicate session id '2013-kvm-on-power'");
        assertTrue(e.getMessage().contains(first + ":6"), e.getMessage());
    }

    @Test
    void twoNamesOneId() {
        Path post = write(dir, "kvm-forum-2013.md", minimalPost("KVM Forum 2013",
                "Rik van Riel talked about [ballooning](http://example.org/b.pdf).\n\n"
                        + "Rik Van Riel talked about [hinting](http://example.org/h.pdf).\n"));
        assertFails(dir, post, 8, "duplicate person id 'rik-van-riel'");
    }

    @Test
    void oneBadPostSpoilsTheWholeLoad() {
        copyRealPost(dir);
        Path bad = write(dir, "kvm-forum-2012.md", minimalPost("KVM Forum 2012", "Nothing to see.\n"));
        assertFails(dir, bad, 6, "tells of no sessions");
    }

    // --- the data file ---

    @Test
    void malformedJson() {
        Path data = realPostWithData("""
                {
                  "people": {
                    "Avi": {"name" "Avi Kivity"}
                  }
                }
                """);
        assertFails(data.getParent(), data, 3, "malformed JSON");
    }

    @Test
    void emptyDataFile() {
        Path data = realPostWithData("");
        assertFails(data.getParent(), data, 1, "the data file is empty");
    }

    @Test
    void duplicateKeyInDataFile() {
        Path data = realPostWithData("""
                {
                  "people": {
                    "Avi": {"name": "Avi Kivity"},
                    "Avi": {"name": "Avi K."}
                  }
                }
                """);
        assertFails(data.getParent(), data, 4, "Duplicate field 'Avi'");
    }

    @Test
    void unknownSection() {
        Path data = realPostWithData("""
                {
                  "people": {},
                  "talks": {}
                }
                """);
        assertFails(data.getParent(), data, 3, "unknown field \"talks\"");
    }

    @Test
    void unknownFieldInAnEntry() {
        Path data = realPostWithData("""
                {
                  "people": {
                    "Avi": {
                      "name": "Avi Kivity",
                      "company": "Red Hat"
                    }
                  }
                }
                """);
        assertFails(data.getParent(), data, 5, "unknown field \"company\"");
    }

    @Test
    void wrongTypes() {
        Path data = realPostWithData("""
                {
                  "sessions": {
                    "keynote": {"title": 42}
                  }
                }
                """);
        assertFails(data.getParent(), data, 3, "\"title\" of \"keynote\" must be a non-empty string");
        Path array = realPostWithData("""
                {
                  "people": ["Avi"]
                }
                """);
        assertFails(array.getParent(), array, 2, "expected \"people\" to be an object, found an array");
    }

    @Test
    void personEntryNamingNobody() {
        Path data = realPostWithData("""
                {
                  "people": {
                    "Avi": {"name": "Avi Kivity"},
                    "Brian Stevens": {"name": "Brian Stevens"}
                  }
                }
                """);
        assertFails(data.getParent(), data, 4, "\"people\" entry \"Brian Stevens\" names nobody");
    }

    @Test
    void sessionEntryNamingNothing() {
        Path data = realPostWithData("""
                {
                  "sessions": {

                    "Keynote": {"title": "Keynote on QEMU development"}
                  }
                }
                """);
        assertFails(data.getParent(), data, 4, "\"sessions\" entry \"Keynote\" names no session");
    }

    private Path realPostWithData(String json) {
        Path sub = dir.resolve("case-" + System.nanoTime());
        try {
            Files.createDirectory(sub);
            write(sub, "kvm-forum-2011.md", PostFiles.realPost());
            return write(sub, "kvm-forum-2011.json", json);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
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
