package org.kvmforum.bot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void aSwappedPairIsOneEdit() {
        assertEquals(1, EditDistance.distance("vfoi", "vfio", 2));
        assertEquals(1, EditDistance.distance("memroy", "memory", 2));
    }

    @Test
    void insertionsDeletionsAndSubstitutions() {
        assertEquals(0, EditDistance.distance("kvm", "kvm", 0));
        assertEquals(1, EditDistance.distance("tsirkn", "tsirkin", 1));
        assertEquals(1, EditDistance.distance("hajnoczy", "hajnoczi", 2));
        assertEquals(1, EditDistance.distance("arcangelli", "arcangeli", 2));
    }

    @Test
    void answersMaxPlusOneWhenOutOfReach() {
        assertEquals(2, EditDistance.distance("kitten", "sitting", 1));
        assertEquals(3, EditDistance.distance("a", "abcdefgh", 2));
    }

    @Test
    void prefixDistanceMeasuresAgainstTheClosestStartOfTheWord() {
        assertEquals(0, EditDistance.prefixDistance("vf", "vfio", 1));
        assertEquals(1, EditDistance.prefixDistance("vfo", "vfio", 1));
        assertEquals(1, EditDistance.prefixDistance("hajnoc", "hanjoczi", 1));
        assertEquals(2, EditDistance.prefixDistance("zzzz", "vfio", 1));
        assertEquals(2, EditDistance.prefixDistance("abcdefgh", "ab", 1));
    }

    @Test
    void shortWordsGetNoTypos() {
        assertEquals(0, EditDistance.allowedEdits(3));
        assertEquals(1, EditDistance.allowedEdits(4));
        assertEquals(1, EditDistance.allowedEdits(7));
        assertEquals(2, EditDistance.allowedEdits(8));
    }
}
