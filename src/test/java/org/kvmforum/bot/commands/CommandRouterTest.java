package org.kvmforum.bot.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.junit.jupiter.api.Test;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.robustness.LogCapture;

class CommandRouterTest {
    private final CommandContext context = Fixtures.context();

    /** A command whose behaviour each test chooses. */
    private static final class Probe extends SlashCommand {
        private final java.util.function.Function<CommandRequest, Reply> behaviour;
        private final boolean admin;

        Probe(String name, boolean admin, java.util.function.Function<CommandRequest, Reply> behaviour) {
            super(Fixtures.context(), name, "a probe", "/" + name, Replies.BUILT_EACH_TIME);
            this.behaviour = behaviour;
            this.admin = admin;
        }

        @Override
        public Reply execute(CommandRequest request, Library library) {
            return behaviour.apply(request);
        }

        @Override
        public boolean adminOnly() {
            return admin;
        }

        @Override
        public List<Command.Choice> autocomplete(AutocompleteRequest request, Library library) {
            return java.util.stream.IntStream.range(0, 30).mapToObj(i -> new Command.Choice("c" + i, "v" + i)).toList();
        }
    }

    private static Reply ok() {
        return Reply.visible(new MessageCreateBuilder().setContent("fine").build());
    }

    @Test
    void aBugBecomesAPlainErrorNotAStackTrace() {
        CommandRouter router = new CommandRouter(List.of(new Probe("boom", false, r -> {
            throw new IllegalStateException("secret internals");
        })), Cooldowns.unlimited(), context);
        try (LogCapture logs = LogCapture.start()) {
            Reply reply = router.execute(new CommandRequest("boom", Map.of(), "1", null, false));
            assertTrue(reply.ephemeral());
            String text = reply.message().toData().toString();
            assertFalse(text.contains("secret internals"));
            assertFalse(text.contains("IllegalStateException"));
            assertLoggedOnce(logs, "/boom failed for user 1", "secret internals");
        }
    }

    /** The operator gets the one error, with its context and the cause's stack trace, that the user is spared. */
    private static void assertLoggedOnce(LogCapture logs, String context, String cause) {
        List<ILoggingEvent> errors = logs.atLeast(Level.ERROR);
        assertEquals(1, errors.size(), logs.text());
        assertTrue(errors.get(0).getFormattedMessage().contains(context), logs.text());
        assertTrue(logs.text().contains(cause) && logs.text().contains("\tat "), logs.text());
    }

    @Test
    void aReplyOverDiscordsLimitsIsCaughtBeforeSending() {
        CommandRouter router = new CommandRouter(List.of(new Probe("big", false, r -> {
            MessageCreateBuilder message = new MessageCreateBuilder();
            for (int i = 0; i < 3; i++) {
                message.addEmbeds(new EmbedBuilder().setDescription("x".repeat(2500)).build());
            }
            return Reply.visible(message.build());
        })), Cooldowns.unlimited(), context);
        try (LogCapture logs = LogCapture.start()) {
            Reply reply = router.execute(new CommandRequest("big", Map.of(), "1", null, false));
            assertEquals("Something went wrong", reply.message().getEmbeds().get(0).getTitle());
            assertLoggedOnce(logs, "/big failed for user 1", "embeds total 7500 characters, over 6000");
        }
    }

    @Test
    void adminCommandsRefuseOthers() {
        CommandRouter router = new CommandRouter(List.of(new Probe("admin", true, r -> ok())), Cooldowns.unlimited(), context);
        Reply refused = router.execute(new CommandRequest("admin", Map.of(), "1", "2", false));
        assertTrue(refused.ephemeral());
        assertEquals("Not allowed", refused.message().getEmbeds().get(0).getTitle());
        Reply allowed = router.execute(new CommandRequest("admin", Map.of(), "1", "2", true));
        assertEquals("fine", allowed.message().getContent());
    }

    @Test
    void theFloodingUserIsToldWhenToTryAgain() {
        CommandRouter router = new CommandRouter(List.of(new Probe("p", false, r -> ok())),
                new Cooldowns(2, Duration.ofSeconds(30)), context);
        router.execute(new CommandRequest("p", Map.of(), "flood", null, false));
        router.execute(new CommandRequest("p", Map.of(), "flood", null, false));
        Reply slow = router.execute(new CommandRequest("p", Map.of(), "flood", null, false));
        assertTrue(slow.ephemeral());
        assertTrue(slow.message().getEmbeds().get(0).getDescription().matches(".*Try again in \\d+ seconds\\."));
        assertEquals("fine", router.execute(new CommandRequest("p", Map.of(), "calm", null, false)).message().getContent());
    }

