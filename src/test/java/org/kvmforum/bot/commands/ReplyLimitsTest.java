package org.kvmforum.bot.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import net.dv8tion.jda.api.entities.Message;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ReplyLimitsTest {
    static {
        // As BotApplication does at start-up: these messages are built without the router.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
    }

    private static MessageCreateData embeds(int count, int descriptionLength) {
        MessageCreateBuilder message = new MessageCreateBuilder();
        for (int i = 0; i < count; i++) {
            message.addEmbeds(new EmbedBuilder().setDescription("d".repeat(descriptionLength)).build());
        }
        return message.build();
    }

    @Test
    void theSumOfEmbedsIsChecked() {
        assertTrue(ReplyLimits.violations(embeds(2, 3000)).isEmpty());
        List<String> problems = ReplyLimits.violations(embeds(3, 2500));
        assertEquals(List.of("embeds total 7500 characters, over 6000"), problems);
    }

    @Test
    void aBlankReplyIsRefused() {
        MessageCreateData buttonsOnly = new MessageCreateBuilder().setContent(" ")
                .setComponents(ActionRow.of(Button.primary("id", "label"))).build();
        assertEquals(List.of("neither content nor embeds"), ReplyLimits.violations(buttonsOnly));
    }

    @Test
    void mentionsMustBeOff() {
        MessageCreateData pinging = new MessageCreateBuilder().setContent("hi")
                .setAllowedMentions(EnumSet.of(Message.MentionType.EVERYONE)).build();
        assertTrue(ReplyLimits.violations(pinging).get(0).startsWith("allowed mentions must be none"));
    }

    @Test
    void duplicateCustomIdsAreCaught() {
        MessageCreateData message = new MessageCreateBuilder().setContent("x")
                .setComponents(ActionRow.of(Button.primary("same", "a"), Button.primary("same", "b")))
                .build();
        List<String> problems = ReplyLimits.violations(message);
        assertEquals(List.of("button custom id 'same' used twice"), problems);
    }

    @Test
    void selectMenusAreChecked() {
        StringSelectMenu.Builder menu = StringSelectMenu.create("related:x");
        menu.addOption("a", "same");
        menu.addOption("b", "same");
        MessageCreateData duplicated = new MessageCreateBuilder().setContent("x")
                .setComponents(ActionRow.of(menu.build())).build();
        assertEquals(List.of("select option value 'same' used twice"), ReplyLimits.violations(duplicated));

        MessageCreateData clash = new MessageCreateBuilder().setContent("x")
                .setComponents(ActionRow.of(Button.primary("related:x", "a")),
                        ActionRow.of(StringSelectMenu.create("related:x").addOption("a", "1").build()))
                .build();
        assertEquals(List.of("select menu custom id 'related:x' used twice"), ReplyLimits.violations(clash));
    }

    @Test
    void autocompleteChoicesAreChecked() {
        List<Command.Choice> choices = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            choices.add(new Command.Choice("c" + i, "v" + i));
        }
        assertEquals(List.of("26 choices, over 25"), ReplyLimits.violations(choices));
    }
}
