package org.kvmforum.bot.answer;

import org.kvmforum.bot.content.Session;

/**
 * How well a session matches a question's topic.
 *
 * @param confidence the share of the topic the session contains (0 to 1, rarer words weighing more, typos
 *                   counted 3/4)
 * @param prominence how central those words are to the session (title and slides over a word in passing)
 */
record TopicMatch(Session session, float confidence, float prominence) {
    /** Prominence breaks ties in confidence: two sessions with the word, the one named for it first. */
    float rank() {
        return confidence + 0.5f * prominence;
    }

    /** Most of the topic is there: the same bar as the search layer's strong hits. */
    static final float STRONG = 0.6f;

    boolean strong() {
        return confidence >= STRONG;
    }
}
