package org.kvmforum.bot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.search.EditDistance;
import org.kvmforum.bot.search.Stems;
import org.kvmforum.bot.search.TextNormalizer;
import org.kvmforum.bot.search.Token;

/**
 * What a question takes as given that the posts never give: a name they never write ("did Linus Torvalds
 * attend?"), a year they never mention ("his 2009 keynote"), or a year counted from the event's ("last year's
 * forum"). Whatever else the question asks, its answer would be about something the posts do not describe, so
 * the nearest session or fact would be a wrong answer: the bot says the post does not mention it.
 *
 * <p>Built once per content model from every word the posts write (prose, titles, names, places), so it holds
 * for any post the parser reads.
 */
final class Grounding {
    /** A name-word this close to a word of someone's name is that name misspelt, not someone else. */
    private static final int NAME_TYPOS = 1;

    private static final Set<String> YEAR_COUNTED = Set.of("year", "years", "year's", "edition", "forum");
    private static final Set<String> BEFORE = Set.of("last", "previous", "prior", "preceding", "earlier");
    private static final Set<String> AFTER = Set.of("next", "following", "later", "upcoming", "coming");

    /** Every word the posts write, lower case. */
    private final Set<String> postWords = new HashSet<>();
    /** Every word of a person's name or mention, lower case: a misspelling of one is that person. */
    private final Set<String> nameWords = new HashSet<>();
    /** Every year the posts write. */
    private final Set<Integer> postYears = new HashSet<>();
    /** The years the loaded events were held. */
    private final Set<Integer> eventYears = new HashSet<>();
    /** Names of two words or more the prose writes that are nobody's in the model ("Brian Stevens"), each with the
     * sentence that writes it first: someone or something named in passing, with no session of theirs. */
    private final java.util.Map<List<String>, String> passingNames = new java.util.LinkedHashMap<>();

    /** Every word of the sessions' titles and the links' texts, lower case. */
    private final Set<String> titleWords = new HashSet<>();

    /** Words after which a name is the one who spoke: "did Brian Stevens talk", "Brian Stevens' keynote". */
    private static final Set<String> SPOKE = Set.of("talk", "talked", "talks", "present", "presented", "presents",
            "say", "said", "says", "speak", "spoke", "speaks", "give", "gave", "gives", "discuss", "discussed",
            "keynote", "keynotes", "presentation", "presentations", "session", "sessions", "slides", "lightning",
            "bof", "demo", "demoed");
    /** Words before which a name is the one who spoke: "the talk by Brian Stevens". */
    private static final Set<String> BY = Set.of("by", "from");

    /** The words of the events' names ("kvm", "forum"): they name the event, whichever year's. */
    private final Set<String> eventNameWords = new HashSet<>();
    /** Year → the stems of the sentences that speak of it counted from their event's ("like last year's, …"). */
    private final java.util.Map<Integer, Set<String>> countedYearStems = new java.util.HashMap<>();

    /** A sentence of a post that speaks of a year counted from its event's ("since the last year"), by place. */
    private record CountedYearSentence(Event event, int index, int year) {
    }

    /** Every sentence of the posts that speaks of a year counted from its event's, in post order. */
    private final List<CountedYearSentence> countedYearSentences = new ArrayList<>();

    /** Event id → the stems of each of its sentences, in order: what a sentence on another year is matched by. */
    private final java.util.Map<String, List<Set<String>>> sentenceStems = new java.util.HashMap<>();

    /** Event id → stem → how many of its sentences have it: a word few write says more of which is meant. */
    private final java.util.Map<String, java.util.Map<String, Integer>> sentencesWithStem = new java.util.HashMap<>();

