package org.kvmforum.bot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.search.Stems;
import org.kvmforum.bot.search.TextNormalizer;
import org.kvmforum.bot.search.Token;
import org.kvmforum.bot.search.TopicIndex;

/**
 * The look-ups every reading of a question shares, over the content model and its topic index: the sessions a
 * topic matches, ranked; the sentences of a session's paragraph and the one that says most of a question; the
 * person a sentence names; the sessions that pass a question's day, part and kind.
 */
final class PostLookup {
    /**
     * The share of a detail question's words ({@link TopicIndex#support}) a sentence must have to answer it: half,
     * so a paraphrased verb does not refuse a question whose nouns are all in the sentence.
     */
    static final float DETAIL_SUPPORT = 0.5f;

    /** Sessions shown for a topic at most: beyond this the topic is too vague to call any of them the answer. */
    static final int MAX_MATCHES = 5;

    /** Sessions whose rank is this close to the best one's are answers too ("migration": both talks). */
    static final float CLOSE_RANK = 0.15f;

    /** Strong matches first, then by rank. */
    static final Comparator<TopicMatch> RANKING =
            Comparator.comparing((TopicMatch m) -> !m.strong()).thenComparing(m -> -m.rank());

    private final ContentModel model;
    private final TopicIndex index;
    /** Every word of every session's title, lower case: the acronyms a title uses ("MM"). */
    private final Set<String> titleWords;
    /** Every word of every person's name, lower case. */
    private final Set<String> nameWords;

    PostLookup(ContentModel model, TopicIndex index) {
        this.model = model;
        this.index = index;
        Set<String> names = new HashSet<>();
        for (Person person : model.people()) {
            for (String word : person.name().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                names.add(word);
            }
        }
        this.nameWords = Set.copyOf(names);
        Set<String> inTitles = new HashSet<>();
        for (Session session : model.sessions()) {
            Token.of(TextNormalizer.clean(session.title())).forEach(token -> inTitles.add(token.text()));
        }
        this.titleWords = Set.copyOf(inTitles);
    }

    Set<String> nameWords() {
        return nameWords;
    }

    Set<String> titleWords() {
        return titleWords;
    }

    /** The person the text names last (by any form the post uses for them), or null. */
    Person lastNamedIn(String text) {
        Person last = null;
        int lastAt = -1;
        for (Person person : model.people()) {
            List<String> forms = new ArrayList<>(person.mentions());
            forms.add(person.name());
            for (String form : forms) {
                int at = text.lastIndexOf(form);
                if (at > lastAt && containsWord(text, form)) {
                    last = person;
                    lastAt = at;
                }
            }
        }
        return last;
    }

    /** The sentences of the session's paragraph, as the event lists them. */
    List<String> paragraphSentences(Session session) {
        List<String> sentences = new ArrayList<>();
        for (String sentence : model.eventOf(session).sentences()) {
            if (session.summary().contains(sentence)) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }

    /** Whether the text has the word whole, not inside another ("Avi" in "Avi's", not in "Aviation"). */
    static boolean containsWord(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            int end = at + word.length();
            boolean starts = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean ends = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (starts && ends) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
    }

    /** The person of the model with this name, or null. */
    Person personNamed(String name) {
        return model.people().stream().filter(person -> person.name().equals(name)).findFirst().orElse(null);
    }

    /** The person the sentence names closest to its word at {@code at}, by any form the post uses; null if none. */
    Person nearestNamed(String sentence, int at, List<Token> tokens) {
        Person nearest = null;
        int distance = Integer.MAX_VALUE;
        for (Person person : model.people()) {
            List<String> forms = new ArrayList<>(person.mentions());
            forms.add(person.name());
            for (String form : forms) {
                List<Token> name = Token.of(TextNormalizer.clean(form));
                for (int i = 0; !name.isEmpty() && i + name.size() <= tokens.size(); i++) {
                    boolean match = true;
                    for (int k = 0; k < name.size() && match; k++) {
                        match = tokens.get(i + k).text().equals(name.get(k).text()) && tokens.get(i + k).capital();
                    }
                    int d = Math.abs(i - at);
                    if (match && d < distance) {
                        nearest = person;
                        distance = d;
                    }
                }
            }
        }
        return nearest;
    }

    /**
     * Every session of the list that has any of the topic, ranked: by coverage (the share of the topic's
     * words it has, rarer words weighing more, typos counted less), then by how central the topic is to it.
     * Strong matches first.
     */
    List<TopicMatch> rank(List<TopicIndex.Resolved> words, List<Session> sessions) {
        List<TopicMatch> ranked = new ArrayList<>();
        for (Session session : sessions) {
            float coverage = index.coverage(session, words);
            if (coverage > 0f) {
                ranked.add(new TopicMatch(session, coverage, index.prominence(session, words)));
            }
        }
        ranked.sort(RANKING);
        return ranked;
    }

    /** The best match and those close to it, at most {@link #MAX_MATCHES}, best first. */
    static List<Session> bestOf(List<TopicMatch> ranked) {
        List<Session> chosen = new ArrayList<>();
        if (ranked.isEmpty()) {
            return chosen;
        }
        TopicMatch best = ranked.get(0);
        for (TopicMatch match : ranked) {
            if (chosen.size() == MAX_MATCHES || match.strong() != best.strong()
                    || match.rank() < best.rank() - CLOSE_RANK) {
                break;
            }
            chosen.add(match.session());
        }
        return chosen;
    }

    /**
     * The index of the one sentence of the event with the most of these words, at least two and most of them, no
     * other sentence having as many; -1 when there is none.
     */
    static int sentenceWithMost(Event event, List<TopicIndex.Resolved> words) {
        int best = -1;
        int bestCount = 0;
        boolean tie = false;
        List<String> sentences = event.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Set<String> stems = stemsOf(sentences.get(i));
            int count = (int) words.stream().filter(word -> !word.stems().isEmpty()
                    && stems.containsAll(word.stems())).count();
            if (count > bestCount) {
                best = i;
                bestCount = count;
                tie = false;
            } else if (count == bestCount) {
                tie = true;
            }
        }
        return best < 0 || tie || bestCount < 2 || bestCount * 2 < words.size() + 1 ? -1 : best;
    }

