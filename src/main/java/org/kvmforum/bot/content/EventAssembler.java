package org.kvmforum.bot.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@link ParsedPost} and its {@link DataFile} into an {@link Event} and the people in it: names as the
 * post writes them are resolved to full names ("Stefan" to "Stefan Hajnoczi" when the post names exactly one
 * Stefan, "Avi" to "Avi Kivity" through the data file), sessions get titles, ids and their place in the program.
 */
final class EventAssembler {
    private EventAssembler() {}

    /**
     * One person as one event knows them.
     *
     * @param line 1-based line of the person's first session in {@code file}, for error messages
     */
    record PersonDraft(String name, List<String> mentions, List<String> sessionIds, Path file, int line) {}

    /** An event and its people, ready to merge with other events'. */
    record Assembled(Event event, List<PersonDraft> people, Map<String, Integer> sessionLines) {}

    static Assembled assemble(ParsedPost post, DataFile data) throws ContentException {
        Path file = post.file();
        Map<String, String> fullNameOf = resolveWrittenNames(post.sessions());
        Map<String, List<String>> formsOf = formsOf(post, new LinkedHashSet<>(fullNameOf.values()), fullNameOf);
        Map<String, String> finalName = applyPeopleEntries(data, formsOf);
        applicableSessionEntries(post, data);

        List<Session> sessions = new ArrayList<>();
        Map<String, Integer> sessionLines = new LinkedHashMap<>();
        Map<String, PersonBuilder> people = new LinkedHashMap<>();
        int order = 0;
        for (ParsedPost.Draft draft : post.sessions()) {
            DataFile.Entry entry = data.sessions().get(draft.titleInPost());
            String title = entry != null ? entry.value() : draft.titleInPost();
            String id = Slugs.sessionId(post.year(), title);
            if (id == null) {
                throw new ContentException(file, draft.sourceLine(), "the title '" + title + "' gives no id");
            }
            Integer taken = sessionLines.putIfAbsent(id, draft.sourceLine());
            if (taken != null) {
                throw new ContentException(file, draft.sourceLine(), "duplicate session id '" + id
                        + "': the session on line " + taken + " has the same title; give one another title in "
                        + data.file().getFileName());
            }
            List<String> speakerIds = new ArrayList<>();
            for (String written : draft.speakers()) {
                String name = finalName.get(fullNameOf.get(written));
                String personId = Slugs.of(name);
                if (personId.isEmpty()) {
                    throw new ContentException(file, draft.sourceLine(), "the name '" + name + "' gives no id");
                }
                if (!speakerIds.contains(personId)) {
                    speakerIds.add(personId);
                }
                PersonBuilder person = people.computeIfAbsent(name, n -> new PersonBuilder(n, file, draft.sourceLine()));
                person.mentions.addAll(formsOf.get(fullNameOf.get(written)));
                person.sessionIds.add(id);
            }
            sessions.add(new Session(id, post.eventId(), title, draft.titleInPost(), draft.kind(), speakerIds,
                    draft.slides(), draft.day(), draft.part(), ++order, draft.summary(), draft.line()));
        }
        // One line per group of facts: a new fact is a field in its record, one argument here, one line in ContentDump.
        EventFacts facts = post.facts();
        Event event = new Event(post.eventId(), post.name(), post.year(),
                new Event.Venue(facts.place, facts.colocatedWith),
                new Event.Program(post.days(), facts.slotMinutes, facts.parallelTracks, post.afterTalks(),
                        gaps(post, sessions)),
                new Event.Facts(facts.attendance, facts.attendees, facts.recordings, facts.firstForum),
                post.report(), sessions, proseSentences(post), otherLinks(post, sessions));
        List<PersonDraft> drafts = new ArrayList<>();
        for (PersonBuilder person : people.values()) {
            drafts.add(new PersonDraft(person.name, List.copyOf(person.mentions), List.copyOf(person.sessionIds),
                    person.file, person.line));
        }
        return new Assembled(event, drafts, sessionLines);
    }

    private static final class PersonBuilder {
        final String name;
        final Path file;
        final int line;
        final LinkedHashSet<String> mentions = new LinkedHashSet<>();
        final LinkedHashSet<String> sessionIds = new LinkedHashSet<>();

        PersonBuilder(String name, Path file, int line) {
            this.name = name;
            this.file = file;
            this.line = line;
        }
    }

    /**
     * Maps every name as written to the post's fullest name for that person: a name of several words is its own;
     * a single word ("Avi", "Stefan") is the full name of the one speaker it begins, else stays as it is.
     */
    private static Map<String, String> resolveWrittenNames(List<ParsedPost.Draft> drafts) {
        LinkedHashSet<String> written = new LinkedHashSet<>();
        for (ParsedPost.Draft draft : drafts) {
            written.addAll(draft.speakers());
        }
        Map<String, String> fullNameOf = new LinkedHashMap<>();
        for (String name : written) {
            String full = name;
            if (!name.contains(" ")) {
                List<String> candidates = new ArrayList<>();
                for (String other : written) {
                    if (other.contains(" ") && Names.firstWord(other).equals(name)) {
                        candidates.add(other);
                    }
                }
                if (candidates.size() == 1) {
                    full = candidates.get(0);
                }
            }
            fullNameOf.put(name, full);
        }
        return fullNameOf;
    }