    Grounding(ContentModel model) {
        for (Event event : model.events()) {
            eventYears.add(event.year());
            postYears.add(event.year());
            addWords(event.name());
            Token.of(TextNormalizer.clean(event.name())).forEach(word -> eventNameWords.add(word.text()));
            addWords(event.venue().place());
            addWords(event.venue().colocatedWith());
            addWords(event.report().author());
            addWords(event.report().poster());
            event.sentences().forEach(this::addWords);
            List<Set<String>> stemsOfSentences = new ArrayList<>();
            java.util.Map<String, Integer> withStem = new java.util.HashMap<>();
            for (int i = 0; i < event.sentences().size(); i++) {
                List<Token> words = Token.of(TextNormalizer.clean(event.sentences().get(i)));
                Set<String> sentenceStemSet = new HashSet<>();
                words.forEach(word -> sentenceStemSet.add(Stems.of(word.text())));
                sentenceStemSet.forEach(stem -> withStem.merge(stem, 1, Integer::sum));
                stemsOfSentences.add(Set.copyOf(sentenceStemSet));
                int counted = countedYear(words, event.year());
                if (counted != 0) {
                    Set<String> stems = countedYearStems.computeIfAbsent(counted, year -> new HashSet<>());
                    words.forEach(word -> stems.add(Stems.of(word.text())));
                    countedYearSentences.add(new CountedYearSentence(event, i, counted));
                }
            }
            sentenceStems.put(event.id(), List.copyOf(stemsOfSentences));
            sentencesWithStem.put(event.id(), java.util.Map.copyOf(withStem));
            for (Session session : event.sessions()) {
                addWords(session.title());
                addWords(session.titleInPost());
                addWords(session.summary());
            }
        }
        for (Person person : model.people()) {
            addWords(person.name());
            for (String part : nameParts(person)) {
                nameWords.add(part);
            }
        }
        for (Event event : model.events()) {
            for (Session session : event.sessions()) {
                titleWords.addAll(lowerCaseWords(session.title() + " " + session.titleInPost()));
            }
            for (Event.Link link : event.links()) {
                titleWords.addAll(lowerCaseWords(link.text()));
            }
        }
        for (Event event : model.events()) {
            for (String sentence : event.sentences()) {
                addPassingNames(sentence);
            }
        }
    }

    private static List<String> lowerCaseWords(String text) {
        List<String> words = new ArrayList<>();
        Token.of(TextNormalizer.clean(text)).forEach(token -> words.add(token.text()));
        return words;
    }

    /** Every run of two or more words written as names, none of them a word of someone's name in the model. */
    private void addPassingNames(String sentence) {
        List<Token> words = Token.of(TextNormalizer.clean(sentence));
        int i = 0;
        while (i < words.size()) {
            int end = i;
            List<String> run = new ArrayList<>();
            while (end < words.size() && words.get(end).writtenAsName() && !nameWords.contains(words.get(end).text())) {
                run.add(words.get(end).text());
                end++;
            }
            // A session's title or a link's text, capitalised as titles are, is not someone named in passing; nor is
            // a thing named after "the" ("the QEMU Object Model"), which no one is.
            boolean aThing = i > 0 && words.get(i - 1).text().equals("the")
                    || i > 1 && words.get(i - 2).text().equals("the") && !words.get(i - 1).writtenAsName();
            if (run.size() >= 2 && !titleWords.containsAll(run) && !aThing) {
                passingNames.putIfAbsent(List.copyOf(run), sentence);
            }
            i = Math.max(end, i + 1);
        }
    }

    /**
     * A name the prose writes in passing (nobody with a session) that the question asks about as the one who spoke:
     * "what did Brian Stevens talk about at the dinner", "Brian Stevens' keynote", "the talk by Brian Stevens"; or
     * null.
     */
    PassingName passingSpeaker(List<Token> words) {
        for (java.util.Map.Entry<List<String>, String> entry : passingNames.entrySet()) {
            List<String> name = entry.getKey();
            for (int i = 0; i + name.size() <= words.size(); i++) {
                boolean matches = true;
                for (int k = 0; k < name.size() && matches; k++) {
                    matches = words.get(i + k).text().equals(name.get(k));
                }
                if (!matches) {
                    continue;
                }
                int end = i + name.size();
                boolean spoke = end < words.size() && SPOKE.contains(words.get(end).text())
                        || end + 1 < words.size() && SPOKE.contains(words.get(end + 1).text())
                        || i > 0 && BY.contains(words.get(i - 1).text());
                if (spoke) {
                    return new PassingName(surface(entry.getValue(), name), entry.getValue());
                }
            }
        }
        return null;
    }

    /** Whether the text has a name the prose writes in passing, of someone with no session ("Brian Stevens"). */
    boolean namesSomeoneInPassing(String text) {
        List<String> words = lowerCaseWords(text);
        return passingNames.keySet().stream().anyMatch(name -> java.util.Collections.indexOfSubList(words, name) >= 0);
    }

    /** A name the prose writes in passing, as it writes it, and the sentence it is in. */
    record PassingName(String name, String sentence) {}

    /** The words as the sentence writes them ("Brian Stevens"), found by their lower-case forms. */
    private static String surface(String sentence, List<String> name) {
        List<Token> words = Token.of(TextNormalizer.clean(sentence));
        for (int i = 0; i + name.size() <= words.size(); i++) {
            if (words.get(i).text().equals(name.get(0))) {
                StringBuilder out = new StringBuilder();
                for (int k = 0; k < name.size(); k++) {
                    out.append(k == 0 ? "" : " ").append(words.get(i + k).surface());
                }
                return out.toString();
            }
        }
        return String.join(" ", name);
    }

