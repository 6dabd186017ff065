package org.kvmforum.bot.commands;

import java.util.Map;
import java.util.Objects;

/**
 * A keystroke in an option with autocomplete: which command and option, what has been typed so far, and the
 * command's other options as filled in so far (an {@code event} chosen first narrows the sessions offered).
 */
public record AutocompleteRequest(String command, String option, String typed, String userId,
                                  Map<String, String> others) {
    public AutocompleteRequest {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(option, "option");
        typed = typed == null ? "" : typed;
        others = others == null ? Map.of() : Map.copyOf(others);
    }

    /** A keystroke with no other option filled in. */
    public AutocompleteRequest(String command, String option, String typed, String userId) {
        this(command, option, typed, userId, Map.of());
    }

    /** Another option's value as filled in so far, or "". */
    public String other(String optionName) {
        return others.getOrDefault(optionName, "");
    }
}
