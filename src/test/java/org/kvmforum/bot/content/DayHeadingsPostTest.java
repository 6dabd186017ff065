package org.kvmforum.bot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fictional "2014" post in a third style: a title without the event's name or year (the year comes from the
 * date), the program as lists under "Day 1: morning" headings, speakers after the link with "by", tracks that
 * "ran in parallel during the afternoons", a lightning talk without a link and a BOF "after dinner".
 */
class DayHeadingsPostTest extends OnePostTest {
    @Override
    String directory() {
        return "day-headings";
    }

    @Override
    String program() {
        return """
                1|Ten years of KVM|KEYNOTE|Avi Kivity|PDF|1|MORNING
                2|Dirty page tracking at scale|TALK|Hu Tao;Lidia Marsh|PDF|1|MORNING
                3|virtio-blk data plane|TALK|Stefan Hajnoczi|ODP|1|AFTERNOON
                4|vhost-net zero copy|TALK|Michael Tsirkin|PDF|1|AFTERNOON
                5|fuzzing the QEMU monitor|LIGHTNING_TALK|Lidia Marsh|-|1|AFTERNOON
                6|nested virtualization|BOF||-|1|EVENING
                7|Real-time KVM|TALK|Rik Anders|PDF|2|UNKNOWN
                """;
    }

    @Test
    void theYearComesFromTheDateWhenTheTitleHasNone() {
        assertEquals("Notes from the Düsseldorf forum", event.name());
        assertEquals(2014, event.year());
        assertEquals("2014", event.label());
        assertEquals("2014-ten-years-of-kvm", event.sessions().get(0).id());
    }

    @Test
    void factsInOtherWords() {
        assertEquals("Düsseldorf", event.venue().place());
        assertEquals("LinuxCon Europe", event.venue().colocatedWith());
        assertEquals("Roughly 300 developers", event.facts().attendance());
        assertEquals(300, event.facts().attendees());
        assertEquals(30, event.program().slotMinutes());
        assertEquals("All sessions were video-recorded.", event.facts().recordings().statement());
        assertNull(event.facts().recordings().whereUrl(), "the sentence has no link");
        assertEquals(2, event.program().days());
        assertEquals("Chen Wei", event.report().author());
    }

    @Test
    void parallelTracksOnlyWhereThePostSays() {
        assertEquals("during the afternoons", event.program().parallelTracks());
        assertTrue(event.program().parallelIn(1, PartOfDay.AFTERNOON));
        assertTrue(event.program().parallelIn(2, PartOfDay.AFTERNOON));
        assertFalse(event.program().parallelIn(1, PartOfDay.MORNING));
        assertFalse(event.program().parallelIn(1, PartOfDay.EVENING));
        assertFalse(event.program().parallelIn(2, PartOfDay.UNKNOWN), "an unknown part is not claimed parallel");
    }

    @Test
    void whatThePostDoesNotSayStaysEmpty() {
        assertNull(event.facts().firstForum());
        assertEquals(List.of(), event.program().afterTalks());
        assertNull(event.report().forumPage());
        assertEquals(PartOfDay.UNKNOWN, event.sessions().get(6).part(), "\"Day 2\" alone gives no part of the day");
    }
}
