package org.kvmforum.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import org.junit.jupiter.api.Test;
import org.kvmforum.bot.commands.CommandCatalog;
import org.kvmforum.bot.commands.CommandContext;
import org.kvmforum.bot.commands.CommandRequest;
import org.kvmforum.bot.commands.CommandRouter;
import org.kvmforum.bot.commands.Cooldowns;
import org.kvmforum.bot.commands.SlashCommand;
import org.kvmforum.bot.commands.Theme;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.library.LibraryHolder;

/**
 * Adding a command is a class and a line in {@link CommandCatalog}: whatever the catalog holds is registered
 * with Discord, routed, and listed by /help with its own description and example, with nothing else to edit.
 */
class CommandCatalogTest {
    @Test
    void everyCataloguedCommandIsRegisteredRoutedAndListedByHelp() throws Exception {
        LibraryHolder holder = new LibraryHolder(Path.of("content"), Library.load(Path.of("content")));
        CommandContext context = new CommandContext(holder, Theme.defaults(), Clock.systemUTC());
        List<SlashCommand> catalog = CommandCatalog.all(context);
        CommandRouter router = new CommandRouter(catalog, Cooldowns.unlimited(), context);
        List<String> registered = new CommandRegistrar(router.commands()).definitions().stream()
                .map(CommandData::getName).toList();
        MessageEmbed help = router.execute(new CommandRequest("help", Map.of(), "1", null, false)).message()
                .getEmbeds().get(0);

        assertFalse(catalog.isEmpty());
        assertEquals(catalog.stream().map(SlashCommand::name).toList(), registered, "registered, in catalog order");
        for (SlashCommand command : catalog) {
            assertTrue(router.command(command.name()) == command, "/" + command.name() + " is routed");
            String example = command.example(holder.get());
            // A message command is run from a message's Apps menu; the console runs it as context "name" text.
            String heading = command.onMessage() ? "Apps › " + command.name() : "/" + command.name();
            assertTrue(example.startsWith(command.onMessage() ? "context \"" + command.name() + "\" "
                    : "/" + command.name()), "/" + command.name() + "'s example");
            assertTrue(help.getFields().stream().anyMatch(field -> field.getName().equals(heading)
                    && field.getValue().contains(command.description())
                    && field.getValue().contains("`" + example + "`")),
                    "/help lists /" + command.name() + " with its description and example");
        }
        assertEquals(catalog.size(), help.getFields().size(), "/help lists nothing the catalog does not hold");
    }
}
