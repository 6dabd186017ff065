package org.kvmforum.bot.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kvmforum.bot.content.ContentException;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.library.LibraryHolder;

/**
 * Several forums, first-class, with the two-event content of the tests' resources (2011 and 2012): the event
 * option and its autocomplete, search across every event, the latest event for /about and /schedule, cards
 * that name their event, and /help's examples taken from the content.
 */
class SeveralForumsTest {
    private static final Path TWO_EVENTS = Path.of("src/test/resources/content/two-events");
    private static final Path SINGLE_TRACK = Path.of("src/test/resources/content/single-track");
    private static CommandRouter router;
    private static Library library;

    @BeforeAll
    static void load() throws ContentException {
        library = Library.load(TWO_EVENTS);
        router = router(library, Clock.systemUTC());
    }

    private static CommandRouter router(Library served, Clock clock) {
        CommandContext context = new CommandContext(new LibraryHolder(TWO_EVENTS, served), Theme.defaults(), clock);
        return new CommandRouter(CommandCatalog.all(context), Cooldowns.unlimited(), context);
    }

    private static Reply run(String command, Map<String, String> options) {
        return router.execute(Fixtures.request(command, options));
    }

    private static MessageEmbed embed(Reply reply) {
        return reply.message().getEmbeds().get(0);
    }

    @Test
    void theCommandsThatLookSessionsUpTakeAnOptionalEventWithSuggestions() {
        for (String name : List.of("talk", "slides", "speaker", "search", "about", "schedule")) {
            Optional<OptionData> event = router.command(name).options().stream()
                    .filter(option -> option.getName().equals("event")).findFirst();
            assertTrue(event.isPresent(), "/" + name + " has an event option");
            assertFalse(event.get().isRequired(), "/" + name + ": without it, every event (or the latest)");
            assertTrue(event.get().isAutoComplete(), "/" + name + " suggests events");
        }
    }

    @Test
    void eventSuggestionsAreTheEventsByLabelAndNameLatestFirst() {
        List<Command.Choice> all = router.autocomplete(new AutocompleteRequest("talk", "event", "", "1"));
        assertEquals(List.of("kvm-forum-2012", "kvm-forum-2011"), all.stream().map(Command.Choice::getAsString).toList());
        assertEquals("2012 · KVM Forum 2012", all.get(0).getName());

        List<Command.Choice> byYear = router.autocomplete(new AutocompleteRequest("schedule", "event", "2011", "1"));
        assertEquals(List.of("kvm-forum-2011"), byYear.stream().map(Command.Choice::getAsString).toList());
        List<Command.Choice> byName = router.autocomplete(new AutocompleteRequest("about", "event", "forum 2012", "1"));
        assertEquals(List.of("kvm-forum-2012"), byName.stream().map(Command.Choice::getAsString).toList());
        assertTrue(router.autocomplete(new AutocompleteRequest("search", "event", "1999", "1")).isEmpty());
    }

    @Test
    void withoutAnEventSearchLooksInEveryEventAndTheListSaysWhichIsWhich() {
        String every = Fixtures.text(run("search", Map.of("query", "live migration")));
        assertTrue(every.contains("Juan Quintela") && every.contains("2011 · Day 2"), every);
        assertTrue(every.contains("Kenji Watanabe") && every.contains("2012 · Day 2"), every);

        String only2012 = Fixtures.text(run("search", Map.of("query", "live migration", "event", "2012")));
        assertTrue(only2012.contains("Kenji Watanabe"), only2012);
        assertFalse(only2012.contains("Juan Quintela"), only2012);
        // The option's value may be a label, an id or a name, in any case.
        String byName = Fixtures.text(run("search", Map.of("query", "live migration", "event", "kvm forum 2011")));
        assertTrue(byName.contains("Juan Quintela"), byName);
        assertFalse(byName.contains("Kenji Watanabe"), byName);
    }

