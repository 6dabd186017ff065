package org.kvmforum.bot.commands;

import java.util.LinkedHashMap;
import java.util.Map;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;

/** {@code /help}: every command with an example. */
public final class HelpCommand extends SlashCommand {
    /** Examples by command name; commands without one show their description only. */
    private static final Map<String, String> EXAMPLES = new LinkedHashMap<>();

    static {
        EXAMPLES.put("talk", "/talk query:virtio-scsi");
        EXAMPLES.put("speaker", "/speaker name:Alex");
        EXAMPLES.put("slides", "/slides talk:qcow2");
        EXAMPLES.put("schedule", "/schedule day:2");
        EXAMPLES.put("search", "/search query:live migration");
        EXAMPLES.put("ask", "/ask question:who gave the VFIO talk?");
        EXAMPLES.put("about", "/about");
        EXAMPLES.put("help", "/help");
        EXAMPLES.put("reload", "/reload (server admins)");
    }

    private final java.util.function.Supplier<java.util.List<SlashCommand>> commands;
    private final Theme theme;

    /** @param commands all commands, asked at reply time so /help always lists what is registered */
    public HelpCommand(java.util.function.Supplier<java.util.List<SlashCommand>> commands, Theme theme) {
        super("help", "Every command, with an example");
        this.commands = commands;
        this.theme = theme;
    }

    @Override
    public Reply execute(CommandRequest request) {
        EmbedBuilder embed = new EmbedBuilder().setColor(theme.info()).setTitle("KVM Forum 2011 bot")
                .setDescription("Answers questions about KVM Forum 2011 from one source: Amit Shah's report of "
                        + "the event. Options with suggestions fill in as you type. You can also mention the bot "
                        + "with a question: @bot who gave the virtio-scsi talk?");
        for (SlashCommand command : commands.get()) {
            String example = EXAMPLES.getOrDefault(command.name(), "/" + command.name());
            embed.addField("/" + command.name(), command.definition().getDescription() + "\n`" + example + "`",
                    false);
        }
        return Reply.ephemeral(new MessageCreateBuilder().setEmbeds(embed.build()).build());
    }
}
