package org.kvmforum.bot.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.junit.jupiter.api.Test;

class TalkCommandTest {
    private final CommandRouter router = Fixtures.router();

    @Test
    void anIdFromAutocompleteShowsThatSessionsCard() {
        Reply reply = router.execute(Fixtures.request("talk", Map.of("query", "2011-vfio-based-pci-device-assignment")));
        assertFalse(reply.ephemeral());
        assertEquals("", reply.message().getContent(), "no 'best match' note for a chosen session");
        MessageEmbed card = reply.message().getEmbeds().get(0);
        assertEquals("VFIO-based PCI device assignment", card.getTitle());
        assertEquals("http://www.linux-kvm.org/wiki/images/d/d1/2011-forum-VFIO.pdf", card.getUrl());
        assertEquals("Alex Williamson", field(card, "Speaker"));
        assertEquals("Day 1, morning session", field(card, "When"));
        assertEquals("Talk", field(card, "Kind"));
        assertTrue(field(card, "Slides").startsWith("[PDF]("));
        assertTrue(card.getDescription().contains("move the complexity of device assignment into userspace"));
        assertEquals(Theme.defaults().talk(), card.getColorRaw());
        assertTrue(card.getFooter().getText().contains("Amit Shah"));
        List<Button> buttons = ((ActionRow) reply.message().getComponents().get(0)).getButtons();
        assertEquals("Slides (PDF)", buttons.get(0).getLabel());
        assertEquals("http://www.linux-kvm.org/wiki/images/d/d1/2011-forum-VFIO.pdf", buttons.get(0).getUrl());
        assertEquals("Forum page", buttons.get(1).getLabel());
    }

    @Test
    void theCardEndsWithRelatedAndItsMenuHasARowOfItsOwn() {
        Reply reply = router.execute(Fixtures.request("talk", Map.of("query", "2011-vfio-based-pci-device-assignment")));
        MessageEmbed card = reply.message().getEmbeds().get(0);
        MessageEmbed.Field last = card.getFields().get(card.getFields().size() - 1);
        assertEquals("Related", last.getName());
        assertTrue(last.getValue().contains("[KVM Graphics Device Assignment](http"), last.getValue());
        assertTrue(last.getValue().contains("Allen Kay"), last.getValue());
        ActionRow menuRow = (ActionRow) reply.message().getComponents().get(1);
        StringSelectMenu menu = (StringSelectMenu) menuRow.getComponents().get(0);
        assertEquals(1, menuRow.getComponents().size());
        assertEquals("related:2011-vfio-based-pci-device-assignment", menu.getCustomId());
        assertEquals(last.getValue().lines().count(), menu.getOptions().size(), "the menu lists what the field names");
    }

    @Test
    void aSessionWithNothingRelatedHasNeitherFieldNorMenu() {
        Reply reply = router.execute(Fixtures.request("talk", Map.of("query", "smartos")));
        MessageEmbed card = reply.message().getEmbeds().get(0);
        assertTrue(card.getFields().stream().noneMatch(f -> "Related".equals(f.getName())));
        assertEquals(1, reply.message().getComponents().size(), "the link buttons only");
    }

    @Test
    void slidesShowRelatedToo() {
        Reply reply = router.execute(Fixtures.request("slides", Map.of("talk", "2011-live-migration")));
        MessageEmbed embed = reply.message().getEmbeds().get(0);
        assertEquals("Related", embed.getFields().get(embed.getFields().size() - 1).getName());
        assertEquals(2, reply.message().getComponents().size(), "the slides buttons, then the menu");
    }

    @Test
    void freeTextIsSearchedAndSaysSo() {
        Reply reply = router.execute(Fixtures.request("talk", Map.of("query", "virtio scsi")));
        MessageEmbed card = reply.message().getEmbeds().get(0);
        assertEquals("virtio-scsi transport", card.getTitle());
        assertEquals("Stefan Hajnoczi and Paolo Bonzini", field(card, "Speakers"));
        assertTrue(reply.message().getContent().startsWith("Best match for “virtio scsi”"));
    }

    @Test
    void typosStillFindTheTalk() {
        Reply reply = router.execute(Fixtures.request("talk", Map.of("query", "vfoi")));
        assertEquals("VFIO-based PCI device assignment", reply.message().getEmbeds().get(0).getTitle());
    }

    @Test
    void closeMatchesAreNamed() {
        Reply reply = router.execute(Fixtures.request("talk", Map.of("query", "live migration")));
        String content = reply.message().getContent();
        assertTrue(content.contains("Also close"), content);
    }

    @Test
    void eachKindHasItsOwnColour() {
        Reply keynote = router.execute(Fixtures.request("talk", Map.of("query", "Avi's keynote")));
        assertEquals(Theme.defaults().keynote(), keynote.message().getEmbeds().get(0).getColorRaw());
        Reply lightning = router.execute(Fixtures.request("talk", Map.of("query", "transcendent memory")));
        MessageEmbed card = lightning.message().getEmbeds().get(0);
        assertEquals(Theme.defaults().lightningTalk(), card.getColorRaw());
        assertEquals("None published", field(card, "Slides"));
        assertEquals(null, card.getUrl());
    }

    @Test
    void nothingFoundIsEphemeralAndEscapesWhatWasTyped() {
        Reply reply = router.execute(Fixtures.request("talk", Map.of("query", "@everyone Xen on ARM [x](https://e.vil)")));
        assertTrue(reply.ephemeral());
        String description = reply.message().getEmbeds().get(0).getDescription();
        assertTrue(description.startsWith("The post mentions no session matching"), description);
        assertFalse(description.contains("@everyone"), description);
        assertFalse(description.contains("[x](https"), description);
    }

    @Test
    void autocompleteOffersIdsWithTheDayFirst() {
        List<Command.Choice> choices = router.autocomplete(new AutocompleteRequest("talk", "query", "vf", "1"));
        assertFalse(choices.isEmpty());
        assertEquals("2011-vfio-based-pci-device-assignment", choices.get(0).getAsString());
        assertTrue(choices.get(0).getName().startsWith("D1 morning · VFIO"), choices.get(0).getName());
        List<Command.Choice> all = router.autocomplete(new AutocompleteRequest("talk", "query", "", "1"));
        assertEquals(25, all.size(), "blank input offers the program, capped at Discord's 25");
        assertTrue(all.get(0).getName().startsWith("D1 morning · Avi's keynote"), all.get(0).getName());
        for (Command.Choice choice : all) {
            assertTrue(choice.getName().length() <= 100);
        }
    }

    @Test
    void absurdInputStaysWithinDiscordsLimits() {
        String huge = "virtio ".repeat(900);
        Reply reply = router.execute(Fixtures.request("talk", Map.of("query", huge)));
        assertTrue(ReplyLimits.violations(reply.message()).isEmpty());
        assertTrue(reply.message().getContent().length() <= DiscordLimits.CONTENT);
    }

    static String field(MessageEmbed embed, String name) {
        return embed.getFields().stream().filter(f -> name.equals(f.getName())).findFirst()
                .map(MessageEmbed.Field::getValue).orElseThrow(() -> new AssertionError("no field " + name));
    }
}