    /**
     * Whether a word of the question is one few sessions use, as written (not a guess at a typo) and in the post:
     * the words that say what a question is about, rather than how it is asked.
     */
    boolean isSpecific(TopicIndex.Resolved word) {
        return !word.typo() && !word.stems().isEmpty() && index.isSpecific(word);
    }

    /** The sentence of the session's paragraph that says most of what the question asks of it (the first of equals). */
    String bestSupported(Session session, List<TopicIndex.Resolved> words) {
        String best = null;
        float most = -1f;
        for (String sentence : paragraphSentences(session)) {
            float support = index.support(session, words, sentence);
            if (support > most) {
                best = sentence;
                most = support;
            }
        }
        return best;
    }

    /** The sessions passing the question's day, part and kind. */
    static List<Session> pool(Question q, List<Session> sessions) {
        List<Session> pool = new ArrayList<>();
        for (Session session : sessions) {
            if (passesFilters(q, session)) {
                pool.add(session);
            }
        }
        return pool;
    }

    /** Whether the session is of the question's day, part and kind, and not of the kind it sets aside. */
    static boolean passesFilters(Question q, Session session) {
        return (q.day() == 0 || session.day() == q.day()) && (q.part() == null || session.part() == q.part())
                && (q.kind() == null || session.kind() == q.kind())
                && (q.excluded() == null || session.kind() != q.excluded());
    }

    /** The topic's words as the index knows them: stems, typos, and a title's initials ("MM"). */
    List<TopicIndex.Resolved> resolve(List<Token> topic) {
        List<TopicIndex.Resolved> resolved = new ArrayList<>(topic.size());
        for (Token token : topic) {
            resolved.add(index.resolve(token));
        }
        // "memory management" where a title says "MM": two words whose initials are a word of the post.
        for (int i = 0; i + 1 < topic.size(); i++) {
            String initials = "" + topic.get(i).text().charAt(0) + topic.get(i + 1).text().charAt(0);
            String stem = Stems.of(initials);
            // In a title ("some more MM work"), not a slides file's name ("…-aa-numa.pdf").
            boolean acronym = titleWords.contains(initials)
                    && index.isSpecific(new TopicIndex.Resolved(List.of(stem), false))
                    && !Cues.STOP.contains(initials) && !nameWords.contains(initials);
            if (acronym && !topic.get(i).text().equals(initials) && !topic.get(i + 1).text().equals(initials)) {
                for (int k = i; k <= i + 1; k++) {
                    TopicIndex.Resolved word = resolved.get(k);
                    List<String> equivalents = new ArrayList<>(word.equivalents());
                    equivalents.add(stem);
                    resolved.set(k, new TopicIndex.Resolved(word.stems(), word.typo(), equivalents));
                }
            }
        }
        // "is the scsi target LIO or tgt?": a guessed word the question also writes as it is ("target") is no
        // second mention of it, but another word the post does not have.
        Set<String> written = new HashSet<>();
        resolved.stream().filter(word -> !word.typo()).forEach(word -> written.addAll(word.stems()));
        for (int i = 0; i < resolved.size(); i++) {
            TopicIndex.Resolved word = resolved.get(i);
            if (word.typo() && !word.stems().isEmpty() && written.containsAll(word.stems())) {
                resolved.set(i, new TopicIndex.Resolved(List.of(), false));
            }
        }
        return resolved;
    }

