package org.kvmforum.bot.content;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps track of the day and part of day while the post is read sentence by sentence: the post marks them
 * only in prose (or in headings). Starts are applied before a sentence's sessions ("The second day started with
 * X presenting [..]"), ends after them ("That ended day 1 of talks.").
 * <ul>
 *   <li>day starts: "The second day started/began/opened with", "Day two began", "On the third day, ...", a
 *       heading "Day 2" or "Second day";</li>
 *   <li>part starts: "The afternoon session had ...", "In the afternoon, ...", "After lunch, ...", "In the
 *       evening, ...", "That evening", "After dinner", a heading that names a part ("Day 1: afternoon");</li>
 *   <li>ends, "That/This ended|concluded|wrapped up|was the end of ... X": a morning or first session/half ends the part,
 *       a day, the days, an afternoon or evening, the forum ends the day; the next session without a day
 *       start then opens the next day.</li>
 * </ul>
 * A day's part is {@link PartOfDay#UNKNOWN} until the post says: sessions told before "That ended the morning"
 * or before "In the afternoon" are then known to be the morning's ({@link #settled()}), and sessions before an
 * evening stay unknown. Nothing is guessed from position alone.
 */
final class ProgramClock {
    private static final String ORDINALS = "first|second|third|fourth|fifth|next|last|final|\\d+(?:st|nd|rd|th)";
    private static final String NUMBERS = "\\d+|one|two|three|four|five";
    private static final String BEGAN = "(?:started|starts|began|begins|opened|opens|kicked off|commenced)";
    private static final Pattern DAY_START = Pattern.compile(
            "\\b(?:(?<ordinal>" + ORDINALS + ") day|day (?<number>" + NUMBERS + ")) " + BEGAN + "\\b"
                    + "|^(?:on )?(?:the )?(?:(?<ordinal2>" + ORDINALS + ") day|day (?<number2>" + NUMBERS + "))\\b,",
            Pattern.CASE_INSENSITIVE);
    /** In a heading a day needs no verb: "Day 2", "The second day: storage". */
    private static final Pattern DAY_HEADING = Pattern.compile(
            "\\b(?:(?<ordinal>" + ORDINALS + ") day|day (?<number>" + NUMBERS + "))\\b", Pattern.CASE_INSENSITIVE);
    private static final String PARTS = "morning|afternoon|evening";
    private static final Pattern PART_START = Pattern.compile(
            "^(?:in|during) the (?<part>" + PARTS + ")\\b"
                    + "|\\bthe (?<part2>" + PARTS + ")(?: (?:session|sessions|track|tracks|half|program|programme))?"
                    + " (?:had|has|started|began|opened|was|were|consisted|featured|brought|split)\\b"
                    + "|^(?:that|this|in the|later that|later in the) (?<part3>evening|night)\\b"
                    + "|^after (?<lunch>lunch|the (?:lunch )?break)\\b"
                    + "|^after (?<dinner>dinner)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PART_HEADING = Pattern.compile("\\b(?<part>" + PARTS + ")s?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENDED = Pattern.compile(
            "\\b(?:that|this|which) (?:ended|concluded|closed|finished|wrapped up|rounded off|(?:was|marked) the end of)\\b(?<what>[^.;:]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENDS_PART = Pattern.compile(
            "\\bmorning\\b|\\bfirst (?:session|half|part)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENDS_DAY = Pattern.compile(
            "\\bdays?\\b|\\bafternoon\\b|\\bevening\\b|\\bforum\\b|\\bconference\\b|\\bevent\\b|\\btalks\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENDS_SESSION = Pattern.compile("\\bsessions?\\b|\\bhalf\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> WORDS = Map.of(
            "first", 1, "second", 2, "third", 3, "fourth", 4, "fifth", 5,
            "one", 1, "two", 2, "three", 3, "four", 4, "five", 5);

    /** What a sentence ended. */
    enum End { NOTHING, PART, DAY }

    private int day = 1;
    private PartOfDay part = PartOfDay.UNKNOWN;
    /** The day's talks are over; the next session opens the next day. */
    private boolean dayOver;
    private int lastDay = 1;
    /** What the sessions of the current day still of unknown part turned out to be, once the post says. */
    private PartOfDay settled;

    /** Applies what the sentence starts; call before placing the sentence's sessions. */
    void starts(String sentence) {
        Matcher dayStart = DAY_START.matcher(sentence);
        if (dayStart.find()) {
            startDay(dayNumber(first(dayStart.group("ordinal"), dayStart.group("ordinal2")),
                    first(dayStart.group("number"), dayStart.group("number2"))));
        }
        Matcher partStart = PART_START.matcher(sentence);
        if (partStart.find()) {
            String word = first(first(partStart.group("part"), partStart.group("part2")), partStart.group("part3"));
            if (partStart.group("lunch") != null) {
                word = "afternoon";
            } else if (partStart.group("dinner") != null) {
                word = "evening";
            }
            startPart(word);
        }
    }

    /** Applies a heading: one that names a day starts it, one that names a part of the day starts that. */
    void heading(String text) {
        Matcher dayHeading = DAY_HEADING.matcher(text);
        if (dayHeading.find()) {
            startDay(dayNumber(dayHeading.group("ordinal"), dayHeading.group("number")));
        }
        Matcher partHeading = PART_HEADING.matcher(text);
        if (partHeading.find()) {
            startPart(partHeading.group("part"));
        }
    }

    private void startDay(int number) {
        if (number != day || dayOver) {
            settled = null;
        }
        day = number;
        part = PartOfDay.UNKNOWN;
        dayOver = false;
        lastDay = Math.max(lastDay, day);
    }

    private void startPart(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("evening") || lower.equals("night")) {
            // The evening belongs to the day whose talks just ended; it does not open the next one.
            dayOver = false;
            part = PartOfDay.EVENING;
            return;
        }
        if (part == PartOfDay.EVENING) {
            dayOver = true; // a morning or an afternoon after an evening is the next day's
        }
        openDayIfOver();
        if (lower.equals("afternoon")) {
            settleEarlier(PartOfDay.MORNING); // what came before the afternoon, that day, was the morning
            part = PartOfDay.AFTERNOON;
        } else {
            part = PartOfDay.MORNING;
        }
    }

    /** Applies what the sentence ends; call after placing the sentence's sessions. */
    End ends(String sentence) {
        Matcher ended = ENDED.matcher(sentence);
        if (!ended.find()) {
            return End.NOTHING;
        }
        String what = ended.group("what");
        if (ENDS_PART.matcher(what).find()) {
            settleEarlier(PartOfDay.MORNING);
            part = PartOfDay.AFTERNOON;
            return End.PART;
        }
        if (ENDS_DAY.matcher(what).find()) {
            dayOver = true;
            return End.DAY;
        }
        if (ENDS_SESSION.matcher(what).find()) {
            settleEarlier(PartOfDay.MORNING);
            part = PartOfDay.AFTERNOON;
            return End.PART;
        }
        return End.NOTHING;
    }

    private void settleEarlier(PartOfDay earlier) {
        if (part == PartOfDay.UNKNOWN && !dayOver) {
            settled = earlier;
        }
    }

    /**
     * What the sessions of the current day placed with {@link PartOfDay#UNKNOWN} turned out to be, once; null
     * when the post has not said. Call after {@link #starts} and {@link #ends}.
     */
    PartOfDay settled() {
        PartOfDay result = settled;
        settled = null;
        return result;
    }

    /** The day a session told of now belongs to. */
    int day() {
        openDayIfOver();
        return day;
    }

    /** The part of day a session told of now belongs to. */
    PartOfDay part() {
        openDayIfOver();
        return part;
    }

    /** The day whose talks are running or have just ended (for what happened after them). */
    int currentDay() {
        return day;
    }

    /** How many days the post has told of so far. */
    int days() {
        return lastDay;
    }

    private void openDayIfOver() {
        if (dayOver) {
            day++;
            lastDay = Math.max(lastDay, day);
            part = PartOfDay.UNKNOWN;
            dayOver = false;
            settled = null;
        }
    }

    /** The day a text names on its own ("the second day's afternoon": 2), or 0 when it names none. */
    static int dayNamedIn(String text) {
        Matcher named = DAY_HEADING.matcher(text);
        if (!named.find()) {
            return 0;
        }
        String word = first(named.group("ordinal"), named.group("number")).toLowerCase(Locale.ROOT);
        Integer known = WORDS.get(word);
        return known != null ? known : word.matches("\\d+.*") ? Integer.parseInt(word.replaceAll("\\D", "")) : 0;
    }

    private int dayNumber(String ordinal, String number) {
        String word = (ordinal != null ? ordinal : number).toLowerCase(Locale.ROOT);
        if (word.equals("next") || word.equals("last") || word.equals("final")) {
            return day + 1;
        }
        Integer known = WORDS.get(word);
        return known != null ? known : Integer.parseInt(word.replaceAll("\\D", ""));
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
