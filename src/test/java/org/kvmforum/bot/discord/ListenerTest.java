package org.kvmforum.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.MessageTopLevelComponent;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Mentions;
import net.dv8tion.jda.api.entities.SelfUser;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.interactions.AutoCompleteQuery;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageEditAction;
import net.dv8tion.jda.api.requests.restaction.interactions.AutoCompleteCallbackAction;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.kvmforum.bot.commands.CommandCatalog;
import org.kvmforum.bot.commands.CommandContext;
import org.kvmforum.bot.commands.CommandRouter;
import org.kvmforum.bot.commands.Cooldowns;
import org.kvmforum.bot.commands.Theme;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.library.LibraryHolder;

/** The JDA edge with Mockito-mocked events: what it asks JDA to send, and in which order. */
class ListenerTest {
    static CommandRouter router;
    private final ExecutorService workers = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
    private final InFlight inFlight = new InFlight();

    @BeforeAll
    static void load() throws Exception {
        LibraryHolder holder = new LibraryHolder(Path.of("content"), Library.load(Path.of("content")));
        CommandContext context = new CommandContext(holder, Theme.defaults(), Clock.systemUTC());
        router = new CommandRouter(CommandCatalog.all(context), Cooldowns.unlimited(), context);
    }

    @AfterEach
    void stop() {
        workers.shutdownNow();
        timers.shutdownNow();
    }

    private void settle() throws InterruptedException {
        assertTrue(inFlight.awaitIdle(5, TimeUnit.SECONDS));
    }

    private static SlashCommandInteractionEvent slash(String name, String option, String value) {
        SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
        when(event.getName()).thenReturn(name);
        User user = mock(User.class);
        when(user.getId()).thenReturn("42");
        when(event.getUser()).thenReturn(user);
        if (option == null) {
            when(event.getOptions()).thenReturn(List.of());
        } else {
            OptionMapping mapping = mock(OptionMapping.class);
            when(mapping.getName()).thenReturn(option);
            when(mapping.getAsString()).thenReturn(value);
            when(event.getOptions()).thenReturn(List.of(mapping));
        }
        return event;
    }

    @Test
    void aCommandIsAnsweredOffTheGatewayThreadWithAFinishedReply() throws Exception {
        SlashCommandInteractionEvent event = slash("talk", "query", "vfio");
        ReplyCallbackAction action = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(action.submit()).thenReturn(CompletableFuture.completedFuture(mock(InteractionHook.class)));
        when(event.reply(any(MessageCreateData.class))).thenReturn(action);
        Thread caller = Thread.currentThread();
        Thread[] worker = new Thread[1];
        when(event.reply(any(MessageCreateData.class))).thenAnswer(invocation -> {
            worker[0] = Thread.currentThread();
            return action;
        });

        new InteractionListener(router, workers, timers, inFlight).onSlashCommandInteraction(event);
        settle();

        ArgumentCaptor<MessageCreateData> sent = ArgumentCaptor.forClass(MessageCreateData.class);
        verify(event).reply(sent.capture());
        verify(action).setEphemeral(false);
        verify(action).submit();
        verify(event, never()).deferReply(anyBoolean());
        assertEquals("VFIO-based PCI device assignment", sent.getValue().getEmbeds().get(0).getTitle());
        assertTrue(worker[0] != caller, "built on a worker, not on JDA's thread");
    }

    @Test
    void aSlowCommandIsDeferredFirstThenAnsweredThroughTheHook() throws Exception {
        SlashCommandInteractionEvent event = slash("reload", null, null);
        Member admin = mock(Member.class);
        when(admin.hasPermission(net.dv8tion.jda.api.Permission.MANAGE_SERVER)).thenReturn(true);
        when(event.getMember()).thenReturn(admin);
        ReplyCallbackAction defer = mock(ReplyCallbackAction.class, RETURNS_SELF);
        when(defer.submit()).thenReturn(CompletableFuture.completedFuture(mock(InteractionHook.class)));
        when(event.deferReply(true)).thenReturn(defer);
        InteractionHook hook = mock(InteractionHook.class);
        @SuppressWarnings("unchecked") // a mock of a generic type: its class literal has no type argument
        WebhookMessageEditAction<Message> edit = mock(WebhookMessageEditAction.class, RETURNS_SELF);
        when(edit.submit()).thenReturn(CompletableFuture.completedFuture(mock(Message.class)));
        when(hook.editOriginal(any(MessageEditData.class))).thenReturn(edit);
        when(event.getHook()).thenReturn(hook);

        new InteractionListener(router, workers, timers, inFlight).onSlashCommandInteraction(event);
        settle();

        InOrder order = inOrder(event, defer, hook, edit);
        order.verify(event).deferReply(true);
        order.verify(defer).submit();
        ArgumentCaptor<MessageEditData> answer = ArgumentCaptor.forClass(MessageEditData.class);
        order.verify(hook).editOriginal(answer.capture());
        order.verify(edit).submit();
        assertEquals("Reloaded", answer.getValue().getEmbeds().get(0).getTitle());
        assertTrue(answer.getValue().getAllowedMentions().isEmpty(), "edits set allowed mentions themselves");
    }

