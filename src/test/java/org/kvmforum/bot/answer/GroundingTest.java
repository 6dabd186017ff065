package org.kvmforum.bot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.search.TextNormalizer;
import org.kvmforum.bot.search.Token;

/** Names and years a question takes as given, checked against every word of the real post. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroundingTest {
    private Grounding grounding;
    private org.kvmforum.bot.content.ContentModel model;

    @BeforeAll
    void load() throws Exception {
        model = Library.load(Path.of("content")).model();
        grounding = new Grounding(model);
    }

    private String name(String question) {
        return grounding.unknownName(Token.of(TextNormalizer.clean(question)));
    }

    private int year(String question, Set<Integer> described) {
        return grounding.unknownYear(Token.of(TextNormalizer.clean(question)), 2011, described);
    }

    @Test
    void aFullNameThePostNeverWritesIsUnknown() {
        assertEquals("Linus Torvalds", name("did Linus Torvalds attend?"));
        assertEquals("Greg Kroah-Hartman", name("what did Greg Kroah-Hartman present"));
    }

    @Test
    void namesThePostWritesOrMisspellingsOfThemAreKnown() {
        assertNull(name("what did Paolo Bonzini present?"));
        assertNull(name("what did Avi Kivitty talk about?"), "a misspelt speaker is still the speaker");
        assertNull(name("who is Brian Stevens?"), "named in the prose, though not a speaker");
    }

    @Test
    void oneCapitalisedWordAloneIsNotTakenForAName() {
        assertNull(name("was there a talk on Kubernetes?"), "a topic, which the search answers or refuses");
        assertNull(name("Wer hat den Vortrag über VFIO gehalten?"), "other languages capitalise nouns");
        assertNull(name("linus torvalds was there?"), "a name in lower case is not told from other words");
    }

    @Test
    void aYearThePostNeverWritesIsUnknown() {
        assertEquals(2009, year("what did avi say in his 2009 keynote?", null));
        assertEquals(0, year("what did avi say in his 2010 keynote?", null), "the post writes 2010");
        assertEquals(0, year("how many came to the first forum in 2008?", Set.of(2011, 2008)));
    }

    @Test
    void aYearThePostOnlyNamesInPassingIsNotAnEventItDescribes() {
        assertEquals(2010, year("how many attendees were there in 2010", Set.of(2011, 2008)));
    }

    @Test
    void yearsCountedFromTheEventsAreUnknownUnlessLoaded() {
        assertEquals(2010, year("which city hosted last year's KVM Forum?", null));
        assertEquals(2010, year("how many people came the year before?", null));
        assertEquals(2012, year("where is next year's forum?", null));
        assertEquals(0, year("what was the last talk of the year?", null));
        assertEquals(0, year("was the forum also co-located with linuxcon the year before?", Set.of(2011, 2008)),
                "the post says of last year's forum that it was co-located too");
    }

    private String passing(String question) {
        Grounding.PassingName found = grounding.passingSpeaker(Token.of(TextNormalizer.clean(question)));
        return found == null ? null : found.name();
    }

    @Test
    void someoneNamedInPassingIsNotASpeaker() {
        assertEquals("Brian Stevens", passing("what did brian stevens talk about at the dinner"));
        assertEquals("Brian Stevens", passing("what was Brian Stevens' keynote about?"));
        assertEquals("Brian Stevens", passing("slides of the talk by Brian Stevens"));
    }

    @Test
    void aNameInPassingAskedAboutOtherwiseIsLeftToTheAnswer() {
        assertNull(passing("who is Brian Stevens?"));
        assertNull(passing("which talk mentioned the Open Virtualization Alliance?"), "a link's text");
        assertNull(passing("who presented graphics device assignment?"), "a session's title");
    }

    private java.util.List<String> saidOfTheYearBefore(String question) {
        org.kvmforum.bot.content.Event event = model.events().get(0);
        return grounding.onCountedYear(Token.of(TextNormalizer.clean(question)), event).stream()
                .sorted(java.util.Comparator.comparingDouble((Grounding.OnCountedYear c) -> -c.shared()))
                .map(candidate -> event.sentences().get(candidate.index())).toList();
    }

    @Test
    void theSentencesOnTheYearBeforeAreRankedByTheQuestionsRarerWords() {
        // "complaint" is "complaining": the sentence on the complaints of that year comes first.
        assertTrue(saidOfTheYearBefore("what were people complaining about in qemu the year before?").get(0)
                .contains("bit-rotting"));
        // The sentence beside one on that year may be the one that names whom it is about.
        assertTrue(saidOfTheYearBefore("how was anthony's approach different from last year?").get(0)
                .contains("incremental"));
        // Not the sentence beside it that speaks of the event's own year ("Vancouver city played the host this year").
        assertTrue(saidOfTheYearBefore("which city hosted last year's forum?").isEmpty());
        assertTrue(saidOfTheYearBefore("what were people complaining about in qemu?").isEmpty(), "no year counted");
    }
}
