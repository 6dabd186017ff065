package org.kvmforum.bot.answer;

import java.util.Map;

/**
 * The two-hundred-and-ninety-ninth set, held out: written midway through the thirtieth round from the post alone
 * (long questions with context), by someone who never saw the code nor the other sets; scored on the code of that
 * moment (a951cc1, 183/200) and once when the work was done (50845ee), a clean figure; its misses were read only
 * after that. Its misses are recorded here, by kind.
 */
class HeldOutSet299Test extends IndependentSetTest {
    /** The misses left when the set was added, by kind of failure. */
    private static final Map<String, String> KNOWN_MISSES = Map.ofEntries(
            Map.entry("I know Dan Magenheimer did a lightning talk on Transcendent memory at KVM Forum 2011. The writeup says it could help with another speaker's work. Whose work was that?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I remember reading about a userspace hypervisor that started out as a toy to run Linux guests but ended up with a feature list that looked like it would copy qemu. It was presented at KVM Forum 2011. What's the talk?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I'm making a recap deck for my team meeting. I'm building a slide that lists the day 2 first session of KVM Forum 2011, from the keynote up to the break for parallel tracks. Which talks were in it?",
                    "answered with another session, or with too few sessions for a list"),
            Map.entry("I'm writing a short history of KVM Forum. The 2011 recap mentions when the first Forum was held. What year was that?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("I'm writing a blurb about the history of KVM Forum. I know KVM Forum is often co-located with some other event. In 2011 what was it paired with?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I love a good slide deck with fancy transitions. The AHCI talk at KVM Forum 2011 got praise for its animations, but I heard the recap's author had a gripe about it. What was the complaint?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("I remember there was drama in 2010 about how QEMU development should be done. I read that at KVM Forum 2011 Anthony Liguori changed his tune on how to land big QEMU refactorings. What did the recap author think about his approach this time?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("Was QEMU's patch review process in better shape in 2011 than in 2010? I remember people complaining about patches sitting on the list forever. What does the KVM Forum 2011 recap say?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("We're researching migration strategies for memory-heavy guests. The author of the KVM Forum 2011 recap suggests a hybrid approach combining pre-copy and post-copy migration. What was the idea?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("We run THP on all our hosts. I read the free page hinting idea at KVM Forum 2011 might have a downside. What drawback does the recap mention?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("I'm implementing vPMU support for a hobby hypervisor. Avi's 2011 PMU talk listed several ways to give a guest a performance monitoring unit. What options did he mention?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I'm designing storage features for our VM platform. Marcelo Tosatti's 2011 talk said live block copy could share code with another feature. What was that feature?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("Rik van Riel's talk at KVM Forum 2011 covered a couple of memory features. I know one was about free pages. What were the features?",
                    "a detail or fact asked in other words: the answer does not carry it"),
            Map.entry("I'm trying to lay out a rough schedule of the Forum. A friend told me KVM Forum 2011 held its parallel tracks in the mornings. Is that right?",
                    "what the post gives is refused as not in the post: neither its words nor its meaning reached it"),
            Map.entry("I'm curious about the talks nobody writes up. The recap says the author missed two sessions on day 2 while talking to people. Which talks were those and who presented them?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("I'm writing up every BOF topic from past KVM Forums. The recap says a few BOF sessions were lined up at KVM Forum 2011. How many BOFs were there exactly and what were all the topics?",
                    "a question the post does not answer is answered with the nearest session or fact"),
            Map.entry("I've used kvmtool a bit for quick Linux guests. I'm curious if it ever aimed wider. Did the Native Linux KVM tool presentation say which guest operating systems other than Linux it planned to support, like Windows?",
                    "a question the post does not answer is answered with the nearest session or fact"));

    HeldOutSet299Test() {
        super("/answer/independent-heldout-299.json", 183, KNOWN_MISSES);
    }
}
