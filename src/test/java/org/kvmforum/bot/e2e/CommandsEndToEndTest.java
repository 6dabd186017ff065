package org.kvmforum.bot.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kvmforum.bot.standin.CapturedResponse;
import org.kvmforum.bot.standin.FakeDiscord;
import org.kvmforum.bot.standin.Interaction;

/**
 * Every command through the real JDA client: the stand-in sends the interaction over the gateway, the bot answers
 * over REST, and the test reads the body Discord would have received.
 */
class CommandsEndToEndTest {
    private static final Duration ANSWER = Duration.ofSeconds(10);
    private static final long OTHER_USER = 777L;
    /** Each test asks as a user of its own, so the per-user cooldown never mixes tests. */
    private static final AtomicLong USERS = new AtomicLong(5000);
    private final long user = USERS.incrementAndGet();

    @TempDir
    static Path dir;
    static FakeDiscord discord;
    static LiveBot bot;
    static long guild;

    @BeforeAll
    static void start() throws Exception {
        discord = FakeDiscord.builder().shards(1).build();
        guild = discord.guilds().get(0).id();
        bot = LiveBot.start(discord, dir, "");
    }

    @AfterAll
    static void stop() throws Exception {
        if (bot != null) {
            bot.close();
        }
        if (discord != null) {
            discord.close();
        }
    }

    private static CapturedResponse slash(long user, String name, Map<String, Object> options) throws Exception {
        Interaction interaction = discord.sendSlashCommand(guild, user, name, options).get();
        CapturedResponse response = interaction.awaitFinalResponse(ANSWER);
        assertEquals(1, interaction.callbackCount(), "answered exactly once");
        return response;
    }

    @Test
    void findTalksOnAMessageAnswersPrivatelyWithTheSessionsItMentions() throws Exception {
        Interaction interaction = discord.sendMessageCommand(guild, user, "Find talks", OTHER_USER,
                "@everyone who presented virtio-scsi? <@" + OTHER_USER + "> said it was good").get();
        CapturedResponse response = interaction.awaitFinalResponse(ANSWER);
        assertEquals(1, interaction.callbackCount(), "answered exactly once");
        assertEquals(4, response.callbackType());
        assertEquals(64, response.message().path("flags").asInt() & 64, "only the asker sees it");
        assertEquals(0, response.message().path("allowed_mentions").path("parse").size(), "no mentions allowed");
        JsonNode embed = response.message().path("embeds").get(0);
        assertTrue(embed.path("description").asText().contains(
                "[virtio-scsi transport](http://www.linux-kvm.org/wiki/images/f/f5/2011-forum-virtio-scsi.pdf)"),
                embed.toString());
        assertTrue(embed.toString().contains("Stefan Hajnoczi") && embed.toString().contains("Paolo Bonzini"));

        Interaction chat = discord.sendMessageCommand(guild, user, "Find talks", OTHER_USER, "lunch at noon?").get();
        JsonNode nothing = chat.awaitFinalResponse(ANSWER).message();
        assertEquals(64, nothing.path("flags").asInt() & 64);
        assertTrue(nothing.path("embeds").get(0).path("description").asText()
                .contains("mentions nothing from the post"), nothing.toString());
    }

    @Test
    void talkAnswersWithTheCardAndLinkButtons() throws Exception {
        CapturedResponse response = slash(user, "talk", Map.of("query", "2011-vfio-based-pci-device-assignment"));
        assertEquals(4, response.callbackType());
        JsonNode embed = response.message().path("embeds").get(0);
        assertEquals("VFIO-based PCI device assignment", embed.path("title").asText());
        assertEquals("http://www.linux-kvm.org/wiki/images/d/d1/2011-forum-VFIO.pdf", embed.path("url").asText());
        assertTrue(embed.toString().contains("Alex Williamson"));
        JsonNode buttons = response.message().path("components").get(0).path("components");
        assertEquals(5, buttons.get(0).path("style").asInt(), "a link button");
        assertEquals("http://www.linux-kvm.org/wiki/images/d/d1/2011-forum-VFIO.pdf", buttons.get(0).path("url").asText());
        assertEquals(0, response.message().path("allowed_mentions").path("parse").size(), "no mentions allowed");
        assertEquals(0, response.message().path("flags").asInt() & 64, "visible to everyone");
    }

