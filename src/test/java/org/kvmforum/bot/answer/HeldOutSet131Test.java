package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The hundred-and-thirty-first set, held out: written midway through the seventeenth round from the post alone
 * (beliefs, yes-or-no and either-or questions), by someone who never saw the code nor the other sets; scored on the
 * code of that moment (c2a5c84, 172/200) and once when the work was done (70853a0, 171/200), a clean figure; its
 * misses were read only after that. A belief about sub-maintainers, read after that figure, was mended, so the floor
 * is one higher. Its misses are recorded here, by kind.
 */
class HeldOutSet131Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("after the VFIO talk, was it Kevin Wolf or Asias He?",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("did day two begin with Avi's performance monitoring talk?",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("right after the QEMU keynote on day 2 - was it Avi's PMU talk or AHCI?",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("was Dan Magenheimer the only lightning talk speaker the post names?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("was there more than one memory management talk on day 1?",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("did Anthony promise to merge the chardev cleanup patchset?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("could Rik's free page hinting end up breaking huge pages?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("was Juan's session dry?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("the Avi who gave the keynote is Avi Kivity, right?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("was the LWN article on SmartOS licensing written by Jonathan Corbet?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("were the videos up on the forum page by September?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("which POWER7 machines did Paul Mackerras run KVM on?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("what does Yabusame mean - is it the name of the postcopy project?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("apart from Marcelo, who else was working on live block copy - Kevin?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("was the 2008 forum co-located with some other conference?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("was the first forum's single room at Qumranet's office?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet131Test() {
        super("/answer/independent-heldout-131.json", 184, KNOWN_MISSES);
    }
}
