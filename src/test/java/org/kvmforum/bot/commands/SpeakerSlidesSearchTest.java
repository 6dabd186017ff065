package org.kvmforum.bot.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.junit.jupiter.api.Test;

class SpeakerSlidesSearchTest {
    private final CommandRouter router = Fixtures.router();

    @Test
    void aviHasBothOfHisSessions() {
        Reply reply = router.execute(Fixtures.request("speaker", Map.of("name", "Avi")));
        List<MessageEmbed> embeds = reply.message().getEmbeds();
        assertEquals(1, embeds.size());
        assertEquals("Avi Kivity", embeds.get(0).getTitle());
        String text = embeds.get(0).getDescription();
        assertTrue(text.contains("Avi's keynote"), text);
        assertTrue(text.contains("performance monitoring in KVM guests"), text);
        assertTrue(embeds.get(0).getFooter().getText().startsWith("2 sessions"));
        List<Button> buttons = ((ActionRow) reply.message().getComponents().get(0)).getButtons();
        assertEquals(2, buttons.size(), "a slides button per session");
    }

    @Test
    void aSharedFirstNameShowsBothPeopleAndSaysSo() {
        Reply reply = router.execute(Fixtures.request("speaker", Map.of("name", "alex")));
        assertEquals(2, reply.message().getEmbeds().size());
        assertEquals("Alex Williamson", reply.message().getEmbeds().get(0).getTitle());
        assertEquals("Alex Graf", reply.message().getEmbeds().get(1).getTitle());
        assertTrue(reply.message().getContent().contains("matches 2 people"));
    }

    @Test
    void misspeltNamesAreFound() {
        Reply reply = router.execute(Fixtures.request("speaker", Map.of("name", "hajnoczy")));
        assertEquals("Stefan Hajnoczi", reply.message().getEmbeds().get(0).getTitle());
    }

    @Test
    void oneObviousTypoedFullNameIsTheAnswerAsForAsk() {
        Reply exact = router.execute(Fixtures.request("speaker", Map.of("name", "Stefan Hajnoczi")));
        Reply typo = router.execute(Fixtures.request("speaker", Map.of("name", "stefan hajnocy")));
        assertFalse(typo.ephemeral(), "found, not a private not-found");
        assertEquals(exact.message().getEmbeds(), typo.message().getEmbeds());
        Reply asked = router.execute(Fixtures.request("ask", Map.of("question", "what did stefan hajnocy talk about?")));
        String name = exact.message().getEmbeds().get(0).getTitle();
        assertTrue(asked.message().getContent().contains(name), "/ask reads the same typo: " + asked.message());

        Reply stranger = router.execute(Fixtures.request("speaker", Map.of("name", "Avi Torvalds")));
        assertTrue(stranger.ephemeral(), "a real first name with a stranger's surname is nobody");
        assertTrue(stranger.message().getEmbeds().get(0).getDescription().contains("Closest names: **Avi Kivity**"),
                stranger.message().getEmbeds().get(0).getDescription());
    }

    @Test
    void blankSlidesAutocompleteOffersSessionsWithSlidesFirst() {
        List<Command.Choice> choices = router.autocomplete(new AutocompleteRequest("slides", "talk", "", "1"));
        List<Boolean> withSlides = choices.stream()
                .map(choice -> Fixtures.library().get().model().session(choice.getAsString()).orElseThrow().hasSlides())
                .toList();
        long total = Fixtures.library().get().model().sessions().stream().filter(s -> s.hasSlides()).count();
        assertEquals(25, choices.size());
        assertEquals(Math.min(25, total), withSlides.stream().filter(b -> b).count(), "every session with slides");
        assertEquals(withSlides.stream().sorted((a, b) -> Boolean.compare(b, a)).toList(), withSlides,
                "those with slides come first");
    }

    @Test
    void bofParticipantsSeeTheirDiscussions() {
        Reply reply = router.execute(Fixtures.request("speaker", Map.of("name", "Anthony Liguori")));
        String text = reply.message().getEmbeds().get(0).getDescription();
        assertTrue(text.contains("BOF discussion, took part"), text);
        assertTrue(text.contains("QAPI and QOM"), text);
    }

