package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The hundred-and-fifty-eighth set, held out: written at the start of the twentieth round from the post alone
 * (beliefs, yes-or-no and either-or, some wrong in one detail), by someone who never saw the code nor the other sets;
 * scored on the code of that moment (f749654, 180/200) and once when the work was done (a7ce5c8, 180/200), a clean
 * figure; its misses were read only after that. Its misses are recorded here, by kind.
 */
class HeldOutSet158Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("Did Andrea Arcangeli present on KSM?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Kevin Wolf went after the 'not invented here' attitude, did he?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Did Anthony propose a big-bang rewrite for QOM in one giant series?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Marcelo said live block copy could share code with what, image streaming?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("The SmartOS KVM port is under GPLv2, correct?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Juan Quintela also covered XBZRLE page compression, didn't he?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Which hypervisor did the SmartOS team use before they ported KVM?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet158Test() {
        super("/answer/independent-heldout-158.json", 193, KNOWN_MISSES);
    }
}