    @Test
    void scheduleSendsTheProgramPictureWithItsFirstPage() throws Exception {
        CapturedResponse response = slash(user, "schedule", Map.of());
        JsonNode attachments = response.message().path("attachments");
        assertEquals(1, attachments.size(), response.message().toString());
        assertEquals("program.png", attachments.get(0).path("filename").asText());
        assertEquals("attachment://program.png", response.message().path("embeds").get(0).path("image").path("url").asText());
    }

    @Test
    void theConsoleJsonIsExactlyWhatDiscordReceives() throws Exception {
        CapturedResponse response = slash(user, "speaker", Map.of("name", "Avi"));
        String json = LiveBot.console("/speaker name:Avi\n", "--json").strip();
        assertEquals(new ObjectMapper().readTree(json), response.body());
    }

    @Test
    void speakerWithASharedFirstNameShowsBoth() throws Exception {
        CapturedResponse response = slash(user, "speaker", Map.of("name", "Alex"));
        assertEquals(2, response.message().path("embeds").size());
        assertTrue(response.message().path("content").asText().contains("matches 2 people"));
    }

    @Test
    void slidesForTheLightningTalkSayThereAreNone() throws Exception {
        CapturedResponse response = slash(user, "slides", Map.of("talk", "transcendent memory"));
        assertEquals(64, response.message().path("flags").asInt() & 64, "ephemeral");
        assertTrue(response.message().toString().contains("no slides were published"));
    }

    @Test
    void searchAboutAndHelpAnswer() throws Exception {
        CapturedResponse search = slash(user, "search", Map.of("query", "migrating"));
        assertTrue(search.message().toString().contains("Live Migration"));
        CapturedResponse about = slash(user, "about", Map.of());
        assertTrue(about.message().toString().contains("Vancouver"));
        assertTrue(about.message().toString().contains("LinuxCon NA"));
        CapturedResponse help = slash(user, "help", Map.of());
        assertTrue(help.message().toString().contains("/schedule"));
    }

    @Test
    void autocompleteReturnsChoices() throws Exception {
        Interaction interaction = discord.sendAutocomplete(guild, user, "talk", "query", "vf", Map.of()).get();
        CapturedResponse response = interaction.awaitFinalResponse(ANSWER);
        assertEquals(8, response.callbackType());
        JsonNode choices = response.body().path("data").path("choices");
        assertEquals("2011-vfio-based-pci-device-assignment", choices.get(0).path("value").asText());
        Interaction speakers = discord.sendAutocomplete(guild, user, "speaker", "name", "hajno", Map.of()).get();
        assertTrue(speakers.awaitFinalResponse(ANSWER).body().toString().contains("Stefan Hajnoczi"));
    }

    @Test
    void theEventOptionIsSuggestedAndNarrowsTheSessionsSuggestedAfterIt() throws Exception {
        Interaction events = discord.sendAutocomplete(guild, user, "talk", "event", "20", Map.of()).get();
        JsonNode choices = events.awaitFinalResponse(ANSWER).body().path("data").path("choices");
        assertEquals(1, choices.size(), choices.toString());
        assertEquals("kvm-forum-2011", choices.get(0).path("value").asText());
        assertEquals("2011 · KVM Forum 2011", choices.get(0).path("name").asText());

        // With an event chosen first, the session option still suggests (one event: the same sessions; the
        // narrowing itself is SeveralForumsTest's, with two events).
        Interaction sessions = discord.sendAutocomplete(guild, user, "slides", "talk", "vf",
                Map.of("event", "kvm-forum-2011")).get();
        assertTrue(sessions.awaitFinalResponse(ANSWER).body().toString().contains("2011-vfio-based-pci-device-assignment"));
        CapturedResponse card = slash(user, "talk", Map.of("query", "vfio", "event", "2011"));
        assertEquals("VFIO-based PCI device assignment", card.message().path("embeds").get(0).path("title").asText());
        CapturedResponse none = slash(user, "talk", Map.of("query", "vfio", "event", "1999"));
        assertEquals(64, none.message().path("flags").asInt() & 64);
        assertEquals("No such forum", none.message().path("embeds").get(0).path("title").asText());
    }