    @Test
    void anUnknownPersonIsNotFoundPrivately() {
        Reply reply = router.execute(Fixtures.request("speaker", Map.of("name", "Linus Torvalds")));
        assertTrue(reply.ephemeral());
        assertTrue(reply.message().getEmbeds().get(0).getDescription().contains("names no speaker"));
    }

    @Test
    void speakerAutocompleteGivesPersonIds() {
        List<Command.Choice> choices = router.autocomplete(new AutocompleteRequest("speaker", "name", "ste", "1"));
        assertEquals("Stefan Hajnoczi · 1 session", choices.get(0).getName());
        Reply reply = router.execute(Fixtures.request("speaker", Map.of("name", choices.get(0).getAsString())));
        assertEquals("Stefan Hajnoczi", reply.message().getEmbeds().get(0).getTitle());
    }

    @Test
    void slidesComeAsLinkButtons() {
        Reply reply = router.execute(Fixtures.request("slides", Map.of("talk", "qcow2")));
        assertFalse(reply.ephemeral());
        Button slides = ((ActionRow) reply.message().getComponents().get(0)).getButtons().get(0);
        assertEquals("http://www.linux-kvm.org/wiki/images/6/63/2011-forum-qcow2.pdf", slides.getUrl());
        Reply odp = router.execute(Fixtures.request("slides", Map.of("talk", "virtio networking")));
        assertTrue(((ActionRow) odp.message().getComponents().get(0)).getButtons().get(0).getLabel().contains("ODP"));
    }

    @Test
    void slidesKeepTheLinkExactlyAsWritten() {
        Reply reply = router.execute(Fixtures.request("slides", Map.of("talk", "graphics device assignment")));
        Button slides = ((ActionRow) reply.message().getComponents().get(0)).getButtons().get(0);
        assertEquals("http://www.linux-kvm.org/wiki/images/b/be/2011-forum-%24graphics-direct-assignment.pdf",
                slides.getUrl());
    }

    @Test
    void noSlidesIsSaidPlainly() {
        Reply reply = router.execute(Fixtures.request("slides", Map.of("talk", "lightning talk transcendent memory")));
        assertTrue(reply.ephemeral());
        String text = reply.message().getEmbeds().get(0).getDescription();
        assertTrue(text.contains("no slides were published"), text);
        assertTrue(text.contains("lightning talk"), text);
    }

    @Test
    void searchRanksAndToleratesWordForms() {
        Reply reply = router.execute(Fixtures.request("search", Map.of("query", "migrating")));
        String text = reply.message().getEmbeds().get(0).getDescription();
        assertTrue(text.startsWith("1. **[Live Migration]") || text.startsWith("1. **[postcopy live migration]"), text);
        assertTrue(text.contains("Juan Quintela") && text.contains("Takahiro Hirofuchi"), text);
        Reply nothing = router.execute(Fixtures.request("search", Map.of("query", "kubernetes operators")));
        assertTrue(nothing.ephemeral());
    }

    @Test
    void aboutGivesTheEventsFacts() {
        Reply reply = router.execute(Fixtures.request("about", Map.of()));
        String json = Fixtures.text(reply);
        for (String fact : List.of("Vancouver", "LinuxCon NA", "about 150 attendees", "30 minutes per talk",
                "video-recorded", "2008", "virtio design", "Amit Shah", "log.amitshah.net")) {
            assertTrue(json.contains(fact), fact);
        }
    }

    @Test
    void helpListsEveryCommandWithAnExample() {
        Reply reply = router.execute(Fixtures.request("help", Map.of()));
        MessageEmbed embed = reply.message().getEmbeds().get(0);
        // Message commands are listed under "Apps ›" (CommandCatalogTest checks every command).
        for (SlashCommand command : router.commands().stream().filter(c -> !c.onMessage()).toList()) {
            assertTrue(embed.getFields().stream().anyMatch(f -> f.getName().equals("/" + command.name())
                    && f.getValue().contains("`/" + command.name())), command.name());
        }
    }
}