    @Test
    void findTalksNamesEachSessionsEventOnlyWhenThereAreSeveral() throws ContentException {
        Map<String, String> message = Map.of(SlashCommand.TARGET, "was there anything on live migration?");
        String several = Fixtures.text(router.execute(Fixtures.request(FindTalksCommand.NAME, message)));
        assertTrue(several.contains("2011 · Day 2") || several.contains("2012 · Day 2"), several);

        Library one = Library.load(SINGLE_TRACK);
        String title = one.model().latest().sessions().get(0).title();
        String single = Fixtures.text(router(one, Clock.systemUTC()).execute(Fixtures.request(FindTalksCommand.NAME,
                Map.of(SlashCommand.TARGET, "who gave " + title + "?"))));
        assertTrue(single.contains("Day "), "a session is found in the single event: " + single);
        assertFalse(single.contains("· " + one.model().latest().label()), single);
    }

    @Test
    void theEventNarrowsTalkSlidesAndSpeaker() {
        assertEquals("Live Migration", embed(run("talk", Map.of("query", "live migration"))).getTitle());
        assertEquals("live migration over RDMA",
                embed(run("talk", Map.of("query", "live migration", "event", "2012"))).getTitle());
        assertEquals("Slides: live migration over RDMA",
                embed(run("slides", Map.of("talk", "live migration", "event", "2012"))).getTitle());
        // A 2011 session's id is not found in 2012.
        Reply other = run("talk", Map.of("query", "2011-live-migration", "event", "2012"));
        assertNotEquals("Live Migration", embed(other).getTitle());

        String everywhere = Fixtures.text(run("speaker", Map.of("name", "Anthony Liguori")));
        assertTrue(everywhere.contains("QAPI and QOM") && everywhere.contains("QEMU 1.3 release plans"), everywhere);
        String in2012 = Fixtures.text(run("speaker", Map.of("name", "Anthony Liguori", "event", "2012")));
        assertTrue(in2012.contains("QEMU 1.3 release plans"), in2012);
        assertFalse(in2012.contains("QAPI and QOM"), in2012);
        // Someone who spoke only in 2011 is nobody in 2012.
        Reply absent = run("speaker", Map.of("name", "Juan Quintela", "event", "2012"));
        assertTrue(absent.ephemeral());
        assertTrue(embed(absent).getDescription().contains("KVM Forum 2012"), embed(absent).getDescription());
    }

    @Test
    void sessionSuggestionsFollowAnEventChosenFirstAndNameTheirEvent() {
        List<Command.Choice> any = router.autocomplete(new AutocompleteRequest("talk", "query", "migration", "1"));
        assertTrue(any.stream().anyMatch(choice -> choice.getAsString().startsWith("2011-")), any.toString());
        assertTrue(any.stream().anyMatch(choice -> choice.getName().startsWith("2012 · ")), any.toString());
        for (String typed : List.of("", "migration")) {
            List<Command.Choice> in2012 = router.autocomplete(new AutocompleteRequest("slides", "talk", typed, "1",
                    Map.of("event", "2012")));
            assertFalse(in2012.isEmpty(), typed);
            assertTrue(in2012.stream().allMatch(choice -> choice.getAsString().startsWith("2012-")
                    && choice.getName().startsWith("2012 · ")), in2012.toString());
        }
    }

    @Test
    void anEventTheContentDoesNotHoldIsAPrivateNoticeNamingTheEventsThereAre() {
        for (String command : List.of("talk", "search", "about", "schedule")) {
            Reply reply = run(command, Map.of("query", "migration", "event", "@everyone 1999"));
            assertTrue(reply.ephemeral(), command);
            MessageEmbed notice = embed(reply);
            assertEquals("No such forum", notice.getTitle(), command);
            assertTrue(notice.getDescription().contains("2011") && notice.getDescription().contains("2012"));
            assertFalse(notice.getDescription().contains("@everyone"), "echoed text cannot ping");
        }
    }

