package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The two-hundred-and-tenth set, a dev set of the twenty-third round: written midway through the round from the post
 * alone (long questions with context) by someone who never saw the code nor the other sets, and read to find the kinds
 * of question the rules missed (187/200 on 86b48dc, and the figure below at the end). Its misses are recorded here, by
 * kind.
 */
class IndependentDev210SetTest extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("According to the write-up, Dan Magenheimer's Transcendent memory lightning talk could help with another speaker's work. Whose work was that?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Most decks from the Forum are PDFs, but one talk's slides are in a different format. Which talk is that, and where's the file?",
                    "the link asked for is not in the answer"),
            Map.entry("The post calls the growth in attendance a big leap. Over how many years did the Forum go from about 30 people to about 150?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Did the Forum have a conference dinner for all attendees on the second night, not just the Red Hat one?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Which ARM chip or board was the ARM port that Avi mentioned being developed on?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("What did Markus Armbruster estimate as the completion date for the qdev conversion?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    IndependentDev210SetTest() {
        super("/answer/independent-dev-210.json", 194, KNOWN_MISSES);
    }
}
