package org.kvmforum.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.search.Token;
import org.kvmforum.bot.search.TopicIndex;

/**
 * A question whose main clause points back at the context before it, read as one question: "I sat through the
 * SPICE talk. Who was on right after that?", "we're moving to AHCI; was there a talk on it?", "somebody insisted on
 * pre-copy first. who was that?". The context fills in what the pointer stands for, in the post's own words where it
 * has them; a main clause that points at nothing is left as it is.
 */
final class ContextReading {
    private final QuestionReader reader;
    private final TopicIndex index;

    ContextReading(QuestionReader reader, TopicIndex index) {
        this.reader = reader;
        this.index = index;
    }

    /**
     * "I sat through the SPICE roadmap talk. Who was on right after that?": a main clause whose "after that" or
     * "before it" points back at the session its context names is read with that context in the pointer's place
     * ("who was on right after the SPICE roadmap talk"), the asker's own "I sat through" left out; when the context
     * names one session, its title stands there instead. The main clause as it was otherwise.
     */
    String anchored(String question, String main, Supplier<String> oneSessionNamed) {
        Matcher agent = SOMEONE_THEN_WHO.matcher(question.trim());
        if (agent.matches()) {
            // "at the postcopy talk somebody insisted on pre-copy first. who was that?": who did what the context
            // says someone did, where it says it.
            String where = agent.group(1).trim().replaceAll("[,;:]+$", "");
            return "who " + agent.group(2).trim() + (where.isEmpty() ? "" : " " + where) + "?";
        }
        Matcher split = CONTEXT_THEN_POINTER.matcher(question.trim());
        if (!split.matches()) {
            return topicFromContext(question, main);
        }
        // "I sat through …", "I caught …", "I was in …": the asker's verb, not part of the session's name.
        String context = split.group(1).trim().replaceFirst("(?i)^(i|we)('m|'ve|'d)?\\s+\\S+\\s+", "");
        String asked = split.group(2);
        Matcher pointer = POINTER.matcher(asked);
        if (context.isBlank() || !pointer.find()) {
            return main;
        }
        boolean aPerson = Set.of("him", "her").contains(pointer.group(2).toLowerCase(Locale.ROOT));
        String session = aPerson ? null : oneSessionNamed.get();
        if (session != null) {
            // "The AHCI talk ended with a case for making AHCI the default. What came right after it?": the one
            // session the context names, not the whole sentence, whose own words ("ended") would ask more.
            context = session;
        }
        if (aPerson) {
            // "Bryan Cantrill's talk was a blast. Who spoke before him?": him is the one person the context names.
            List<Person> named = reader.read(context).people();
            if (named.size() == 1) {
                context = named.get(0).name();
            }
        }
        return asked.substring(0, pointer.start(2)) + context + asked.substring(pointer.end(2));
    }

