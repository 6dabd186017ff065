package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.kvmforum.bot.search.Stems;
import org.kvmforum.bot.search.TextNormalizer;
import org.kvmforum.bot.search.Token;

class SubstitutedWordTest {
    private static final List<String> SENTENCES = List.of(
            "He also talked about zero-copy TX and filtering, and the security pitfalls of doing so.",
            "The plan is to get as much work done for the impending 1.0 release.",
            "This was a very cool presentation with nice animation effects.");

    /** The stems of the sentences stand in for the post's vocabulary. */
    private static final Predicate<String> KNOWN = knownFrom(SENTENCES);

    private static Predicate<String> knownFrom(List<String> sentences) {
        Set<String> stems = new java.util.HashSet<>();
        for (String sentence : sentences) {
            for (Token token : Token.of(TextNormalizer.clean(sentence))) {
                stems.add(Stems.of(token.text()));
                token.parts().forEach(part -> stems.add(Stems.of(part)));
            }
        }
        return stems::contains;
    }

    @Test
    void anAcronymBesideTheSameTermIsASwap() {
        SubstitutedWord.Found found = SubstitutedWord.in("did he talk about zero-copy RX?", SENTENCES, KNOWN);
        assertEquals("RX", found.asked());
        assertEquals("TX", found.said());
        assertEquals(SENTENCES.get(0), found.sentence());
    }

    @Test
    void aFigureBesideAnEverydayWordNeedsAnotherWordOfTheSentence() {
        SubstitutedWord.Found found = SubstitutedWord.in("the plan was the 2.0 release, right?", SENTENCES, KNOWN);
        assertEquals("1.0", found.said());
        assertNull(SubstitutedWord.in("was 2.0 a good release?", SENTENCES, KNOWN));
    }

    @Test
    void aDottedFigureIsNotKnownByItsWholePart() {
        // The post writes "USB 2" elsewhere: "2.0" is still a figure it never writes.
        List<String> withUsb2 = List.of(SENTENCES.get(1), "QEMU could go from the last project to support USB 2.");
        SubstitutedWord.Found found = SubstitutedWord.in("the plan was the 2.0 release, right?", withUsb2,
                knownFrom(withUsb2));
        assertEquals("2.0", found.asked());
        assertEquals("1.0", found.said());
    }

    @Test
    void anAddedNameOrAnEverydayWordIsNoSwap() {
        assertNull(SubstitutedWord.in("were the animation effects made with Apple Keynote?", SENTENCES, KNOWN));
        assertNull(SubstitutedWord.in("did he talk about zero-copy receive?", SENTENCES, KNOWN));
    }
}
