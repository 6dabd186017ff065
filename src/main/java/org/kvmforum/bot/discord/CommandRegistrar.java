package org.kvmforum.bot.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.Permission;
import org.kvmforum.bot.commands.SlashCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the commands with one bulk overwrite per scope, so renamed and removed commands disappear. Commands
 * belong to the application, not to a shard: the global overwrite is sent once, from shard 0; a guild's
 * overwrite from the shard that holds the guild.
 */
final class CommandRegistrar {
    private static final Logger log = LoggerFactory.getLogger(CommandRegistrar.class);

    private final List<CommandData> definitions;

    CommandRegistrar(List<SlashCommand> commands) {
        List<CommandData> data = new ArrayList<>();
        for (SlashCommand command : commands) {
            // Slash and message commands alike: one bulk overwrite holds both kinds.
            CommandData definition = command.definition();
            if (command.adminOnly()) {
                definition.setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
                definition.setContexts(InteractionContextType.GUILD);
            }
            data.add(definition);
        }
        this.definitions = List.copyOf(data);
    }

    int size() {
        return definitions.size();
    }

    /** What is sent to Discord, one definition per command. */
    List<CommandData> definitions() {
        return definitions;
    }

    /** Sends the global overwrite; blocks until Discord answers, so start-up can log the outcome. */
    void registerGlobally(JDA jda) {
        jda.updateCommands().addCommands(definitions).complete();
        log.info("registered {} commands globally", definitions.size());
    }

    /** Sends a guild's overwrite; returns false when this shard does not hold the guild. */
    boolean registerInGuild(JDA jda, String guildId) {
        Guild guild = jda.getGuildById(guildId);
        if (guild == null) {
            return false;
        }
        guild.updateCommands().addCommands(definitions).complete();
        log.info("registered {} commands in guild {} ({})", definitions.size(), guildId, guild.getName());
        return true;
    }
}
