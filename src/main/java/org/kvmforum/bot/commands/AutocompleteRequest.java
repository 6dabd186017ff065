package org.kvmforum.bot.commands;

import java.util.Objects;

/**
 * A keystroke in an option with autocomplete: which command and option, and what has been typed so far.
 */
public record AutocompleteRequest(String command, String option, String typed, String userId) {
    public AutocompleteRequest {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(option, "option");
        typed = typed == null ? "" : typed;
    }
}
