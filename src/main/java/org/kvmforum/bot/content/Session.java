package org.kvmforum.bot.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One slot of the program: a keynote, talk, lightning talk or BOF discussion.
 *
 * @param id          stable id, unique across all events, at most 64 characters of [a-z0-9-]
 *                    (it is used as an autocomplete value and inside button ids)
 * @param eventId     the {@link Event#id()} this session belongs to
 * @param title       the title to show (the link text, or a title from the data file beside the post)
 * @param titleInPost the link text exactly as the post has it, trimmed; for sessions without a link,
 *                    the words of the post that name the topic
 * @param kind        keynote, talk, lightning talk or BOF
 * @param speakers    person ids of the speakers, in the post's order (for a BOF: its participants; may be
 *                    empty when the post names nobody)
 * @param slides      the slides link, or null when the post gives none
 * @param day         1-based day of the event
 * @param part        part of that day
 * @param order       1-based position in the program as the post tells it, across all days
 * @param summary     the post's own words about the session (the paragraph, as plain text)
 * @param line        1-based line of the post where the session is described
 */
public record Session(
        String id,
        String eventId,
        String title,
        String titleInPost,
        SessionKind kind,
        List<String> speakers,
        Slides slides,
        int day,
        PartOfDay part,
        int order,
        String summary,
        int line) {

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleInPost, "titleInPost");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(summary, "summary");
        speakers = List.copyOf(speakers);
    }

    public Optional<Slides> slidesLink() {
        return Optional.ofNullable(slides);
    }

    public boolean hasSlides() {
        return slides != null;
    }
}
