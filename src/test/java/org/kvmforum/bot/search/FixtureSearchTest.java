package org.kvmforum.bot.search;

import org.kvmforum.bot.content.ContentModel;

/** The search behaviour against the hand-built model of the post. */
class FixtureSearchTest extends SearchBehaviourTest {
    @Override
    ContentModel loadModel() {
        return PostFixture.kvmForum2011();
    }
}
