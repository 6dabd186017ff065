package org.kvmforum.bot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.content.PartOfDay;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.content.SessionKind;

/**
 * A list of sessions put up for checking: "day 1 morning was Avi's keynote, POWER7, VFIO, the block format talk,
 * virtio-scsi and the native KVM tool — full list?", "the BOF topics were chardevs, guest-host communication and
 * moving qemu away from C — is that it?". Each item is read as a session of its own; the list is checked against
 * the part of the program it speaks of (the day, part of the day or kind the question names, or else the one part
 * all its sessions share), and the answer gives that whole part, saying which sessions the asker left out or put
 * in by mistake.
 */
final class ListCheck {
    /** A list has at least this many items; two are a pair, asked of in other ways. */
    private static final int MIN_ITEMS = 3;
    /** Where a list's text ends: a colon, a dash, a question mark or a bracket. */
    private static final Pattern LIST_EDGE = Pattern.compile("\\s*(?::|—|–|\\s-\\s|\\s--\\s|\\?|\\(|\\))\\s*");
    /** Where one item ends and the next begins. */
    private static final Pattern ITEM_EDGE = Pattern.compile(
            "(?i)\\s*(?:,|;|\\s&\\s|\\sand\\s|\\splus\\s)\\s*(?:and\\s+)?");
    /** The most items read: more than any part of a program holds. */
    private static final int MAX_ITEMS = 40;
    /** The most words of an item after the first: a session is named in a few. */
    private static final int ITEM_WORDS = 6;
    /** A tag after a list's last comma: "…, right?". */
    private static final Pattern TAG = Pattern.compile("(?i)\\s*(?:right|correct|yes|no|true|ok|okay|yeah|yep|innit"
            + "|i think|i believe|i guess|(?:is|was)n'?t it|(?:did|do)n'?t they|yes or no)\\s*");
    /** A question about the list, after its last comma: "is that the full list", "did I miss any". */
    private static final Pattern CHECKING = Pattern.compile(
            "(?i)^\\s*(?:is|was|are|were|did|do|does|am|have|has|that'?s|that is|anything|any)\\b");
    private static final String QUESTION_WORDS = "(?:what|which|who|whom|whose|when|where|why|how)\\b";
    /** A question word inside the would-be list: "during the postcopy talk, who pushed back and asked …". */
    private static final Pattern ASKING_WORD = Pattern.compile("(?i)\\b" + QUESTION_WORDS);
    /** A question that opens with a question word, or asks for sessions besides those listed. */
    private static final Pattern OTHERS_OR_QUESTION_WORD = Pattern.compile("(?i)^\\s*" + QUESTION_WORDS
            + "|\\b(?:besides|apart from|except|other than|aside from|in addition to)\\b");
    /** The most words the first item is looked for in, counted back from its comma. */
    private static final int FIRST_ITEM_WORDS = 5;

    private final ContentModel model;
    private final QuestionReader reader;
    /** The sessions a piece of text names on its own, as the order questions read their sides. */
    private final Function<String, List<Session>> sessionsNamedIn;

    ListCheck(ContentModel model, QuestionReader reader, Function<String, List<Session>> sessionsNamedIn) {
        this.model = model;
        this.reader = reader;
        this.sessionsNamedIn = sessionsNamedIn;
    }

