package org.kvmforum.bot.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.Session;

/**
 * Where in each session's description a word occurs: its title, its slides' file name, its speakers' names,
 * the first sentence of the post's paragraph about it, or only further in. The search layer says whether a
 * session contains a question's words at all; this says how central they are to it, which is what tells
 * a talk on a subject (in its title, slides' file name or first sentence) from a word that comes up once,
 * in passing, in another talk's paragraph. Built once per content model; immutable afterwards.
 */
public final class TopicIndex {
    /** How central a word is to a session, by where it occurs; the best place counts. */
    public static final float TITLE = 1.0f;
    public static final float NAMES = 1.0f;
    public static final float LINK = 0.9f;
    public static final float LEAD = 0.6f;
    public static final float BODY_REPEATED = 0.45f;
    public static final float BODY = 0.3f;

    /** A word in at least a quarter of the sessions is common: alone, it names no subject. */
    public static final float COMMON_RARITY = (float) Math.log(1.0 + 4.0);

    /** What a query word turned out to be in the post. */
    public record Resolved(List<String> stems, boolean typo, List<String> equivalents) {
        public Resolved {
            stems = List.copyOf(stems);
            equivalents = List.copyOf(equivalents);
        }

        /** Whether the post has neither the word nor another word of the field for it. */
        public boolean unknown() {
            return stems.isEmpty() && equivalents.isEmpty();
        }

        /** A word as the post writes it, or a typo of one: no other word of the field for it. */
        public Resolved(List<String> stems, boolean typo) {
            this(stems, typo, List.of());
        }
    }

    /**
     * A word that matches a session only through another word of the field for it ("passthrough" where the post
     * says "assignment") counts this much of the word itself: evidence, but less than the post's own word.
     */
    public static final float EQUIVALENT = 0.75f;

    /** Words this short are neither typos nor abbreviations of a word of the post. */
    private static final int SHORTEST_ABBREVIATION = 3;

    /** Stem → the stems of the other words of its group in {@code thesaurus.txt}. */
    private static final Map<String, List<String>> THESAURUS = loadThesaurus();

    /** Stem → other words for it that only say a title's word ("running" for "live"); see {@link #titleSaid}. */
    private static final Map<String, List<String>> TITLE_PARAPHRASES = loadThesaurus(true);

    private final List<Session> sessions;
    private final java.util.function.Function<String, List<String>> nearWords;
    private final Map<String, Integer> indexById = new HashMap<>();
    /** Per session: stem → its best {@link #TITLE}..{@link #BODY} weight. */
    private final List<Map<String, Float>> weights = new ArrayList<>();
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    /** Every word the post's session texts use (lower case) → its stem; typos are corrected against these. */
    private final Map<String, String> stemOfWord = new HashMap<>();
    /** Stem → the word as the post first writes it ("Xen"), for sentences. */
    private final Map<String, String> surfaceOfStem = new HashMap<>();
    /** Word (lower case) → as the post first writes it: "security" → "security", never the user's spelling. */
    private final Map<String, String> surfaceOfWord = new HashMap<>();
    /** "stem stem" for every two words the session texts write one after the other, and a compound's parts. */
    private final java.util.Set<String> adjacentStems = new java.util.HashSet<>();
    /** Each session's title, as lower-case words: what a word run together from a title's words is read against. */
    private final List<List<String>> titleWords = new ArrayList<>();

