package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The closed-class words of German, French and Spanish questions are read as English; English is left alone. */
class OtherLanguagesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Wer hat den Vortrag über VFIO gehalten?|who the talk about VFIO gave?",
        "wer hat den vortrag uber vfio gehalten|who the talk about vfio gave",
        "Wo fand das Forum statt?|where was the Forum?",
        "qu'ont fait les participants après le premier jour ?|what did the attendees after the first day ?",
        "Qui a présenté le keynote du deuxième jour ?|who a presented the keynote of second day ?",
        "¿Quién habló sobre AHCI?|¿who spoke about AHCI?",
        "¿Dónde están las diapositivas de la charla de Hans de Goede?|¿where are the slides of the talk de Hans de Goede?",
        "In welcher Stadt fand das Forum statt?|In which city was the Forum?",
        "les slides de la présentation sur SPICE|the slides of the talk about SPICE",
    })
    void readsTheClosedClassesAsEnglish(String question, String english) {
        assertEquals(english, OtherLanguages.inEnglish(question));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "was the forum co-located with LinuxCon?",
        "who is Hans de Goede?",
        "any comment on the VFIO talk? how many participants were there?",
        "die hard fans of qemu: was there a talk on it?",
        "what did Rik van Riel present?",
        "what bigger conference was it attached to this year",
        "which presentation was the best?",
    })
    void leavesEnglishAlone(String question) {
        assertEquals(question, OtherLanguages.inEnglish(question));
    }
}
