package org.kvmforum.bot.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;

class ScheduleCommandTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final CommandRouter router = Fixtures.router(clock);

    @Test
    void pagesFollowTheProgramByDayAndPart() {
        Reply reply = router.execute(Fixtures.request("schedule", Map.of()));
        assertEquals(ScheduleCommand.BUTTONS_LIVE, reply.disableButtonsAfter());
        MessageEmbed page = reply.message().getEmbeds().get(0);
        assertEquals("KVM Forum 2011 — Day 1, morning session", page.getTitle());
        assertTrue(page.getDescription().startsWith("1. **[Avi's keynote]"), page.getDescription());
        assertTrue(page.getFooter().getText().startsWith("Page 1 of 4"));

        String[] titles = {"Day 1, afternoon", "Day 2, morning", "Day 2, afternoon"};
        List<Button> buttons = buttons(reply.message().getComponents());
        assertTrue(buttons.get(0).isDisabled(), "no previous page on the first");
        for (String expected : titles) {
            ButtonReply next = router.click(new ButtonRequest(buttons.get(2).getCustomId(), "1001", "2002"));
            ButtonReply.Update update = assertInstanceOf(ButtonReply.Update.class, next);
            assertTrue(update.edit().getEmbeds().get(0).getTitle().contains(expected));
            buttons = buttons(update.edit().getComponents());
        }
        assertTrue(buttons.get(2).isDisabled(), "no next page on the last");
        String lastPage = router.click(new ButtonRequest(buttons.get(0).getCustomId(), "1001", "2002")) instanceof
                ButtonReply.Update back ? back.edit().getEmbeds().get(0).getTitle() : "";
        assertTrue(lastPage.contains("Day 2, morning"), lastPage);
    }

    @Test
    void theAfternoonPageListsTheLightningTalkAndBofs() {
        Reply reply = router.execute(Fixtures.request("schedule", Map.of("day", "1")));
        List<Button> buttons = buttons(reply.message().getComponents());
        ButtonReply.Update afternoon = (ButtonReply.Update) router.click(
                new ButtonRequest(buttons.get(2).getCustomId(), "1001", "2002"));
        String text = afternoon.edit().getEmbeds().get(0).getDescription();
        assertTrue(text.contains("lightning talk") && text.contains("BOF"), text);
        assertTrue(afternoon.edit().getEmbeds().get(0).getFooter().getText().startsWith("Page 2 of 2"));
    }

    @Test
    void anotherUsersClickIsRefusedPrivately() {
        Reply reply = router.execute(Fixtures.request("schedule", Map.of()));
        String next = buttons(reply.message().getComponents()).get(2).getCustomId();
        ButtonReply answer = router.click(new ButtonRequest(next, "someone-else", "2002"));
        Reply refusal = assertInstanceOf(ButtonReply.Answer.class, answer).reply();
        assertTrue(refusal.ephemeral());
        assertTrue(refusal.message().getEmbeds().get(0).getDescription().startsWith("Only the person who ran"));
    }

    @Test
    void aClickAfterTheButtonsExpireIsAnsweredPrivatelyFromTheTimeInTheButton() {
        Reply reply = router.execute(Fixtures.request("schedule", Map.of()));
        String next = buttons(reply.message().getComponents()).get(2).getCustomId();
        clock.advance(ScheduleCommand.BUTTONS_LIVE.minusSeconds(1));
        assertInstanceOf(ButtonReply.Update.class, router.click(new ButtonRequest(next, "1001", "2002")),
                "a second before, the page still turns");
        clock.advance(Duration.ofSeconds(1));
        // A fresh router: nothing remembered from the reply, only what the button's id carries.
        CommandRouter restarted = Fixtures.router(clock);
        Reply expired = assertInstanceOf(ButtonReply.Answer.class,
                restarted.click(new ButtonRequest(next, "1001", "2002"))).reply();
        assertTrue(expired.ephemeral());
        assertEquals("This schedule has expired: run /schedule again.",
                expired.message().getEmbeds().get(0).getDescription());
    }

    @Test
    void forgedOrUnknownDaysAreRefusedPolitely() {
        Reply noDay = router.execute(Fixtures.request("schedule", Map.of("day", "7")));
        assertTrue(noDay.ephemeral());
        assertTrue(noDay.message().getEmbeds().get(0).getDescription().contains("2 days"));
        assertTrue(noDay.message().getEmbeds().get(0).getDescription().contains("days 1 and 2"), "lists the days");
        for (String outOfRange : List.of("0", "-1", "3")) {
            Reply reply = router.execute(Fixtures.request("schedule", Map.of("day", outOfRange)));
            assertTrue(reply.ephemeral(), "day " + outOfRange);
            assertEquals(noDay.message().getEmbeds().get(0).getDescription().replace("no day 7", "no day " + outOfRange),
                    reply.message().getEmbeds().get(0).getDescription(), "day:" + outOfRange + " is as wrong as day:7");
        }
        ButtonReply forged = router.click(new ButtonRequest("schedule:1001:x:y:z:n", "1001", "2002"));
        assertTrue(assertInstanceOf(ButtonReply.Answer.class, forged).reply().ephemeral());
        ButtonReply far = router.click(new ButtonRequest("schedule:1001:0:999:" + clock.instant().getEpochSecond()
                + ":n", "1001", "2002"));
        assertInstanceOf(ButtonReply.Update.class, far, "a page past the end shows the last page");
    }

    @Test
    void customIdsFitDiscordsLimit() {
        Reply reply = router.execute(new CommandRequest("schedule", Map.of("day", "2"),
                "12345678901234567890", "2002", false));
        for (Button button : buttons(reply.message().getComponents())) {
            assertTrue(button.getCustomId().length() <= DiscordLimits.CUSTOM_ID);
        }
        assertFalse(reply.ephemeral());
    }

    private static List<Button> buttons(List<? extends net.dv8tion.jda.api.components.MessageTopLevelComponent> rows) {
        return ((ActionRow) rows.get(0)).getButtons();
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
