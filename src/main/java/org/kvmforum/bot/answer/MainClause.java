package org.kvmforum.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The sentence of a chat message that asks the question: of "who presented the new SCSI transport? pretty sure
 * it was two people", the first; of "we've got a noisy neighbour problem. was there anything about limiting
 * I/O?", the last. The other sentences are context.
 */
final class MainClause {
    private static final Set<String> QUESTION_OPENERS = Set.of("who", "whom", "whose", "what", "whats", "which",
            "when", "where", "why", "how", "is", "are", "was", "were", "did", "do", "does", "can", "could", "any",
            "anything", "anyone", "list", "show", "tell", "give", "name");

    private MainClause() {}

    /** The main sentence of the (cleaned) text, or the whole text when it is one sentence or none stands out. */
    static String of(String text) {
        List<String> sentences = split(text);
        if (sentences.size() < 2) {
            return text;
        }
        for (String sentence : sentences) {
            if (sentence.endsWith("?")) {
                return sentence;
            }
        }
        for (String sentence : sentences) {
            String first = sentence.split("[^\\p{L}']+", 2)[0].toLowerCase(Locale.ROOT).replace("'", "");
            if (QUESTION_OPENERS.contains(first)) {
                return sentence;
            }
        }
        return text;
    }

    /** Sentences end at ". ", "? ", "! ", "…" followed by more text. */
    private static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = (c == '?' || c == '!' || c == '.' || c == '…')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
            if (end) {
                String sentence = text.substring(start, i + 1).trim();
                if (sentence.length() > 1) {
                    sentences.add(sentence);
                }
                start = i + 1;
            }
        }
        String rest = text.substring(start).trim();
        if (!rest.isEmpty()) {
            sentences.add(rest);
        }
        return sentences;
    }
}
