package org.kvmforum.bot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SpellingVariantFilterTest {
    @Test
    void britishAndAmericanSpellingsStemAlike() {
        assertEquals(Stems.of("criticized"), Stems.of("criticised"));
        assertEquals(Stems.of("criticizing"), Stems.of("criticising"));
        assertEquals(Stems.of("optimization"), Stems.of("optimisation"));
        assertEquals(Stems.of("utilization"), Stems.of("utilisation"));
    }

    @Test
    void shortWordsAndOtherEndingsStayAsWritten() {
        assertNull(SpellingVariantFilter.american("rise"));
        assertNull(SpellingVariantFilter.american("raise"));
        assertNull(SpellingVariantFilter.american("noise"));
        assertNull(SpellingVariantFilter.american("analysis"));
        assertEquals("criticized", SpellingVariantFilter.american("criticised"));
    }
}
