package org.kvmforum.bot.content;

import java.nio.file.Path;
import java.util.List;

/**
 * What one post says, before the data file beside it is applied and before people get ids: speakers are
 * still the names as the post writes them ("Avi", "Alex Williamson").
 */
record ParsedPost(
        Path file,
        String eventId,
        String name,
        int year,
        EventFacts facts,
        List<Event.AfterTalks> afterTalks,
        int days,
        Event.Report report,
        List<Draft> sessions,
        List<ProseBlock> blocks) {

    ParsedPost {
        afterTalks = List.copyOf(afterTalks);
        sessions = List.copyOf(sessions);
        blocks = List.copyOf(blocks);
    }

    /**
     * A session as the post tells it.
     *
     * @param titleInPost the link text, or the words naming the topic
     * @param speakers    the names as written, in the post's order
     * @param line        1-based line of its paragraph
     * @param sourceLine  1-based line of the link or sentence that makes it a session, for error messages
     */
    record Draft(String titleInPost, SessionKind kind, List<String> speakers, Slides slides, int day,
                 PartOfDay part, String summary, int line, int sourceLine) {
        Draft {
            speakers = List.copyOf(speakers);
        }

        Draft inPart(PartOfDay known) {
            return new Draft(titleInPost, kind, speakers, slides, day, known, summary, line, sourceLine);
        }
    }
}
