package org.kvmforum.bot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kvmforum.bot.content.ContentLoader;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Session;

/** Words, typos, and how central a word is to a session. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopicIndexTest {
    private ContentModel model;
    private TopicIndex index;

    @BeforeAll
    void load() throws Exception {
        model = ContentLoader.load(Path.of("content"));
        index = new SessionSearch(model).topics();
    }

    private Session titled(String titleInPost) {
        return model.sessions().stream().filter(s -> s.titleInPost().equals(titleInPost)).findFirst().orElseThrow();
    }

    private List<TopicIndex.Resolved> words(String text) {
        return Token.of(text).stream().map(t -> index.resolve(t)).toList();
    }

    @Test
    void tokensKeepCompoundsAndDropPossessives() {
        List<Token> tokens = Token.of("Avi's post-copy talk on kvm.ko? Linus");
        assertEquals(List.of("avi", "post-copy", "talk", "on", "kvm.ko", "linus"),
                tokens.stream().map(Token::text).toList());
        assertEquals(List.of("post", "copy"), tokens.get(1).parts());
        assertEquals("postcopy", tokens.get(1).joined());
        assertFalse(tokens.get(0).writtenAsName(), "a capital opening the question says nothing");
        assertTrue(tokens.get(5).writtenAsName(), "a capital after a question mark opens a sentence");
        assertTrue(Token.of("what did Linus say").get(2).writtenAsName());
        assertFalse(Token.of("who presented SPICE").get(2).writtenAsName(), "all capitals is an acronym");
    }

    @Test
    void typosAreBoundedByLength() {
        assertEquals(1, EditDistance.distance("vfoi", "vfio", 1), "a swap is one edit");
        assertEquals(1, EditDistance.distance("arcangelli", "arcangeli", 2), "one deletion");
        assertEquals(2, EditDistance.distance("hajnoczy", "hajnoczi", 0) + 1, "past the bound it stops at max + 1");
        assertFalse(EditDistance.close("kvm", "kvn"), "three letters get no typos");
        assertTrue(EditDistance.close("transcendant", "transcendent"));
    }

    @Test
    void aWordOfTheFieldThePostNeverUsesMatchesThroughThePostsWordForIt() {
        TopicIndex.Resolved gpu = index.resolve(Token.of("gpu").get(0));
        assertTrue(gpu.stems().isEmpty(), "the post never says gpu");
        assertFalse(gpu.unknown(), "but it says graphics");
        Session graphics = titled("KVM Graphics Device Assignment");
        assertEquals(TopicIndex.EQUIVALENT * TopicIndex.TITLE, index.weight(graphics, gpu), 1e-6,
                "a title word reached through the thesaurus counts less than the word itself");
        List<TopicIndex.Resolved> passthrough = words("gpu passthrough");
        assertTrue(index.coverage(graphics, passthrough) >= 0.6f, "the graphics talk is a strong match");
        assertTrue(index.coverage(graphics, passthrough) > index.coverage(titled("performance monitoring in KVM guests"),
                passthrough), "over the talk that says pass-through once");
        assertTrue(index.resolve(Token.of("kubernetes").get(0)).unknown(), "a word outside the field stays unknown");
    }

    @Test
    void twoSpecificWordsSingleOutOneParagraph() {
        List<TopicIndex.Resolved> words = words("merging the best ideas of qed and fvd");
        assertEquals(titled("next-gen block file format"), index.specificMatch(words, model.sessions()));
        assertEquals(null, index.specificMatch(words("thp"), model.sessions()), "one specific word is not enough");
        assertEquals(null, index.specificMatch(words("pass passthrough"), model.sessions()),
                "two words of one family are one word of evidence");
    }

    @Test
    void wordsResolveToThePostsWordsWithTyposAndCompounds() {
        TopicIndex.Resolved vfoi = index.resolve(Token.of("vfoi").get(0));
        assertTrue(vfoi.typo());
        assertEquals(List.of(Stems.of("vfio")), vfoi.stems());
        assertEquals(List.of("postcopi"), index.resolve(Token.of("post-copy").get(0)).stems(),
                "the post writes the compound as one word in a title");
        assertTrue(index.resolve(Token.of("what did Linus say").get(2)).stems().isEmpty(),
                "a name the post lacks is not a typo of 'links'");
    }

    @Test
    void chatAbbreviationsReadAsThePostsWord() {
        TopicIndex.Resolved pwr7 = index.resolve(Token.of("pwr7").get(0));
        assertTrue(pwr7.typo(), "a guess, weighed as a typo is");
        assertEquals(List.of(Stems.of("power7")), pwr7.stems());
        assertEquals(List.of(Stems.of("management")), index.resolve(Token.of("mgmt").get(0)).stems());
        assertEquals(List.of(Stems.of("indexing")), index.resolve(Token.of("idx").get(0)).stems(),
                "the stem's last letter ('index') is kept");
        assertTrue(index.resolve(Token.of("ops").get(0)).unknown(), "chat's own word, not 'opposed'");
        assertTrue(index.resolve(Token.of("vfo").get(0)).unknown(), "a vowel after the first letter: no abbreviation");
        assertTrue(index.resolve(Token.of("xyz").get(0)).unknown());
    }

    @Test
    void slidesFileNamesCount() {
        Session postcopy = titled("postcopy live migration");
        assertEquals(1f, index.coverage(postcopy, words("yabusame")));
        assertEquals(TopicIndex.LINK, index.prominence(postcopy, words("yabusame")));
    }

    @Test
    void aWordInPassingIsToldFromTheSubject() {
        assertTrue(index.onlyInPassing(titled("KVM Graphics Device Assignment"), words("xen")));
        assertFalse(index.onlyInPassing(titled("future of Memory Management in KVM"), words("numa")),
                "NUMA is in the slides' name and said twice");
        assertFalse(index.onlyInPassing(titled("QAPI and QOM"), words("qemu machines easier generate")),
                "several of the question's words describe the session");
    }

    @Test
    void unknownWordsLowerCoverageWithoutDecidingAlone() {
        Session mm = titled("future of Memory Management in KVM");
        float withParaphrase = index.coverage(mm, words("numa balancing"));
        assertTrue(withParaphrase >= 0.6f && withParaphrase < 1f, () -> "coverage " + withParaphrase);
        assertEquals(0f, index.coverage(mm, words("kubernetes")));
    }
}
