package org.kvmforum.bot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kvmforum.bot.search.Stems;
import org.kvmforum.bot.search.TextNormalizer;
import org.kvmforum.bot.search.Token;

/**
 * What a post cannot answer, declared once. The model holds, per event: the sessions (title, kind, speakers,
 * slides, day and part of day, order, the post's paragraph on each), the people and their sessions, the event's
 * facts (place, co-located event, attendance, slot length, parallel tracks, recordings, the first forum, what
 * happened after the talks, days, the report and its author) and every sentence of the prose. Anything else is
 * one of these kinds, and gets a private "the post does not say …" instead of the nearest fact it does hold.
 *
 * <p>Each kind is recognised by the words that ask for it, whatever the topic; that the kind is outside the
 * model is true of any post the parser reads, so nothing here is about one event.
 */
enum Unstated {
    /** Hours of the day: the model has days and parts of days, never a clock. */
    CLOCK_TIME("The post gives no clock times, only days and parts of the day"),
    /** Whether a session kept to its time (ran over, started late): the model has days and parts, never timings. */
    TIMEKEEPING("The post does not say how any session kept to time, only the day and part of the day it was in"),
    /** Who people work for: the model has names and sessions only. */
    EMPLOYER("The post does not say who anyone works for"),
    /** A link to one talk's recording: the model has one sentence about recordings, for all talks. */
    TALK_VIDEO("The post links no video of a single talk"),
    /** A live stream: the model has one sentence about recordings, which a post may or may not say were live. */
    LIVE_STREAM("The post does not say the talks were streamed live"),
    /** The parallel track the author did not attend: the post describes only what its author saw. */
    OTHER_TRACK("The post describes only the sessions its author attended; it does not say what ran in the"
            + " other track"),
    /** The name of a place or thing the post mentions without naming (the pub, the hotel). */
    UNNAMED("The post does not give its name"),
    /** Prices, tickets, who paid. */
    MONEY("The post says nothing about prices, tickets or who paid"),
    /** Figures from benchmarks, and results the post only says were asked for. */
    RESULTS("The post gives no benchmark figures or results"),
    /** What the audience asked after a talk. */
    AUDIENCE_QUESTIONS("The post does not report what the audience asked, or how long the Q&A took"),
    /** Release dates and licences of software: outside the event. */
    SOFTWARE_FACTS("The post gives no release dates, licences or places to get the code"),
    /** About people beyond their names and sessions: age, origin, job, role. */
    PERSONAL("The post gives nothing about people beyond their names and the sessions they were in"),
    /** What became of work after the post (merged, accepted, shipped). */
    AFTERWARDS("The post does not say what became of it after the forum"),
    /** Who maintains or leads a project: the model has people's names and sessions, not their roles. */
    ROLES("The post does not say who maintains or leads what"),
    /** When or by whom a project or group was started: history outside the event. */
    ORIGINS("The post does not say when or by whom it was started"),
    /** Who ran the event or a session as organiser, chair or moderator. */
    ORGANISERS("The post does not say who organised, chaired or moderated anything"),
    /** The names of the tracks, or which track a session was in. */
    TRACK_NAMES("The post does not name the tracks or say which track a session was in"),
    /** Meals and breaks during the day. */
    MEALS("The post says nothing about food, meals or breaks"),
    /** A breakdown of the attendance (by company, country, role). */
    ATTENDANCE_BREAKDOWN("The post gives only the total attendance, not who the attendees were"),
    /** How to reach someone: addresses, handles, numbers. */
    CONTACT("The post gives no one's contact details"),
    /** What is inside a slide deck: the model has the link to it, never its pages. */
    SLIDE_CONTENTS("The post links the slides but says nothing of what is in them, not even how many there are"),
    /** Dates still to come when the post was written: when something will ship, be ready or appear. */
    FUTURE_DATES("The post gives no dates for what was still to come when it was written"),
    /** Another year's event than the posts describe. */
    OTHER_YEAR("The post does not describe that year's forum"),
    /**
     * What a session or discussion decided or concluded: the post reports what was said, and a decision only where
     * a sentence says one was reached (then its words are the post's, and this kind is not what is asked).
     */
    OUTCOMES("The post reports no decision or conclusion reached there"),
    /** The surname of someone the post calls only by a first name (a data file beside it may complete it). */
    SURNAME("The post calls them only by their first name and never gives a surname"),
    /** What an abbreviation stands for, when the post never spells it out. */
    EXPANSION("The post does not spell out what that abbreviation stands for"),
    /** How to run or set up software: commands, options, settings and their defaults. */
    USAGE("The post does not say how to run or configure anything: it gives no commands, options or settings"),
    /** Whether a speaker showed something live, when the post never speaks of a demonstration. */
    DEMO("The post does not say whether anything was shown in a live demo");