    /** The answer, or null when the question puts up no list of sessions. */
    Answer answer(String asked) {
        if (asked.indexOf(',') < 0 && asked.indexOf(';') < 0 || OTHERS_OR_QUESTION_WORD.matcher(asked).find()) {
            return null; // no list without a comma or semicolon; "what other BOFs … besides A, B and C?" asks for more
        }
        String list = null;
        for (String segment : LIST_EDGE.split(asked)) {
            boolean joined = segment.indexOf(',') >= 0 || segment.indexOf(';') >= 0;
            if (joined && ITEM_EDGE.split(segment.trim()).length >= MIN_ITEMS
                    && (list == null || segment.length() > list.length())) {
                list = segment;
            }
        }
        if (list == null || ASKING_WORD.matcher(list).find()) {
            return null; // "during the postcopy talk, who pushed back and asked for benchmarks?" lists nothing
        }
        Event event = reader.read(asked).event();
        if (event == null) {
            return null;
        }
        // "…, moving qemu away from C, right?": a tag after the last comma is no item.
        String[] items = java.util.Arrays.stream(ITEM_EDGE.split(list.trim()))
                .filter(item -> !TAG.matcher(item).matches()).toArray(String[]::new);
        if (items.length > 0 && CHECKING.matcher(items[items.length - 1]).find()) {
            // "…, virtio standardisation, is that the full list?": the question after the last comma is no item.
            items = java.util.Arrays.copyOf(items, items.length - 1);
        }
        if (items.length > MAX_ITEMS) {
            return null; // longer than any part of a program: not read item by item (hostile input stays cheap)
        }
        long commas = list.chars().filter(c -> c == ',' || c == ';').count();
        // "A, B and C": items joined by commas, "and" at most once; not "during X, somebody pushed back and asked
        // for benchmarks and for …", whose "and"s join clauses.
        if (commas < items.length - 2 || java.util.Arrays.stream(items, 1, items.length)
                .anyMatch(item -> item.trim().split("\\s+").length > ITEM_WORDS)) {
            return null;
        }
        // Each item's sessions; an item that names several ("live migration") is settled once the rest are known.
        FirstItem first = firstItem(items[0], event);
        List<List<Session>> candidates = new ArrayList<>();
        candidates.add(first.sessions());
        for (int i = 1; i < items.length; i++) {
            candidates.add(named(items[i], event));
        }
        // The question without its list, but with the words that lead into it ("the day 2 afternoon tracks had").
        Question whole = reader.read(asked.replace(list, " " + first.lead() + " "));
        List<Session> named = new ArrayList<>();
        candidates.stream().filter(found -> found.size() == 1 && !named.contains(found.get(0)))
                .forEach(found -> named.add(found.get(0)));
        Scope scope = named.size() < 2 ? null : scopeOf(whole, named, asked);
        if (scope == null) {
            return null;
        }
        int unread = 0;
        for (List<Session> found : candidates) {
            if (found.size() == 1) {
                continue;
            }
            List<Session> left = found.stream().filter(session -> scope.holds(session) && !named.contains(session))
                    .toList();
            if (left.size() == 1) {
                named.add(left.get(0));
            } else {
                unread++;
            }
        }
        if (named.size() < MIN_ITEMS || unread > 1) {
            return null;
        }
        named.sort(java.util.Comparator.comparingInt(Session::order));
        // "day 1 afternoon talks were MM future, more MM work, …": a list of talks is checked against the talks; BOFs
        // and lightning talks count only when the list (or the question) has one.
        Set<SessionKind> kinds = new java.util.HashSet<>(Set.of(SessionKind.KEYNOTE, SessionKind.TALK));
        named.forEach(session -> kinds.add(session.kind()));
        List<Session> group = model.sessions().stream()
                .filter(session -> session.eventId().equals(event.id()) && scope.holds(session)
                        && (scope.kind() != null || kinds.contains(session.kind())))
                .toList();
        if (group.isEmpty()) {
            return null;
        }
        List<Session> missing = group.stream().filter(session -> !named.contains(session)).toList();
        List<Session> extra = named.stream().filter(session -> !group.contains(session)).toList();
        StringBuilder text = new StringBuilder();
        boolean complete = missing.isEmpty() && extra.isEmpty() && unread == 0;
        text.append(complete ? "Yes: that is the whole list. " : "Not quite. ");
        text.append("The post describes ").append(group.size()).append(' ')
                .append(Phrases.kindPlural(scope.kind())).append(' ').append(scope.words(event)).append(": ")
                .append(Phrases.join(group.stream().map(Phrases::quoted).toList())).append('.');
        if (!missing.isEmpty()) {
            text.append(" Your list leaves out ").append(Phrases.join(missing.stream().map(Phrases::quoted).toList()))
                    .append('.');
        }
        for (Session session : extra) {
            text.append(' ').append(Phrases.capitalised(Phrases.quoted(session))).append(" was not among them (")
                    .append(Phrases.shortWhen(session)).append(").");
        }
        List<Session> shown = new ArrayList<>(group);
        extra.forEach(shown::add);
        return Answer.of(text.toString(), shown);
    }