    @Test
    void scheduleButtonsTurnThePageForTheAskerOnly() throws Exception {
        CapturedResponse first = slash(user, "schedule", Map.of());
        JsonNode message = first.message();
        assertTrue(message.path("embeds").get(0).path("title").asText().contains("Day 1, morning"));
        String next = message.path("components").get(0).path("components").get(2).path("custom_id").asText();

        Interaction click = discord.sendButtonClick(guild, user, next, 99L).get();
        CapturedResponse page = click.awaitFinalResponse(ANSWER);
        assertEquals(7, page.callbackType(), "the message is edited in place");
        assertTrue(page.body().path("data").path("embeds").get(0).path("title").asText().contains("Day 1, afternoon"));

        Interaction stranger = discord.sendButtonClick(guild, OTHER_USER, next, 99L).get();
        CapturedResponse refusal = stranger.awaitFinalResponse(ANSWER);
        assertEquals(4, refusal.callbackType());
        assertEquals(64, refusal.message().path("flags").asInt() & 64);
        assertTrue(refusal.message().toString().contains("Only the person who ran /schedule"));
    }

    @Test
    void aRelatedSessionOpensInPlaceForTheAskerOnly() throws Exception {
        CapturedResponse card = slash(user, "talk", Map.of("query", "2011-live-migration"));
        JsonNode embed = card.message().path("embeds").get(0);
        JsonNode related = embed.path("fields").get(embed.path("fields").size() - 1);
        assertEquals("Related", related.path("name").asText(), "the card ends with Related");
        assertTrue(related.path("value").asText().contains("postcopy live migration"), related.toString());
        JsonNode rows = card.message().path("components");
        assertEquals(5, rows.get(0).path("components").get(0).path("style").asInt(), "link buttons kept");
        JsonNode menu = rows.get(rows.size() - 1).path("components").get(0);
        assertEquals(3, menu.path("type").asInt(), "a string select menu on its own row");
        String menuId = menu.path("custom_id").asText();
        String postcopy = menu.path("options").get(0).path("value").asText();

        Interaction chosen = discord.sendSelectChoice(guild, user, user, menuId, List.of(postcopy), 98L).get();
        CapturedResponse update = chosen.awaitFinalResponse(ANSWER);
        assertEquals(7, update.callbackType(), "the card is edited in place");
        assertEquals("postcopy live migration",
                update.body().path("data").path("embeds").get(0).path("title").asText());

        Interaction stranger = discord.sendSelectChoice(guild, OTHER_USER, user, menuId, List.of(postcopy), 98L).get();
        CapturedResponse refusal = stranger.awaitFinalResponse(ANSWER);
        assertEquals(4, refusal.callbackType());
        assertEquals(64, refusal.message().path("flags").asInt() & 64, "refused privately");
        assertTrue(refusal.message().toString().contains("Only the person who asked"), refusal.message().toString());
    }

    @Test
    void reloadIsRefusedToNonAdmins() throws Exception {
        CapturedResponse response = slash(user, "reload", Map.of());
        assertTrue(response.message().toString().contains("for server admins"), response.message().toString());
    }

    @Test
    void askAndAMentionGetTheSameAnswer() throws Exception {
        CapturedResponse asked = slash(user, "ask", Map.of("question", "who presented virtio-scsi?"));
        String sentence = asked.message().path("content").asText();
        assertTrue(sentence.contains("Stefan Hajnoczi") && sentence.contains("Paolo Bonzini"), sentence);

        long channel = discord.guild(guild).textChannelId();
        org.kvmforum.bot.standin.SentMessage mention = discord.sendMessage(guild, channel, user,
                "who presented virtio-scsi?", true, false).get();
        CapturedResponse reply = mention.awaitReply(ANSWER);
        assertEquals(sentence, reply.message().path("content").asText());
        assertEquals(0, reply.message().path("allowed_mentions").path("parse").size());

        org.kvmforum.bot.standin.SentMessage fromBot = discord.sendMessage(guild, channel, 99L,
                "who presented virtio-scsi?", true, true).get();
        Thread.sleep(300);
        assertEquals(0, fromBot.replyCount(), "messages from bots are ignored");
    }
}
