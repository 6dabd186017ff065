package org.kvmforum.bot.content;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts about the event as a whole, read from the prose sentence by sentence; the first sentence that states
 * a fact wins, and a fact no sentence states stays null (or 0). Each fact has a few general sentence shapes:
 * <ul>
 *   <li>place: "Vancouver city played the host", "was held in Barcelona", "took place in Prague";</li>
 *   <li>co-location: "co-located with LinuxCon NA";</li>
 *   <li>attendance: "about 150 attendees", "around 200 participants", "about 220 people turned up", "roughly 300
 *       developers attended";</li>
 *   <li>slot length: "30 minutes per talk", "45 minutes each", "30-minute slots", "Talks were 45 minutes long",
 *       "slots lasted 40 minutes";</li>
 *   <li>parallel tracks: "parallel tracks in the afternoon sessions", "two tracks ran in parallel during the
 *       afternoons"; never a sentence that denies them ("no parallel tracks", "a single track");</li>
 *   <li>recordings: a sentence saying talks were (video-)recorded, with its link if it has one;</li>
 *   <li>the first forum: a sentence naming "the first Forum in 2008" and its size ("about 30 developers in a
 *       single room").</li>
 * </ul>
 */
final class EventFacts {
    private static final String CAPITALISED = "\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)*";
    private static final Pattern PLACE = Pattern.compile(
            "(?<host>" + CAPITALISED + ")(?: city)? played (?:the )?host\\b"
                    + "|\\b(?:held|hosted|took place|happened|organi[sz]ed) in (?:the city of )?(?<in>" + CAPITALISED + ")");
    private static final Pattern COLOCATED = Pattern.compile(
            "\\b(?i:co-?located with (?:the )?)(?<with>\\p{L}[\\p{L}\\p{N}-]*(?: \\p{Lu}[\\p{L}\\p{N}-]*)*)");
    private static final String ABOUT = "(?:(?:about|around|roughly|nearly|over|some|almost|approximately|more than"
            + "|less than|close to|just over|just under) )?";
    /** A number of people, by a word that means attending, or by a verb that says they came. */
    private static final Pattern ATTENDANCE = Pattern.compile(
            "\\b" + ABOUT + "(?<count>\\d[\\d,]*) (?:attendees|participants|delegates|registered attendees|visitors)\\b"
                    + "|\\b" + ABOUT + "(?<count2>\\d[\\d,]*) (?:people|developers|hackers|folks|engineers|users)"
                    + "(?= (?:turned up|showed up|attended|came|registered|joined|took part|were there))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SLOT = Pattern.compile(
            "\\b(?<minutes>\\d+)(?: |-)?min(?:ute)?s? (?:per (?:talk|session|slot|presentation|speaker)|each|apiece)\\b"
                    + "|\\b(?<minutes2>\\d+)[- ]minutes? (?:talk|session|slot|presentation)s?\\b"
                    + "|\\b(?:talk|session|slot|presentation)s? (?:were|was|lasted|ran for|got|had) (?:(?:just|only) )?"
                    + "(?<minutes3>\\d+)[- ]min(?:ute)?s?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PARALLEL = Pattern.compile(
            "\\bparallel tracks? (?<where>(?:in|during|for|on) (?:the )?[^,.;:()]+)"
                    + "|\\btracks? (?:ran|run|were run|were held) in parallel "
                    + "(?<where2>(?:in|during|for|on|each|every) [^,.;:()]+)",
            Pattern.CASE_INSENSITIVE);
    /** "There were no parallel tracks", "never in parallel": a denial is no statement of tracks. */
    private static final Pattern DENIED = Pattern.compile("\\b(?:no|not|never|without|nor)\\b[^,.;:]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RECORDED = Pattern.compile(
            "\\b(?:video-?)?recorded\\b|\\brecordings?\\b|\\bvideos? (?:of|from) the talks\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_FORUM = Pattern.compile(
            "\\b(?i:first) (?:\\p{Lu}\\p{L}* )*(?i:forum (?:was )?(?:in|back in|held in)) (?<year>(?:19|20)\\d\\d)\\b");
    private static final Pattern GATHERING_SIZE = Pattern.compile(
            "\\b(?<size>" + ABOUT + "\\d+ \\p{L}+(?: in (?:a|one|the same) (?:single |small )?\\p{L}+)?)",
            Pattern.CASE_INSENSITIVE);

    String place;
    String colocatedWith;
    String attendance;
    int attendees;
    int slotMinutes;
    String parallelTracks;
    Event.Recordings recordings;
    Event.FirstForum firstForum;

    /** Reads what the sentence states and no earlier sentence did. */
    void read(Sentence sentence) {
        String text = sentence.text();
        Matcher matcher;
        if (place == null && (matcher = PLACE.matcher(text)).find()) {
            place = matcher.group("host") != null ? matcher.group("host") : matcher.group("in");
        }
        if (colocatedWith == null && (matcher = COLOCATED.matcher(text)).find()) {
            colocatedWith = matcher.group("with");
        }
        if (attendance == null && (matcher = ATTENDANCE.matcher(text)).find()) {
            attendance = matcher.group().trim();
            String count = matcher.group("count") != null ? matcher.group("count") : matcher.group("count2");
            attendees = Integer.parseInt(count.replace(",", ""));
        }
        if (slotMinutes == 0 && (matcher = SLOT.matcher(text)).find()) {
            String minutes = matcher.group("minutes") != null ? matcher.group("minutes")
                    : matcher.group("minutes2") != null ? matcher.group("minutes2") : matcher.group("minutes3");
            slotMinutes = Integer.parseInt(minutes);
        }
        if (parallelTracks == null && (matcher = PARALLEL.matcher(text)).find()
                && !DENIED.matcher(text.substring(0, matcher.start())).find()) {
            parallelTracks = (matcher.group("where") != null ? matcher.group("where") : matcher.group("where2")).trim();
        }
        if (recordings == null && RECORDED.matcher(text).find()) {
            List<InlineLink> links = sentence.links();
            recordings = new Event.Recordings(text, links.isEmpty() ? null : links.get(0).destination());
        }
        if (firstForum == null && (matcher = FIRST_FORUM.matcher(text)).find()) {
            Matcher size = GATHERING_SIZE.matcher(text);
            size.region(matcher.end(), text.length());
            firstForum = new Event.FirstForum(Integer.parseInt(matcher.group("year")),
                    size.find() ? size.group("size") : null, text);
        }
    }
}
