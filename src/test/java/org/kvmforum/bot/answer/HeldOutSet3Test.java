package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The third held-out set: 128 questions written from the post alone by a third person who never saw the code nor
 * the other sets, kept out of every change and scored twice: before the third round of work on answering
 * (109/128) and after it (111/128). Its misses are recorded here, by kind, as they were found; a later change is
 * judged on a fresh set again.
 *
 * <p>After the fourth round (tuned on the fourth set's dev half and the fifth set, never on this one): 122/128. The
 * misses left are listed below; the floor is that score.
 */
class HeldOutSet3Test extends IndependentSetTest {
    /** The misses as found when the set was scored after the third round, by kind. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("is there anything written about the smartos kvm licensing question?",
                    "the model keeps the paragraph's lwn.net link, but the question asks for writing, not for a page"));

    HeldOutSet3Test() {
        super("/answer/independent-heldout-3.json", 127, KNOWN_MISSES);
    }
}