    /**
     * Every form the post uses for each person, in the order they first appear: the full name and, when no other
     * person of the post shares it, the first name alone ("Stefan is working...", "Anthony wanted...").
     */
    private static Map<String, List<String>> formsOf(ParsedPost post, Set<String> persons,
                                                     Map<String, String> fullNameOf) {
        Map<String, Integer> firstWordCount = new HashMap<>();
        for (String person : persons) {
            firstWordCount.merge(Names.firstWord(person), 1, Integer::sum);
        }
        Map<String, String> personOfForm = new HashMap<>();
        for (String person : persons) {
            personOfForm.put(person, person);
            String first = Names.firstWord(person);
            if (firstWordCount.get(first) == 1) {
                personOfForm.putIfAbsent(first, person);
            }
        }
        Map<String, List<String>> forms = new LinkedHashMap<>();
        for (String person : persons) {
            forms.put(person, new ArrayList<>());
        }
        for (ProseBlock block : post.blocks()) {
            for (Names.Found found : Names.in(block.text())) {
                String person = found.pronoun() ? null : personOfForm.get(found.name());
                if (person != null && !forms.get(person).contains(found.name())) {
                    forms.get(person).add(found.name());
                }
            }
        }
        // Names as written are forms too, even where the scan above reads the words around them differently.
        fullNameOf.forEach((written, person) -> {
            if (!forms.get(person).contains(written)) {
                forms.get(person).add(written);
            }
        });
        return forms;
    }

    /** The final full name of each person: the post's, unless a data-file entry keyed by one of its forms says. */
    private static Map<String, String> applyPeopleEntries(DataFile data, Map<String, List<String>> formsOf)
            throws ContentException {
        Map<String, String> finalName = new HashMap<>();
        formsOf.keySet().forEach(person -> finalName.put(person, person));
        for (DataFile.Entry entry : data.people().values()) {
            String named = null;
            for (Map.Entry<String, List<String>> forms : formsOf.entrySet()) {
                if (forms.getValue().contains(entry.key())) {
                    named = forms.getKey();
                    break;
                }
            }
            if (named == null) {
                throw new ContentException(data.file(), entry.line(), "\"people\" entry \"" + entry.key()
                        + "\" names nobody who speaks or takes part in a session of the post");
            }
            finalName.put(named, entry.value());
        }
        return finalName;
    }

    private static void applicableSessionEntries(ParsedPost post, DataFile data) throws ContentException {
        Set<String> titles = new LinkedHashSet<>();
        for (ParsedPost.Draft draft : post.sessions()) {
            titles.add(draft.titleInPost());
        }
        for (DataFile.Entry entry : data.sessions().values()) {
            if (!titles.contains(entry.key())) {
                throw new ContentException(data.file(), entry.line(), "\"sessions\" entry \"" + entry.key()
                        + "\" names no session of the post (keys are titles as the post has them)");
            }
        }
    }

    /** The post's sentences outside its headings, in order. */
    /** "I missed the next two sessions", "we skipped the talk after": the author says he was not there. */
    private static final java.util.regex.Pattern MISSED = java.util.regex.Pattern.compile(
            "(?i)\\b(missed|skipped|did(?: not|n't) attend|could(?: not|n't) attend|was(?: not|n't) (?:at|in|there))\\b");
    private static final java.util.regex.Pattern FIRST_PERSON = java.util.regex.Pattern.compile("\\b(I|[Ww]e)\\b");

    /**
     * The paragraphs between sessions in which the author says he missed some: each a gap after the session
     * described before it. A session's own paragraph saying so ("I missed the start of it") is not a gap.
     */
    private static List<Event.Gap> gaps(ParsedPost post, List<Session> sessions) {
        java.util.Set<Integer> sessionLines = new java.util.HashSet<>();
        sessions.forEach(session -> sessionLines.add(session.line()));
        List<Event.Gap> gaps = new ArrayList<>();
        for (ProseBlock block : post.blocks()) {
            if (block.heading() || sessionLines.contains(block.line())) {
                continue;
            }
            for (Sentence sentence : block.sentences()) {
                String text = sentence.text();
                if (MISSED.matcher(text).find() && FIRST_PERSON.matcher(text).find()) {
                    int after = 0;
                    for (Session session : sessions) {
                        if (session.line() < block.line()) {
                            after = Math.max(after, session.order());
                        }
                    }
                    gaps.add(new Event.Gap(after, text));
                }
            }
        }
        return gaps;
    }

    /** Every link of the prose's paragraphs that is not a session's slides, in the post's order, each once. */
    private static List<Event.Link> otherLinks(ParsedPost post, List<Session> sessions) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Session session : sessions) {
            if (session.hasSlides()) {
                seen.add(session.slides().url());
            }
        }
        List<Event.Link> links = new ArrayList<>();
        for (ProseBlock block : post.blocks()) {
            if (block.heading()) {
                continue;
            }
            for (Sentence sentence : block.sentences()) {
                for (InlineLink link : sentence.links()) {
                    if (seen.add(link.destination())) {
                        links.add(new Event.Link(link.text(), link.destination(), sentence.text()));
                    }
                }
            }
        }
        return links;
    }

    private static List<String> proseSentences(ParsedPost post) {
        List<String> sentences = new ArrayList<>();
        for (ProseBlock block : post.blocks()) {
            if (!block.heading()) {
                block.sentences().forEach(sentence -> sentences.add(sentence.text()));
            }
        }
        return sentences;
    }
}