    @Test
    void autocompleteRepliesWithChoices() throws Exception {
        CommandAutoCompleteInteractionEvent event = mock(CommandAutoCompleteInteractionEvent.class);
        when(event.getName()).thenReturn("speaker");
        User user = mock(User.class);
        when(user.getId()).thenReturn("42");
        when(event.getUser()).thenReturn(user);
        AutoCompleteQuery focused = mock(AutoCompleteQuery.class);
        when(focused.getName()).thenReturn("name");
        when(focused.getValue()).thenReturn("alex");
        when(event.getFocusedOption()).thenReturn(focused);
        AutoCompleteCallbackAction action = mock(AutoCompleteCallbackAction.class, RETURNS_SELF);
        when(action.submit()).thenReturn(CompletableFuture.completedFuture(null));
        when(event.replyChoices(org.mockito.ArgumentMatchers.<java.util.Collection<Command.Choice>>any())).thenReturn(action);

        new InteractionListener(router, workers, timers, inFlight).onCommandAutoCompleteInteraction(event);
        settle();

        ArgumentCaptor<java.util.Collection<Command.Choice>> choices = ArgumentCaptor.captor();
        verify(event).replyChoices(choices.capture());
        assertEquals(2, choices.getValue().size(), "both Alexes");
    }

    @Test
    void messagesFromBotsOrWithoutAMentionAreIgnored() throws Exception {
        MentionListener listener = new MentionListener(router, workers, inFlight);
        MessageReceivedEvent fromBot = mock(MessageReceivedEvent.class);
        User bot = mock(User.class);
        when(bot.isBot()).thenReturn(true);
        when(fromBot.getAuthor()).thenReturn(bot);
        listener.onMessageReceived(fromBot);
        verify(fromBot, never()).getMessage();

        MessageReceivedEvent plain = mock(MessageReceivedEvent.class);
        User person = mock(User.class);
        when(plain.getAuthor()).thenReturn(person);
        JDA jda = mock(JDA.class);
        SelfUser self = mock(SelfUser.class);
        when(jda.getSelfUser()).thenReturn(self);
        when(plain.getJDA()).thenReturn(jda);
        Message message = mock(Message.class);
        Mentions mentions = mock(Mentions.class);
        when(mentions.isMentioned(self, Message.MentionType.USER)).thenReturn(false);
        when(message.getMentions()).thenReturn(mentions);
        when(plain.getMessage()).thenReturn(message);
        listener.onMessageReceived(plain);
        settle();
        verify(message, never()).reply(any(MessageCreateData.class));
    }

    @Test
    void theBotsMentionIsTakenOutOfTheQuestion() {
        assertEquals("who gave the vfio talk?",
                MentionListener.withoutMentionOf("<@123> who gave the  vfio talk?", "123"));
        assertEquals("is <@999> here?", MentionListener.withoutMentionOf("<@!123> is <@999> here?", "123"));
    }

    @Test
    void aScheduleReplysButtonsAreSwitchedOffWhenTheirTimeComes() throws Exception {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
        try {
            SlashCommandInteractionEvent event = slash("schedule", null, null);
            InteractionHook hook = mock(InteractionHook.class);
            ReplyCallbackAction action = mock(ReplyCallbackAction.class, RETURNS_SELF);
            when(action.submit()).thenReturn(CompletableFuture.completedFuture(hook));
            when(event.reply(any(MessageCreateData.class))).thenReturn(action);
            @SuppressWarnings("unchecked") // a mock of a generic type: its class literal has no type argument
        WebhookMessageEditAction<Message> edit = mock(WebhookMessageEditAction.class, RETURNS_SELF);
            when(hook.editOriginalComponents(anyCollection())).thenReturn(edit);

            new InteractionListener(router, workers, timer, inFlight).onSlashCommandInteraction(event);
            settle();
            assertEquals(1, timer.getQueue().size(), "one switch-off pending for the reply");
            verify(hook, never()).editOriginalComponents(anyCollection());

            // Its time has come: run it now rather than wait 14 minutes.
            List<Runnable> due = new ArrayList<>(timer.getQueue());
            timer.getQueue().clear();
            due.forEach(Runnable::run);
            ArgumentCaptor<Collection<MessageTopLevelComponent>> rows = ArgumentCaptor.captor();
            verify(hook).editOriginalComponents(rows.capture());
            List<Button> buttons = rows.getValue().stream().map(row -> (ActionRow) row)
                    .flatMap(row -> row.getButtons().stream()).toList();
            assertEquals(3, buttons.size());
            assertTrue(buttons.stream().allMatch(Button::isDisabled), "every button switched off");
        } finally {
            timer.shutdownNow();
        }
    }
}
