package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The two-hundred-and-fifty-fourth set, held out: written at the start of the twenty-seventh round from the post
 * alone (beliefs, some wrong in one detail), by someone who never saw the code nor the other sets; scored before any
 * change (5589e35, 179/200) and once when the work was done (bf1a1b0), a clean figure; its misses were read only
 * after that. Its misses are recorded here, by kind.
 */
class HeldOutSet254Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("with more talks squeezed in, the Q&A sessions got longer too, right?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("the 2009 forum was in portland, wasn't it?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("i think they got around 60 talk submissions this year, right?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("there were about 40 talks in total across both days, right?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("the original post was on anthony liguori's blog, correct?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("the original was on log.amitshah.net right? whats the url",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("the power7 talk was about replacing xen on those machines, right?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("the two memory talks on day one afternoon were andrea's and rik's, right?",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("the smartos kvm port is licensed under the CDDL, correct?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("which parallel track was the io throttling talk in, track B?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("anthony led the BOF about moving qemu away from C, right?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("they wanted to move qemu from C to rust, correct?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("there were exactly five BOF sessions, right?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("the notable os without ahci support out of the box is windows 7, correct?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("alex graf used apple keynote for the animations, right?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("the plan is to get the qom work in for the 2.0 release, right?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("qemu 1.0 is coming out in november, right?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("gerd implemented xhci for usb 3, right?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("it was avi who pushed back on post-copy at takahiro's talk, right?",
                    "answered with another session or person"),
            Map.entry("marcelo said live block copy would land in qemu 1.0, right?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet254Test() {
        super("/answer/independent-heldout-254.json", 181, KNOWN_MISSES);
    }
}
