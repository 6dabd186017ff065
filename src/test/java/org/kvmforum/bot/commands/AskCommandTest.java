package org.kvmforum.bot.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kvmforum.bot.console.InteractionJson;

/** /ask as Discord receives it: what is public, what is private, what fits, what is echoed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AskCommandTest {
    private AskCommand ask;

    @BeforeAll
    void build() throws Exception {
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class)); // as the application does
        ask = new AskCommand(Fixtures.context());
    }

    private Reply asked(String question) {
        Reply reply = ask.execute(new CommandRequest("ask", Map.of("question", question), "user", null, false),
                Fixtures.library().get());
        assertEquals(List.of(), ReplyLimits.violations(reply.message()), question);
        return reply;
    }

    private static String json(Reply reply) {
        return InteractionJson.reply(reply).toString();
    }

    @Test
    void theOptionIsARequiredQuestionOfDiscordsMaximumLength() {
        OptionData option = ask.options().get(0);
        assertEquals("question", option.getName());
        assertEquals(OptionType.STRING, option.getType());
        assertTrue(option.isRequired());
        assertEquals(6000, option.getMaxLength());
        assertEquals(List.of(), ReplyLimits.violations(ask.definition()));
    }

    @Test
    void aBlankQuestionGetsAPrivateHint() {
        Reply reply = ask.execute(new CommandRequest("ask", Map.of(), "user", null, false), Fixtures.library().get());
        assertTrue(reply.ephemeral());
        assertTrue(json(reply).contains("/ask question:"));
    }

    @Test
    void anAnswerIsPublicWithTheSentenceAndTheCard() {
        Reply reply = asked("who gave the vfio talk?");
        assertFalse(reply.ephemeral());
        assertEquals("Alex Williamson gave the talk “VFIO-based PCI device assignment” on day 1 (the first day), "
                + "in the morning session.", reply.message().getContent());
        List<MessageEmbed> embeds = reply.message().getEmbeds();
        assertEquals(1, embeds.size());
        assertEquals("VFIO-based PCI device assignment", embeds.get(0).getTitle());
        assertEquals(2, reply.message().getComponents().size(), "the slides and Forum page buttons, the related menu");
        assertEquals("Related", embeds.get(0).getFields().get(embeds.get(0).getFields().size() - 1).getName());
    }

    @Test
    void linksStayExactlyAsThePostWritesThem() {
        String content = asked("slides for live block copy").message().getContent();
        assertTrue(content.contains("<http://www.linux-kvm.org/wiki/images/c/cf/2011-forum-qemu_live_block_copy_submit.pdf>"),
                content);
        assertTrue(json(asked("slides for the graphics device assignment talk"))
                .contains("http://www.linux-kvm.org/wiki/images/b/be/2011-forum-%24graphics-direct-assignment.pdf"));
    }

    @Test
    void thePostsWordsAreEscapedButLinksAreNot() {
        String shown = AskCommand.markdown("*QEMU* and _virtio_ http://x.org/a_b_c.pdf (PDF).");
        assertFalse(shown.contains("*QEMU*") || shown.contains("_virtio_"), shown);
        assertTrue(shown.contains(" <http://x.org/a_b_c.pdf> (PDF)."), shown);
    }

    @Test
    void severalSessionsGetSmallerCardsThatAllFit() {
        Reply reply = asked("which talks were in the afternoon of day 2?");
        List<MessageEmbed> embeds = reply.message().getEmbeds();
        assertEquals(5, embeds.size());
        assertTrue(embeds.stream().mapToInt(MessageEmbed::getLength).sum() <= DiscordLimits.EMBEDS_TOTAL);
        assertTrue(embeds.stream().allMatch(e -> e.getDescription() != null), "each keeps some of the post's words");
    }

    @ParameterizedTest
    @ValueSource(strings = {"what talks were on day 1?", "list all the talks", "how many speakers were there?"})
    void manySessionsBecomeOneListThatFits(String question) {
        Reply reply = asked(question);
        assertFalse(reply.ephemeral());
        assertTrue(reply.message().getEmbeds().size() <= 2);
    }

    @Test
    void theWholeProgramIsListedWithEverySlidesLink() {
        String json = json(asked("list all the talks"));
        assertTrue(json.contains("2011-forum-keynote.pdf") && json.contains("2011-forum-yabusame-postcopy-migration.pdf"));
        assertFalse(json.contains("more: /schedule"), "all 27 fit");
    }

    @Test
    void whatThePostDoesNotSayIsPrivateAndPlain() {
        Reply reply = asked("which hotel was KVM Forum 2011 held in?");
        assertTrue(reply.ephemeral());
        MessageEmbed embed = reply.message().getEmbeds().get(0);
        assertEquals("Not in the post", embed.getTitle());
        assertTrue(embed.getDescription().contains("The post does not name the hotel"));
    }

    @Test
    void theUsersTextIsEchoedOnlyEscapedAndDefused() {
        Reply reply = asked("@everyone **who** gave the [Xen](http://evil.example) talk?");
        String description = reply.message().getEmbeds().get(0).getDescription();
        assertTrue(reply.ephemeral());
        assertFalse(description.contains("@everyone"), description);
        assertFalse(description.contains("**who**"), description);
        assertFalse(description.contains("[Xen](http"), description);
    }

    @Test
    void aLongQuestionIsAnsweredWithinLimits() {
        Reply reply = asked("who gave the vfio talk? " + "please ".repeat(800));
        assertTrue(reply.message().getContent().length() <= DiscordLimits.CONTENT);
    }

    @Test
    void theClosestSessionsAreOfferedWhenThePostDoesNotSay() {
        String description = asked("who gave the Xen talk?").message().getEmbeds().get(0).getDescription();
        assertTrue(description.contains("comes up only in passing"), description);
        assertTrue(description.contains("KVM Graphics Device Assignment"), description);
    }
}
