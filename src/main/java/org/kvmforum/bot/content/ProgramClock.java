package org.kvmforum.bot.content;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps track of the day and part of day while the post is read sentence by sentence: the post marks them
 * only in prose. Starts are applied before a sentence's sessions ("The second day started with X presenting
 * [..]"), ends after them ("That ended day 1 of talks.").
 * <ul>
 *   <li>day starts: "The second day started/began/opened with", "Day two began", "On the third day, ...";</li>
 *   <li>part starts: "The afternoon session had ...", "In the afternoon, ...", "After lunch, ...";</li>
 *   <li>ends, "That/This ended|concluded|wrapped up|was the end of ... X": a morning or first session/half ends the part,
 *       a day, the days, an afternoon or evening, the forum ends the day; the next session without a day
 *       start then opens the next day's morning.</li>
 * </ul>
 */
final class ProgramClock {
    private static final String ORDINALS = "first|second|third|fourth|fifth|next|last|final|\\d+(?:st|nd|rd|th)";
    private static final String NUMBERS = "\\d+|one|two|three|four|five";
    private static final String BEGAN = "(?:started|starts|began|begins|opened|opens|kicked off|commenced)";
    private static final Pattern DAY_START = Pattern.compile(
            "\\b(?:(?<ordinal>" + ORDINALS + ") day|day (?<number>" + NUMBERS + ")) " + BEGAN + "\\b"
                    + "|^(?:on )?(?:the )?(?:(?<ordinal2>" + ORDINALS + ") day|day (?<number2>" + NUMBERS + "))\\b,",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PART_START = Pattern.compile(
            "^(?:in|during) the (?<part>morning|afternoon)\\b"
                    + "|\\bthe (?<part2>morning|afternoon)(?: (?:session|sessions|track|tracks|half|program|programme))?"
                    + " (?:had|has|started|began|opened|was|were|consisted|featured|brought|split)\\b"
                    + "|^after (?<lunch>lunch|the (?:lunch )?break)\\b",
            Pattern.CASE_INSENSITIVE);
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
    private PartOfDay part = PartOfDay.MORNING;
    /** The day's talks are over; the next session opens the next day. */
    private boolean dayOver;
    private int lastDay = 1;

    /** Applies what the sentence starts; call before placing the sentence's sessions. */
    void starts(String sentence) {
        Matcher dayStart = DAY_START.matcher(sentence);
        if (dayStart.find()) {
            day = dayNumber(first(dayStart.group("ordinal"), dayStart.group("ordinal2")),
                    first(dayStart.group("number"), dayStart.group("number2")));
            part = PartOfDay.MORNING;
            dayOver = false;
            lastDay = Math.max(lastDay, day);
        }
        Matcher partStart = PART_START.matcher(sentence);
        if (partStart.find()) {
            String word = first(partStart.group("part"), partStart.group("part2"));
            openDayIfOver();
            part = word == null || word.equalsIgnoreCase("afternoon") ? PartOfDay.AFTERNOON : PartOfDay.MORNING;
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
            part = PartOfDay.AFTERNOON;
            return End.PART;
        }
        if (ENDS_DAY.matcher(what).find()) {
            dayOver = true;
            return End.DAY;
        }
        if (ENDS_SESSION.matcher(what).find()) {
            part = PartOfDay.AFTERNOON;
            return End.PART;
        }
        return End.NOTHING;
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
            part = PartOfDay.MORNING;
            dayOver = false;
        }
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
