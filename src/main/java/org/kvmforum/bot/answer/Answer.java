package org.kvmforum.bot.answer;

import java.util.List;
import java.util.Objects;
import org.kvmforum.bot.content.Session;

/**
 * What the bot answers to a question.
 *
 * @param text     one short sentence (occasionally two) built only from the post's facts, never from the
 *                 user's words, so it can be shown without echoing anything the user typed
 * @param sessions the sessions the answer rests on, in the order they should be shown; when the post does
 *                 not answer the question, the sessions closest to it (to offer), possibly none
 * @param answered whether the post answers the question; false means the text says plainly what the post
 *                 does not say, and nothing in it is a guess
 */
public record Answer(String text, List<Session> sessions, boolean answered) {
    public Answer {
        Objects.requireNonNull(text, "text");
        sessions = List.copyOf(sessions);
    }

    static Answer of(String text, List<Session> sessions) {
        return new Answer(text, sessions, true);
    }

    static Answer of(String text) {
        return new Answer(text, List.of(), true);
    }

    static Answer notInPost(String text, List<Session> related) {
        return new Answer(text, related, false);
    }
}
