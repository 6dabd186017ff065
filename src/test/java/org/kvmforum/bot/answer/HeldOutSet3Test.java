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
            Map.entry("I'm writing an article: who spoke about passing graphics cards through to guests, drawing on Xen experience?",
                    "a session asked for in other words than the post's is matched to something else"),
            Map.entry("what time of day was the post-copy migration talk by Hirofuchi",
                    "a when-question in other words ('what time of day') is refused as a clock time"),
            Map.entry("list the talks related to device assignment / passthrough",
                    "a list by topic is not found"),
            Map.entry("is there anything written about the smartos kvm licensing question?",
                    "the model keeps the paragraph's lwn.net link, but the question asks for writing, not for a page"),
            Map.entry("what did Avi predict back in 2008 that didn't come true?",
                    "a detail inside a session's paragraph (a past prediction) is matched to an event fact"),
            Map.entry("Who presented the work on copying a running guest's disk to new storage without stopping it?",
                    "a session asked for in other words than the post's is not found (round 5: \"disk\" now reads as"
                    + " \"block\" or \"storage\", and the words no longer lean on the meaning, which ranks the"
                    + " migration talks first)"),
            Map.entry("what was decided about moving qemu away from C?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet3Test() {
        super("/answer/independent-heldout-3.json", 122, KNOWN_MISSES);
    }
}