    // Not "hour" alone: "half an hour long" is a length the post may give.
    private static final Set<String> CLOCK_WORDS = Set.of("o'clock", "oclock", "clock");
    /** Verbs of a start or an end: what happens at a moment, not in a part of the day. */
    private static final Set<String> MOMENT_VERBS = Set.of("start", "started", "starts", "begin", "began", "begins",
            "end", "ended", "ends", "finish", "finished", "finishes", "kick", "kicked", "open", "opened", "close",
            "closed", "wrap", "wrapped");
    /** "9am", "10:30", "9 a.m.": a time on the clock, which the post never gives. */
    private static final java.util.regex.Pattern CLOCK_TIME_WORD =
            java.util.regex.Pattern.compile("\\d{1,2}(:\\d{2})?(am|pm)|\\d{1,2}:\\d{2}");
    private static final Set<String> EMPLOYER_WORDS = Set.of("employer", "employers", "employed", "company",
            "companies", "affiliation", "affiliated", "employee", "employees", "employs", "payroll", "staff",
            "staffers");
    private static final Set<String> WORKING = Set.of("work", "works", "working", "worked");
    private static final Set<String> SOMEBODY = Set.of("anyone", "anybody", "someone", "somebody", "folks", "guys",
            "developers", "engineers", "people");
    private static final Set<String> VIDEO_WORDS = Set.of("video", "videos", "recording", "recordings", "youtube");
    private static final Set<String> DIRECT_LINK = Set.of("link", "links", "url", "youtube", "direct");
    private static final Set<String> VIDEO_DETAILS = Set.of("length", "duration", "minutes", "views", "viewers",
            "resolution", "subtitles", "transcript");
    private static final Set<String> STREAM_WORDS = Set.of("livestream", "livestreamed", "livestreaming",
            "live-streamed", "live-stream", "streamed", "webcast", "webcasted");
    private static final Set<String> TRACK_WORDS = Set.of("track", "tracks", "parallel");
    private static final Set<String> OTHER_WORDS = Set.of("other", "another");
    private static final Set<String> NAMING = Set.of("name", "named", "called");
    private static final Set<String> NAMED_THINGS_ASKED = Set.of("talk", "talks", "session", "sessions", "speaker",
            "presenter", "person", "keynote", "bof", "event", "forum", "conference", "author", "lightning");
    private static final Set<String> MONEY_WORDS = Set.of("price", "prices", "cost", "costs", "ticket", "tickets",
            "fee", "fees", "paid", "pay", "pays", "expensive", "cheap", "dollars", "sponsor", "sponsors",
            "sponsored", "registration");
    private static final Set<String> MONEY_WORDS_BUT_COST = MONEY_WORDS.stream()
            .filter(word -> !word.startsWith("cost")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> RESULT_WORDS = Set.of("benchmark", "benchmarks", "benchmarking", "iops",
            "figures", "results", "measurements", "speedup", "percent", "percentage", "numbers", "measured",
            "throughput");
    /** "which release were the refactorings aiming to land in": a plan at the forum, which the post may give. */
    private static final Set<String> AIMED = Set.of("aim", "aims", "aiming", "aimed", "planned", "planning",
            "intended", "meant", "hoping", "hoped", "supposed");

    private static final Set<String> AUDIENCE = Set.of("audience", "attendees", "crowd");
    private static final Set<String> ASKING = Set.of("ask", "asked", "questions", "question");
    private static final Set<String> LICENCE_WORDS = Set.of("license", "licence", "licensed", "licenced", "licenses",
            "licences");
    private static final Set<String> RELEASED = Set.of("released", "shipped", "ship", "ships", "shipping");
    /** What a release does with work, after the event: "first had", "landed in", "carries". */
    private static final Set<String> LANDED_IN = Set.of("first", "land", "landed", "lands", "merged", "included",
            "includes", "include", "had", "carry", "carries", "carried", "got", "contained", "contains");
    /** "which kernel version is it going into": a release, outside the event. */
    // Not "release": "what qemu release was coming up" is a plan the post gives.
    private static final Set<String> VERSION_WORDS = Set.of("version", "versions");
    /** Where to get software: the post links slides, never code. */
    private static final Set<String> CODE_PLACES = Set.of("repository", "repositories", "repo", "repos", "git",
            "github", "gitlab", "tarball", "sources");
    /** A demonstration: "did Juan demo postcopy", "a live demo". */
    private static final Set<String> DEMO_WORDS = Set.of("demo", "demos", "demoed", "demoing", "demonstrate",
            "demonstrated", "demonstrates", "demonstrating", "demonstration", "demonstrations");
    private static final Set<String> CONTACT_WORDS = Set.of("email", "e-mail", "mail", "twitter", "phone", "contact",
            "contacts", "irc", "nick", "linkedin", "mastodon");
    /** "his handle", not "how did the talk handle the question". */
    private static final Set<String> OWNERS = Set.of("his", "her", "their", "your", "my");

    // Not "live" (live migration), "title" (a talk's title) or "position" (in the program).
    private static final Set<String> PERSONAL_WORDS = Set.of("age", "born", "birthday", "nationality",
            "hometown", "married", "wife", "husband", "job", "degree", "university", "studied");
    // Not "outcome" or "result": what came of a discussion may be said in other words ("he promised to merge…").
    private static final Set<String> OUTCOME_WORDS = Set.of("decided", "decide", "decision", "decisions",
            "agreed", "agreement", "consensus", "conclude", "concluded", "conclusion", "conclusions", "verdict", "voted", "vote");
    private static final Set<String> AFTERWARDS_WORDS = Set.of("merge", "merged", "accepted", "upstreamed",
            "mainlined", "adopted", "eventually", "nowadays");
    private static final Set<String> ORGANISER_WORDS = Set.of("moderated", "moderator", "moderate", "chaired",
            "chair", "chairs", "organised", "organized", "organiser", "organizer", "organisers", "organizers",
            "committee", "emcee", "emceed", "emcees", "mc", "organising", "organizing");
    private static final Set<String> ROLE_WORDS = Set.of("maintainer", "maintainers", "maintains", "sub-maintainer",
            "sub-maintainers", "submaintainer", "submaintainers");
    /** Titles of office, which a post gives only beside a name ("CTO Brian Stevens"). */
    private static final Set<String> TITLES = Set.of("ceo", "cto", "cfo", "coo", "president", "chairman", "chair",
            "founder", "founders", "vp", "director");
    private static final Set<String> FOUNDING = Set.of("founded", "formed", "established", "started", "created",
            "launched", "began", "begun", "initiated");
    private static final Set<String> PROJECTS = Set.of("project", "projects", "alliance", "group", "organisation",
            "organization", "company");
    // Not "break": "what could break huge pages" is about a talk.
    private static final Set<String> MEAL_WORDS = Set.of("lunch", "breakfast", "coffee", "catering", "catered",
            "snacks", "snack", "meal", "meals", "eat", "ate", "eaten", "food", "menu");
    private static final Set<String> ATTENDANCE_NOUNS = Set.of("attendees", "attendance", "participants",
            "people", "developers", "audience", "engineers", "folks", "employees");
    private static final Set<String> BEFORE_AFTER = Set.of("after", "before", "until", "till", "since");

    /**
     * Words for running or setting up software, unless the post itself uses them. Not "options", "settings" or
     * "configured": "the options for a guest PMU" are a talk's, as a device that "can be configured" through VFIO.
     */
    private static final Set<String> USAGE_WORDS = Set.of("command-line", "commandline", "cli", "syntax", "knob",
            "knobs", "tunable", "tunables", "config", "invocation");
    private static final Set<String> COMMAND_ASKED = Set.of("line", "name", "called", "named", "run", "type");

    private final String sentence;

    Unstated(String sentence) {
        this.sentence = sentence;
    }

    /**
     * "where did virtio-scsi end up", "did he end up merging it", "what did the BOF end up deciding": what became of
     * work. Not "making a guest and its RAM end up on the same NUMA node", a place something is put.
     */
    private static boolean whatBecameOf(List<Token> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            String word = words.get(i).text();
            // Not "ends up": "why isn't it bad if the tool ends up replicating qemu" supposes, it does not ask.
            if ((word.equals("end") || word.equals("ended")) && words.get(i + 1).text().equals("up")) {
                return i + 2 == words.size() || !PLACED.contains(words.get(i + 2).text())
                        && !inASession(words, i + 2) && !SPEAKING.contains(words.get(i + 2).text());
            }
        }
        return false;
    }

