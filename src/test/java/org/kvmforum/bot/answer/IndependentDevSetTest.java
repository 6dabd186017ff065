package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The independent dev set: half of the questions written from the post alone by someone who never saw the code.
 * Tuned on freely; its other half, {@link HeldOutSetTest}, is not.
 *
 * <p>After the fourth round (tuned on the fourth set's dev half and the fifth set, never on this one): 107/108. The
 * misses left are listed below; the floor is that score. In the sixth round the aside about the author's past work
 * with a speaker was read (the author as an object is not what is asked), and the BOF count changed sides.
 */
class IndependentDevSetTest extends IndependentSetTest {
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("how many BOF sessions were held?",
                    "writers disagree: this set wants the post's \"a few\"; the writers of the fourth and tenth sets"
                            + " marked the same question not in the post, which the bot now answers: it says the post"
                            + " gives no number, quoting its \"A few BOF sessions were lined up\""));

    IndependentDevSetTest() {
        super("/answer/independent-dev.json", 107, KNOWN_MISSES);
    }
}
