package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The seventh held-out set: 130 questions written from the post alone by a seventh person who never saw the code
 * nor the other sets, at the end of the fourth round. Scored on the code before the round's last changes and after
 * them (115/130 both times), and never tuned on. Its misses are recorded here, by kind, as they were found.
 */
class HeldOutSet7Test extends IndependentSetTest {
    /** The misses as found, by kind. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("I'm reading about free page hinting, who talked about that at the forum?",
                    "a session asked for in other words than the post's is not found or matched to something else"),
            Map.entry("the talk with the really slick animations, who gave it?",
                    "a session asked for in other words than the post's is not found or matched to something else"),
            Map.entry("who gave the talk on passing a GPU through to a guest",
                    "a session asked for in other words than the post's is not found or matched to something else"),
            Map.entry("what's the website of the alliance Avi mentioned",
                    "a link asked for by what it is rather than its text is not found"),
            Map.entry("did the usb talk come before or after the spice one?",
                    "an order question in other words (before or after, a part's sessions, the author's last) is not read"),
            Map.entry("what was the last talk amit caught at the forum",
                    "an order question in other words (before or after, a part's sessions, the author's last) is not read"),
            Map.entry("what bigger conference was it attached to this year",
                    "an event fact or its reason asked in other words is not found"),
            Map.entry("why were the talks only half an hour long?",
                    "an event fact or its reason asked in other words is not found"),
            Map.entry("list every talk from the second day's first session",
                    "an order question in other words (before or after, a part's sessions, the author's last) is not read"),
            Map.entry("what did they eat at the red hat dinner",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("did AHCI actually become the default disk in qemu after this?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("who's the maintainer of the kvm ARM port?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("when exactly is QEMU 1.0 coming out? like a date",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("who gave the talk on tracing kvm guests?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("In welcher Stadt fand das KVM Forum 2011 statt?",
                    "a question in another language uses a word the glossary lacks"));

    HeldOutSet7Test() {
        super("/answer/independent-heldout-7.json", 115, KNOWN_MISSES);
    }
}