    @Test
    void aboutAndScheduleShowTheLatestEventUnlessAskedForAnother() {
        assertEquals("KVM Forum 2012", embed(run("about", Map.of())).getTitle());
        assertEquals("KVM Forum 2011", embed(run("about", Map.of("event", "2011"))).getTitle());

        Reply latest = run("schedule", Map.of());
        assertTrue(embed(latest).getTitle().startsWith("KVM Forum 2012 — Day 1"), embed(latest).getTitle());
        Reply older = run("schedule", Map.of("event", "2011", "day", "2"));
        assertTrue(embed(older).getTitle().startsWith("KVM Forum 2011 — Day 2"), embed(older).getTitle());

        // Paging stays in the event the schedule was asked for.
        String next = ((Button) ((ActionRow) older.message().getComponents().get(0)).getComponents().get(2))
                .getCustomId();
        ButtonReply.Update page = assertInstanceOf(ButtonReply.Update.class,
                router.click(new ButtonRequest(next, "1001", "2002")));
        String title = page.edit().getEmbeds().get(0).getTitle();
        assertTrue(title.startsWith("KVM Forum 2011 — Day 2"), title);

        Reply noDay = run("schedule", Map.of("event", "2012", "day", "3"));
        assertEquals("No such day", embed(noDay).getTitle());
        assertTrue(embed(noDay).getDescription().contains("KVM Forum 2012"), embed(noDay).getDescription());
    }

    @Test
    void everyCardNamesItsEvent() {
        for (String id : List.of("2011-live-migration", "2012-live-migration-over-rdma")) {
            Session session = library.model().session(id).orElseThrow();
            String name = library.model().eventOf(session).name();
            MessageEmbed card = embed(run("talk", Map.of("query", id)));
            assertTrue(card.getAuthor().getName().startsWith(name), card.getAuthor().getName());
            assertTrue(card.getFooter().getText().contains(name), card.getFooter().getText());
            MessageEmbed slides = embed(run("slides", Map.of("talk", id)));
            assertTrue(slides.getFooter().getText().contains(name), slides.getFooter().getText());
        }
    }

    @Test
    void helpsExamplesComeFromTheLatestEventOfTheContent() throws ContentException {
        String twoEvents = Fixtures.text(run("help", Map.of()));
        String singleTrack = Fixtures.text(router(Library.load(SINGLE_TRACK), Clock.systemUTC())
                .execute(Fixtures.request("help", Map.of())));
        String realPost = Fixtures.text(Fixtures.router().execute(Fixtures.request("help", Map.of())));
        assertNotEquals(examples(twoEvents), examples(singleTrack), "another post, other examples");
        assertNotEquals(examples(twoEvents), examples(realPost));

        Library single = Library.load(SINGLE_TRACK);
        Examples examples = Examples.of(single.model());
        String titles = String.join(" ", single.model().latest().sessions().stream().map(Session::title).toList());
        for (String word : List.of(examples.session(), examples.slides(), examples.topic())) {
            assertFalse(word.isBlank());
            assertTrue(Arrays.asList(titles.split("\\s+")).contains(word), word + " is a word of a title");
            assertTrue(singleTrack.contains(word), "/help shows " + word);
        }
        assertTrue(singleTrack.contains("/speaker name:" + examples.speaker()));
        for (String elsewhere : List.of("POWER7", "virtualization", "Paul", "Ingrid")) {
            assertFalse(singleTrack.contains(elsewhere), elsewhere + " is from another post");
        }
    }

    @Test
    void askWithoutAQuestionHintsWithTheLatestEventsOwnExamples() {
        String hint = embed(run("ask", Map.of())).getDescription();
        Examples examples = Examples.of(library.model());
        assertTrue(hint.contains("KVM Forum 2012"), hint);
        assertTrue(hint.contains("who gave the " + examples.session() + " talk?"), hint);
        assertFalse(hint.contains("2011"), hint);
    }

    /** The /help lines in backticks: the examples. */
    private static List<String> examples(String help) {
        return Arrays.stream(help.split("`")).filter(part -> part.startsWith("/") || part.startsWith("context"))
                .toList();
    }
}