    /**
     * @param nearWords the search layer's typo scan (a word → the post's words within reach, closest first): the bot
     *                  has one, and this index only picks, among those words, the ones it has
     */
    TopicIndex(ContentModel model, java.util.function.Function<String, List<String>> nearWords) {
        this.nearWords = nearWords;
        this.sessions = model.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            Session session = sessions.get(i);
            indexById.put(session.id(), i);
            titleWords.add(Token.of(TextNormalizer.clean(session.title())).stream().map(Token::text)
                    .filter(word -> !word.isEmpty()).toList());
            Map<String, Float> fields = new HashMap<>();
            add(fields, session.title() + " " + session.titleInPost(), TITLE);
            for (Person speaker : model.speakersOf(session)) {
                add(fields, speaker.name() + " " + String.join(" ", speaker.mentions()), NAMES);
            }
            if (session.hasSlides()) {
                add(fields, slidesFileWords(session.slides().url()), LINK);
            }
            String summary = TextNormalizer.clean(session.summary());
            add(fields, leadSentence(summary), LEAD);
            Map<String, Integer> bodyCounts = new HashMap<>();
            String previous = null;
            for (Token token : Token.of(summary)) {
                for (String stem : stems(token)) {
                    bodyCounts.merge(stem, 1, Integer::sum);
                }
                previous = addAdjacent(previous, token);
            }
            bodyCounts.forEach((stem, count) -> fields.merge(stem, count > 1 ? BODY_REPEATED : BODY, Math::max));
            fields.keySet().forEach(stem -> documentFrequency.merge(stem, 1, Integer::sum));
            weights.add(Map.copyOf(fields));
        }
    }

    private void add(Map<String, Float> fields, String text, float weight) {
        String previous = null;
        for (Token token : Token.of(TextNormalizer.clean(text))) {
            for (String stem : stems(token)) {
                fields.merge(stem, weight, Math::max);
            }
            previous = addAdjacent(previous, token);
        }
    }

    /** Records the token's parts as written next to each other, and next to the word before; its last stem. */
    private String addAdjacent(String previous, Token token) {
        for (String part : token.parts()) {
            String stem = Stems.of(part);
            if (previous != null) {
                adjacentStems.add(previous + " " + stem);
            }
            previous = stem;
        }
        return previous;
    }

    /** A post word's stems: the word, its parts if it is a compound, and the parts written together. */
    private List<String> stems(Token token) {
        List<String> words = new ArrayList<>(token.parts());
        if (token.isCompound()) {
            words.add(token.joined());
        }
        List<String> result = new ArrayList<>(words.size());
        for (String word : words) {
            String stem = Stems.of(word);
            stemOfWord.putIfAbsent(word, stem);
            surfaceOfWord.putIfAbsent(word, surfaceOf(token, word));
            if (words.size() == 1 || !word.equals(token.joined())) {
                surfaceOfStem.putIfAbsent(stem, surfaceOf(token, word));
            }
            result.add(stem);
        }
        return result;
    }

    private static String surfaceOf(Token token, String word) {
        int at = token.text().indexOf(word);
        return at < 0 ? word : token.surface().substring(at, at + word.length());
    }

    /** "…/forum-aa-numa.pdf" → "forum aa numa": the words people named the file with. */
    private static String slidesFileWords(String url) {
        String file = url.substring(url.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        if (dot > 0) {
            file = file.substring(0, dot);
        }
        return java.net.URLDecoder.decode(file.replace("+", " "), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("[^A-Za-z0-9]+", " ");
    }

    /** The first sentence: the post usually names the session and its subject there. */
    private static String leadSentence(String summary) {
        for (int i = 0; i + 1 < summary.length(); i++) {
            char c = summary.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(summary.charAt(i + 1))) {
                return summary.substring(0, i);
            }
        }
        return summary;
    }

    // ---------------------------------------------------------------- queries

    /**
     * What a question word is in the post: its stem if the post has it; for a compound ("post-copy"), the
     * compound written together if the post has that ("postcopy"), else its parts; otherwise the closest
     * word of the post within the typos its length allows ("vfoi" → vfio), or nothing.
     */
    /** Words that join a phrase written as one compound ("KVM-on-POWER7", "state-of-the-art"). */
    private static final Set<String> COMPOUND_FUNCTION_WORDS = Set.of("on", "of", "the", "in", "for", "to", "and",
            "with", "by", "at", "a", "an");

    /** The shortest last part a clipped compound keeps ("gen" of "generation"). */
    private static final int CLIPPED_PART = 3;

    public Resolved resolve(Token token) {
        if (token.isCompound()) {
            String joined = Stems.of(token.joined());
            if (documentFrequency.containsKey(joined)) {
                return new Resolved(List.of(joined), false, equivalentsInPost(joined));
            }
            String clipped = clippedCompound(token.parts());
            if (clipped != null) {
                return new Resolved(List.of(clipped), false, equivalentsInPost(clipped));
            }
            List<String> parts = new ArrayList<>();
            boolean typo = false;
            boolean partUnknown = false;
            List<String> asWritten = token.parts();
            if (asWritten.size() == 2 && DESCRIBING_SUFFIXES.contains(asWritten.get(1))) {
                // "Illumos-based", "storage-related": the word it describes is what is asked about.
                return resolveWord(asWritten.get(0), !token.writtenAsName());
            }
            boolean joinedByFunctionWords = asWritten.stream().anyMatch(COMPOUND_FUNCTION_WORDS::contains);
            for (String part : token.parts()) {
                if (joinedByFunctionWords && COMPOUND_FUNCTION_WORDS.contains(part)) {
                    continue;
                }
                Resolved resolved = resolveWord(part);
                if (resolved.stems().isEmpty()) {
                    partUnknown = true;
                    continue;
                }
                parts.add(resolved.stems().get(0));
                typo |= resolved.typo();
            }
            // "real-time" where the post has "real" and "time" only far apart, "same-page" whose "same" is only a
            // typo of "some": a subject the post never names. Its parts count only as the post writes them together.
            // "kvm-autotest": a part the post never uses beside parts common to every session names something else
            // ("virtio-win" still says virtio, which few sessions share).
            boolean onlyCommonKnown = partUnknown && parts.stream().allMatch(stem -> rarity(stem) < COMMON_RARITY);
            // "Hyper-V": a part the post never has beside a part only guessed at ("hyper" cut from "hypervisors")
            // is a name the post does not have, not a word of it.
            boolean onlyGuessed = partUnknown && typo;
            if (joinedByFunctionWords) {
                // "the KVM-on-POWER7 session": a phrase written as one word, whose words the post has as words of
                // its own (a phrase it writes with other words between them: "KVM on the POWER7").
                return !partUnknown && !typo && parts.size() > 1 ? new Resolved(parts, false)
                        : new Resolved(List.of(), false);
            }
            return writtenApart(parts) && !onlyCommonKnown && !onlyGuessed ? new Resolved(parts, typo)
                    : new Resolved(List.of(), false);
        }
        // "Linus" is a name the post does not have, not a typo of "links".
        return resolveWord(token.text(), !token.writtenAsName());
    }

    /**
     * The post's compound that is this one with its last part clipped ("next-gen" for "next-generation"): the same
     * first parts, and a last part of at least {@link #CLIPPED_PART} letters that begins the question's. Null when
     * the post has none.
     */
    private String clippedCompound(List<String> parts) {
        if (parts.size() < 2) {
            return null;
        }
        String last = parts.get(parts.size() - 1);
        String head = String.join("", parts.subList(0, parts.size() - 1));
        for (int length = last.length() - 1; length >= CLIPPED_PART; length--) {
            String stem = Stems.of(head + last.substring(0, length));
            if (documentFrequency.containsKey(stem)) {
                return stem;
            }
        }
        return null;
    }

    /**
     * Whether the post writes a compound's parts, as resolved, next to each other ("live migration" for
     * "live-migration", "virtio scsi" for a misspelt "virtio-scsci").
     */
    private boolean writtenApart(List<String> stems) {
        for (int i = 0; i + 1 < stems.size(); i++) {
            if (!adjacentStems.contains(stems.get(i) + " " + stems.get(i + 1))) {
                return false;
            }
        }
        return true;
    }

    private Resolved resolveWord(String word) {
        return resolveWord(word, true);
    }

    private Resolved resolveWord(String word, boolean typosAllowed) {
        String stem = Stems.of(word);
        List<String> equivalents = equivalentsInPost(stem);
        if (documentFrequency.containsKey(stem)) {
            return new Resolved(List.of(stem), false, equivalents);
        }
        if (!equivalents.isEmpty()) {
            // "gpu" in a post that says "graphics": a word the post never uses, matched through the post's word for it.
            return new Resolved(List.of(), false, equivalents);
        }
        // A word too short for a typo may still be a chat abbreviation ("idx"), which the near words include.
        int allowed = EditDistance.allowedEdits(word.length());
        if (allowed == 0 && word.length() < SHORTEST_ABBREVIATION || !typosAllowed) {
            return new Resolved(List.of(), false);
        }
        // Closest first; a typo keeps its first letter ("vfoi" is VFIO, "pfio" is not).
        for (String candidate : nearWords.apply(word)) {
            String candidateStem = stemOfWord.getOrDefault(candidate, Stems.of(candidate));
            // A topic is not a misspelt "them": a common word is no correction of a word the question asks about.
            if (candidate.charAt(0) == word.charAt(0) && documentFrequency.containsKey(candidateStem)
                    && !(candidate.length() <= SHORT_WORD && WordLists.COMMON_ENGLISH.contains(candidate))) {
                return new Resolved(List.of(candidateStem), true);
            }
        }
        if (allowed == 0) {
            return new Resolved(List.of(), false); // too short to be clipped or blended: only an abbreviation
        }
        Resolved clipped = shortened(word);
        return clipped.stems().isEmpty() ? blended(word) : clipped;
    }

    /**
     * "tmem" for "Transcendent memory", "kvmtool" for "Native Linux KVM tool": a word the post never uses that is
     * the openings of two or more words of one session's title, run together. Those words, as a compound's
     * parts; a guess, so it counts as a typo does. Unknown when no title, or more than one, spells it.
     */
    private Resolved blended(String word) {
        if (word.length() < MIN_CLIPPED || !lettersAndDigits(word)) {
            return new Resolved(List.of(), false);
        }
        List<String> found = null;
        for (List<String> title : titleWords) {
            if (title.stream().noneMatch(titleWord -> titleWord.charAt(0) == word.charAt(0))) {
                continue; // most titles share no opening letter with the word: nothing to try
            }
            for (int start = 0; start < title.size(); start++) {
                List<String> used = new ArrayList<>();
                if (spells(word, 0, title, start, used) && used.size() >= 2) {
                    List<String> stems = used.stream().map(Stems::of).toList();
                    if (found != null && !found.equals(stems)) {
                        return new Resolved(List.of(), false);
                    }
                    found = stems;
                }
            }
        }
        return found == null ? new Resolved(List.of(), false) : new Resolved(found, true);
    }

    /** Plain a-z and digits: the post's words are; random Unicode is not worth a scan of them. */
    private static boolean lettersAndDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** Whether word[from..] is openings of title[at..], one after another; the words used are added. */
    private static boolean spells(String word, int from, List<String> title, int at, List<String> used) {
        if (from == word.length()) {
            return true;
        }
        if (at >= title.size()) {
            return false;
        }
        String next = title.get(at);
        for (int length = Math.min(next.length(), word.length() - from); length >= 1; length--) {
            if (word.startsWith(next.substring(0, length), from)) {
                used.add(next);
                if (spells(word, from + length, title, at + 1, used)) {
                    return true;
                }
                used.remove(used.size() - 1);
            }
        }
        return false;
    }

    /** The second halves of compounds that only describe the first ("Illumos-based", "storage-related"). */
    private static final java.util.Set<String> DESCRIBING_SUFFIXES = java.util.Set.of("based", "related", "like",
            "style", "specific", "oriented", "powered", "aware", "capable", "friendly", "enabled", "centric", "heavy",
            "focused", "only", "ish");

    /** Short common words ("them", "they") are never what a misspelt topic word ("tmem") meant. */
    private static final int SHORT_WORD = 4;

    /** A clipped word is at least this long: "comm" is a word cut short, "vm" is not. */
    private static final int MIN_CLIPPED = 4;

    /**
     * "comm" for "communication", "virt" for "virtualization": a word the post never uses that opens the words
     * of only one stem the post does use is that word, cut short; a guess, so it counts as a typo does. Unknown
     * otherwise.
     */
    private Resolved shortened(String word) {
        if (word.length() < MIN_CLIPPED || !lettersAndDigits(word) || WordLists.COMMON_ENGLISH.contains(word)) {
            return new Resolved(List.of(), false);
        }
        String only = null;
        for (Map.Entry<String, String> postWord : stemOfWord.entrySet()) {
            if (postWord.getKey().length() > word.length() && postWord.getKey().startsWith(word)
                    && documentFrequency.containsKey(postWord.getValue())) {
                if (only != null && !only.equals(postWord.getValue())) {
                    return new Resolved(List.of(), false);
                }
                only = postWord.getValue();
            }
        }
        return only == null ? new Resolved(List.of(), false) : new Resolved(List.of(only), true);
    }

    /** How rare a stem is across sessions: rarer words say more about which session is meant. */
    public float rarity(String stem) {
        Integer df = documentFrequency.get(stem);
        return df == null ? 0f : (float) Math.log(1.0 + (double) sessions.size() / df);
    }

    /** The stems of the words the post's sessions use for what this word names ("software" for "program"). */
    public List<String> equivalentStems(String word) {
        return equivalentsInPost(Stems.of(word));
    }

    /** The stems of the words of the field for this one that the post's sessions use, in the thesaurus's order. */
    private List<String> equivalentsInPost(String stem) {
        List<String> found = new ArrayList<>();
        for (String equivalent : THESAURUS.getOrDefault(stem, List.of())) {
            if (documentFrequency.containsKey(equivalent) && !found.contains(equivalent)) {
                found.add(equivalent);
            }
        }
        return found;
    }

    private static Map<String, List<String>> loadThesaurus() {
        return loadThesaurus(false);
    }

    /**
     * The groups of {@code thesaurus.txt}: the plain lines, or (titleOnly) the lines marked "~", whose words say a
     * title's word in other words ("running" for "live") but are too common to match a session on their own.
     */
    private static Map<String, List<String>> loadThesaurus(boolean titleOnly) {
        Map<String, List<String>> thesaurus = new HashMap<>();
        try (java.io.InputStream in = TopicIndex.class.getResourceAsStream("thesaurus.txt")) {
            if (in == null) {
                throw new IllegalStateException("thesaurus.txt is missing from the jar");
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (String line : text.split("\\R")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("~") != titleOnly) {
                    continue;
                }
                List<String> group = new ArrayList<>();
                for (String word : line.replace("~", "").trim().split("\\s+")) {
                    String stem = Stems.of(word.replace("-", ""));
                    if (!group.contains(stem)) {
                        group.add(stem);
                    }
                }
                for (String stem : group) {
                    List<String> others = new ArrayList<>(group);
                    others.remove(stem);
                    thesaurus.merge(stem, others, (a, b) -> {
                        List<String> both = new ArrayList<>(a);
                        b.stream().filter(x -> !both.contains(x)).forEach(both::add);
                        return both;
                    });
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, List<String>> frozen = new HashMap<>();
        thesaurus.forEach((stem, others) -> frozen.put(stem, List.copyOf(others)));
        return Map.copyOf(frozen);
    }

    /**
     * How central a question's word is to a session, 0 when absent: the word itself, or at {@link #EQUIVALENT} of
     * its weight another word of the field for it that the session uses.
     */
    public float weight(Session session, Resolved word) {
        float own = weight(session, word.stems());
        if (own > 0f || word.equivalents().isEmpty()) {
            return own;
        }
        float best = 0f;
        for (String equivalent : word.equivalents()) {
            best = Math.max(best, weight(session, List.of(equivalent)));
        }
        return EQUIVALENT * best;
    }

    /** How central one word (its stems together) is to a session, 0 when absent. */
    public float weight(Session session, List<String> stems) {
        Integer index = indexById.get(session.id());
        if (index == null || stems.isEmpty()) {
            return 0f;
        }
        Map<String, Float> fields = weights.get(index);
        float total = 0f;
        for (int i = 0; i < stems.size(); i++) {
            Float weight = fields.get(stems.get(i)); // no boxed default: this runs for every word of every session
            if (weight != null) {
                total += weight;
            }
        }
        return total / stems.size();
    }

    /** A word's rarity: that of its rarest stem (0 when the post has none of them). */
    private float rarity(Resolved word) {
        return rarityOf(word.stems());
    }

    private float rarityOf(List<String> stems) {
        float rarity = 0f;
        for (String stem : stems) {
            rarity = Math.max(rarity, rarity(stem));
        }
        return rarity;
    }

    /**
     * How central the question's words are to the session, 0 to 1: each word's weight by where it occurs,
     * averaged with rarer words counting more. Words the post does not have at all are left out here; the
     * search layer's confidence accounts for them.
     */
    public float prominence(Session session, List<Resolved> words) {
        float weighted = 0f;
        float total = 0f;
        for (Resolved word : words) {
            // A word the post never uses but says in the field's other words ("gpu" for its "graphics") is as
            // central as those words are, when they name a subject ("vms" for the "guests" of every talk does not).
            float rarity = rarity(word);
            if (word.stems().isEmpty() && rarityOf(word.equivalents()) >= COMMON_RARITY) {
                rarity = rarityOf(word.equivalents());
            }
            if (rarity == 0f) {
                continue;
            }
            weighted += rarity * weight(session, word);
            total += rarity;
        }
        return total == 0f ? 0f : weighted / total;
    }

    /**
     * The share of the question's words the session has, 0 to 1, rarer words weighing more, a typo-corrected
     * word counting 3/4. A word the post does not have at all weighs as much as a word a few sessions share:
     * it may be what was asked about ("the hotel", "Kubernetes"), or only a paraphrase ("NUMA balancing"),
     * so it neither decides alone nor is ignored. Like the search layer's confidence, but over this index's
     * fields, which include the slides' file names ("yabusame", "overcommit").
     */
    public float coverage(Session session, List<Resolved> words) {
        float unknownRarity = (float) Math.log(1.0 + sessions.size() / 4.0);
        float found = 0f;
        float total = 0f;
        for (Resolved word : words) {
            float rarity = rarity(word);
            if (rarity == 0f) {
                total += unknownRarity;
                found += weight(session, word) > 0f ? EQUIVALENT * unknownRarity : 0f;
                continue;
            }
            total += rarity;
            if (weight(session, word) > 0f) {
                float sure = weight(session, word.stems()) > 0f ? 1f : EQUIVALENT;
                found += (word.typo() ? 0.75f : 1f) * sure * rarity;
            }
        }
        return total == 0f ? 0f : found / total;
    }

    /**
     * Whether the session has these words only in passing: one word of the question found in it, and that
     * one mentioned once, after the sentence that introduces the session (a word in the middle of one talk's paragraph). Two or more
     * of the question's words, or a word in the title, slides, names or first sentence, describe the session.
     */
    public boolean onlyInPassing(Session session, List<Resolved> words) {
        int found = 0;
        float best = 0f;
        for (Resolved word : words) {
            float weight = weight(session, word);
            if (weight > 0f) {
                found++;
                best = Math.max(best, weight);
            }
        }
        return found == 1 && best <= BODY;
    }

    /**
     * The one session of the pool that the question's specific words single out, when its other words are too many
     * or too far from the post's for the share of the topic to clear the bar: "merging the best of QED and FVD",
     * "the licence violation in the SmartOS port". A word is specific when at most {@link #SPECIFIC_SESSIONS}
     * sessions use it; the session must have at least two of them, and its evidence (the rarity of every question
     * word it has, summed) must be {@link #SPECIFIC_LEAD} times the next session's. Typo-corrected words do not
     * count: a guess is no evidence. Null when no session is singled out.
     */
    public Session specificMatch(List<Resolved> words, List<Session> pool) {
        Session best = null;
        float bestEvidence = 0f;
        float nextEvidence = 0f;
        int bestSpecific = 0;
        for (Session session : pool) {
            float evidence = 0f;
            List<String> specific = new ArrayList<>();
            for (Resolved word : words) {
                if (word.typo() || word.stems().isEmpty() || weight(session, word) == 0f) {
                    continue;
                }
                evidence += rarity(word);
                // "pass" and "passthrough" both match the post's one "pass-through": one word of evidence, not two.
                String stem = String.join(" ", word.stems());
                if (isSpecific(word) && specific.stream().noneMatch(s -> s.startsWith(stem) || stem.startsWith(s))) {
                    specific.add(stem);
                }
            }
            if (evidence > bestEvidence) {
                nextEvidence = bestEvidence;
                bestEvidence = evidence;
                best = session;
                bestSpecific = specific.size();
            } else if (evidence > nextEvidence) {
                nextEvidence = evidence;
            }
        }
        return best != null && bestSpecific >= 2 && bestEvidence >= SPECIFIC_LEAD * nextEvidence ? best : null;
    }

    /**
     * The one session of the pool whose title the question says in full, in the post's words or the field's other
     * words for them: "copying a running guest's disk" says every word of "Live block copy" (running for live, disk
     * for block). Words of the title common in the post (a quarter of the sessions or more: "KVM", "QEMU") need not
     * be said; at least two must. Null when no session's title, or more than one, is said in full.
     */
    public Session titleSaid(List<Resolved> words, List<Session> pool) {
        java.util.Set<String> said = new java.util.HashSet<>();
        for (Resolved word : words) {
            if (!word.typo()) {
                said.addAll(word.stems());
                said.addAll(word.equivalents());
                word.stems().forEach(stem -> said.addAll(TITLE_PARAPHRASES.getOrDefault(stem, List.of())));
            }
        }
        Session found = null;
        for (Session session : pool) {
            Integer at = indexById.get(session.id());
            if (at == null) {
                continue;
            }
            int needed = 0;
            boolean all = true;
            for (String word : titleWords.get(at)) {
                String stem = Stems.of(word);
                if (word.length() < 2 || TITLE_FUNCTION_WORDS.contains(word) || rarity(stem) < COMMON_RARITY) {
                    continue;
                }
                needed++;
                all &= said.contains(stem);
            }
            if (all && needed >= 2) {
                if (found != null) {
                    return null;
                }
                found = session;
            }
        }
        return found;
    }

    /** Words of a title that say nothing of its subject. */
    private static final java.util.Set<String> TITLE_FUNCTION_WORDS = java.util.Set.of("the", "of", "in", "on", "and",
            "to", "from", "a", "an", "for", "with", "by", "at", "s");

    /** Sessions that may share a word for it to still be specific: a paragraph may describe two BOFs at once. */
    static final int SPECIFIC_SESSIONS = 2;

    /** How far ahead of the next session the one singled out by specific words must be. */
    static final float SPECIFIC_LEAD = 1.5f;

    /** Whether the post's sessions use the word in at most {@link #SPECIFIC_SESSIONS} of them. */
    public boolean isSpecific(Resolved word) {
        for (String stem : word.stems()) {
            Integer df = documentFrequency.get(stem);
            if (df == null || df > SPECIFIC_SESSIONS) {
                return false;
            }
        }
        return true;
    }

    /** The post's own spelling of a word it uses ("xen" → "Xen"), or null when the post does not use it. */
    public String postSpelling(String lowerCaseWord) {
        return surfaceOfWord.get(lowerCaseWord);
    }

    /** The word as the post writes it, or the stem itself. */
    public String surface(String stem) {
        return surfaceOfStem.getOrDefault(stem, stem);
    }

    /**
     * How much of what a question asks of a session one sentence says, 0 to 1: of the question's words that do not
     * name the session (not in its title, slides or speakers, so they ask a detail of it), the share the sentence
     * has, by their own stems or a word of their field, rarer words weighing more. A word the post never uses
     * weighs as {@link #coverage} weighs it and is never in the sentence: "did the PMU work rely on the balloon
     * driver" asks of a balloon the post never mentions. Typo-corrected words are left out (a guess is no
     * evidence either way). 1 when the question asks nothing beyond the session.
     */
    public float support(Session session, List<Resolved> words, String sentence) {
        java.util.Set<String> said = new java.util.HashSet<>();
        for (Token token : Token.of(TextNormalizer.clean(sentence))) {
            said.add(Stems.of(token.joined()));
            token.parts().forEach(part -> said.add(Stems.of(part)));
        }
        float unknownRarity = (float) Math.log(1.0 + sessions.size() / 4.0);
        float asked = 0f;
        float found = 0f;
        for (Resolved word : words) {
            if (word.typo() || weight(session, word) >= LINK) {
                continue;
            }
            float rarity = word.unknown() ? unknownRarity : Math.max(rarity(word), 0.1f);
            asked += rarity;
            boolean in = word.stems().stream().anyMatch(said::contains)
                    || word.equivalents().stream().anyMatch(said::contains);
            found += in ? rarity : 0f;
        }
        return asked == 0f ? 1f : found / asked;
    }

    /** Whether the post's session texts have this stem at all. */
    public boolean known(String stem) {
        return documentFrequency.containsKey(stem);
    }
}
