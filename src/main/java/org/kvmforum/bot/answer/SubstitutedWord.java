package org.kvmforum.bot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.kvmforum.bot.search.Stems;
import org.kvmforum.bot.search.TextNormalizer;
import org.kvmforum.bot.search.Token;
import org.kvmforum.bot.search.WordLists;

/**
 * A belief with one word swapped for another: "did Michael talk about zero-copy RX?" where the post says "zero-copy
 * TX", "the QOM work was aimed at the 2.0 release?" where it says "the impending 1.0 release", "did Gerd bring down
 * CPU usage for USB keyboards?" where it says "USB tablet devices". The word the post never has stands beside a word
 * it does have, and a sentence of the post has that same neighbour with another word of the same shape (a figure,
 * an acronym, a plain word) in its place. Such a belief is answered by that sentence: the post speaks to it and
 * says otherwise. A word added rather than swapped ("did Alex make the animations with Apple Keynote?") has no such
 * neighbour in the sentence, and stays a thing the post does not say.
 */
final class SubstitutedWord {
    /** The word of the question, the post's word in its place, and the sentence that has it. */
    record Found(String asked, String said, String sentence) {}

    /** Little words that join others: no neighbour to stand beside. */
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for",
            "from", "with", "by", "as", "and", "or", "but", "about", "it", "its", "this", "that", "these", "those",
            "than", "then", "so", "not", "no", "yes", "right", "correct", "any", "some", "all");

    private SubstitutedWord() {}

    /**
     * The first swap found between the question and one of the sentences, or null.
     *
     * @param knownToPost whether the post has a word (by its stem) anywhere
     */
    static Found in(String question, List<String> sentences, Predicate<String> knownToPost) {
        List<Token> asked = Token.of(TextNormalizer.clean(question));
        Set<String> askedStems = new HashSet<>();
        asked.forEach(token -> askedStems.add(Stems.of(token.text())));
        // The sentence that says most of the question first: "bringing down the CPU usage with USB tablet devices",
        // not "his work on the USB subsystem".
        List<String> bySharing = new java.util.ArrayList<>(sentences);
        bySharing.sort(java.util.Comparator.comparingLong(sentence -> -shared(askedStems, sentence)));
        for (int i = 0; i < asked.size(); i++) {
            Token word = asked.get(i);
            // Only a figure or an acronym is swapped: an everyday word beside a term ("nested virtualization",
            // "the tablet fix") is as often a thing the post never speaks of as a slip for its word.
            if (!isContent(word) || known(word, knownToPost) || shape(word) == Shape.WORD) {
                continue;
            }
            for (int offset : new int[] {-1, 1}) {
                int at = i + offset;
                if (at < 0 || at >= asked.size() || !isContent(asked.get(at)) || !known(asked.get(at), knownToPost)) {
                    continue;
                }
                for (String sentence : bySharing) {
                    Found found = swapIn(word, asked.get(at), offset, askedStems, sentence);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /** The sentence's word where the question has its word, beside the same neighbour; null when there is none. */
    private static Found swapIn(Token word, Token neighbour, int offset, Set<String> askedStems, String sentence) {
        List<Token> said = Token.of(TextNormalizer.clean(sentence));
        String neighbourStem = Stems.of(neighbour.text());
        for (int k = 0; k < said.size(); k++) {
            int in = k - offset;
            if (in < 0 || in >= said.size() || !Stems.of(said.get(k).text()).equals(neighbourStem)) {
                continue;
            }
            Token other = said.get(in);
            if (isContent(other) && !askedStems.contains(Stems.of(other.text())) && shape(other) == shape(word)
                    && sharesEnough(neighbour, askedStems, said)) {
                return new Found(word.surface(), other.surface(), sentence);
            }
        }
        return null;
    }

    /**
     * A neighbour that is a term ("zero-copy", "USB") places the swap alone; an everyday one ("release") needs
     * another word of the question in the sentence too.
     */
    private static boolean sharesEnough(Token neighbour, Set<String> askedStems, List<Token> said) {
        if (!WordLists.isPlainEnglish(neighbour.text())) {
            return true;
        }
        return said.stream().map(token -> Stems.of(token.text())).filter(askedStems::contains)
                .filter(stem -> !FUNCTION_WORDS.contains(stem) && !WordLists.FRAME.contains(stem)).distinct().count() >= 2;
    }

    /** "zero-copy": known as itself, written as one word, or as its parts. */
    private static boolean known(Token token, Predicate<String> knownToPost) {
        if (shape(token) == Shape.FIGURE && token.text().contains(".")) {
            // "2.0" is no "2" ("USB 2"): a dotted figure is known only as written.
            return knownToPost.test(token.text());
        }
        return knownToPost.test(Stems.of(token.text())) || knownToPost.test(Stems.of(token.joined()))
                || token.isCompound() && token.parts().stream().allMatch(part -> knownToPost.test(Stems.of(part)));
    }

    private static long shared(Set<String> askedStems, String sentence) {
        return Token.of(TextNormalizer.clean(sentence)).stream().filter(SubstitutedWord::isContent)
                .map(token -> Stems.of(token.text())).filter(askedStems::contains).distinct().count();
    }

    private static boolean isContent(Token token) {
        return token.text().length() >= 2 && !FUNCTION_WORDS.contains(token.text())
                && !WordLists.FRAME.contains(token.text());
    }

    private enum Shape { FIGURE, ACRONYM, WORD }

    /** "1.0" and "2.0" are figures, "TX" and "RX" acronyms, "tablet" and "keyboards" words. */
    private static Shape shape(Token token) {
        if (token.text().chars().anyMatch(Character::isDigit)) {
            return Shape.FIGURE;
        }
        String surface = token.surface();
        return surface.length() >= 2 && surface.equals(surface.toUpperCase(Locale.ROOT)) ? Shape.ACRONYM : Shape.WORD;
    }
}
