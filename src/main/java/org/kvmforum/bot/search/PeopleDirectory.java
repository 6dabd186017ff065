package org.kvmforum.bot.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.Session;

/**
 * Finds the post's people by name: a name typed into a command ({@link #find}, {@link #autocomplete}) and
 * names dropped into a free-text question ({@link #mentionedIn}). Built once per {@link ContentModel};
 * immutable and thread-safe. With a few dozen people everything is a linear scan, well under a millisecond.
 */
public final class PeopleDirectory {
    /** Names are a few words; text past this in a name lookup is not a name. */
    private static final int MAX_NAME_WORDS = 8;

    /** Free text is scanned this far, in words. */
    private static final int MAX_TEXT_WORDS = 400;

    /** Particles of surnames ("Rik van Riel", "Hans de Goede"): part of a name, never a name alone. */
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "du", "da", "di", "del", "la", "le");

    /** Two typos in all, across a full name: "antony liguory" still is Anthony Liguori. */
    private static final int MAX_FULL_NAME_EDITS = 2;

    /**
     * A long full name, typed whole, may carry one typo more, and one more in any of its longer words: "marcello
     * tossati" is Marcelo Tosatti (a letter doubled, another doubled in the wrong place). Typing every word of a
     * long name, each close to it and each with its first letter, is evidence enough.
     */
    private static final int MAX_LONG_FULL_NAME_EDITS = 3;

    /** Letters (spaces aside) from which a full name is long enough for {@link #MAX_LONG_FULL_NAME_EDITS}. */
    private static final int LONG_FULL_NAME_LETTERS = 12;

    /** Shortest word that may be taken for a misspelt surname on its own. */
    private static final int MIN_FUZZY_SURNAME_LENGTH = 5;

    private final List<Person> people;
    private final List<NameForms> names;
    private final Set<String> nameWords;
    /** First names, one-word mentions and surnames (and their umlaut-less spellings) → who has them. */
    private final Map<String, List<Person>> oneWordNames;
    /** Words the post uses as ordinary words (seen in lower case): "he" is one, so it needs a capital. */
    private final Set<String> ordinaryWords;
    /** Every word of the post's session texts: a word the post itself uses is never a typo of a name. */
    private final Set<String> postWords;

    /**
     * The ways one person can be named, all normalised.
     *
     * @param fullNames   the full name and every mention form with more than one word, as word lists
     * @param givenNames  the first name and every one-word mention form ("Avi", "Stefan")
     * @param surname     the last word of the full name ("riel" for Rik van Riel), or null for a one-word name
     * @param words       every word of every form, and their umlaut-less spellings ("joerg" also as "jorg")
     */
    private record NameForms(Person person, List<List<String>> fullNames, Set<String> givenNames, String surname,
            Set<String> words) {}

    public PeopleDirectory(ContentModel model) {
        this.people = inPostOrder(model);
        this.names = people.stream().map(PeopleDirectory::formsOf).toList();
        Set<String> allNameWords = new HashSet<>();
        names.forEach(n -> allNameWords.addAll(n.words()));
        this.nameWords = Set.copyOf(allNameWords);
        Map<String, List<Person>> oneWord = new HashMap<>();
        for (NameForms forms : names) {
            Set<String> keys = new HashSet<>(forms.givenNames());
            if (forms.surname() != null) {
                keys.add(forms.surname());
            }
            // A handle names one person when typed whole, and never as the start of a name being typed.
            String handle = handleOf(forms.person().name());
            if (handle != null) {
                keys.add(handle);
            }
            for (String key : List.copyOf(keys)) {
                keys.add(withoutUmlautSpelling(key));
            }
            keys.forEach(key -> oneWord.computeIfAbsent(key, k -> new ArrayList<>()).add(forms.person()));
        }
        oneWord.replaceAll((key, persons) -> List.copyOf(persons));
        this.oneWordNames = Map.copyOf(oneWord);
        Set<String> ordinary = new HashSet<>();
        Set<String> all = new HashSet<>();
        for (Session session : model.sessions()) {
            for (String text : List.of(session.summary(), session.titleInPost(), session.title())) {
                for (String word : TextNormalizer.words(TextNormalizer.clean(text))) {
                    String lower = word.toLowerCase(Locale.ROOT);
                    all.add(lower);
                    if (Character.isLowerCase(word.charAt(0))) {
                        ordinary.add(lower);
                    }
                }
            }
        }
        this.ordinaryWords = Set.copyOf(ordinary);
        this.postWords = Set.copyOf(all);
    }

    /**
     * The people in the order the post introduces them: by their first session in program order, then by
     * their place among that session's speakers ("Stefan Hajnoczi and Paolo Bonzini"). So ambiguous answers
     * ("Alex" → Williamson, then Graf) read in post order whatever order the model lists people in. People
     * without a session come last, in model order.
     */
    private static List<Person> inPostOrder(ContentModel model) {
        Map<String, Long> firstAppearance = new HashMap<>();
        for (Session session : model.sessions()) {
            for (int place = 0; place < session.speakers().size(); place++) {
                firstAppearance.putIfAbsent(session.speakers().get(place), (long) session.order() * 1_000 + place);
            }
        }
        List<Person> ordered = new ArrayList<>(model.people());
        ordered.sort(Comparator.comparingLong(p -> firstAppearance.getOrDefault(p.id(), Long.MAX_VALUE)));
        return List.copyOf(ordered);
    }

    /**
     * "aliguori", "agraf": the handle developers often go by, the first initial and the surname run together, in
     * lower case; null for a one-word name.
     */
    public static String handleOf(String fullName) {
        List<String> full = words(fullName);
        return full.size() > 1 && !full.get(0).isEmpty() ? full.get(0).charAt(0) + full.get(full.size() - 1) : null;
    }

    private static NameForms formsOf(Person person) {
        List<String> full = words(person.name());
        Set<List<String>> fullNames = new LinkedHashSet<>();
        Set<String> givenNames = new LinkedHashSet<>();
        if (full.size() > 1) {
            fullNames.add(full);
        }
        if (!full.isEmpty()) {
            givenNames.add(full.get(0));
        }
        for (String mention : person.mentions()) {
            List<String> form = words(mention);
            if (form.size() > 1) {
                fullNames.add(form);
            } else if (form.size() == 1 && !(full.size() > 1 && form.get(0).equals(full.get(full.size() - 1)))) {
                givenNames.add(form.get(0));
            }
        }
        Set<String> words = new HashSet<>(givenNames);
        fullNames.forEach(words::addAll);
        for (String word : List.copyOf(words)) {
            words.add(withoutUmlautSpelling(word));
        }
        String surname = full.size() > 1 ? full.get(full.size() - 1) : null;
        return new NameForms(person, List.copyOf(fullNames), Set.copyOf(givenNames), surname, Set.copyOf(words));
    }

    // ---------------------------------------------------------------- find

    /**
     * The people a typed name refers to: a full name in any case or order, a surname alone ("Hajnoczi"), a
     * first name alone ("Avi"; "Alex" gives both Alex Williamson and Alex Graf, in post order, and the
     * caller should say it is ambiguous), a mention form, with possessives ("Avi's") and accents ("Jörg")
     * handled. Only when nobody matches exactly are typos tried ("hajnoczy", "anthony liguory"), and then
     * only the closest people are returned. Empty for anyone the post does not name.
     *
     * <p>Every word of the input must belong to the person's name ("Linus Kivity" finds nobody); surname
     * particles ("van", "de") alone find nobody.
     */
    public List<Person> find(String name) {
        List<String> query = words(name);
        List<String> significant = query.stream().filter(w -> !PARTICLES.contains(w)).toList();
        if (significant.isEmpty() || query.size() > MAX_NAME_WORDS) {
            return List.of();
        }
        List<Person> exact = new ArrayList<>();
        for (NameForms forms : names) {
            if (forms.words().containsAll(query)) {
                exact.add(forms.person());
            }
        }
        if (!exact.isEmpty()) {
            return List.copyOf(exact);
        }
        int closest = Integer.MAX_VALUE;
        List<Person> fuzzy = new ArrayList<>();
        for (NameForms forms : names) {
            int distance = typoDistance(significant, forms.words());
            if (distance < closest) {
                closest = distance;
                fuzzy.clear();
            }
            if (distance == closest && distance != Integer.MAX_VALUE) {
                fuzzy.add(forms.person());
            }
        }
        return List.copyOf(fuzzy);
    }

    /**
     * {@link #find}, or else the one person a question naming them would mean ({@link #mentionedIn}, as /ask reads
     * it), provided every word typed is a word of that person's name or a typo of one: at most
     * {@value #MAX_FULL_NAME_EDITS} in all ({@value #MAX_LONG_FULL_NAME_EDITS} in a long name typed whole), each in a
     * word of four letters or more that keeps its first letter.
     * So "stefan hajnocy" is Stefan Hajnoczi, while "Avi Torvalds" is still nobody. Empty otherwise: the caller
     * then offers the closest names instead of guessing.
     */
    public List<Person> findAllowingTypos(String name) {
        List<Person> found = find(name);
        if (!found.isEmpty()) {
            return found;
        }
        List<String> query = words(name);
        List<Person> mentioned = query.size() > MAX_NAME_WORDS ? List.of() : mentionedIn(name);
        if (mentioned.size() != 1) {
            return List.of();
        }
        Set<String> nameWords = names.get(people.indexOf(mentioned.get(0))).words();
        int budget = maxTypos(query);
        int typos = 0;
        for (String word : query) {
            if (nameWords.contains(word) || PARTICLES.contains(word)) {
                continue;
            }
            int closest = budget + 1;
            for (String nameWord : nameWords) {
                if (word.length() >= 4 && nameWord.charAt(0) == word.charAt(0)) {
                    closest = Math.min(closest, EditDistance.distance(word, nameWord, budget));
                }
            }
            typos += closest;
            if (typos > budget) {
                return List.of();
            }
        }
        return mentioned;
    }

    /** Sum of the typos needed to make every query word a word of the name; MAX_VALUE when one is too far. */
    private static int typoDistance(List<String> query, Set<String> nameWords) {
        int total = 0;
        for (String word : query) {
            int allowed = EditDistance.allowedEdits(word.length());
            int best = allowed + 1;
            for (String nameWord : nameWords) {
                best = Math.min(best, EditDistance.distance(word, nameWord, allowed));
            }
            if (best > allowed) {
                return Integer.MAX_VALUE;
            }
            total += best;
        }
        return total;
    }

    // ---------------------------------------------------------------- autocomplete

    /**
     * Suggestions while a name is being typed, at most min(limit, 25): people whose name words match the
     * typed words (the last one as a prefix while being typed; typos tolerated), best first, then in the
     * order the post introduces them. Blank input lists everyone in that order.
     */
    public List<Person> autocomplete(String typed, int limit) {
        int wanted = Math.min(limit, SessionSearch.MAX_AUTOCOMPLETE);
        if (wanted <= 0) {
            return List.of();
        }
        List<String> query = words(typed);
        if (query.size() > MAX_NAME_WORDS) {
            query = query.subList(0, MAX_NAME_WORDS);
        }
        if (query.isEmpty()) {
            return people.subList(0, Math.min(wanted, people.size()));
        }
        boolean lastIsPartial = typed != null && !typed.isEmpty()
                && Character.isLetterOrDigit(typed.charAt(typed.length() - 1));
        record Scored(int index, int matched, float score) {}
        List<Scored> scored = new ArrayList<>();
        for (int index = 0; index < names.size(); index++) {
            int matched = 0;
            float score = 0;
            for (int i = 0; i < query.size(); i++) {
                float quality = nameWordMatch(query.get(i), lastIsPartial && i == query.size() - 1,
                        names.get(index).words());
                matched += quality > 0 ? 1 : 0;
                score += quality;
            }
            if (matched > 0) {
                scored.add(new Scored(index, matched, score));
            }
        }
        scored.sort(Comparator.comparingInt((Scored s) -> -s.matched())
                .thenComparingDouble(s -> -s.score())
                .thenComparingInt(Scored::index));
        return scored.stream().limit(wanted).map(s -> people.get(s.index())).toList();
    }

    private static float nameWordMatch(String typed, boolean partial, Set<String> nameWords) {
        float best = 0;
        int allowed = EditDistance.allowedEdits(typed.length());
        for (String word : nameWords) {
            if (word.equals(typed)) {
                return 1f;
            }
            if (word.startsWith(typed)) {
                best = Math.max(best, partial ? 0.9f : 0.7f);
            } else if (allowed > 0) {
                int distance = partial
                        ? EditDistance.prefixDistance(typed, word, allowed)
                        : EditDistance.distance(typed, word, allowed);
                if (distance <= allowed) {
                    best = Math.max(best, partial ? 0.5f : 0.6f);
                }
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- mentions in free text

    /**
     * The people a free-text question names, in the order it names them, each once. The rule, chosen so
     * ordinary words are not taken for names:
     * <ol>
     *   <li>A full name (or multi-word mention) counts, with up to {@value #MAX_FULL_NAME_EDITS} typos in all,
     *       each in a word of four letters or more that keeps its first letter ("andrea arcangelli"); a long one
     *       with up to {@value #MAX_LONG_FULL_NAME_EDITS} ("marcello tossati").</li>
     *   <li>A first name or one-word mention alone counts, exactly ("Avi"); one shared by two people gives
     *       both ("Alex").</li>
     *   <li>A surname alone counts, exactly ("Hajnoczi's talk"), or misspelt if it is at least
     *       {@value #MIN_FUZZY_SURNAME_LENGTH} letters, keeps its first letter, is close to exactly one
     *       person's surname, and is neither a word of the post nor a common English word ("tsirkn").</li>
     *   <li>A name word that is also an ordinary word (in the post in lower case, like "he", or in a list of
     *       common words, like "wolf", "levy", "kay") counts alone only when written as a name: capitalised,
     *       not all capitals, not the first word of a sentence, three letters or more. So "he" and "He said"
     *       never mean Asias He, "the wolf" is nobody, "ask Wolf" is Kevin Wolf, and full names always
     *       work ("Asias He").</li>
     * </ol>
     */
    public List<Person> mentionedIn(String text) {
        String cleaned = TextNormalizer.clean(text);
        List<TextNormalizer.Word> words = TextNormalizer.wordsAt(cleaned);
        if (words.size() > MAX_TEXT_WORDS) {
            words = words.subList(0, MAX_TEXT_WORDS);
        }
        List<String> lower = words.stream().map(w -> w.text().toLowerCase(Locale.ROOT)).toList();
        Set<Person> found = new LinkedHashSet<>();
        int i = 0;
        while (i < words.size()) {
            FullNameMatch full = fullNameAt(lower, i);
            if (full != null) {
                found.addAll(full.people());
                i += full.length();
                continue;
            }
            found.addAll(oneWordName(words.get(i), lower.get(i), isSentenceStart(cleaned, words.get(i).start())));
            i++;
        }
        return List.copyOf(found);
    }

    private record FullNameMatch(List<Person> people, int length, int typos) {}

    /** The longest, then closest, full name starting at word i; every person that ties is included. */
    private FullNameMatch fullNameAt(List<String> text, int start) {
        FullNameMatch best = null;
        for (NameForms forms : names) {
            for (List<String> fullName : forms.fullNames()) {
                int typos = fullNameTypos(text, start, fullName);
                if (typos > maxTypos(fullName)) {
                    continue;
                }
                boolean longer = best == null || fullName.size() > best.length();
                boolean closer = best != null && fullName.size() == best.length() && typos < best.typos();
                if (longer || closer) {
                    best = new FullNameMatch(new ArrayList<>(List.of(forms.person())), fullName.size(), typos);
                } else if (fullName.size() == best.length() && typos == best.typos()
                        && !best.people().contains(forms.person())) {
                    best.people().add(forms.person());
                }
            }
        }
        return best;
    }

    /** Typos a full name may carry in all, by its length. */
    private static int maxTypos(List<String> fullName) {
        return isLong(fullName) ? MAX_LONG_FULL_NAME_EDITS : MAX_FULL_NAME_EDITS;
    }

    private static boolean isLong(List<String> fullName) {
        return fullName.size() >= 2 && String.join("", fullName).length() >= LONG_FULL_NAME_LETTERS;
    }

    private static int fullNameTypos(List<String> text, int start, List<String> fullName) {
        if (start + fullName.size() > text.size()) {
            return Integer.MAX_VALUE;
        }
        boolean lenient = isLong(fullName);
        int typos = 0;
        for (int k = 0; k < fullName.size(); k++) {
            String typed = text.get(start + k);
            String expected = fullName.get(k);
            if (typed.equals(expected)) {
                continue;
            }
            if (typed.charAt(0) != expected.charAt(0)) {
                return Integer.MAX_VALUE; // checked first: it rules out almost every position of a text cheaply
            }
            if (withoutUmlautSpelling(expected).equals(typed)) {
                continue;
            }
            int allowed = EditDistance.allowedEdits(typed.length());
            if (allowed == 0) {
                return Integer.MAX_VALUE;
            }
            allowed += lenient && typed.length() >= MIN_FUZZY_SURNAME_LENGTH ? 1 : 0;
            int distance = EditDistance.distance(typed, expected, allowed);
            if (distance > allowed) {
                return Integer.MAX_VALUE;
            }
            typos += distance;
        }
        return typos;
    }

    private List<Person> oneWordName(TextNormalizer.Word surface, String word, boolean sentenceStart) {
        List<Person> exact = oneWordNames.get(word);
        if (exact != null) {
            boolean ordinary = ordinaryWords.contains(word) || WordLists.COMMON_ENGLISH.contains(word);
            return !ordinary || writtenAsName(surface.text(), sentenceStart) ? exact : List.of();
        }
        // "the two Alexes": the plural of a first name several people share is all of them.
        for (String ending : List.of("es", "s")) {
            List<Person> shared = word.endsWith(ending)
                    ? oneWordNames.get(word.substring(0, word.length() - ending.length())) : null;
            if (shared != null && shared.size() > 1) {
                return shared;
            }
        }
        return misspeltSurname(word);
    }

    /** One person whose surname this word is a typo of, under the conditions in {@link #mentionedIn}. */
    private List<Person> misspeltSurname(String word) {
        if (word.length() < MIN_FUZZY_SURNAME_LENGTH || nameWords.contains(word) || postWords.contains(word)
                || WordLists.COMMON_ENGLISH.contains(word) || PARTICLES.contains(word)) {
            return List.of();
        }
        int allowed = EditDistance.allowedEdits(word.length());
        int closest = allowed + 1;
        List<Person> candidates = new ArrayList<>();
        for (NameForms forms : names) {
            String surname = forms.surname();
            if (surname == null || surname.charAt(0) != word.charAt(0)) {
                continue;
            }
            int distance = EditDistance.distance(word, surname, allowed);
            if (distance < closest) {
                closest = distance;
                candidates.clear();
            }
            if (distance == closest && distance <= allowed) {
                candidates.add(forms.person());
            }
        }
        return candidates.size() == 1 ? candidates : List.of();
    }

    private static boolean writtenAsName(String surface, boolean sentenceStart) {
        boolean capitalised = Character.isUpperCase(surface.charAt(0));
        boolean allCapitals = surface.length() > 1 && surface.equals(surface.toUpperCase(Locale.ROOT));
        return capitalised && !allCapitals && !sentenceStart && surface.length() >= 3;
    }

    /** Whether only spaces, quotes or brackets separate the word from the text's start or a . ! ? before it. */
    private static boolean isSentenceStart(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                return true;
            }
            if (!Character.isWhitespace(c) && "\"'([{*_>-`".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- helpers

    private static List<String> words(String text) {
        return TextNormalizer.words(TextNormalizer.normalize(text));
    }

    /** "joerg" → "jorg", "roedel" → "rodel": how a name written with ö arrives after accent folding. */
    private static String withoutUmlautSpelling(String word) {
        return word.replace("oe", "o").replace("ae", "a").replace("ue", "u");
    }
}
