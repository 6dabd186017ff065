package org.kvmforum.bot.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.wording.Wording;

/** {@code /help}: every command in the catalog, each with its description and example. */
public final class HelpCommand extends SlashCommand {
    private final Supplier<List<SlashCommand>> commands;

    /** @param commands all commands, asked at reply time so /help always lists what is registered */
    public HelpCommand(CommandContext context, Supplier<List<SlashCommand>> commands) {
        // The same for everyone until a reload: the heading names the events being served.
        super(context, "help", "Every command, with an example", "/help", Replies.SAME_FOR_SAME_OPTIONS);
        this.commands = commands;
    }

    @Override
    public Reply execute(CommandRequest request, Library library) {
        List<String> events = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Event event : library.model().events()) {
            events.add(event.name());
            sources.add(Wording.source(event));
        }
        String served = Wording.names(events);
        EmbedBuilder embed = new EmbedBuilder().setColor(context.theme().info())
                .setTitle(UserText.clip(served + " bot", DiscordLimits.EMBED_TITLE))
                .setDescription(UserText.clip("Answers questions about " + served + " from what was written "
                        + "about it, and from nothing else. Options with suggestions fill in as you type. You can "
                        + "also mention the bot with a question: @bot followed by what you would ask /ask.",
                        DiscordLimits.EMBED_DESCRIPTION))
                .setFooter(UserText.clip(String.join(" · ", sources), DiscordLimits.FOOTER));
        for (SlashCommand command : commands.get()) {
            // A message command is not typed: it is in the Apps menu of any message.
            String heading = command.onMessage() ? "Apps › " + command.name() : "/" + command.name();
            embed.addField(heading, UserText.clip(command.description() + "\n`" + command.example(library) + "`",
                    DiscordLimits.FIELD_VALUE), false);
        }
        return Reply.ephemeral(new MessageCreateBuilder().setEmbeds(embed.build()).build());
    }
}
