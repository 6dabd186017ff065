package org.kvmforum.bot.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import org.kvmforum.bot.commands.AutocompleteRequest;
import org.kvmforum.bot.commands.ButtonRequest;
import org.kvmforum.bot.commands.CommandRequest;
import org.kvmforum.bot.commands.CommandRouter;
import org.kvmforum.bot.commands.SelectRequest;
import org.kvmforum.bot.commands.SlashCommand;

/**
 * Reads console lines the way Discord's client fills in options: {@code /speaker name:Avi}. An option's value
 * runs to the next {@code " name:"} where {@code name} is one of that command's own options, so a colon inside
 * free text ("/ask question:what is qcow2: a format?") stays part of the value. A command with one option
 * also takes its value bare: {@code /talk virtio scsi}. Command and option names are matched without regard to
 * case ({@code /Talk Query:vfio}), and a line that is not a command is a question for {@code /ask}, with a
 * leading mention taken off ({@code @bot who gave the vfio talk?}), as in a channel.
 */
public final class ConsoleParser {
    /** The console acts as a single local user, an operator of the bot. */
    public static final String CONSOLE_USER = "console";

    private static final Pattern COMMAND = Pattern.compile("/([a-z0-9_-]{1,32})(?:\\s+(.*))?",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    /** {@code context "Find talks" the message's text}: a message command on a message with that text. */
    private static final Pattern CONTEXT = Pattern.compile("context\\s+\"([^\"]{1,32})\"(?:\\s+(.*))?",
            Pattern.DOTALL);
    /** "@bot " or a pasted Discord mention "<@123> " at the start of a question. */
    private static final Pattern LEADING_MENTION = Pattern.compile("^(?:<@!?\\d+>|@\\S*)\\s*");
    /** Where a line that is not a command goes: the command "@bot …" in a channel goes to. */
    static final String ASK_COMMAND = "ask";
    static final String ASK_OPTION = "question";

    private final CommandRouter router;

    public ConsoleParser(CommandRouter router) {
        this.router = router;
    }

    public ConsoleInput parse(String rawLine) {
        String line = rawLine.strip();
        if (line.isEmpty()) {
            return new ConsoleInput.Nothing("an empty line: type a command, or a question in plain words");
        }
        if (line.startsWith("#")) {
            return new ConsoleInput.Nothing("a comment: nothing to run");
        }
        if (line.equalsIgnoreCase("quit") || line.equalsIgnoreCase("exit")) {
            return new ConsoleInput.Quit();
        }
        if (line.startsWith("click ")) {
            String customId = line.substring("click ".length()).strip();
            if (customId.isEmpty() || customId.length() > 100) {
                return new ConsoleInput.Invalid("click needs the button's id, as shown under the reply");
            }
            return new ConsoleInput.Click(new ButtonRequest(customId, CONSOLE_USER, null));
        }
        if (line.startsWith("select ")) {
            String[] parts = line.substring("select ".length()).strip().split("\\s+");
            if (parts.length != 2 || parts[0].length() > 100 || parts[1].length() > 100) {
                return new ConsoleInput.Invalid("select needs the menu's id and one value, as shown under the reply");
            }
            // Everything at the console is asked by its one user, so the card is always theirs.
            return new ConsoleInput.Select(new SelectRequest(parts[0], List.of(parts[1]), CONSOLE_USER, CONSOLE_USER,
                    null));
        }
        if (line.startsWith("context ")) {
            return messageCommand(line);
        }
        boolean complete = line.startsWith("complete ");
        String commandText = complete ? line.substring("complete ".length()).strip() : line;
        if (!complete && !commandText.startsWith("/")) {
            return question(line);
        }
        Matcher matcher = COMMAND.matcher(commandText);
        if (!matcher.matches()) {
            return new ConsoleInput.Invalid("type a command such as /help (it lists them all, with examples); quit to leave");
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        SlashCommand command = router.command(name);
        if (command == null) {
            return new ConsoleInput.Invalid("there is no /" + name + "; /help lists the commands");
        }
        List<OptionData> declared = command.options();
        String rest = matcher.group(2) == null ? "" : matcher.group(2).strip();
        Map<String, String> options;
        String lastOption;
        try {
            ParsedOptions parsed = parseOptions(name, declared, rest);
            options = parsed.values;
            lastOption = parsed.last;
        } catch (IllegalArgumentException e) {
            return new ConsoleInput.Invalid(e.getMessage());
        }
        if (complete) {
            if (lastOption == null) {
                lastOption = declared.stream().filter(OptionData::isAutoComplete).map(OptionData::getName)
                        .findFirst().orElse(null);
            }
            if (lastOption == null) {
                return new ConsoleInput.Invalid("/" + name + " has no option with autocomplete");
            }
            Map<String, String> others = new LinkedHashMap<>(options);
            others.remove(lastOption);
            return new ConsoleInput.Complete(new AutocompleteRequest(name, lastOption,
                    options.getOrDefault(lastOption, ""), CONSOLE_USER, others));
        }
        for (OptionData option : declared) {
            if (option.isRequired() && options.getOrDefault(option.getName(), "").isBlank()) {
                return new ConsoleInput.Invalid("/" + name + " needs " + option.getName() + ":…");
            }
        }
        return new ConsoleInput.Run(new CommandRequest(name, options, CONSOLE_USER, null, true));
    }

    /** A message command, as if picked from the Apps menu of a message whose text follows its quoted name. */
    private ConsoleInput messageCommand(String line) {
        Matcher matcher = CONTEXT.matcher(line);
        if (!matcher.matches()) {
            return new ConsoleInput.Invalid("context needs a command's name in quotes and the message's text: "
                    + "context \"Find talks\" …");
        }
        for (SlashCommand command : router.commands()) {
            if (command.onMessage() && command.name().equalsIgnoreCase(matcher.group(1).strip())) {
                String text = matcher.group(2) == null ? "" : matcher.group(2).strip();
                return new ConsoleInput.Run(new CommandRequest(command.name(), Map.of(SlashCommand.TARGET, text),
                        CONSOLE_USER, null, true));
            }
        }
        return new ConsoleInput.Invalid("there is no message command \"" + matcher.group(1)
                + "\"; /help lists the commands");
    }

    /** Plain words are asked as /ask asks them, without the mention that addressed the bot in a channel. */
    private ConsoleInput question(String line) {
        String question = LEADING_MENTION.matcher(line).replaceFirst("").strip();
        if (router.command(ASK_COMMAND) == null) {
            return new ConsoleInput.Invalid("type a command such as /help (it lists them all, with examples); quit to leave");
        }
        if (question.isEmpty()) {
            return new ConsoleInput.Invalid("ask a question after the mention, in plain words");
        }
        return new ConsoleInput.Run(new CommandRequest(ASK_COMMAND, Map.of(ASK_OPTION, question), CONSOLE_USER, null,
                true));
    }

    private record ParsedOptions(Map<String, String> values, String last) {}

    private static ParsedOptions parseOptions(String command, List<OptionData> declared, String rest) {
        Map<String, String> values = new LinkedHashMap<>();
        if (rest.isEmpty()) {
            return new ParsedOptions(values, null);
        }
        List<String> names = new ArrayList<>();
        for (OptionData option : declared) {
            names.add(Pattern.quote(option.getName()));
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("/" + command + " takes no options");
        }
        Pattern optionStart = Pattern.compile("(?:^|\\s)(" + String.join("|", names) + "):",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher matcher = optionStart.matcher(rest);
        List<int[]> starts = new ArrayList<>();
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            starts.add(new int[] {matcher.start(1), matcher.end()});
            found.add(declaredName(declared, matcher.group(1)));
        }
        if (starts.isEmpty() || starts.get(0)[0] != 0) {
            if (declared.size() != 1 && !declared.get(0).isRequired()) {
                throw new IllegalArgumentException("name the option: /" + command + " "
                        + declared.get(0).getName() + ":…");
            }
            // "/talk virtio scsi", "/talk virtio scsi event:2012": the first option, the one a command is about
            // (the only one, or a required one), needs no name; the others still do.
            String first = declared.get(0).getName();
            int end = starts.isEmpty() ? rest.length() : starts.get(0)[0];
            values.put(first, rest.substring(0, end).strip());
            if (starts.isEmpty()) {
                return new ParsedOptions(values, first);
            }
        }
        for (int i = 0; i < starts.size(); i++) {
            int valueStart = starts.get(i)[1];
            int valueEnd = i + 1 < starts.size() ? starts.get(i + 1)[0] : rest.length();
            String value = rest.substring(valueStart, valueEnd).strip();
            if (values.put(found.get(i), value) != null) {
                throw new IllegalArgumentException("option " + found.get(i) + " is given twice");
            }
        }
        return new ParsedOptions(values, found.get(found.size() - 1));
    }

    /** The option's name as the command declares it, for a name typed in any case. */
    private static String declaredName(List<OptionData> declared, String typed) {
        for (OptionData option : declared) {
            if (option.getName().equalsIgnoreCase(typed)) {
                return option.getName();
            }
        }
        return typed;
    }
}