    /** The sessions of the event an item names; empty when it names none. */
    private List<Session> named(String item, Event event) {
        if (item.isBlank()) {
            return List.of();
        }
        return sessionsNamedIn.apply(item).stream().filter(session -> session.eventId().equals(event.id())).toList();
    }

    /** The sessions the first item names, and the words before them that lead into the list. */
    private record FirstItem(List<Session> sessions, String lead) {}

    /**
     * The first item, which carries the words that lead into the list ("day 1 afternoon talks I think were MM
     * future"): the sessions named by the shortest run of its last words that names one, or else names some.
     */
    private FirstItem firstItem(String item, Event event) {
        String[] words = item.trim().split("\\s+");
        List<Session> some = List.of();
        int someAt = words.length;
        for (int n = 1; n <= Math.min(FIRST_ITEM_WORDS, words.length); n++) {
            int from = words.length - n;
            List<Session> found = named(String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length)),
                    event);
            if (found.size() == 1) {
                return new FirstItem(found, String.join(" ", java.util.Arrays.copyOfRange(words, 0, from)));
            }
            if (some.isEmpty() && !found.isEmpty()) {
                some = found;
                someAt = from;
            }
        }
        return new FirstItem(some, String.join(" ", java.util.Arrays.copyOfRange(words, 0, someAt)));
    }

    /** What part of the program a list speaks of. */
    private record Scope(int day, PartOfDay part, SessionKind kind) {
        boolean holds(Session session) {
            return (day == 0 || session.day() == day) && (part == null || session.part() == part)
                    && (kind == null || session.kind() == kind);
        }

        String words(Event event) {
            return Phrases.scope(day, part, event.name());
        }
    }

    /**
     * The part of the program the question names (its day, part of the day, or a kind other than talks); else the
     * day and part, or the kind, all the listed sessions share; null when they share none. "day two's first session"
     * names a day and, by "session", one part of it: the part its sessions share.
     */
    private static Scope scopeOf(Question whole, List<Session> named, String asked) {
        PartOfDay part = whole.part() != null && whole.part().known() ? whole.part() : null;
        SessionKind kind = whole.kind() == SessionKind.TALK ? null : whole.kind();
        Set<Integer> days = new LinkedHashSet<>();
        Set<PartOfDay> parts = new LinkedHashSet<>();
        Set<SessionKind> kinds = new LinkedHashSet<>();
        for (Session session : named) {
            days.add(session.day());
            parts.add(session.part());
            kinds.add(session.kind());
        }
        boolean onePart = parts.size() == 1 && SESSION.matcher(asked).find();
        SessionKind shared = kinds.size() == 1 ? kinds.iterator().next() : null;
        if (shared == SessionKind.BOF || shared == SessionKind.LIGHTNING_TALK) {
            // "the BOF topics were chardevs, guest-host communication and moving qemu away from C": the BOFs.
            return new Scope(whole.day(), part, shared);
        }
        if (whole.day() != 0 || part != null || kind != null) {
            // "the first afternoon's talks were …": a part with no day of its own is on the day the sessions share.
            int day = whole.day() == 0 && part != null && days.size() == 1 ? days.iterator().next() : whole.day();
            return new Scope(day, part == null && onePart ? parts.iterator().next() : part, kind);
        }
        if (days.size() == 1 && parts.size() == 1) {
            return new Scope(days.iterator().next(), parts.iterator().next(), null);
        }
        if (kinds.size() == 1 && kinds.iterator().next() != SessionKind.TALK) {
            return new Scope(0, null, kinds.iterator().next());
        }
        return null;
    }

    private static final Pattern SESSION = Pattern.compile("(?i)\\bsession\\b");
}
