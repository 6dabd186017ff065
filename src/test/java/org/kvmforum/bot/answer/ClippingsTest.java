package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kvmforum.bot.library.Library;

class ClippingsTest {
    /** A post's words, as the answerer gathers them, with a name among them. */
    private static final Set<String> POST_WORDS = Set.of("chardev", "chardevs", "harper", "transcendent", "memory",
            "windows", "flow", "control");

    private final Clippings clippings;

    ClippingsTest() throws Exception {
        clippings = new Clippings(Library.load(Path.of("content")).model(), POST_WORDS, Set.of("harper"));
    }

    @Test
    void twoWordsThePostClipsIntoOneAreReadAsIt() {
        assertEquals("who talked about chardevs?", clippings.clipped("who talked about character devices?"));
        assertEquals("slides from the chardev BOF?", clippings.clipped("slides from the character device BOF?"));
    }

    @Test
    void twoWordsThePostWritesThemselvesAreLeftAsTheyAre() {
        assertEquals("the transcendent memory talk", clippings.clipped("the transcendent memory talk"));
        assertEquals("chardev flow control", clippings.clipped("chardev flow control"));
    }

    @Test
    void aNameIsNoClipping() {
        // "har" + "per" would make the name of a speaker of the post.
        assertEquals("hardware performance counters", clippings.clipped("hardware performance counters"));
    }

    @Test
    void aVerbAndItsParticleAreNoClipping() {
        assertEquals("the forum was winding down", clippings.clipped("the forum was winding down"));
    }
}
