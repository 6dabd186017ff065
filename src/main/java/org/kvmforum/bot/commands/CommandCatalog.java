package org.kvmforum.bot.commands;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.kvmforum.bot.library.LibraryHolder;

/**
 * The explicit list of the bot's commands. Adding a command is adding a class and one line here: no classpath
 * scanning, no annotations.
 */
public final class CommandCatalog {
    private CommandCatalog() {}

    public static List<SlashCommand> all(LibraryHolder library, Theme theme, Clock clock) {
        List<SlashCommand> commands = new ArrayList<>();
        commands.add(new TalkCommand(library, theme));
        commands.add(new SpeakerCommand(library, theme));
        commands.add(new SlidesCommand(library, theme));
        commands.add(new ScheduleCommand(library, theme, clock));
        commands.add(new SearchCommand(library, theme));
        commands.add(new AskCommand(library, theme));
        commands.add(new AboutCommand(library, theme));
        commands.add(new ReloadCommand(library, theme));
        // /help lists every command, itself included: it reads the finished list when it runs.
        AtomicReference<List<SlashCommand>> finished = new AtomicReference<>(List.of());
        commands.add(new HelpCommand(finished::get, theme));
        finished.set(List.copyOf(commands));
        return finished.get();
    }
}