    @Test
    void tooManyAutocompleteChoicesAreNeverSent() {
        CommandRouter router = new CommandRouter(List.of(new Probe("p", false, r -> ok())), Cooldowns.unlimited(), context);
        try (LogCapture logs = LogCapture.start()) {
            assertEquals(List.of(), router.autocomplete(new AutocompleteRequest("p", "o", "x", "1")));
            assertLoggedOnce(logs, "autocomplete for /p o failed", "30 choices, over 25");
        }
    }

    @Test
    void unknownCommandsAndButtonsAreAnsweredPolitely() {
        CommandRouter router = new CommandRouter(List.of(new Probe("p", false, r -> ok())), Cooldowns.unlimited(), context);
        assertTrue(router.execute(new CommandRequest("nope", Map.of(), "1", null, false)).ephemeral());
        ButtonReply click = router.click(new ButtonRequest("nope:1", "1", null));
        assertTrue(((ButtonReply.Answer) click).reply().ephemeral());
        ButtonReply noButtons = router.click(new ButtonRequest("p:1", "1", null));
        assertTrue(((ButtonReply.Answer) noButtons).reply().ephemeral(), "a command without buttons");
    }

    @Test
    void commandsBreakingDiscordsRulesAreRefusedAtStartUp() {
        assertThrows(IllegalArgumentException.class, () -> new CommandRouter(
                List.of(new Probe("p", false, r -> ok()), new Probe("p", false, r -> ok())), Cooldowns.unlimited(), context));
        assertThrows(IllegalArgumentException.class, () -> new CommandRouter(
                List.of(new Probe("Bad Name", false, r -> ok())), Cooldowns.unlimited(), context));
    }

    @Test
    void contentOnlyRepliesAreKeptUntilTheContentIsReloaded() throws Exception {
        org.kvmforum.bot.library.LibraryHolder holder = new org.kvmforum.bot.library.LibraryHolder(
                java.nio.file.Path.of("content"), Fixtures.library().get());
        CommandContext reloadable = new CommandContext(holder, Theme.defaults(), java.time.Clock.systemUTC());
        CommandRouter router = new CommandRouter(CommandCatalog.all(reloadable), Cooldowns.unlimited(), reloadable);
        CommandRequest vfio = new CommandRequest("talk", Map.of("query", "vfio"), "1", null, false);
        Reply first = router.execute(vfio);
        assertTrue(first == router.execute(new CommandRequest("talk", Map.of("query", "vfio"), "2", "3", false)),
                "the same options get the same reply, whoever asks");
        assertFalse(first == router.execute(new CommandRequest("talk", Map.of("query", "qcow2"), "1", null, false)));
        holder.reload();
        Reply afterReload = router.execute(vfio);
        assertFalse(first == afterReload, "a reload is never answered from the old content");
        assertEquals(first.message().toData().toString(), afterReload.message().toData().toString());
        Reply schedule = router.execute(new CommandRequest("schedule", Map.of(), "1", null, false));
        assertFalse(schedule == router.execute(new CommandRequest("schedule", Map.of(), "1", null, false)),
                "replies that depend on who asks and when are built every time");
    }

    @Test
    void noReplyAllowsMentionsEvenWhereJdasDefaultWouldAllowThem() {
        // A router built without BotApplication's start-up (as here) must not rely on JDA's global default.
        EnumSet<Message.MentionType> before = MessageRequest.getDefaultMentions();
        MessageRequest.setDefaultMentions(EnumSet.allOf(Message.MentionType.class));
        try {
            CommandRouter router = new CommandRouter(List.of(new Probe("p", false,
                    r -> Reply.visible(new MessageCreateBuilder().setContent("@everyone <@1>").build()))),
                    Cooldowns.unlimited(), context);
            Reply reply = router.execute(new CommandRequest("p", Map.of(), "1", null, false));
            assertEquals("@everyone <@1>", reply.message().getContent());
            assertTrue(reply.message().getAllowedMentions().isEmpty(), "allowed mentions: none");
            Reply notice = router.execute(new CommandRequest("nope", Map.of(), "1", null, false));
            assertTrue(notice.message().getAllowedMentions().isEmpty(), "the router's own notices too");
        } finally {
            MessageRequest.setDefaultMentions(before);
        }
    }
}
