package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The hundred-and-ninety-second set, a dev set of the twenty-second round: written midway from the post alone (long
 * questions with context) by someone who never saw the code nor the other sets, and read to find the kinds of question
 * the rules missed (188/200 on 5cc1692, and the figure below at the end). Its misses are recorded here, by kind.
 */
class IndependentDev192SetTest extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("A friend described a really entertaining migration session in Vancouver, covering the challenges and new directions, post-copy among them. Whose session was that?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I'm trying to get back in touch with the people who sat down with the author of the KVM Forum 2011 write-up to talk about chardevs in QEMU during the BOF sessions. Who were they?",
                    "answered with another session or person"),
            Map.entry("For a trivia night at our local Linux user group I need this one: which people took the stage for more than one session at KVM Forum 2011, going by that write-up?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Avi's keynote apparently mentioned an industry group formed to bridge KVM's marketing gap. I'm writing a market report; what's the link the post gives for that group?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Our local meetup wants to copy the BOF format. What topics were lined up for BOF discussions at KVM Forum 2011, going by the post?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("I remember the 2010 KVM Forum was attached to some bigger conference. Was the 2011 edition set up the same way, according to the write-up?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I keep hearing that the virtio design came out of a KVM Forum hallway. According to the write-up, which Forum was that?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("For my expense report I need the name of the conference centre where KVM Forum 2011 took place in Vancouver. What was it?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("There was a BOF about moving QEMU away from C. Which programming language did the participants favour as the replacement?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    IndependentDev192SetTest() {
        super("/answer/independent-dev-192.json", 192, KNOWN_MISSES);
    }
}
