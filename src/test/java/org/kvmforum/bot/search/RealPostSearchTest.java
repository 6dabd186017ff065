package org.kvmforum.bot.search;

import java.nio.file.Path;
import org.kvmforum.bot.content.ContentLoader;
import org.kvmforum.bot.content.ContentModel;

/** The search behaviour against the model the parser makes of the real post. */
class RealPostSearchTest extends SearchBehaviourTest {
    @Override
    ContentModel loadModel() throws Exception {
        return ContentLoader.load(Path.of("content"));
    }
}
