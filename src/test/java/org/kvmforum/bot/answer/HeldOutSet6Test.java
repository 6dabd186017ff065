package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The sixth held-out set: 150 questions written from the post alone by a sixth person who never saw the code nor
 * the other sets, late in the fourth round. Scored on the code as the round's first part left it (136/150) and once
 * more at its end (138/150). Then tuned on (a seventh set measured what followed): 143/150; the misses left are
 * listed here, by kind.
 */
class HeldOutSet6Test extends IndependentSetTest {
    /** The misses as found at the end of the fourth round, by kind. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("which cpu architectures came up, besides x86?",
                    "a detail inside a session's paragraph is not found: no sentence is matched to it"),
            Map.entry("anything about windows virtio drivers at the forum?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Wie lang waren die Vortragsslots?",
                    "a question in another language uses a word the glossary lacks"));

    HeldOutSet6Test() {
        super("/answer/independent-heldout-6.json", 147, KNOWN_MISSES);
    }
}
