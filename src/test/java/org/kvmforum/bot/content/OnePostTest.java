package org.kvmforum.bot.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A content directory holding one post, loaded once; its whole program is compared line by line. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OnePostTest {
    ContentModel model;
    Event event;

    /** The directory under src/test/resources/content. */
    abstract String directory();

    /** order | title | kind | speakers | format | day | part, one session a line. */
    abstract String program();

    @BeforeAll
    void load() throws ContentException {
        model = ContentLoader.load(Path.of("src", "test", "resources", "content", directory()));
        event = model.events().get(0);
    }

    @Test
    void sessionsKindsSpeakersDaysAndParts() {
        assertEquals(program().lines().toList(), PostFiles.programLines(model, event));
    }
}
