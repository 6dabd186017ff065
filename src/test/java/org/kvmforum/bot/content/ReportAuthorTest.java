package org.kvmforum.bot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who wrote a report and who posted the copy: the source heading's author, and the front matter's. */
class ReportAuthorTest {
    private static final String ONE_TALK = "Paul Mackerras talked about [KVM on POWER](http://example.org/power.pdf).\n";

    @TempDir
    Path dir;

    private Event.Report reportOf(String frontMatterAuthor, String heading) throws ContentException {
        String post = "---\ntitle: KVM Forum 2013\ndate: 2013-10-21\n"
                + (frontMatterAuthor == null ? "" : "author: " + frontMatterAuthor + "\n") + "---\n\n" + heading
                + ONE_TALK;
        PostFiles.write(dir, "kvm-forum-2013.md", post);
        return ContentLoader.load(dir).events().get(0).report();
    }

    @Test
    void aCopyPostedByAnotherAccountKeepsBoth() throws ContentException {
        Event.Report report = reportOf("jb-mirror",
                "### From: [example.net](http://example.net/2013/forum) by [Jonas Berg](http://example.net/jonas)\n\n");
        assertEquals("Jonas Berg", report.author());
        assertEquals("jb-mirror", report.poster());
    }

    @Test
    void withoutASourceHeadingTheFrontMatterNamesTheAuthor() throws ContentException {
        Event.Report report = reportOf("Jonas Berg", "");
        assertEquals("Jonas Berg", report.author());
        assertNull(report.poster(), "the author posted it");
    }

    @Test
    void theSameNameTwiceIsOnePerson() throws ContentException {
        Event.Report report = reportOf("jonas berg",
                "### From: [example.net](http://example.net/2013/forum) by [Jonas Berg](http://example.net/jonas)\n\n");
        assertNull(report.poster());
    }
}