    /** "which people ended up in the chardev BOF": ending up in a session is taking part in it, at the forum. */
    private static boolean inASession(List<Token> words, int from) {
        if (!Set.of("in", "at").contains(words.get(from).text())) {
            return false;
        }
        for (int k = from + 1; k < words.size() && k <= from + 5; k++) {
            String word = words.get(k).text();
            if (Cues.SESSION_NOUNS.contains(word) || Cues.BOF.contains(word) || Cues.KEYNOTE.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** "what is his last name", "Avi's surname", "the full name of the opening speaker". */
    static boolean asksForASurname(List<Token> words) {
        return has(words, Set.of("surname", "surnames")) || phrase(words, "last", "name")
                || phrase(words, "family", "name") || phrase(words, "full", "name");
    }

    /** "on behalf of Joyent", not "on behalf of a few people working on it". */
    private static boolean behalfOfSomeone(List<Token> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (words.get(i).text().equals("behalf") && words.get(i + 1).text().equals("of")
                    && !Cues.STOP.contains(words.get(i + 2).text())
                    && !Cues.NUMBERS.containsKey(words.get(i + 2).text())) {
                return true;
            }
        }
        return false;
    }

    /** "who ended up giving more than one talk": what they did at the forum, not what became of work. */
    private static final Set<String> SPEAKING = Set.of("giving", "presenting", "speaking", "talking",
            "hosting", "leading", "chairing", "covering");

    private static final Set<String> PLACED = Set.of("on", "at", "near", "next", "close", "together", "local",
            "inside", "beside", "alongside", "onto");

    /**
     * "Anthony wanted post-copy merged right away, yes?": what someone wanted or asked for at the forum, which the
     * post may say, not what became of the work since.
     */
    private static boolean wantedAtTheForum(List<Token> words) {
        for (int i = 0; i < words.size(); i++) {
            if (AFTERWARDS_WORDS.contains(words.get(i).text())) {
                for (int k = Math.max(0, i - 6); k < i; k++) {
                    if (WANTING.contains(words.get(k).text())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final Set<String> WANTING = Set.of("wanted", "want", "wants", "asked", "proposed", "suggested",
            "pushed", "hoped", "urged", "argued", "planned", "expected");

    /**
     * "how does virtio-scsi performance compare to virtio-blk", "the overhead of KVM on POWER7 against pHype": a
     * comparison of performance between named things that no session's paragraph makes (none has them all beside a
     * word of performance). "How does AHCI compare with virtio-blk" is one the AHCI paragraph makes.
     */
    private static boolean comparesUnreportedPerformance(Question q, List<Token> words) {
        // "a talk about a SATA controller way faster than IDE — which one?" describes a session to find.
        if (!has(words, PERFORMANCE_WORDS) || !has(words, COMPARING) || has(words, Cues.SESSION_NOUNS)
                || q.target() != Target.SESSION) {
            return false;
        }
        List<String> named = new ArrayList<>();
        for (Token word : words) {
            // A name, as the asker or the post writes it: "pHype" is one though asked as "phype".
            boolean written = word.surface().chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                    || word.text().contains("-") || word.text().contains(".")
                    || q.event().sentences().stream().anyMatch(sentence -> Token.of(TextNormalizer.clean(sentence))
                            .stream().anyMatch(token -> token.text().equals(word.text())
                                    && !token.surface().equals(token.surface().toLowerCase(java.util.Locale.ROOT))
                                    && !token.opening()));
            boolean common = q.event().sentences().stream()
                    .filter(sentence -> has(Token.of(TextNormalizer.clean(sentence)), Set.of(word.text()))).count() > 4;
            if (written && !common && !word.text().equals(Integer.toString(q.event().year()))) {
                named.add(word.text());
            }
        }
        if (named.size() < 2) {
            return false;
        }
        for (var session : q.event().sessions()) {
            List<Token> said = Token.of(TextNormalizer.clean(session.title() + " " + session.summary()));
            boolean all = named.stream().allMatch(name -> has(said, Set.of(name)));
            if (all && said.stream().anyMatch(token -> PERFORMANCE_WORDS.contains(token.text()))) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> PERFORMANCE_WORDS = Set.of("performance", "perform", "performs", "performed",
            "faster", "slower", "overhead", "speed", "speedup");
    private static final Set<String> COMPARING = Set.of("compare", "compares", "compared", "comparison", "vs",
            "versus", "than", "against");

    private static boolean asksForAnExpansion(List<Token> words, Question q) {
        // "the Allen who worked on PCI passthrough, what's his full name": a person's, not an abbreviation's.
        boolean ofAPerson = !q.people().isEmpty() || has(words, Set.of("his", "her", "who", "whose", "he", "she"));
        return followedAt(words, Set.of("stand", "stands", "stood"), Set.of("for"))
                || phrase(words, "short", "for") || !ofAPerson && phrase(words, "full", "name")
                || phrase(words, "full", "form")
                || has(words, Set.of("acronym", "abbreviation", "abbreviated", "expansion"));
    }

    /**
     * The abbreviation asked about: a word written with two capitals or more ("FVD", "pHype"), else the word before
     * "stand for" ("what does fvd stand for"). Null when there is none.
     */
    private static String abbreviationAsked(List<Token> words) {
        for (Token word : words) {
            if (word.surface().chars().filter(Character::isUpperCase).count() >= 2 && word.surface().length() <= 8) {
                return word.text();
            }
        }
        for (int i = 1; i < words.size(); i++) {
            if (Set.of("stand", "stands", "stood").contains(words.get(i).text())) {
                return words.get(i - 1).text();
            }
        }
        return null;
    }

    /**
     * Whether a sentence writes the abbreviation out: words near it whose initials spell it ("QOM, the QEMU Object
     * Model"), in either order.
     */
    static boolean spelledOut(List<String> sentences, String abbreviation) {
        String letters = abbreviation.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (letters.length() < 2) {
            return true; // nothing to spell out
        }
        for (String sentence : sentences) {
            String[] tokens = sentence.split("[^\\p{L}\\p{N}]+");
            for (int start = 0; start < tokens.length; start++) {
                StringBuilder initials = new StringBuilder();
                for (int k = start; k < tokens.length && initials.length() < letters.length(); k++) {
                    if (tokens[k].isEmpty() || !Character.isUpperCase(tokens[k].charAt(0))) {
                        break;
                    }
                    initials.append(Character.toLowerCase(tokens[k].charAt(0)));
                }
                if (initials.toString().equals(letters)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the question has one of the words that the post's sentences never use. */
    private static boolean unsaidIn(Question q, List<Token> words, Set<String> kindWords) {
        Set<String> asked = new HashSet<>();
        words.stream().map(Token::text).filter(kindWords::contains).forEach(asked::add);
        return !asked.isEmpty() && q.event().sentences().stream()
                .noneMatch(sentence -> has(Token.of(TextNormalizer.clean(sentence)), asked));
    }

    /** The words that ask for this kind by themselves ("maintainer", "merged"); empty for kinds read by phrases. */
    Set<String> triggers() {
        return switch (this) {
            case ROLES -> ROLE_WORDS;
            case AFTERWARDS -> AFTERWARDS_WORDS;
            case OUTCOMES -> OUTCOME_WORDS;
            default -> Set.of();
        };
    }

    /**
     * "how many Red Hat people attended": a capitalised name between "how many" and the word for attendees, not the
     * event's own ("how many KVM developers came" counts the event's attendees).
     */
    private static boolean organisationBeforeTheNoun(Question q, List<Token> words) {
        String event = q.event() == null ? "" : q.event().name().toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i + 2 < words.size(); i++) {
            if (!words.get(i).text().equals("how") || !words.get(i + 1).text().equals("many")) {
                continue;
            }
            // Only capitalised words between: "how many sessions did Amit skip … people" names no attendees.
            int k = i + 2;
            boolean named = false;
            while (k < words.size() && words.get(k).capital() && !ATTENDANCE_NOUNS.contains(words.get(k).text())) {
                named |= !event.contains(words.get(k).text());
                k++;
            }
            if (named && k < words.size() && ATTENDANCE_NOUNS.contains(words.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean aClockTime(List<Token> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).text();
            boolean hourThenHalf = i + 1 < words.size() && word.matches("\\d{1,2}")
                    && Set.of("am", "pm", "a.m", "p.m").contains(words.get(i + 1).text());
            // "10:30" is read as two words: an hour, then two digits of minutes.
            boolean hourThenMinutes = i + 1 < words.size() && word.matches("1?\\d|2[0-3]")
                    && words.get(i + 1).text().matches("[0-5]\\d");
            if (CLOCK_TIME_WORD.matcher(word).matches() || hourThenHalf || hourThenMinutes) {
                return true;
            }
        }
        return false;
    }

    /** The plain sentence saying the post does not hold it, without a final full stop. */
    String sentence() {
        return sentence;
    }

    /**
     * The kind of unstated thing the question asks for, or null when what it asks is in the model.
     *
     * @param years every year a loaded event is of, or that a post names as its first forum's
     */
    /** Verbs of a session's running, before "over", "late", "long" or "early". */
    private static final Set<String> RUNNING = Set.of("run", "ran", "running", "runs", "go", "went", "going", "start",
            "started", "starting", "starts", "finish", "finished", "end", "ended", "begin", "began", "overrun",
            "overran");

    /** What a session's running is before "over", "late", "long" or "early": its time, not what was gone over. */
    private static final Set<String> TIMING_AFTER = Set.of("late", "early", "long");
    private static final Set<String> TIME_NOUNS = Set.of("time", "schedule", "slot", "limit");
    private static final Set<String> STARTS_OR_ENDS = Set.of("start", "started", "begin", "began", "end", "ended",
            "finish", "finished");

    /** "run" itself, which alone before a final "over" is over time; "go over" is what was covered. */
    private static final Set<String> RAN = Set.of("run", "ran", "runs", "running");

    private static boolean keptToTime(List<Token> words) {
        if (has(words, Set.of("overran", "overrun", "overtime")) || phrase(words, "behind", "schedule")
                || phrase(words, "ahead", "of") && has(words, Set.of("schedule")) || phrase(words, "on", "schedule")
                || phrase(words, "over", "time")) {
            return true;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String next = words.get(i + 1).text();
            if (RUNNING.contains(words.get(i).text()) && (TIMING_AFTER.contains(next)
                    || next.equals("over") && (has(words.subList(i + 2, words.size()), TIME_NOUNS)
                            // "did the keynote run over?": over its time, with nothing after it. Not "what did Avi
                            // go over", what he covered.
                            || RAN.contains(words.get(i).text())
                                    && (i + 2 == words.size()
                                            || Cues.CONFIRMATION_TAGS.contains(words.get(i + 2).text()))))) {
                return true;
            }
            if (STARTS_OR_ENDS.contains(words.get(i).text()) && next.equals("on") && i + 2 < words.size()
                    && words.get(i + 2).text().equals("time")) {
                return true;
            }
        }
        return false;
    }

    static Unstated askedIn(Question q, Set<Integer> years) {
        List<Token> words = q.words();
        boolean names = !q.people().isEmpty();
        // "what time of day": a part of the day, which the post gives.
        boolean partOfDay = phrase(words, "time", "of") && phrase(words, "of", "day");
        // "what time of day did the keynote start": a start or an end is a moment, and so a clock time.
        boolean aMoment = partOfDay && has(words, MOMENT_VERBS);
        if (has(words, CLOCK_WORDS) || aClockTime(words) || aMoment
                || !partOfDay && (phrase(words, "what", "time") || phrase(words, "which", "time"))
                || phrase(words, "what", "hour") || phrase(words, "which", "hour") || phrase(words, "what", "hours")
                || phrase(words, "how", "early") || phrase(words, "how", "late")) {
            return CLOCK_TIME;
        }
        // "did Avi's keynote run over time", "did it start late", "did it start on time": timings, never given. Not
        // "the slots were cut short" (their length, which the post gives) nor "what did Avi go over".
        if (keptToTime(words)) {
            return TIMEKEEPING;
        }
        // "what is Avi's last name?": the post writes only "Avi"; a full name from the data file is not the post's.
        boolean asksForASurname = asksForASurname(words);
        if (asksForASurname && names && q.people().stream()
                .allMatch(person -> person.mentions().stream().noneMatch(form -> form.trim().contains(" ")))) {
            return SURNAME;
        }
        if (asksForASurname && names) {
            return null; // "what's Juan's last name": the post writes it, and the answer about him gives it
        }
        // "where is Avi from", not "where are the slides from Anthony's keynote".
        // "where was Amit flying in from, given the jet lag?": "from" with no place after it.
        boolean whereFrom = has(words, Set.of("where")) && !words.isEmpty()
                && (words.get(words.size() - 1).text().equals("from") || fromWithNothingAfter(words));
        // "where did the author fly in from": the author is a person too.
        // Someone the post names only in passing ("CTO Brian Stevens") is a person too; the post is read for them only
        // when the question asks something personal.
        if ((has(words, PERSONAL_WORDS) || phrase(words, "how", "old") || whereFrom) && (names
                || has(words, Cues.AUTHOR) || q.event() != null && namedInPassing(q.event().sentences(), words))) {
            return PERSONAL;
        }
        // "how many slides did the keynote have", "how many pages is the deck".
        // Not "how many slides were linked", "how many slide decks are there": decks the post links.
        if (followedAt(words, Set.of("many"), Set.of("slides", "pages")) && !has(words, Cues.LINKS)
                && !has(words, Set.of("linked", "posted", "available", "decks", "there", "post"))) {
            return SLIDE_CONTENTS;
        }
        // "what did slide 5 show", "what diagram was on Avi's slides": inside a deck, not its link. Not "what did
        // the AHCI slides show", which may ask what the talk showed.
        if (has(words, Set.of("slide", "slides", "deck", "decks")) && (has(words, Set.of("slide"))
                && has(words, Set.of("show", "showed", "shows", "shown", "contain", "contained", "contains"))
                || followedAt(words, Set.of("slide", "page"), Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9",
                        "10", "one", "two", "three", "last", "first"))
                || followedAt(words, Cues.ORDINALS.keySet(), Set.of("slide", "page"))
                || has(words, Set.of("diagram", "diagrams", "chart", "charts", "graph", "graphs", "picture",
                        "pictures", "screenshot", "screenshots")))) {
            return SLIDE_CONTENTS;
        }
        // "when will the ARM port be ready", "when is 1.0 expected to ship", "how soon will the videos be up".
        // "when exactly did the videos go up": the post says only that they should appear soon.
        if (has(words, Set.of("when")) && has(words, VIDEO_WORDS) && !has(words, Set.of("recorded"))) {
            return FUTURE_DATES;
        }
        // "did Kevin give a date for QCOW3", "any timeline for the ARM port": a date for work still to come.
        // Not "for a timeline I'm drawing of day 2": the asker's own timeline, with no work it is for.
        Set<String> giving = Set.of("give", "gave", "given", "set", "mention", "mentioned", "any");
        boolean timelineOfWork = followedBy(words, Set.of("timeline", "timeframe", "timelines"), Set.of("for", "on", "to"))
                || !words.isEmpty() && Set.of("timeline", "timeframe").contains(words.get(words.size() - 1).text())
                || has(words, Set.of("timeline", "timeframe"))
                        && (has(words, giving) || has(words, Set.of("expected", "planned")));
        if (timelineOfWork || has(words, Set.of("eta", "deadline")) || has(words, Set.of("date", "dates"))
                && has(words, giving)) {
            return FUTURE_DATES;
        }
        // "when is allen kay's code going upstream": work on its way, which the post gives no date for.
        if (has(words, Set.of("when")) && followedAt(words, Set.of("going", "coming", "heading", "landing"),
                Set.of("upstream", "into", "out", "mainline"))) {
            return FUTURE_DATES;
        }
        // "which qemu release will ship QCOW3": a release still to come.
        if (followedBy(words, Set.of("when"), Set.of("will", "would")) || phrase(words, "how", "soon")
                || has(words, Set.of("will")) && has(words, Set.of("release", "releases", "version"))
                || has(words, Set.of("when")) && has(words, Set.of("expected", "eta", "supposed", "planned", "due"))
                // "when is the ARM port scheduled"; not "when was the AMD IOMMU v2 talk scheduled": a session's slot.
                || has(words, Set.of("when")) && has(words, Set.of("scheduled")) && !q.namedTalk() && q.kind() == null) {
            return FUTURE_DATES;
        }
        // "what was decided in the BOF", "did they reach a consensus": unless the post says so in those words.
        if (has(words, OUTCOME_WORDS) && q.event() != null && q.event().sentences().stream()
                .noneMatch(sentence -> has(Token.of(TextNormalizer.clean(sentence)), OUTCOME_WORDS))) {
            return OUTCOMES;
        }
        // "what does FVD stand for": unless the post writes it out beside the abbreviation ("QOM, the QEMU Object
        // Model").
        if (q.event() != null && asksForAnExpansion(words, q)) {
            String abbreviation = abbreviationAsked(words);
            if (abbreviation != null && !spelledOut(q.event().sentences(), abbreviation)) {
                return EXPANSION;
            }
        }
        // "what's the command line option for io throttling", "what's the default limit": how to run the software.
        if (q.event() != null && (unsaidIn(q, words, USAGE_WORDS)
                || followedAt(words, Set.of("command", "commands"), COMMAND_ASKED)
                || followedBy(words, Set.of("default"), Set.of("limit", "limits", "value", "values", "rate")))) {
            return USAGE;
        }
        // "was it merged", "when did it get merged", "which version was it merged in": the post ends at the forum.
        boolean yesNo = q.opensYesOrNo();
        if (has(words, AFTERWARDS_WORDS) && !inThePostsPhrase(words, AFTERWARDS_WORDS, q) && !wantedAtTheForum(words)
                || whatBecameOf(words)
                || (phrase(words, "make", "it") || phrase(words, "made", "it")) && has(words, Set.of("into", "in"))
                || yesNo && has(words, Set.of("become", "became"))
                || yesNo && has(words, RELEASED)) { // "did QCOW3 ever actually get released?"
            return AFTERWARDS;
        }
        // "who chose the talks", "who selected the speakers": the program committee, which the post never names.
        // Not "why did the organisers cut the talk length": a reason, which the post may give.
        // "I was surprised they cut the slots. Why did the organisers do that?": "why" after context, too.
        boolean why = has(words, Set.of("why")) && !has(words, Set.of("who", "whom"));
        if (has(words, ORGANISER_WORDS) && !why || followedBy(words, Cues.WHO, Set.of("chose", "choose", "selected", "select",
                "picked", "reviewed", "accepted")) && has(words, Cues.PLURAL_SESSIONS)) {
            return ORGANISERS;
        }
        // "who is red hat's CEO": a title the post never gives anyone (it names a CTO, which it answers).
        boolean untitled = q.event() != null && words.stream().anyMatch(word -> TITLES.contains(word.text())
                && q.event().sentences().stream().noneMatch(sentence -> has(Token.of(TextNormalizer.clean(sentence)),
                        Set.of(word.text()))));
        // "Anthony was the QEMU maintainer back then, right?": a role put up for someone named is as much asked.
        // Not "did Anthony say sub-maintainers were doing pull requests?", which asks what he said.
        // Nor "did Anthony's keynote credit sub-maintainers …?": the role is put up only by "was", "is".
        // "Kevin Wolf maintains the QEMU block layer, doesn't he?": the role said by its own verb is put up too.
        boolean roleClaimed = names && (q.opensYesOrNo() || q.checksABelief())
                && (has(words, Set.of("was", "is", "were", "are")) && !words.isEmpty()
                        && !Set.of("did", "does", "do").contains(words.get(0).text())
                        || has(words, Set.of("maintains", "maintain", "maintained")))
                && !has(words, Set.of("say", "said",
                "says", "mention", "mentioned", "talk", "talked", "spoke", "speak", "tell", "told", "note", "noted",
                "according"));
        // "spice project maintainer": a role named alone, in a few words, asks who holds it.
        boolean roleAlone = words.size() <= 5 && !words.isEmpty() && !Cues.QUESTION_WORDS.contains(words.get(0).text())
                && !Cues.AUXILIARIES.contains(words.get(0).text());
        if ((has(words, ROLE_WORDS) || untitled) && (has(words, Cues.WHO) || roleClaimed || roleAlone)) {
            return ROLES;
        }
        // "when was the Open Virtualization Alliance formed", "who started the project"
        // Not "a talk about something that started as a toy project — who gave it?"
        if (followedBy(words, Set.of("when"), Set.of("was", "were", "did")) && has(words, FOUNDING)
                && !has(words, Cues.SESSION_NOUNS)
                || followedBy(words, Cues.WHO, FOUNDING) && has(words, PROJECTS)
                // "who are the founding members of the open virtualization alliance"
                || has(words, Cues.WHO) && has(words, Set.of("founding", "founders", "members"))
                        && !has(words, Cues.SESSION_NOUNS) && !has(words, Cues.BOF)
                // "was the Open Virtualization Alliance founded in May 2011?": a founding date put up as a belief
                // "the Open Virtualization Alliance was founded by IBM and Red Hat, right?" as well
                || !words.isEmpty() && (Cues.YES_NO_OPENERS.contains(words.get(0).text()) || q.checksABelief())
                        && followedAt(words, FOUNDING, Set.of("in", "on", "by", "back")) && has(words, PROJECTS)
                        && !has(words, Cues.SESSION_NOUNS)) {
            return ORIGINS;
        }
        if (phrase(words, "which", "track") || phrase(words, "what", "track") || phrase(words, "which", "room")
                && has(words, TRACK_WORDS)) {
            return TRACK_NAMES;
        }
        if (mealOutsideTheProgram(words)) {
            return MEALS;
        }
        // "how many people came from Intel"; not "the growth from 30 to 150 people", a number after "from".
        boolean fromANumber = java.util.stream.IntStream.range(0, Math.max(0, words.size() - 1))
                .anyMatch(i -> words.get(i).text().equals("from") && words.get(i + 1).text().matches("\\d+"));
        if (has(words, ATTENDANCE_NOUNS) && (has(words, Set.of("from", "companies", "countries", "company"))
                || organisationBeforeTheNoun(q, words)) && phrase(words, "how", "many") && !fromANumber) {
            return ATTENDANCE_BREAKDOWN;
        }
        // "did anyone from libvirt give a talk": who belongs to what, which the post does not say.
        // "who does Amit work for", not "what's Stefan working on for virtio-scsi".
        // Not "did it relate to Rik's work at all".
        boolean atAll = phrase(words, "at", "all");
        // "Brian Stevens was CTO of which company?": the post gives him a title ("hosted by CTO Brian Stevens"), in a
        // sentence that says whose; that sentence answers, so the question is no employer the post never gives.
        if ((has(words, EMPLOYER_WORDS) || (names || has(words, Cues.PERSON_NOUNS) || has(words, Cues.AUTHOR))
                && (followedAt(words, WORKING, Set.of("for")) || followedAt(words, WORKING, Set.of("at")) && !atAll)
                || followedAt(words, SOMEBODY, Set.of("from")) && !has(words, AUDIENCE)
                // "Allen Kay is from Intel, isn't he?": a person, not a session, from somewhere
                || (names || has(words, Cues.PERSON_NOUNS)) && phrase(words, "where", "does") && has(words, WORKING)
                // "Dan was there from Oracle, right?", "Bryan was there for Joyent": a name after being there.
                || names && thereForAName(words)
                // "Bryan gave the talk on behalf of Joyent": for whom they spoke
                || names && behalfOfSomeone(words)
                // "allen kay works where"
                // (Not "we're planning NUMA tuning work and I want Andrea's slides. Where are they?")
                || names && (phrase(words, "works", "where") || phrase(words, "work", "where"))
                        && !has(words, Cues.SESSION_NOUNS)
                || (names || has(words, Cues.AUTHOR)) && followedAt(words, union(beingOrNamed(q), Cues.AUTHOR), Set.of("from"))
                        && !fromATime(words) && !has(words, Cues.SESSION_NOUNS) && !has(words, Cues.KEYNOTE)
                // "is rik van riel at red hat?", "is he with IBM": at or with a name, not "at the dinner".
                || names && atANamedPlace(words, beingOrNamed(q)) && !has(words, Cues.SESSION_NOUNS))
                && !(q.event() != null && titledInThePost(q.event().sentences(), words))) {
            return EMPLOYER;
        }
        // "the youtube link for the VFIO talk", "how long is the video of Juan's talk", "is the video for the
        // postcopy talk up yet": one talk's recording.
        // Not "link to the forum page where the videos are supposed to go": the page, which the post links.
        // Not "I caught a few minutes of a video where …": how much of it the asker saw.
        boolean videoDetail = java.util.stream.IntStream.range(0, words.size()).anyMatch(i -> VIDEO_DETAILS
                .contains(words.get(i).text()) && !(i > 0 && Set.of("few", "couple", "several", "some")
                        .contains(words.get(i - 1).text())));
        if (has(words, VIDEO_WORDS) && (q.hasTopic() || names) && !pageBeforeVideo(words) && (has(words, DIRECT_LINK)
                || videoDetail || phrase(words, "how", "long") || has(words, Set.of("yet")))) {
            return TALK_VIDEO;
        }
        // "was the keynote livestreamed", "could you watch it live": a stream, not the recordings a post may give.
        // Not "streaming" alone: "did the SPICE talk cover video streaming" is about a talk.
        if (has(words, STREAM_WORDS) || has(words, Set.of("stream", "streaming")) && has(words, Set.of("live"))
                || phrase(words, "watch", "live") || phrase(words, "watched", "live")) {
            return LIVE_STREAM;
        }
        if ((followedBy(words, OTHER_WORDS, TRACK_WORDS) || otherBeforeTrack(words) || has(words, Set.of("opposite")))
                && q.target() != Target.SLIDES) {
            return OTHER_TRACK;
        }
        // "which talks ran in the parallel track the author didn't attend": the track he was not in.
        boolean notAttended = (phrase(words, "didn't", "attend") || phrase(words, "didnt", "attend")
                || phrase(words, "not", "attend") || phrase(words, "never", "attended")
                || phrase(words, "didn't", "go") || phrase(words, "didnt", "go"))
                && has(words, TRACK_WORDS);
        if (notAttended) {
            return OTHER_TRACK;
        }
        // "what talk was running against Allen Kay's", "what was scheduled opposite it"
        if (followedAt(words, Set.of("running", "ran", "run", "scheduled", "up"), Set.of("against"))) {
            return OTHER_TRACK;
        }
        // "what talk ran in parallel with Andrea's?", "what was on at the same time as the VFIO talk?"
        if (phrase(words, "parallel", "with") || phrase(words, "concurrently", "with") || phrase(words, "same", "time")
                && (phrase(words, "time", "as") || phrase(words, "time", "with"))) {
            return OTHER_TRACK;
        }
        // "What's Roedel's first name?": a name of someone the post names, which it gives.
        boolean theirName = names && (phrase(words, "first", "name") || phrase(words, "given", "name")
                || phrase(words, "full", "name"));
        if (asksForAName(words) && !theirName) {
            return UNNAMED;
        }
        // "was the forum free for LinuxCon attendees?": free of charge, not "free page hinting" or "non-free".
        boolean freeOfCharge = followedAt(words, Set.of("free"), Set.of("for", "to", "of", "entry", "admission"));
        // "the shorter slots must have had a cost. What downsides …?": a cost beside a downside is a price in kind.
        boolean costInKind = has(words, Cues.CONSEQUENCE) && !has(words, MONEY_WORDS_BUT_COST);
        if (has(words, MONEY_WORDS) && !costInKind || freeOfCharge) {
            return MONEY;
        }
        // "the biggest guest RAM size juan mentioned": a measured extreme, a figure the post does not give.
        boolean extremeFigure = (has(words, Set.of("biggest", "largest", "smallest", "maximum", "minimum", "max", "min"))
                || phrase(words, "how", "big") || phrase(words, "how", "large"))
                && has(words, Set.of("size", "sizes", "amount"));
        if (has(words, RESULT_WORDS) || extremeFigure || q.event() != null && comparesUnreportedPerformance(q, words)) {
            return RESULTS;
        }
        // "what did the audience ask", "what came up in the Q&A": not "who asked for benchmarks", which the post says.
        boolean qa = phrase(words, "q", "a") || has(words, Set.of("qa", "q&a"));
        boolean asksWhat = !words.isEmpty() && Set.of("what", "which").contains(words.get(0).text());
        boolean howMuch = phrase(words, "how", "many") || phrase(words, "how", "long") || phrase(words, "how", "much");
        // "what questions did people ask after the keynote": the audience's, unless someone named asked them.
        boolean questionsAsked = has(words, Set.of("questions")) && has(words, Set.of("ask", "asked"))
                && (!names || has(words, SOMEBODY));
        // "Q&A was five minutes per talk, I think?": a length claimed for it.
        boolean lengthOfIt = has(words, Set.of("minutes", "minute", "mins", "min", "long", "length"));
        if ((has(words, AUDIENCE) && has(words, ASKING) || qa && (has(words, ASKING) || asksWhat || howMuch || lengthOfIt)
                || questionsAsked) && !has(words, Cues.WHO)) {
            return AUDIENCE_QUESTIONS;
        }
        // "when was 1.0 released", "what licence": not "the plan for the 1.0 release", which the post gives.
        // "what licence is it under", not "the licensing question" or "a licence violation", which a post may report.
        if (followedBy(words, Set.of("what", "which"), LICENCE_WORDS) || followedBy(words, LICENCE_WORDS, Set.of("under"))
                || has(words, CODE_PLACES) || phrase(words, "source", "code")
                // "which xen version", and "spice version number" with no question word: a release. Not "who
                // talked about … the newest version of the standard", which asks who.
                || has(words, VERSION_WORDS) && !ownVersion(words) && (has(words, Set.of("which", "what"))
                        || phrase(words, "going", "into") || !has(words, Cues.QUESTION_WORDS))
                // "which kernel release first shipped the event index feature"
                || has(words, RELEASED) && has(words, Set.of("release", "releases")) && has(words, Set.of("which", "what"))
                // "which kernel release first had the event index feature", "in which release did zero-copy TX land":
                // where work ended up, after the post; not "which release was the QOM work aimed at".
                || has(words, Set.of("release", "releases")) && has(words, Set.of("which", "what"))
                        && has(words, LANDED_IN) && !has(words, AIMED)
                || (has(words, RELEASED) || phrase(words, "coming", "out") || phrase(words, "come", "out"))
                && (has(words, Set.of("when", "date", "year"))
                || phrase(words, "what", "year"))) {
            return SOFTWARE_FACTS;
        }
        // "how do I get in touch with Asias He".
        if (has(words, CONTACT_WORDS) || followedBy(words, OWNERS, Set.of("handle"))
                || phrase(words, "in", "touch")) {
            return CONTACT;
        }
        // "did Juan demo postcopy?": a post that never speaks of a demonstration does not say whether there was one.
        // Not "who demoed that lightweight program …?", which asks who presented it.
        if (has(words, DEMO_WORDS) && q.target() != Target.SPEAKER && q.event() != null
                && !speaksOfADemo(q.event().sentences())) {
            return DEMO;
        }
        // "KVM Forum 2010", "the 2012 conference": another year's event. "His 2010 keynote" is a talk the post
        // may quote, so a year counts only beside a word for the event.
        boolean event = has(words, Cues.EVENT_NOUNS);
        // "where's the next kvm forum going to be", "next year's forum": the event after this one.
        if (followedBy(words, Set.of("next", "upcoming"), Cues.EVENT_NOUNS) || phrase(words, "next", "year")
                || phrase(words, "next", "years")) {
            return OTHER_YEAR;
        }
        for (Token word : words) {
            if (event && word.text().matches("(19|20)\\d\\d") && !years.contains(Integer.parseInt(word.text()))) {
                return OTHER_YEAR;
            }
        }
        return null;
    }

    /** Whether the question writes a first and last name, both capitalised, that a sentence of the post has. */
    private static boolean namedInPassing(List<String> sentences, List<Token> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            Token first = words.get(i);
            Token last = words.get(i + 1);
            if (first.capital() && last.capital()) {
                String name = first.surface().replaceAll("[^\\p{L}]", "") + " " + last.surface().replaceAll("[^\\p{L}]", "");
                if (sentences.stream().anyMatch(sentence -> sentence.contains(name))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a sentence of the post puts a title right before a name the question writes ("hosted by CTO Brian
     * Stevens"): the post says what that person is, and of what.
     */
    private static boolean titledInThePost(List<String> sentences, List<Token> words) {
        for (String sentence : sentences) {
            List<Token> said = Token.of(TextNormalizer.clean(sentence));
            for (int i = 0; i + 1 < said.size(); i++) {
                Token name = said.get(i + 1);
                if (TITLES.contains(said.get(i).text()) && name.capital()
                        && words.stream().anyMatch(word -> word.capital() && word.text().equals(name.text()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a sentence of the post has a word for a demonstration (as a part of a word too: cautious). */
    private static boolean speaksOfADemo(List<String> sentences) {
        for (String sentence : sentences) {
            String lower = sentence.toLowerCase(java.util.Locale.ROOT);
            if (DEMO_WORDS.stream().anyMatch(lower::contains)) {
                return true;
            }
        }
        return false;
    }

    /** "there from Oracle", "there for Joyent", "representing Intel": a capitalised name after the words. */
    private static boolean thereForAName(List<Token> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            String word = words.get(i).text();
            boolean there = word.equals("there") && i + 2 < words.size()
                    && Set.of("from", "for").contains(words.get(i + 1).text()) && words.get(i + 2).capital();
            boolean representing = word.equals("representing") && words.get(i + 1).capital();
            if (there || representing) {
                return true;
            }
        }
        return false;
    }

    /** "the other day-1 afternoon track": "other" a few words before a word for a track. */
    private static boolean otherBeforeTrack(List<Token> words) {
        for (int i = 0; i < words.size(); i++) {
            if (OTHER_WORDS.contains(words.get(i).text())) {
                for (int k = i + 1; k < words.size() && k <= i + 4; k++) {
                    if (TRACK_WORDS.contains(words.get(k).text()) && !words.get(k).text().equals("parallel")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "from" whose object is missing because a new clause starts right after it: "flying in from, given the jet
     * lag". Not "the qdev slides from markus" or "pulling ideas from and where are they going".
     */
    private static boolean fromWithNothingAfter(List<Token> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).text().equals("from")) {
                // "where was amit flying in from, the jet lag thing": an aside naming what the asker means.
                boolean aside = words.get(i + 1).text().equals("the")
                        && ASIDE_ENDS.contains(words.get(words.size() - 1).text());
                return CLAUSE_OPENERS.contains(words.get(i + 1).text()) || aside;
            }
        }
        return false;
    }

    /** Last words of an aside: "the jet lag thing", "the jet lag one". */
    private static final Set<String> ASIDE_ENDS = Set.of("thing", "things", "stuff", "one", "bit");

    /** Words that open a clause of their own after a preposition left without its object. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("given", "because", "since", "considering", "seeing",
            "i", "we", "he", "she", "they", "anyway", "though", "that", "which", "when", "to", "for", "before");

    /** "was lunch provided?", but not "who spoke after lunch?", where lunch places a session in the day. */
    private static boolean mealOutsideTheProgram(List<Token> words) {
        for (int i = 0; i < words.size(); i++) {
            if (MEAL_WORDS.contains(words.get(i).text())) {
                boolean placesASession = i > 0 && BEFORE_AFTER.contains(words.get(i - 1).text());
                if (!placesASession) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "what was the name of the pub", "what was the hotel called": a name, not of a session or a person. */
    private static boolean asksForAName(List<Token> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!NAMING.contains(words.get(i).text())) {
                continue;
            }
            for (Token word : words) {
                if (NAMED_THINGS_ASKED.contains(word.text())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Whether every word of the set the question has comes right after the word before it in a sentence of the
     * post as well ("snapshot merge": "snapshot merges"): then it names the post's subject, not what came after.
     */
    private static boolean inThePostsPhrase(List<Token> words, Set<String> set, Question q) {
        if (q.event() == null) {
            return false;
        }
        boolean any = false;
        for (int i = 0; i < words.size(); i++) {
            if (!set.contains(words.get(i).text())) {
                continue;
            }
            // The word before must be of the question's subject ("snapshot merge"), not "to merge".
            Token before = i == 0 ? null : words.get(i - 1);
            if (before == null || q.topic().stream().noneMatch(word -> word.text().equals(before.text()))) {
                return false;
            }
            String pair = Stems.of(words.get(i - 1).text()) + " " + Stems.of(words.get(i).text());
            boolean said = q.event().sentences().stream().anyMatch(sentence -> {
                List<Token> tokens = Token.of(TextNormalizer.clean(sentence));
                for (int k = 1; k < tokens.size(); k++) {
                    if ((Stems.of(tokens.get(k - 1).text()) + " " + Stems.of(tokens.get(k).text())).equals(pair)) {
                        return true;
                    }
                }
                return false;
            });
            if (!said) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** "an idea of anthony's from last year", "from 2010": "from" before a time says when, not where someone is from. */
    private static boolean fromATime(List<Token> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!words.get(i).text().equals("from")) {
                continue;
            }
            int k = i + 1;
            if (words.get(k).text().equals("the") && k + 1 < words.size()) {
                k++; // "from the last forum"
            }
            boolean relative = Set.of("last", "this", "previous", "earlier").contains(words.get(k).text())
                    && k + 1 < words.size() && TIME_UNITS.contains(words.get(k + 1).text());
            if (relative || words.get(k).text().matches("(19|20)\\d\\d")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> TIME_UNITS = Set.of("year", "years", "week", "month", "forum", "time");

    private static boolean has(List<Token> words, Set<String> set) {
        for (Token word : words) {
            if (set.contains(word.text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the two words stand side by side in the question. */
    static boolean phrase(List<Token> words, String first, String second) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).text().equals(first) && words.get(i + 1).text().equals(second)) {
                return true;
            }
        }
        return false;
    }

    /** One of the first words, followed at once by one of the then words ("anyone from", not "people want from"). */
    /** "is", "was" and the words of the names asked about: "Allen Kay is from", "Allen Kay's from". */
    /** "the forum page where the videos are supposed to go": a page asked for before any video is named. */
    private static boolean pageBeforeVideo(List<Token> words) {
        for (Token word : words) {
            if (VIDEO_WORDS.contains(word.text())) {
                return false;
            }
            if (Set.of("page", "site", "website", "wiki").contains(word.text())) {
                return true;
            }
        }
        return false;
    }

    /** "wrote his own version": someone's own take on something, not a release. */
    private static boolean ownVersion(List<Token> words) {
        for (int i = 1; i < words.size(); i++) {
            if (VERSION_WORDS.contains(words.get(i).text()) && Set.of("own", "his", "her", "their")
                    .contains(words.get(i - 1).text())) {
                return true;
            }
        }
        return false;
    }

    /** A name or a form of "be", then "at" or "with", then a name rather than "the …": "Rik is at Red Hat". */
    private static boolean atANamedPlace(List<Token> words, Set<String> being) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (being.contains(words.get(i).text()) && Set.of("at", "with").contains(words.get(i + 1).text())
                    && !Cues.STOP.contains(words.get(i + 2).text())) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.addAll(b);
        return both;
    }

    private static Set<String> beingOrNamed(Question q) {
        Set<String> words = new HashSet<>(Set.of("is", "s", "was", "are", "were"));
        for (org.kvmforum.bot.content.Person person : q.people()) {
            for (String part : person.name().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                words.add(part);
            }
        }
        return words;
    }

    private static boolean followedAt(List<Token> words, Set<String> first, Set<String> then) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (first.contains(words.get(i).text()) && then.contains(words.get(i + 1).text())) {
                return true;
            }
        }
        return false;
    }

    /** One of the first words, followed at once or one word later by one of the then words. */
    private static boolean followedBy(List<Token> words, Set<String> first, Set<String> then) {
        for (int i = 0; i < words.size(); i++) {
            if (first.contains(words.get(i).text())) {
                for (int k = i + 1; k <= i + 2 && k < words.size(); k++) {
                    if (then.contains(words.get(k).text())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
