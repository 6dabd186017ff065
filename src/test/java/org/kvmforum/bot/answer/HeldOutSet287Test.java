package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The two-hundred-and-eighty-seventh set, held out: written midway through the twenty-ninth round from the post alone
 * (long questions with context), by someone who never saw the code nor the other sets; scored on the code of that
 * moment (399d437, 176/200) and once when the work was done (3039cfb), a clean figure; its misses were read only
 * after that. Its misses are recorded here, by kind.
 */
class HeldOutSet287Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("In his 2011 keynote Avi apparently mentioned a new industry group formed to help with KVM's lack of marketing. I'd like to read up on who they are and what they do. Does the post link to that group's website, and if so what's the link?",
                    "the link asked for is not in the answer"),
            Map.entry("I remember the POWER7 talk at the 2011 forum discussed practical obstacles to running KVM on those boxes, since the stock setup only lets you run one hypervisor. I'm hitting something similar on our lab machine. What challenge did Paul Mackerras describe?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Before VFIO, device assignment in KVM worked in a way the 2011 writeup describes as making a certain kernel module act as the driver for the assigned device. I'm documenting the old approach for a migration guide. Which module became the device driver?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("Rik van Riel's talk at KVM Forum 2011 covered a technique that can improve memory utilisation in both host and guest. I'm trying to remember its name for a design doc. What technique did he talk about?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I remember someone pointed out a possible downside to Rik's memory work at KVM Forum 2011 that had to do with large pages. I'm evaluating the feature for our hosts, which rely on large pages heavily. What drawback did the post mention?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I'm curious why anyone would bother porting KVM to a Solaris derivative. The KVM Forum 2011 report listed the benefits the SmartOS folks wanted to combine with KVM. What were they after?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("I want to read more about the licensing debate around the SmartOS KVM port that the KVM Forum 2011 report mentioned. The post pointed to an article on a Linux news site. What's that link?",
                    "the link asked for is not in the answer"),
            Map.entry("A friend said Bryan Cantrill's SmartOS talk was the most fun session at KVM Forum 2011. I'm curious whether the writeup agreed. How did it describe the talk's style?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I'm trying to recall the timing of the SmartOS porting talk at KVM Forum 2011 for a retrospective. I know it wasn't a keynote. Which day was it, and in which part of that day?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("In the chardev BOF at KVM Forum 2011, Anthony Liguori pointed out problems with the existing implementation and came up with his own. I'm debugging something odd in that area. What problems did he mention?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("The 2011 report contrasted QEMU's health with the year before, when people kept complaining about patches. I joined the project later and missed that era. What was the complaint back then?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("I thought the AHCI deck at KVM Forum 2011 looked amazing. The report had a small gripe about how it was made, though, and I'm curious what it was. What was the complaint?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("Anthony Liguori's second talk at KVM Forum 2011 was about QAPI and QOM. I know what QAPI is but I always forget what QOM stands for. What does it stand for?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("The QAPI and QOM talk at KVM Forum 2011 said the refactoring would give a saner interface to higher-level management tools. I work on one of those tools. Which tool was named as an example?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I'm digging into QEMU Object Model history and want the KVM Forum 2011 QAPI and QOM slides. Wikis keep linking dead pages. Where are they?",
                    "the link asked for is not in the answer"),
            Map.entry("The qdev talk at KVM Forum 2011 said delays in qdev conversion hold up other work in QEMU. I'm trying to understand the dependency chain. Which other conversion was specifically named as affected?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I'd like Markus Armbruster's qdev slides from KVM Forum 2011 to see what pain points were listed back then. We're still untangling old device model code at work. Where can I find them?",
                    "the link asked for is not in the answer"),
            Map.entry("I'm trying to recall when Kevin Wolf's block format talk was at KVM Forum 2011. I think I watched it, but I mix up the days. Was it in the morning session or the afternoon parallel tracks, and on which day?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("A friend said the first KVM Forum had 150 people. I think that number belongs to a different year. How many were at the first one and how many in 2011?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("Someone in our channel said KVM Forum 2011 was held in Seattle. I'm pretty sure that's wrong, but I want to be certain before correcting them. Where was it?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("The Red Hat folks at KVM Forum 2011 went to a nearby brewery for their dinner. I'm a craft beer fan and want to go there. Which brewery was it?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Avi's 2011 keynote said the ARM port was finally getting some development after years of waiting. I'm an ARM developer and want to help out. Who was doing that work, and which ARM cores were targeted?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Asias He presented the Native Linux KVM tool at KVM Forum 2011, and it started as a tool to run Linux guests. I need Windows support. Could it run Windows guests at that point?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("Joerg Roedel talked about AMD IOMMU v2 support at KVM Forum 2011, which avoids pinning all guest memory. I'm buying hardware soon. Which AMD processors or chipsets would ship with IOMMU v2?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet287Test() {
        super("/answer/independent-heldout-287.json", 176, KNOWN_MISSES);
    }
}
