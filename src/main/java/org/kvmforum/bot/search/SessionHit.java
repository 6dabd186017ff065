package org.kvmforum.bot.search;

import java.util.Objects;
import org.kvmforum.bot.content.Session;

/**
 * One search result.
 *
 * @param session    the session found
 * @param score      Lucene's BM25 score: orders hits of one query, means nothing across queries
 * @param confidence how much of the query the session actually contains, 0 to 1: the share of the query's
 *                   topic words (question words like "who", "talk", "slides" left out) found in it, each
 *                   word weighted by its rarity across the sessions, a typo-only match counting 3/4.
 *                   Comparable across queries, which is what {@link #strong()} relies on.
 */
public record SessionHit(Session session, float score, float confidence) {
    /**
     * At least 60% of the weight of the query's words is in the session. Below that, what matched is mostly
     * common words ("kvm", "guest", "device") while what the user asked about (a hotel, a name not in the
     * post, the "graphics" of graphics device assignment) is missing: the caller should not present the hit
     * as the answer, and when no hit is strong, should say the post does not cover it.
     */
    public static final float STRONG_CONFIDENCE = 0.6f;

    public SessionHit {
        Objects.requireNonNull(session, "session");
    }

    /** Whether this hit really answers the query; see {@link #STRONG_CONFIDENCE}. */
    public boolean strong() {
        return confidence >= STRONG_CONFIDENCE;
    }
}
