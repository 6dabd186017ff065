package org.kvmforum.bot.discord;

import java.util.LinkedHashMap;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.StringSelectInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.kvmforum.bot.commands.AutocompleteRequest;
import org.kvmforum.bot.commands.ButtonRequest;
import org.kvmforum.bot.commands.CommandRequest;
import org.kvmforum.bot.commands.SelectRequest;
import org.kvmforum.bot.commands.SlashCommand;

/** Turns JDA's events into the plain requests the commands take. The only place that reads JDA events. */
final class RequestMapper {
    private RequestMapper() {}

    static CommandRequest command(SlashCommandInteractionEvent event) {
        Map<String, String> options = new LinkedHashMap<>();
        for (OptionMapping option : event.getOptions()) {
            options.put(option.getName(), option.getAsString());
        }
        Member member = event.getMember();
        boolean canManage = member != null && member.hasPermission(Permission.MANAGE_SERVER);
        return new CommandRequest(event.getName(), options, event.getUser().getId(), guildId(event.getGuild()),
                canManage);
    }

    /**
     * A message command: its one input is the text of the message it was used on, which Discord sends with the
     * interaction whatever the bot's intents.
     */
    static CommandRequest messageCommand(MessageContextInteractionEvent event) {
        Member member = event.getMember();
        boolean canManage = member != null && member.hasPermission(Permission.MANAGE_SERVER);
        return new CommandRequest(event.getName(), Map.of(SlashCommand.TARGET, event.getTarget().getContentRaw()),
                event.getUser().getId(), guildId(event.getGuild()), canManage);
    }

    static AutocompleteRequest autocomplete(CommandAutoCompleteInteractionEvent event) {
        Map<String, String> others = new LinkedHashMap<>();
        for (OptionMapping option : event.getOptions()) {
            if (!option.getName().equals(event.getFocusedOption().getName())) {
                others.put(option.getName(), option.getAsString());
            }
        }
        return new AutocompleteRequest(event.getName(), event.getFocusedOption().getName(),
                event.getFocusedOption().getValue(), event.getUser().getId(), others);
    }

    static ButtonRequest button(ButtonInteractionEvent event) {
        return new ButtonRequest(event.getComponentId(), event.getUser().getId(), guildId(event.getGuild()));
    }

    /**
     * A choice in a select menu. The asker is the user whose interaction the message answered, which Discord
     * sends with the message; a message that answered no interaction (a reply to a mention) has none.
     */
    static SelectRequest select(StringSelectInteractionEvent event) {
        Message.InteractionMetadata answered = event.getMessage().getInteractionMetadata();
        String asker = answered == null || answered.getUser() == null ? null : answered.getUser().getId();
        return new SelectRequest(event.getComponentId(), event.getValues(), event.getUser().getId(), asker,
                guildId(event.getGuild()));
    }

    private static String guildId(Guild guild) {
        return guild == null ? null : guild.getId();
    }
}
