package org.kvmforum.bot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.PartOfDay;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.content.SessionKind;

/**
 * What search, autocomplete and the people directory must do with the KVM Forum 2011 post. Sessions are
 * named by the post's link text and people by name, so the same expectations hold for the hand-built
 * fixture and for the model the parser makes of the real post (one subclass each).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SearchBehaviourTest {
    static final String VFIO = "VFIO-based PCI device assignment";
    static final String LIVE_MIGRATION = "Live Migration";
    static final String POSTCOPY = "postcopy live migration";
    static final String VIRTIO_SCSI = "virtio-scsi transport";
    static final String BLOCK_FORMAT = "next-gen block file format";
    static final String MEMORY_MANAGEMENT = "future of Memory Management in KVM";
    static final String IO_THROTTLING = "IO throttling in QEMU";
    static final String GRAPHICS = "KVM Graphics Device Assignment";
    static final String POWER7 = "KVM on the POWER7";
    static final String IOMMU = "AMD IOMMU v2 support in KVM";
    static final String QAPI = "QAPI and QOM";

    ContentModel model;
    SessionSearch search;
    PeopleDirectory people;

    abstract ContentModel loadModel() throws Exception;

    @BeforeAll
    void build() throws Exception {
        model = loadModel();
        search = new SessionSearch(model);
        people = new PeopleDirectory(model);
    }

    // ---------------------------------------------------------------- search: ranking

    @Test
    void vfioFindsTheVfioTalkFirst() {
        assertTopHit("vfio", VFIO);
    }

    @Test
    void aWordFormFindsBothMigrationTalks() {
        List<SessionHit> hits = search.search("migrating", 5);
        assertEquals(Set.of(LIVE_MIGRATION, POSTCOPY), titlesInPost(hits.subList(0, 2)));
        assertTrue(hits.get(0).strong() && hits.get(1).strong(), () -> describe(hits));
    }

    @Test
    void virtioScsiFindsStefanAndPaolosTalk() {
        SessionHit top = search.search("virtio scsi", 5).get(0);
        assertEquals(VIRTIO_SCSI, top.session().titleInPost());
        assertEquals(List.of("Stefan Hajnoczi", "Paolo Bonzini"),
                model.speakersOf(top.session()).stream().map(Person::name).toList());
    }

    @Test
    void topicsMentionedOnlyInThePostsWordsAreFound() {
        assertTopHit("qcow3", BLOCK_FORMAT);
        assertTopHit("NUMA", MEMORY_MANAGEMENT);
        assertTopHit("cgroups", IO_THROTTLING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vfoi", "VFOI", "vfio?", "**VFIO**", "VfIo!!!", "  vfio\u00a0\u200b ", "title:vfio", "vfio~2^3 AND (", "/dev/vfio"})
    void typosCasePunctuationAndQuerySyntaxStillFindVfio(String query) {
        assertTopHit(query, VFIO);
        assertTrue(search.best(query).isPresent(), query);
    }

    @Test
    void typosInSeveralWordsStillFindTheTalk() {
        assertTopHit("virtio scssi", VIRTIO_SCSI);
        assertTopHit("memroy managment", MEMORY_MANAGEMENT);
    }

    @Test
    void technicalTokensMatchWholeOrInParts() {
        assertTopHit("POWER7", POWER7);
        assertTopHit("power 7", POWER7);
        assertTopHit("qcow", BLOCK_FORMAT);
        assertTopHit("AMD IOMMU v2", IOMMU);
        assertTopHit("QAPI", QAPI);
        assertTopHit("virtio-scsi", VIRTIO_SCSI);
    }

    @Test
    void speakersNamesFindTheirSessions() {
        assertTopHit("hajnoczi", VIRTIO_SCSI);
        assertTopHit("Juan Quintela", LIVE_MIGRATION);
        assertTopHit("what was Andrea Arcangeli's talk about?", MEMORY_MANAGEMENT);
    }

    @Test
    void questionsFindTheSessionTheyAreAbout() {
        assertTopHit("who gave the vfoi talk", VFIO);
        assertTopHit("which talk was about using cgroups to cap a guest's IO?", IO_THROTTLING);
        assertTopHit("slides for the graphics device assignment talk", GRAPHICS);
        assertTopHit("where can I get Michael Tsirkin's virtio-net slides?", "new virtio networking features");
        assertTrue(Set.of(POSTCOPY, LIVE_MIGRATION).contains(
                search.search("which talk covered post-copy migration?", 1).get(0).session().titleInPost()));
    }

    @Test
    void hitsComeBestFirstAndRespectTheLimit() {
        List<SessionHit> hits = search.search("kvm memory guest", 4);
        assertEquals(4, hits.size());
        for (int i = 1; i < hits.size(); i++) {
            SessionHit before = hits.get(i - 1);
            SessionHit after = hits.get(i);
            assertTrue(before.strong() && !after.strong() || before.score() >= after.score(), () -> describe(hits));
        }
        assertTrue(search.search("kvm", 0).isEmpty());
        assertTrue(search.search("kvm", -3).isEmpty());
        assertTrue(search.search("kvm", 1000).size() <= model.sessions().size());
    }

    @Test
    void kindsAndDaysAreSearchable() {
        assertEquals(SessionKind.LIGHTNING_TALK, search.search("lightning talk", 1).get(0).session().kind());
        List<SessionHit> keynotes = search.search("keynote", 5);
        assertEquals(List.of(SessionKind.KEYNOTE, SessionKind.KEYNOTE),
                keynotes.subList(0, 2).stream().map(h -> h.session().kind()).toList());
        List<SessionHit> bofs = search.search("BOF", 10);
        assertFalse(bofs.isEmpty());
        assertTrue(bofs.stream().filter(SessionHit::strong).allMatch(h -> h.session().kind() == SessionKind.BOF));
    }

    @Test
    void strongHitsComeBeforeWeakOnes() {
        // The QEMU keynote's text says "The second day started", which BM25 likes; it is not the afternoon.
        Session top = search.search("second day afternoon", 3).get(0).session();
        assertEquals(2, top.day());
        assertEquals(PartOfDay.AFTERNOON, top.part());
        // "porting" shares a stem with "port", but only the keynote mentions the ARM port.
        assertEquals("Avi's keynote", search.search("ARM port", 3).get(0).session().titleInPost());
        List<SessionHit> hits = search.search("live migration", 10);
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).strong() || !hits.get(i).strong(), () -> describe(hits));
        }
    }

    // ---------------------------------------------------------------- search: confidence

    @Test
    void aTopicTheTalkHasIsStrong() {
        assertEquals(VFIO, search.best("vfio").orElseThrow().session().titleInPost());
        assertEquals(IO_THROTTLING, search.best("cgroups").orElseThrow().session().titleInPost());
    }

    @ParameterizedTest
    @ValueSource(strings = {"which hotel was KVM Forum 2011 held in?", "Linus Torvalds", "what is the weather like",
            "kubernetes operators", "best pizza in vancouver"})
    void somethingThePostDoesNotCoverHasNoBestMatch(String query) {
        assertTrue(search.best(query).isEmpty(), () -> describe(search.search(query, 3)));
    }

    @Test
    void aHitMatchingOnlyTheCommonWordsIsWeak() {
        // "device assignment" is in three talks; only one is about graphics.
        List<SessionHit> hits = search.search("graphics device assignment", 3);
        assertEquals(GRAPHICS, hits.get(0).session().titleInPost());
        assertTrue(hits.get(0).strong());
        assertFalse(hits.get(1).strong(), () -> describe(hits));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t", "the of and", "?!", "@everyone", "<@123>", "🙂🙂"})
    void nothingToSearchForFindsNothing(String query) {
        assertTrue(search.search(query, 5).isEmpty(), () -> describe(search.search(query, 5)));
        assertTrue(search.best(query).isEmpty());
    }

    @Test
    void nullIsTreatedAsBlank() {
        assertTrue(search.search(null, 5).isEmpty());
        assertTrue(search.best(null).isEmpty());
    }

    // ---------------------------------------------------------------- session autocomplete

    @Test
    void autocompleteMatchesTheStartOfATitleWord() {
        assertEquals(VFIO, search.autocomplete("vf", 25).get(0).titleInPost());
        assertEquals(VIRTIO_SCSI, search.autocomplete("virtio s", 25).get(0).titleInPost());
        assertEquals(BLOCK_FORMAT, search.autocomplete("qco", 25).get(0).titleInPost());
    }

    @Test
    void blankAutocompleteListsSessionsInProgramOrder() {
        List<Session> program = model.sessions();
        assertEquals(program.subList(0, 25), search.autocomplete("", 25));
        assertEquals(program.subList(0, 5), search.autocomplete("   ", 5));
        assertEquals(program.subList(0, 5), search.autocomplete(null, 5));
    }

    @Test
    void autocompleteRespectsTheLimitAndDiscordsCap() {
        assertEquals(3, search.autocomplete("", 3).size());
        assertEquals(SessionSearch.MAX_AUTOCOMPLETE, search.autocomplete("", 1000).size());
        assertTrue(search.autocomplete("e", 1000).size() <= SessionSearch.MAX_AUTOCOMPLETE);
        assertEquals(2, search.autocomplete("a", 2).size());
        assertTrue(search.autocomplete("vf", 0).isEmpty());
    }

    @Test
    void autocompleteFindsSpeakersPostWordsAndTypos() {
        assertEquals(VIRTIO_SCSI, search.autocomplete("hajn", 5).get(0).titleInPost());
        assertEquals(IO_THROTTLING, search.autocomplete("cgroup", 5).get(0).titleInPost());
        assertEquals(VFIO, search.autocomplete("vfoi", 5).get(0).titleInPost());
        assertTrue(titlesOf(search.autocomplete("memroy", 3)).contains(MEMORY_MANAGEMENT));
        assertEquals(Set.of(LIVE_MIGRATION, POSTCOPY), titlesOf(search.autocomplete("migrating ", 2)));
    }

    @Test
    void autocompleteOfNonsenseIsEmpty() {
        assertTrue(search.autocomplete("zzzzqqq", 25).isEmpty());
        assertTrue(search.autocomplete("🙂", 25).size() <= 25);
    }

    // ---------------------------------------------------------------- people: find

    @Test
    void aSharedFirstNameFindsEveryone() {
        assertEquals(List.of("Alex Williamson", "Alex Graf"), names(people.find("alex")));
        assertEquals(List.of("Alex Williamson", "Alex Graf"), names(people.find("ALEX")));
    }

    @Test
    void aFirstNameFindsThePersonWithAllTheirSessions() {
        List<Person> avi = people.find("avi");
        assertEquals(1, avi.size());
        assertTrue(avi.get(0).name().startsWith("Avi"));
        assertEquals(2, model.sessionsOf(avi.get(0)).size());
        assertEquals(avi, people.find("Avi's"));
    }

    @Test
    void surnamesFullNamesAndParticlesWork() {
        assertEquals(List.of("Stefan Hajnoczi"), names(people.find("Hajnoczi")));
        assertEquals(List.of("Stefan Hajnoczi"), names(people.find("stefan hajnoczi")));
        assertEquals(List.of("Stefan Hajnoczi"), names(people.find("Hajnoczi, Stefan")));
        assertEquals(List.of("Rik van Riel"), names(people.find("van Riel")));
        assertEquals(List.of("Joerg Roedel"), names(people.find("Jörg Rödel")));
        assertTrue(people.find("van").isEmpty());
    }

    @Test
    void aHandleFindsItsPersonWholeButIsNoPrefixWhileTyping() {
        // First initial and surname, as developers sign: found when typed whole, never offered for "al".
        assertEquals(List.of("Anthony Liguori"), names(people.find("aliguori")));
        assertEquals(List.of("Alex Graf"), names(people.find("agraf")));
        assertTrue(names(people.autocomplete("al", 25)).stream().noneMatch("Anthony Liguori"::equals));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hajnoczy", "arcangelli", "Tsirkn", "anthony liguory", "alex wiliamson", "Brian Cantril"})
    void typosFindTheOnePersonMeant(String typed) {
        assertEquals(1, people.find(typed).size(), () -> typed + " → " + names(people.find(typed)));
    }

    @Test
    void typosFindTheRightPeople() {
        assertEquals(List.of("Stefan Hajnoczi"), names(people.find("hajnoczy")));
        assertEquals(List.of("Andrea Arcangeli"), names(people.find("arcangelli")));
        assertEquals(List.of("Michael Tsirkin"), names(people.find("Tsirkn")));
        assertEquals(List.of("Anthony Liguori"), names(people.find("anthony liguory")));
    }

    @Test
    void aLongFullNameTypedWholeMayCarryThreeTypos() {
        // "marcelo tosatti" with a letter doubled and another doubled in the wrong place: three edits.
        assertEquals(List.of("Marcelo Tosatti"), names(people.mentionedIn("what did marcello tossati present?")));
        assertEquals(List.of("Marcelo Tosatti"), names(people.findAllowingTypos("marcello tossati")));
        // A short one still may not, and nor may a long one that strays further.
        assertTrue(people.mentionedIn("what did alxe wilyamsen present?").isEmpty());
        assertTrue(people.mentionedIn("what did marcella tessiti present?").isEmpty());
    }

    @Test
    void anExactMatchHidesFuzzyOnes() {
        // "ryan" is one letter from "bryan", but Ryan Harper is exactly "Ryan".
        assertEquals(List.of("Ryan Harper"), names(people.find("Ryan")));
        assertEquals(List.of("Bryan Cantrill"), names(people.find("Bryan")));
        assertEquals(List.of("Bryan Cantrill"), names(people.find("Brian")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Linus Torvalds", "Linus", "Avi Torvalds", "", "  ", "@everyone", "<@123>", "de"})
    void namesNotInThePostFindNobody(String name) {
        assertTrue(people.find(name).isEmpty(), () -> name + " → " + names(people.find(name)));
    }

    // ---------------------------------------------------------------- people: autocomplete

    @Test
    void peopleAutocompleteMatchesPrefixesAndTypos() {
        assertEquals("Stefan Hajnoczi", people.autocomplete("haj", 5).get(0).name());
        assertEquals("Alex Williamson", people.autocomplete("alex w", 5).get(0).name());
        assertEquals("Michael Tsirkin", people.autocomplete("tsirkn", 5).get(0).name());
        assertEquals(Set.of("Alex Williamson", "Alex Graf"), Set.copyOf(names(people.autocomplete("alex", 2))));
    }

    @Test
    void blankPeopleAutocompleteListsEveryoneInPostOrderUpToTheLimit() {
        List<String> first = names(people.autocomplete("", 25));
        assertTrue(first.get(0).startsWith("Avi"), first::toString);
        assertEquals("Paul Mackerras", first.get(1));
        assertTrue(first.indexOf("Stefan Hajnoczi") + 1 == first.indexOf("Paolo Bonzini"), first::toString);
        assertEquals(5, people.autocomplete("", 5).size());
        assertEquals(Math.min(25, model.people().size()), people.autocomplete(null, 100).size());
        assertTrue(people.autocomplete("a", 0).isEmpty());
    }

    // ---------------------------------------------------------------- people: mentions in free text

    @Test
    void mentionsWithTyposAreFound() {
        assertEquals(List.of("Andrea Arcangeli"), names(people.mentionedIn("what did andrea arcangelli talk about?")));
        assertEquals(List.of("Michael Tsirkin"), names(people.mentionedIn("slides from tsirkn please")));
        assertEquals(List.of("Stefan Hajnoczi"), names(people.mentionedIn("what was hajnoczy's talk")));
    }

    @Test
    void aSharedFirstNameMentionsEveryoneButAFullNameOnlyOne() {
        assertEquals(List.of("Alex Williamson", "Alex Graf"), names(people.mentionedIn("who else talked with Alex")));
        assertEquals(List.of("Alex Graf"), names(people.mentionedIn("what did Alex Graf present?")));
        assertEquals(List.of("Alex Williamson", "Alex Graf"),
                names(people.mentionedIn("Alex Williamson's talk and Alex Graf's talk")));
    }

    @Test
    void mentionsComeInTheOrderOfTheText() {
        assertEquals(List.of("Paolo Bonzini", "Avi Kivity"),
                names(people.mentionedIn("did Paolo and avi both give talks?")).stream()
                        .map(n -> n.startsWith("Avi") ? "Avi Kivity" : n).toList());
    }

    @Test
    void thePronounHeIsNotAsiasHe() {
        assertTrue(people.mentionedIn("what did he talk about?").isEmpty());
        assertTrue(people.mentionedIn("He talked about qcow3").isEmpty());
        assertTrue(people.mentionedIn("and then He said").isEmpty());
        assertEquals(List.of("Asias He"), names(people.mentionedIn("what did Asias He present?")));
        assertEquals(List.of("Asias He"), names(people.mentionedIn("asias he's tool")));
    }

    @Test
    void surnamesThatAreWordsNeedToBeWrittenAsNames() {
        assertTrue(people.mentionedIn("the big bad wolf").isEmpty());
        assertTrue(people.mentionedIn("a levy on imports, okay kay").isEmpty());
        assertTrue(people.mentionedIn("WOLF").isEmpty());
        assertEquals(List.of("Kevin Wolf"), names(people.mentionedIn("what did Wolf say about qcow3?")));
        assertEquals(List.of("Alon Levy"), names(people.mentionedIn("slides of Levy's SPICE talk")));
        assertEquals(List.of("Kevin Wolf"), names(people.mentionedIn("kevin wolf")));
        assertEquals(List.of("Allen Kay"), names(people.mentionedIn("allen kay")));
    }

    @Test
    void wordsNearASurnameAreNotTakenForIt() {
        assertTrue(people.mentionedIn("it was harder than expected").isEmpty());
        assertTrue(people.mentionedIn("Linus Torvalds on linux").isEmpty());
        assertTrue(people.mentionedIn("which talk covered post-copy migration?").isEmpty());
    }

    // ---------------------------------------------------------------- helpers

    private void assertTopHit(String query, String titleInPost) {
        List<SessionHit> hits = search.search(query, 5);
        assertFalse(hits.isEmpty(), query + " found nothing");
        assertEquals(titleInPost, hits.get(0).session().titleInPost(), () -> query + " → " + describe(hits));
    }

    private static Set<String> titlesInPost(List<SessionHit> hits) {
        return hits.stream().map(h -> h.session().titleInPost()).collect(Collectors.toSet());
    }

    private static Set<String> titlesOf(List<Session> sessions) {
        return sessions.stream().map(Session::titleInPost).collect(Collectors.toSet());
    }

    private static List<String> names(List<Person> persons) {
        return persons.stream().map(Person::name).toList();
    }

    static String describe(List<SessionHit> hits) {
        return hits.stream()
                .map(h -> String.format("%s (%.2f, %.2f%s)", h.session().titleInPost(), h.score(), h.confidence(),
                        h.strong() ? ", strong" : ""))
                .collect(Collectors.joining("; "));
    }
}