    /**
     * "we're moving our guests to AHCI at work; was there a talk on it and who gave it?": a question whose topic is
     * "it" or "that" takes its topic from the context before it, as the words there that few sessions use or that
     * the post never has (which meaning may still reach); words most sessions use ("guests") say too little. The
     * main clause as it was when the context has no such word.
     */
    private String topicFromContext(String question, String main) {
        Matcher split = CONTEXT_THEN_TOPIC_POINTER.matcher(question.trim());
        if (!split.matches()) {
            return main;
        }
        List<String> specific = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Token token : reader.read(split.group(1)).topic()) {
            TopicIndex.Resolved word = index.resolve(token);
            String shown = token.surface().replaceAll("[^\\p{L}\\p{N} .+#/-]", "");
            if (word.stems().isEmpty() || word.typo()) { // "GPUs" is no typo of "CPUs"
                unknown.add(shown);
            } else if (index.isSpecific(word)) {
                specific.add(shown);
            }
        }
        // The post's own rare words say it best; words it never has are left to meaning only when it has none,
        // and of those the ones written as names ("GPUs"), when there are any, rather than "hand".
        List<String> named = unknown.stream().filter(word -> !word.equals(word.toLowerCase(Locale.ROOT)))
                .toList();
        List<String> topic = !specific.isEmpty() ? specific : named.isEmpty() ? unknown : named;
        if (topic.isEmpty()) {
            return main;
        }
        String asked = split.group(2);
        Matcher pointer = TOPIC_POINTER.matcher(asked);
        return pointer.find() ? asked.substring(0, pointer.start(2)) + String.join(" ", topic)
                + asked.substring(pointer.end(2)) : main;
    }

    /**
     * "My team lead says Asias He gave a talk worth watching but couldn't remember the title. Which one was it?": the
     * whole question with the asker's own words left out of the context before its main clause, the words of it that
     * are neither the post's (nor a word it stands for), nor a name, nor a word questions are built on ("team",
     * "lead", "worth"). They say who is asking, not what about. The question as it was when its main clause is not its
     * last part, or the context is not in the first person.
     */
    String withoutTheAskersWords(String question, String main, Set<String> questionVocabulary) {
        int at = question.lastIndexOf(main);
        if (main.equals(question) || at <= 0 || at + main.length() != question.length()) {
            return question;
        }
        // Only a context in the first person speaks of the asker: "amit says the afternoons had parallel tracks so he
        // missed stuff" is the post's, every word of it.
        boolean asker = Token.of(question.substring(0, at)).stream()
                .anyMatch(token -> MainClause.FIRST_PERSON.contains(token.text()));
        if (!asker) {
            return question;
        }
        List<Person> named = reader.read(question.substring(0, at)).people();
        StringBuilder kept = new StringBuilder();
        String previous = "";
        for (String piece : question.substring(0, at).split("\\s+")) {
            List<Token> tokens = Token.of(piece);
            // "next week": the word after an order word says what it orders, and without it "next" orders sessions.
            boolean ordered = Cues.AFTER.contains(previous) || Cues.BEFORE.contains(previous);
            previous = tokens.size() == 1 ? tokens.get(0).text() : "";
            boolean askers = tokens.size() == 1 && !ordered && !questionVocabulary.contains(tokens.get(0).text())
                    && !tokens.get(0).text().chars().anyMatch(Character::isDigit)
                    && index.resolve(tokens.get(0)).unknown()
                    && named.stream().noneMatch(person -> person.name().toLowerCase(Locale.ROOT)
                            .contains(tokens.get(0).text()));
            if (!askers) {
                kept.append(piece).append(' ');
            } else if (piece.matches(".*[.;!?,]$")) {
                kept.append(piece.replaceAll("^.*?([.;!?,]+)$", "$1")).append(' '); // the sentence still ends there
            }
        }
        return kept.append(main).toString().replaceAll("\\s+([.;!?,])", "$1").trim();
    }

    /**
     * "Our study group covers the POWER7 port this week, and someone said it was at the forum. Who gave that talk?":
     * the question with its context, where a clause of the context that speaks of the asker ("our study group …
     * this week", "I'd like to watch what he presented") is cut by {@code withoutItsCues}, which takes out the words
     * that, read as the question's, ask for another fact ("week", "watch"). A question embedded in such a clause
     * ("… and I'd like to know who pitched the transport") is kept whole, from its question word on. Clauses about
     * others ("someone said it was at the forum") are kept as they are. The question as it was when its main clause
     * is not its last part, or no clause of the asker's was cut.
     */
    String withAskersClausesReduced(String question, String main,
            java.util.function.UnaryOperator<String> withoutItsCues) {
        int at = question.lastIndexOf(main);
        if (main.equals(question) || at <= 0 || at + main.length() != question.length()) {
            return question;
        }
        StringBuilder kept = new StringBuilder();
        boolean askersBefore = false;
        boolean changed = false;
        for (String clause : CLAUSE_BREAK.split(question.substring(0, at).trim())) {
            String joined = clause.trim();
            String piece = joined.replaceFirst("(?i)^(?:and|but|so|since|because|as|while)\\s+", "");
            List<Token> tokens = Token.of(piece);
            // "I follow Asias He's work and would like to watch …": a clause joined on without a subject of its own
            // is still the asker's.
            boolean sharesTheSubject = askersBefore && !piece.equals(joined) && !tokens.isEmpty()
                    && !tokens.get(0).capital() && !OWN_SUBJECTS.contains(tokens.get(0).text());
            // "I recall the dinner being hosted by Jim", "I heard one speaker pushed back": what the asker remembers
            // or was told is about the event, and may be the very thing asked.
            boolean remembered = tokens.stream().anyMatch(token -> REMEMBERING.contains(token.text()));
            askersBefore = !remembered && (sharesTheSubject || tokens.stream().anyMatch(token ->
                    MainClause.FIRST_PERSON.contains(token.text()) || Set.of("me", "us").contains(token.text())));
            if (!askersBefore) {
                kept.append(piece).append(piece.matches(".*[.;:!?]$") ? " " : ". ");
                continue;
            }
            String plain = piece.replaceAll("[.;:!?,]+$", "");
            Matcher embedded = EMBEDDED_QUESTION.matcher(piece);
            String cut = embedded.find() ? piece.substring(embedded.start(1)).replaceAll("[.;:!?,]+$", "")
                    : withoutItsCues.apply(plain).trim();
            changed |= !cut.equals(plain);
            if (!cut.isEmpty()) {
                kept.append(cut).append(". ");
            }
        }
        // Clauses only set apart, none of them cut, are the question as it was.
        return changed ? kept.append(main).toString().trim() : question;
    }

    /** Verbs of remembering, hearing and believing: the clause says what the asker holds of the event. */
    private static final Set<String> REMEMBERING = Set.of("recall", "recalled", "remember", "remembered", "heard",
            "hear", "saw", "read", "noticed", "believe", "believed", "think", "thought", "assume", "assumed", "guess",
            "suppose", "told", "understand", "understood", "gather", "knew", "seem", "seems", "seemed", "swear");

    /** Words that open a clause with a subject of its own: "and someone said …", "but the post …". */
    private static final Set<String> OWN_SUBJECTS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "their", "its", "he", "she", "they", "it", "someone", "somebody", "people", "everyone", "there",
            "one", "i", "im", "id", "ive", "we", "my", "our", "you", "your");

    /** Where a context splits into clauses: the end of a sentence, or a joining word after a comma or alone. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?i)(?<=[.;:!?])\\s+|\\s*,?\\s+(?=(?:and|but|so|since|because|while)\\s)|,\\s+(?=as\\s)");

    /** "I'd like to know who …", "want to see what kind of …", "trying to work out when …": the question inside. */
    private static final Pattern EMBEDDED_QUESTION = Pattern.compile("(?i)\\b(?:know|see|find out|work out|figure out"
            + "|tell|check|confirm|wonder|wondering|curious|understand|learn|ask|asks|asked|asking)\\s+(?:about\\s+)?"
            + "((?:who|whom|what|when|where|which|whether|how|why)\\b)");

    /** Someone doing something, a break, then "who was that?": the context says what, the question asks who. */
    private static final Pattern SOMEONE_THEN_WHO = Pattern.compile(
            "(?is)(.*?)\\b(?:somebody|someone|some guy|a guy|one guy|a person|one person|one of the speakers|a speaker|"
                    + "some speaker)(?:\\s+(?:here|there|else))?\\s+(.+?)\\s*(?:[.;!?]+|\\s[-\u2013\u2014]+|,)\\s*"
                    + "(?:who|which (?:speaker|person|one))"
                    + "\\s+(?:was|is|did)\\s+(?:that|it|this|he|she)\\b[?.!\\s]*");

    /** Context, a break, then a question whose topic is a pointer back: "…; was there a talk on it?". */
    private static final Pattern CONTEXT_THEN_TOPIC_POINTER = Pattern.compile(
            "(?is)(.+?)(?:[.;!?]\\s+|\\s+[-\u2013\u2014]+\\s+|,\\s+)((?:was|were|is|are|did|any|anything|who|what|"
                    + "which)\\b.*?\\b(?:on|about|covering|regarding)\\s+(?:that|it|this|those)\\b.*)");
    private static final Pattern TOPIC_POINTER = Pattern.compile(
            "(?i)\\b(on|about|covering|regarding)\\s+(that|it|this|those)\\b");

    /** Context, a break (". ", "; ", " - ", ", "), then a question whose "after that" points back at it. */
    private static final Pattern CONTEXT_THEN_POINTER = Pattern.compile(
            "(?is)(.+?)(?:[.;!?]\\s+|\\s+[-\u2013\u2014]+\\s+|,\\s+)((?:who|what|which|when)\\b.*\\b(?:after|before)"
                    + "\\s+(?:that|it|him|her|them|this)\\b.*)");
    private static final Pattern POINTER = Pattern.compile(
            "(?i)\\b(after|before)\\s+(that|it|him|her|them|this)\\b");
}
