package org.kvmforum.bot.answer;

import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.search.SessionHit;

/**
 * How well a session matches a question's topic.
 *
 * @param confidence the search layer's share of the topic the session contains (0 to 1, typos counted)
 * @param prominence how central those words are to the session (title and slides over a word in passing)
 */
record TopicMatch(Session session, float confidence, float prominence) {
    /** Prominence breaks ties in confidence: two sessions with the word, the one named for it first. */
    float rank() {
        return confidence + 0.5f * prominence;
    }

    boolean strong() {
        return confidence >= SessionHit.STRONG_CONFIDENCE;
    }
}
