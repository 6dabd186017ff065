package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The two-hundred-and-sixty-third set, held out: written midway through the twenty-seventh round from the post alone
 * (long questions with context), by someone who never saw the code nor the other sets; scored on the code of that
 * moment (97ce275, 181/200) and once when the work was done (bf1a1b0), a clean figure; its misses were read only
 * after that. Its misses are recorded here, by kind.
 */
class HeldOutSet263Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("Link to the virtio-scsi slides from the 2011 forum, please — I'm preparing a lunch-and-learn on storage transports.",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("The 2011 report mentions an LWN article about the SmartOS KVM licensing question. Can you give me that link? I want to read the discussion.",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("The writeup compares one of the virtio-net features to a well-known Linux networking mechanism. What was it compared to? Trying to explain it to a newcomer.",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("What kernel mechanism did the QEMU IO throttling feature rely on, per the 2011 report? I'm comparing it with what we use today.",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I want to know who was in the chardev discussion the author organised at the BOF sessions. Can you list everyone he grabbed for it?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("The author had a second BOF topic about guest-host communication. What happened to it? I'm curious whether anything came of it.",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I'm implementing vPMU support and recall Avi listing several ways to give a guest a PMU. What were the approaches he described?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Did Alex Graf argue for making AHCI the default disk controller? I'm writing a proposal and want prior art.",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("The author mentions a past connection with Allen Kay. What had they worked on together? I'm writing a piece on the device assignment people.",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Did the author skip any sessions on the second day? I'm trying to figure out which talks his report doesn't cover.",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Someone told me KVM Forum 2011 was held in Boston. I'm pretty sure that's wrong — where was it according to the report?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("A user in our channel says virtio was designed at a KVM Forum. Which year's forum was that, according to the 2011 report?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("The post here seems to be a repost. Which user account posted it on this blog, per the post's metadata? I'm auditing authorship.",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("What was the author's overall impression of QEMU development health at the 2011 forum compared to the year before? I'm writing an opinion piece.",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("Was the SmartOS porting work about moving KVM to FreeBSD? My memory says a BSD but I'm not confident.",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Which GPU models did Allen Kay use in his graphics device assignment experiments? I'm trying to reproduce the setup.",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("When did Gerd say USB 3 support would actually land in QEMU? I'm trying to find the target release.",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("What's the name of the brewery where the Red Hat folks had dinner after the forum? I'd love to go there on my trip.",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet263Test() {
        super("/answer/independent-heldout-263.json", 182, KNOWN_MISSES);
    }
}
