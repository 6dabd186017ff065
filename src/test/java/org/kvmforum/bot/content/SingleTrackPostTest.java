package org.kvmforum.bot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fictional single-track "KVM Forum 2013", written in another style than the real post: days under headings,
 * facts in other words ("Talks were 45 minutes long", "About 220 people turned up"), a lightning talk without a
 * link, an evening BOF, and a post that never says which part of the day a talk was in.
 */
class SingleTrackPostTest extends OnePostTest {
    @Override
    String directory() {
        return "single-track";
    }

    @Override
    String program() {
        return """
                1|keynote on the next five years of QEMU|KEYNOTE|Paolo Rinaldi|PDF|1|UNKNOWN
                2|Tracing QEMU with LTTng|TALK|Rosa Delgado;Karim Haddad|PDF|1|UNKNOWN
                3|vhost in user space|TALK|Wei Chen|ODP|1|UNKNOWN
                4|block job cancellation|LIGHTNING_TALK|Rosa Delgado|-|1|UNKNOWN
                5|live snapshots|BOF|Karim Haddad|-|1|EVENING
                6|a new migration stream format|TALK|Marta Kowalczyk|PDF|2|UNKNOWN
                7|ARM virtualization|TALK|Ian Doyle|PDF|2|UNKNOWN
                """;
    }

    @Test
    void factsInOtherWords() {
        assertEquals("kvm-forum-2013", event.id());
        assertEquals("KVM Forum 2013 report", event.name());
        assertEquals("2013", event.label());
        assertEquals("Edinburgh", event.venue().place());
        assertEquals("About 220 people", event.facts().attendance());
        assertEquals(220, event.facts().attendees());
        assertEquals(45, event.program().slotMinutes());
        assertEquals(2, event.program().days());
        assertEquals(new Event.Report("Jonas Berg", "http://example.net/jonas", "http://example.net/2013/kvm-forum",
                null, "2013-10-30", null, List.of()), event.report(),
                "no author in the front matter: no other poster; no categories");
    }

    @Test
    void aSingleTrackIsNeverParallel() {
        assertNull(event.program().parallelTracks(), "\"there were no parallel tracks\" denies them");
        for (Session session : event.sessions()) {
            assertFalse(event.program().parallelIn(session.day(), session.part()), session.id());
        }
    }

    @Test
    void whatThePostDoesNotSayStaysEmpty() {
        assertNull(event.venue().colocatedWith());
        assertNull(event.facts().recordings());
        assertNull(event.facts().firstForum());
        assertEquals(List.of(), event.program().afterTalks(), "nothing is told after \"That ended the forum.\"");
        assertNull(event.report().forumPage());
        assertFalse(event.sessions().stream().anyMatch(s -> s.part() == PartOfDay.MORNING),
                "the post never says morning, so no session is put there");
    }
}
