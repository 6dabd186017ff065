package org.kvmforum.bot.console;

import org.kvmforum.bot.commands.AutocompleteRequest;
import org.kvmforum.bot.commands.ButtonRequest;
import org.kvmforum.bot.commands.CommandRequest;
import org.kvmforum.bot.commands.SelectRequest;

/** One line typed at the console, parsed. */
public sealed interface ConsoleInput {
    /** A slash command: {@code /talk query:virtio scsi}. */
    record Run(CommandRequest request) implements ConsoleInput {}

    /** Autocomplete for the last option typed: {@code complete /talk query:vf}. */
    record Complete(AutocompleteRequest request) implements ConsoleInput {}

    /** A click on a button of an earlier reply: {@code click schedule:…}. */
    record Click(ButtonRequest request) implements ConsoleInput {}

    /** A choice in a select menu of an earlier reply: {@code select related:… <value>}. */
    record Select(SelectRequest request) implements ConsoleInput {}

    /** A blank line or a comment: nothing to do; in JSON mode the reason is still its one output line. */
    record Nothing(String reason) implements ConsoleInput {}

    /** {@code quit} or {@code exit}: ends the interactive console; JSON mode runs to the end of its input. */
    record Quit() implements ConsoleInput {}

    /** A line that cannot be run, and why. */
    record Invalid(String reason) implements ConsoleInput {}
}