    /** Every word of a person's name and of the forms the post mentions them by, lower-cased. */
    static List<String> nameParts(Person person) {
        List<String> parts = new ArrayList<>();
        List<String> forms = new ArrayList<>(person.mentions());
        forms.add(person.name());
        for (String form : forms) {
            for (String part : form.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
        }
        return parts;
    }

    private void addWords(String text) {
        if (text == null) {
            return;
        }
        for (Token token : Token.of(TextNormalizer.clean(text))) {
            postWords.add(token.text());
            postWords.addAll(token.parts());
            if (token.text().matches("(19|20)\\d\\d")) {
                postYears.add(Integer.parseInt(token.text()));
            }
        }
    }

    /** Whether a sentence of the event's post has the stem. */
    boolean inTheProse(Event event, String stem) {
        return event != null && sentencesWithStem.getOrDefault(event.id(), java.util.Map.of()).containsKey(stem);
    }

    /**
     * Two or more words in a row written as a name ("Linus Torvalds", "Anthony Liguori") none of which the posts
     * ever write, nor is a misspelling of a word of someone's name: the name as asked, or null. One capitalised word
     * alone is not enough: people capitalise topics, and other languages capitalise nouns.
     */
    String unknownName(List<Token> words) {
        int i = 0;
        while (i < words.size()) {
            int end = i;
            while (end < words.size() && words.get(end).writtenAsName()) {
                end++;
            }
            if (end - i >= 2 && allUnknown(words.subList(i, end))) {
                StringBuilder name = new StringBuilder();
                for (Token word : words.subList(i, end)) {
                    name.append(name.isEmpty() ? "" : " ").append(word.surface());
                }
                return name.toString();
            }
            i = Math.max(end, i + 1);
        }
        return null;
    }

    private boolean allUnknown(List<Token> run) {
        for (Token word : run) {
            // Letters only: the run is echoed back, and a word with digits or symbols is not a name.
            if (!word.surface().matches("\\p{L}[\\p{L}'-]*") || postWords.contains(word.text())
                    || closeToAName(word.text())) {
                return false;
            }
        }
        return true;
    }

    private boolean closeToAName(String word) {
        for (String part : nameWords) {
            if (Math.abs(part.length() - word.length()) <= NAME_TYPOS && part.length() >= 4
                    && EditDistance.distance(word, part, NAME_TYPOS) <= NAME_TYPOS) {
                return true;
            }
        }
        return false;
    }

    /**
     * A year the question names that the posts never write ("what did Avi say in his 2009 keynote?"), or one it
     * counts from the event's ("last year's forum", "the year before") that no loaded post describes; 0 when
     * there is none.
     *
     * @param eventYear the year of the event the question is about
     * @param describedYears for a question about the event itself (its attendance, its place), the years a post
     *                       describes the event of: a post may name another year in passing ("his 2010 keynote")
     *                       without describing that year's event; null for any other question
     */
    int unknownYear(List<Token> words, int eventYear, Set<Integer> describedYears) {
        Set<Integer> known = describedYears == null ? postYears : describedYears;
        for (Token token : words) {
            String word = token.text();
            if (word.matches("(19|20)\\d\\d") && !known.contains(Integer.parseInt(word))) {
                return Integer.parseInt(word);
            }
        }
        int counted = countedYear(words, eventYear);
        if (counted == 0 || eventYears.contains(counted) || saysOfIt(counted, words)) {
            return 0;
        }
        return counted;
    }

    /**
     * The year another than the posts' that the words name, by number or counted from the event ("last year's
     * forum"), whatever the posts say of it; 0 when none. For context a later question refers back to: "last year's
     * forum was also with linuxcon, but which city was that in?" asks what the post says nothing of.
     */
    int otherYearNamed(List<Token> words, int eventYear) {
        int named = unknownYear(words, eventYear, null);
        if (named != 0) {
            return named;
        }
        int counted = countedYear(words, eventYear);
        return counted == 0 || eventYears.contains(counted) ? 0 : counted;
    }

    /**
     * A sentence that may say what the question asks of a year counted from the event's: one that speaks of that
     * year, or the one either side of it (which may name whom it is about), with the sentence on the year it sits
     * beside and how many of the question's words, beyond those that frame it, it shares.
     */
    record OnCountedYear(int index, int besideIndex, double shared) {
    }

    /**
     * The sentences that may say what the question asks of the year it counts from its event's ("what was the big
     * complaint the year before?", "how was Anthony's approach different from last year?"): each sentence that
     * speaks of that year and the ones either side, when they share a word with the question beyond those that
     * frame it, in post order. Empty when the question counts no other year, or none shares a word.
     */
    List<OnCountedYear> onCountedYear(List<Token> words, Event event) {
        int year = countedYear(words, event.year());
        if (year == 0 || eventYears.contains(year)) {
            return List.of();
        }
        Set<String> asked = new HashSet<>();
        for (Token word : words) {
            if (!framesAYear(word.text())) {
                asked.add(Stems.of(word.text()));
            }
        }
        List<String> sentences = event.sentences();
        List<Set<String>> stemsOf = sentenceStems.get(event.id());
        // A word few sentences write says more of which sentence is meant than one many write ("qemu").
        java.util.Map<String, Integer> sentencesWith = sentencesWithStem.get(event.id());
        java.util.Map<Integer, OnCountedYear> found = new java.util.TreeMap<>();
        for (CountedYearSentence onYear : countedYearSentences) {
            if (!onYear.event().id().equals(event.id()) || onYear.year() != year) {
                continue;
            }
            for (int k = Math.max(0, onYear.index() - 1); k <= Math.min(sentences.size() - 1, onYear.index() + 1); k++) {
                boolean onItself = k == onYear.index();
                if (!onItself && countsTheEventsOwnYear(sentences.get(k), event.year())) {
                    continue; // "Vancouver city played the host this year": beside the year before, of its own
                }
                // "complaint" is "complaining": a stem that begins the other, five letters or more, is the same word.
                double shared = 0;
                for (String word : asked) {
                    String same = stemsOf.get(k).stream().filter(stem -> stem.equals(word)
                            || Math.min(stem.length(), word.length()) >= 5 && (stem.startsWith(word) || word.startsWith(stem)))
                            .findFirst().orElse(null);
                    if (same != null) {
                        shared += Math.log((double) sentences.size() / sentencesWith.get(same));
                    }
                }
                // A sentence on the year itself keeps its own place; one beside two such keeps the first.
                if (shared > 0 && (onItself || !found.containsKey(k))) {
                    found.put(k, new OnCountedYear(k, onYear.index(), shared));
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** Whether the sentence speaks of its own event's year: "this year", or the year's number. */
    private static boolean countsTheEventsOwnYear(String sentence, int year) {
        List<Token> words = Token.of(TextNormalizer.clean(sentence));
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).text();
            if (word.equals(Integer.toString(year))
                    || word.equals("this") && i + 1 < words.size() && words.get(i + 1).text().startsWith("year")) {
                return true;
            }
        }
        return false;
    }

    /** Words that only frame a question about another year: function words, the event's names, the year counted. */
    private boolean framesAYear(String text) {
        return Cues.STOP.contains(text) || Cues.FRAME.contains(text) || Cues.EVENT_NOUNS.contains(text)
                || YEAR_COUNTED.contains(text) || BEFORE.contains(text) || AFTER.contains(text)
                || Set.of("before", "after", "this").contains(text) || eventNameWords.contains(text);
    }

    /**
     * Whether a sentence of the posts that speaks of that year counted from the event's shares a word with the
     * question beyond those that frame it: "was it co-located with LinuxCon the year before?" is answered by "like
     * last year's, was co-located with LinuxCon"; "which city hosted last year's forum?" is not.
     */
    private boolean saysOfIt(int year, List<Token> words) {
        Set<String> stems = countedYearStems.get(year);
        if (stems == null) {
            return false;
        }
        for (Token word : words) {
            String text = word.text();
            if (!framesAYear(text) && stems.contains(Stems.of(text))) {
                return true;
            }
        }
        return false;
    }

    /** The year the words count from the event's ("last year's", "the year before", "next year"), or 0. */
    private static int countedYear(List<Token> words, int eventYear) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).text();
            boolean counted = i + 1 < words.size() && YEAR_COUNTED.contains(words.get(i + 1).text());
            boolean yearNext = counted && words.get(i + 1).text().startsWith("year");
            int year = 0;
            if (BEFORE.contains(word) && yearNext) {
                year = eventYear - 1;
            } else if (AFTER.contains(word) && yearNext) {
                year = eventYear + 1;
            } else if (word.equals("year") && i + 1 < words.size()
                    && Set.of("before", "earlier", "prior").contains(words.get(i + 1).text())) {
                year = eventYear - 1; // "the year before"
            } else if (word.equals("year") && i + 1 < words.size() && words.get(i + 1).text().equals("after")) {
                year = eventYear + 1;
            }
            if (year != 0) {
                return year;
            }
        }
        return 0;
    }
}
