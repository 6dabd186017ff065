package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The hundred-and-thirty-eighth set, a dev set of the eighteenth round: written from the post alone (long questions
 * with context) by someone who never saw the code nor the other sets, and read to find the kinds of question the rules
 * missed (167/200 on 8faec2c, 175/200 at the end). Its misses are recorded here, by kind.
 */
class IndependentDev138SetTest extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("Someone said the SmartOS porting talk was right after lunch on the last day of KVM Forum 2011, but I'm not convinced. When was it actually?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("The SPICE roadmap talk at KVM Forum 2011 — was it on the first or second day, and in the morning block or the parallel afternoon tracks?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I'm trying to remember when the Red Hat dinner with the CTO took place during the KVM Forum 2011 trip. Was it after the first day or at the end of the Forum?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("I'd like to know about the lightning talks at KVM Forum 2011, because I only remember one. How many were there and which one does the post describe?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("I want to watch the whole first-morning session of KVM Forum 2011 in one sitting. Which talks were in it?",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("Counting the talks in the first session of KVM Forum 2011's second day, from the keynote through the USB talk, how many were there?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I'm interested in storage: which talks at KVM Forum 2011 dealt with block devices or disk controllers on the first morning and the second morning?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("People say Alex Graf's AHCI deck at KVM Forum 2011 looked great. What did the author say about the presentation itself, and what was his one complaint?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("On what category is the KVM Forum 2011 post filed, and who posted it on this blog? I'm organising bookmarks.",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("The QEMU keynote at KVM Forum 2011 contrasted the present with the previous year. What used to be a common complaint about patches?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("I heard Brian Stevens gave a little speech at the Red Hat dinner after KVM Forum 2011. What did he talk about?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("The ARM port of KVM was finally getting development according to Avi's 2011 keynote. Which ARM CPU cores was that port targeting?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("I'm researching disk image formats and want to know who designed the QED and FVD formats that Kevin Wolf referred to at KVM Forum 2011.",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Who took over the qdev conversion work after Markus Armbruster's talk at KVM Forum 2011? I'm trying to find the right person to ask.",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("I'm trying to see how many of the planned features of the native Linux KVM tool were already working at KVM Forum 2011. Which guest operating systems besides Linux could it boot then?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("I heard the AMD IOMMU v2 hardware was not shipping yet in 2011. When did Joerg Roedel say the first CPUs with IOMMU v2 would be available?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    IndependentDev138SetTest() {
        super("/answer/independent-dev-138.json", 184, KNOWN_MISSES);
    }
}
