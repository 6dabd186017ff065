package org.kvmforum.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
     * ("who was on right after the SPICE roadmap talk"), the asker's own "I sat through" left out. The main clause
     * as it was otherwise.
     */
    String anchored(String question, String main) {
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
        if (Set.of("him", "her").contains(pointer.group(2).toLowerCase(Locale.ROOT))) {
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
        for (String piece : question.substring(0, at).split("\\s+")) {
            List<Token> tokens = Token.of(piece);
            boolean askers = tokens.size() == 1 && !questionVocabulary.contains(tokens.get(0).text())
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
