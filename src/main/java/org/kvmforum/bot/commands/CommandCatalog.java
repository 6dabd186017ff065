package org.kvmforum.bot.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The explicit list of the bot's commands, in the order /help shows them and Discord registers them. Adding a
 * command is adding a class and one line here: no classpath scanning, no annotations.
 */
public final class CommandCatalog {
    private CommandCatalog() {}

    public static List<SlashCommand> all(CommandContext context) {
        List<SlashCommand> commands = new ArrayList<>();
        commands.add(new TalkCommand(context));
        commands.add(new SpeakerCommand(context));
        commands.add(new SlidesCommand(context));
        commands.add(new ScheduleCommand(context));
        commands.add(new SearchCommand(context));
        commands.add(new AskCommand(context));
        commands.add(new AboutCommand(context));
        commands.add(new ReloadCommand(context));
        commands.add(new FindTalksCommand(context));
        // /help lists every command, itself included: it reads the finished list when it runs.
        AtomicReference<List<SlashCommand>> finished = new AtomicReference<>(List.of());
        commands.add(new HelpCommand(context, finished::get));
        finished.set(List.copyOf(commands));
        return finished.get();
    }
}