    /** The topic's resolved words, less those whose word is one of {@code dropped} ("think", "drawback"). */
    static List<TopicIndex.Resolved> topicWithout(Question q, List<TopicIndex.Resolved> words,
            Set<String> dropped) {
        List<TopicIndex.Resolved> kept = new ArrayList<>();
        for (int i = 0; i < words.size() && i < q.topic().size(); i++) {
            if (!dropped.contains(q.topic().get(i).text())) {
                kept.add(words.get(i));
            }
        }
        return kept;
    }

    /** Whether the text names the person by any form the post uses for them (full name, first name, mention). */
    static boolean sentenceNames(String text, Person person) {
        return PostLookup.containsWord(text, person.name())
                || person.mentions().stream().anyMatch(form -> PostLookup.containsWord(text, form));
    }

    /** The stems of a sentence's words, whole and by their parts ("virtio-scsi", "virtio", "scsi"). */
    static Set<String> stemsOf(String sentence) {
        Set<String> stems = new HashSet<>();
        for (Token token : Token.of(TextNormalizer.clean(sentence))) {
            stems.add(Stems.of(token.joined()));
            token.parts().forEach(part -> stems.add(Stems.of(part)));
        }
        return stems;
    }

    /** Whether the text has the word, or a word of the same stem ("cities" for "city"). */
    static boolean mentions(String text, String word) {
        String stem = Stems.of(word);
        for (Token token : Token.of(TextNormalizer.clean(text))) {
            for (String part : token.parts()) {
                if (part.equals(word) || Stems.of(part).equals(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The sessions whose paragraph holds the sentence: the context a quoted sentence is given with. */
    static List<Session> sessionsQuoting(Event event, String sentence) {
        List<Session> in = new ArrayList<>();
        for (Session session : event.sessions()) {
            if (session.summary().contains(sentence)) {
                in.add(session);
            }
        }
        return in;
    }

    /** The stems of the words that carry meaning ("dinner", "beer"), question words and fillers left out. */
    static Set<String> contentStems(List<Token> words) {
        Set<String> stems = new HashSet<>();
        for (Token word : words) {
            if (!Cues.STOP.contains(word.text()) && !Cues.FRAME.contains(word.text())) {
                stems.add(Stems.of(word.joined()));
            }
        }
        return stems;
    }

    /** Whether a text gives a number: digits or a number word ("two days", "about 150"); a year is no count. */
    static boolean givesANumber(String text) {
        List<Token> tokens = Token.of(TextNormalizer.clean(text));
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).text();
            boolean year = word.matches("(19|20)\\d\\d");
            // "One of them was post-copy migration": one of several, no figure.
            boolean oneOf = word.equals("one") && i + 1 < tokens.size() && tokens.get(i + 1).text().equals("of");
            if (!year && word.chars().anyMatch(Character::isDigit)
                    || (Cues.NUMBERS.containsKey(word) || Cues.NUMBER_WORDS.contains(word)) && !oneOf) {
                return true;
            }
        }
        return false;
    }

    /**
     * "who gave the AHCI and USB talks?", "slides for the spice and qdev talks?": a question that names several
     * sessions joined by "and", each part of its topic singling out its own session. Those sessions, in the order
     * asked; empty when any part names none, or two name the same ("live block copy and snapshot merges" is one
     * talk's subject).
     */
    List<Session> severalNamed(Question q) {
        if (q.opensYesOrNo() || !q.people().isEmpty() || q.target() == Target.COUNT || q.position() != 0
                || q.relative() != Question.Relative.NONE) {
            return List.of();
        }
        List<List<Token>> parts = new ArrayList<>();
        parts.add(new ArrayList<>());
        List<Token> all = q.words();
        for (int i = 0; i < all.size(); i++) {
            Token word = all.get(i);
            boolean and = word.text().equals("and") || word.text().equals("&");
            boolean clause = i + 1 < all.size() && (MainClause.SECOND_QUESTION.contains(all.get(i + 1).text())
                    || Cues.AUXILIARIES.contains(all.get(i + 1).text()));
            if (and && clause) {
                return List.of(); // "…, and which language did they want instead?": a second question, not a name
            }
            if (and) {
                if (!parts.get(parts.size() - 1).isEmpty()) {
                    parts.add(new ArrayList<>());
                }
                continue;
            }
            q.topic().stream().filter(token -> token.text().equals(word.text())).findFirst()
                    .ifPresent(parts.get(parts.size() - 1)::add);
        }
        parts.removeIf(List::isEmpty);
        if (parts.size() < 2) {
            return List.of();
        }
        List<Session> found = new ArrayList<>();
        for (List<Token> part : parts) {
            List<TopicMatch> ranked = rank(resolve(part), PostLookup.pool(q, q.event().sessions()));
            boolean single = !ranked.isEmpty() && ranked.get(0).strong()
                    && (ranked.size() == 1 || ranked.get(1).rank() < ranked.get(0).rank());
            if (!single || found.contains(ranked.get(0).session())) {
                return List.of();
            }
            found.add(ranked.get(0).session());
        }
        return found;
    }
}
