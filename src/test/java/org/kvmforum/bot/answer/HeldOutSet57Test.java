package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The fifty-seventh set, held out: written at the twelfth round's start from the post alone (engineers catching up:
 * long questions with context, talks described by the problem they solve), by someone who never saw the code nor the
 * other sets; scored on the round's starting code (170/200) and once when the work was done (170/200), a clean figure;
 * its misses were read after that. Its misses are recorded here, by kind.
 */
class HeldOutSet57Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("A colleague mentioned a talk about getting KVM onto IBM's big POWER servers in place of the hypervisor those machines normally ship with. Who gave that one?",
                    "answered with another session or person"),
            Map.entry("Which talk covered emulating newer USB versions and getting the CPU cost of the USB tablet down?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Which talk pushed for a SATA controller emulation to be QEMU's default disk type because nearly every OS has a driver for it?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Which two talks, one right after the other on the first afternoon, both dealt with memory management in KVM?",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("What was the second talk on the first morning, right after the opening keynote?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Give me every talk from the single-track first session on day two.",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("The SmartOS folks apparently wanted KVM for a particular combination of features. What did they want to get by running KVM on their OS?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("We have a couple of POWER7 boxes in the lab. According to the talk summary, what stands in the way of running Linux directly on them?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("What did the author hear from Bryan afterwards about licensing?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("Was KVM on ARM already working according to Avi's keynote?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("My own pet topic is guest-host communication, so I'm curious: did the author's BOF on it produce any conclusions?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Did Anthony plan another big-bang rewrite for QOM?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("The 2010 forum was also co-located with LinuxCon. Which city was it in?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("The AHCI deck used non-free software for its animations. Which program was it?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("On what date did the talk videos actually go up on the forum page?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Which people were the QEMU sub-maintainers sending pull requests?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet57Test() {
        super("/answer/independent-heldout-57.json", 184, KNOWN_MISSES);
    }
}
