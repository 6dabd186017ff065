package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The hundred-and-eighteenth set, held out: written midway through the sixteenth round from the post alone (long
 * questions; the asker first explains their situation), by someone who never saw the code nor the other sets; scored
 * on the code of that moment (c975bb2, 180/200) and once when the work was done (b77db8b, 183/200), a clean figure;
 * its misses were read only after that. Its misses are recorded here, by kind.
 */
class HeldOutSet118Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("Avi's 2011 keynote apparently mentioned an industry group formed to fix KVM's marketing problem. Can you give me the link the post provides for that group?",
                    "the link asked for is not in the answer"),
            Map.entry("The licensing of KVM on SmartOS is a sore point in a discussion I'm having at work. Does the KVM Forum 2011 post point to any outside discussion of that licensing question? Please give me the link.",
                    "the link asked for is not in the answer"),
            Map.entry("I want to know which talk closed out the first morning of KVM Forum 2011. What was the last talk before the morning session ended?",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("I'd like to know which presentation wrapped up the first session of day two in 2011. What was the last talk before the parallel tracks started?",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("This KVM Forum 2011 write-up appears on a planet-style aggregator with its own metadata. What author handle does the reposted post carry in its front matter?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("The post says a couple of lightning talks were held, but I'm after the one that wasn't about Transcendent memory. Who gave the other lightning talk and what was it about?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Avi's keynote mentioned the ARM port was finally getting some development. Who was doing the development work on the KVM ARM port at the time?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Brian Stevens hosted the Red Hat dinner in 2011. What did he say in his speech at that dinner?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet118Test() {
        super("/answer/independent-heldout-118.json", 192, KNOWN_MISSES);
    }
}
