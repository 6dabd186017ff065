package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The hundred-and-eighty-fifth set, a dev set of the twenty-second round: written at the start from the post alone
 * (long questions with context) by someone who never saw the code nor the other sets, and read to find the kinds of
 * question the rules missed (191/200 on 5cc1692, and the figure below at the end). Its misses are recorded here, by
 * kind.
 */
class IndependentDev185SetTest extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("The virtio-scsi spec had already been written by the time of KVM Forum 2011, according to the writeup. Which of the two presenters wrote it? Asking because I want to send him a question about the spec.",
                    "answered with another session or person"),
            Map.entry("Quick one before I print handouts: the virtio networking deck from KVM Forum 2011 — is it a PDF like the others, and where do I get it?",
                    "the link asked for is not in the answer"),
            Map.entry("List the talks the author caught in the day-two parallel tracks at KVM Forum 2011, please. I want to see which ones I missed.",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("The writeup says a couple of lightning talks were held. Besides Dan Magenheimer, who gave the other one and on what?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Which ARM CPU core was the ARM port targeting when Avi mentioned it in his 2011 keynote? I work on embedded virtualization.",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Which sub-maintainers did Anthony Liguori single out by name in his QEMU keynote? I'm writing about QEMU's maintainer tree.",
                    "a question the post does not answer is answered with the nearest session or fact"));

    IndependentDev185SetTest() {
        super("/answer/independent-dev-185.json", 194, KNOWN_MISSES);
    }
}
