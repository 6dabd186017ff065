package org.kvmforum.bot.commands;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.components.MessageTopLevelComponentUnion;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.actionrow.ActionRowChildComponentUnion;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Checks a reply against Discord's limits before it is sent. JDA checks some limits one embed at a time and
 * none of the sums (6000 characters across embeds, 8000 per command), and it checks them while building, after
 * an interaction may already be acknowledged; this runs on the finished data, so a bad reply is caught while
 * there is still time to send a plain error instead.
 */
public final class ReplyLimits {
    private static final Pattern COMMAND_NAME = Pattern.compile("[a-z0-9_-]{1,32}");
    private static final String ATTACHMENT = "attachment://";

    private ReplyLimits() {}

    /** Every limit the message breaks; empty when it may be sent. */
    public static List<String> violations(MessageCreateData message) {
        List<String> problems = new ArrayList<>();
        checkMessage(message.getContent(), message.getEmbeds(), message.getComponents(), problems);
        checkFiles(message.getFiles(), message.getEmbeds(), problems);
        if (!message.getAllowedMentions().isEmpty()) {
            problems.add("allowed mentions must be none, not " + message.getAllowedMentions());
        }
        return problems;
    }

    /** Every limit an edit breaks; empty when it may be sent. */
    public static List<String> violations(MessageEditData edit) {
        List<String> problems = new ArrayList<>();
        checkMessage(edit.getContent(), edit.getEmbeds(), edit.getComponents(), problems);
        return problems;
    }

    /** Throws when the message breaks a limit, naming every broken limit. */
    public static MessageCreateData require(MessageCreateData message) {
        List<String> problems = violations(message);
        if (!problems.isEmpty()) {
            throw new LimitViolation(problems);
        }
        return message;
    }

    public static MessageEditData require(MessageEditData edit) {
        List<String> problems = violations(edit);
        if (!problems.isEmpty()) {
            throw new LimitViolation(problems);
        }
        return edit;
    }

    /** Autocomplete: at most 25 choices, each name 1–100 characters, each value at most 100. */
    public static List<String> violations(List<Command.Choice> choices) {
        List<String> problems = new ArrayList<>();
        if (choices.size() > DiscordLimits.AUTOCOMPLETE_CHOICES) {
            problems.add(choices.size() + " choices, over " + DiscordLimits.AUTOCOMPLETE_CHOICES);
        }
        for (Command.Choice choice : choices) {
            int name = choice.getName().length();
            if (name < 1 || name > DiscordLimits.CHOICE_NAME) {
                problems.add("choice name of " + name + " characters");
            }
            if (choice.getAsString().length() > DiscordLimits.CHOICE_VALUE) {
                problems.add("choice value of " + choice.getAsString().length() + " characters");
            }
        }
        return problems;
    }

    /** A command definition under Discord's rules, including the 8000-character total JDA does not check. */
    public static List<String> violations(CommandData command) {
        List<String> problems = new ArrayList<>();
        // JDA's message command data is a SlashCommandData too: the type tells them apart.
        boolean slashCommand = command.getType() == Command.Type.SLASH;
        if (slashCommand && !COMMAND_NAME.matcher(command.getName()).matches()) {
            problems.add("command name '" + command.getName() + "' is not ^[a-z0-9_-]{1,32}$");
        } else if (!slashCommand && command.getName().isBlank() || command.getName().length() > DiscordLimits.COMMAND_NAME) {
            // A message command's name is what the Apps menu shows: spaces and capitals allowed, 1 to 32.
            problems.add("command name '" + command.getName() + "' is not 1 to 32 characters");
        }
        int total = command.getName().length();
        if (slashCommand && command instanceof SlashCommandData slash) {
            total += checkDescription("/" + slash.getName(), slash.getDescription(), problems);
            if (slash.getOptions().size() > DiscordLimits.OPTIONS_PER_COMMAND) {
                problems.add("/" + slash.getName() + " has " + slash.getOptions().size() + " options");
            }
            for (OptionData option : slash.getOptions()) {
                String where = "/" + slash.getName() + " " + option.getName();
                if (!COMMAND_NAME.matcher(option.getName()).matches()) {
                    problems.add(where + ": option name is not ^[a-z0-9_-]{1,32}$");
                }
                total += option.getName().length();
                total += checkDescription(where, option.getDescription(), problems);
                if (option.isAutoComplete() && !option.getChoices().isEmpty()) {
                    problems.add(where + ": autocomplete together with static choices");
                }
                for (Command.Choice choice : option.getChoices()) {
                    total += choice.getName().length() + choice.getAsString().length();
                }
            }
        }
        if (total > DiscordLimits.COMMAND_TOTAL) {
            problems.add(command.getName() + " totals " + total + " characters, over " + DiscordLimits.COMMAND_TOTAL);
        }
        return problems;
    }

    private static int checkDescription(String where, String description, List<String> problems) {
        if (description.isEmpty() || description.length() > DiscordLimits.COMMAND_DESCRIPTION) {
            problems.add(where + ": description of " + description.length() + " characters");
        }
        return description.length();
    }

    private static void checkMessage(String content, List<MessageEmbed> embeds,
                                     List<MessageTopLevelComponentUnion> components, List<String> problems) {
        if (content.length() > DiscordLimits.CONTENT) {
            problems.add("content of " + content.length() + " characters");
        }
        if (content.isBlank() && embeds.isEmpty()) {
            // A blank reply silently turns into an endless "thinking…" on Discord.
            problems.add("neither content nor embeds");
        }
        if (embeds.size() > DiscordLimits.EMBEDS_PER_MESSAGE) {
            problems.add(embeds.size() + " embeds");
        }
        int total = 0;
        for (int i = 0; i < embeds.size(); i++) {
            MessageEmbed embed = embeds.get(i);
            total += embed.getLength();
            checkEmbed("embed " + (i + 1), embed, problems);
        }
        if (total > DiscordLimits.EMBEDS_TOTAL) {
            problems.add("embeds total " + total + " characters, over " + DiscordLimits.EMBEDS_TOTAL);
        }
        checkComponents(components, problems);
    }

    private static void checkEmbed(String where, MessageEmbed embed, List<String> problems) {
        limit(where + " title", embed.getTitle(), DiscordLimits.EMBED_TITLE, problems);
        limit(where + " description", embed.getDescription(), DiscordLimits.EMBED_DESCRIPTION, problems);
        if (embed.getFooter() != null) {
            limit(where + " footer", embed.getFooter().getText(), DiscordLimits.FOOTER, problems);
        }
        if (embed.getAuthor() != null) {
            limit(where + " author", embed.getAuthor().getName(), DiscordLimits.AUTHOR_NAME, problems);
        }
        if (embed.getUrl() != null) {
            limit(where + " url", embed.getUrl(), DiscordLimits.EMBED_URL, problems);
            requireHttp(where + " url", embed.getUrl(), problems);
        }
        if (embed.getFields().size() > DiscordLimits.EMBED_FIELDS) {
            problems.add(where + " has " + embed.getFields().size() + " fields");
        }
        for (MessageEmbed.Field field : embed.getFields()) {
            limit(where + " field name", field.getName(), DiscordLimits.FIELD_NAME, problems);
            limit(where + " field value", field.getValue(), DiscordLimits.FIELD_VALUE, problems);
            if (field.getName() == null || field.getName().isBlank() || field.getValue() == null
                    || field.getValue().isBlank()) {
                problems.add(where + " has a blank field");
            }
        }
        if (embed.isEmpty()) {
            problems.add(where + " is empty");
        }
    }

    /**
     * At most 10 files, each named once, descriptions within their limit, and every {@code attachment://} image of
     * an embed naming one of them. Sizes are checked where files are made (an upload's stream can be read once).
     */
    private static void checkFiles(List<FileUpload> files, List<MessageEmbed> embeds, List<String> problems) {
        if (files.size() > DiscordLimits.ATTACHMENTS_PER_MESSAGE) {
            problems.add(files.size() + " files, over " + DiscordLimits.ATTACHMENTS_PER_MESSAGE);
        }
        Set<String> names = new HashSet<>();
        for (FileUpload file : files) {
            if (file.getName().isBlank() || !names.add(file.getName())) {
                problems.add("file name '" + file.getName() + "' blank or used twice");
            }
            limit("file description", file.getDescription(), DiscordLimits.ATTACHMENT_DESCRIPTION, problems);
        }
        for (MessageEmbed embed : embeds) {
            for (String url : new String[] {
                    embed.getImage() == null ? null : embed.getImage().getUrl(),
                    embed.getThumbnail() == null ? null : embed.getThumbnail().getUrl()}) {
                if (url != null && url.startsWith(ATTACHMENT) && !names.contains(url.substring(ATTACHMENT.length()))) {
                    problems.add("embed image " + url + " names no attached file");
                }
            }
        }
    }

    private static void checkComponents(List<MessageTopLevelComponentUnion> components, List<String> problems) {
        if (components.size() > DiscordLimits.ACTION_ROWS) {
            problems.add(components.size() + " action rows");
        }
        Set<String> customIds = new HashSet<>();
        for (MessageTopLevelComponentUnion component : components) {
            if (!(component instanceof ActionRow row)) {
                problems.add("a top-level component that is not an action row");
                continue;
            }
            if (row.getComponents().size() > DiscordLimits.BUTTONS_PER_ROW) {
                problems.add("a row of " + row.getComponents().size() + " components");
            }
            for (ActionRowChildComponentUnion child : row.getComponents()) {
                if (child instanceof StringSelectMenu menu) {
                    // A select menu fills its row alone.
                    if (row.getComponents().size() > 1) {
                        problems.add("a select menu sharing its row");
                    }
                    checkSelectMenu(menu, customIds, problems);
                    continue;
                }
                if (!(child instanceof Button button)) {
                    continue;
                }
                limit("button label", button.getLabel(), DiscordLimits.BUTTON_LABEL, problems);
                if (button.getStyle() == ButtonStyle.LINK) {
                    limit("link button url", button.getUrl(), DiscordLimits.LINK_BUTTON_URL, problems);
                    requireHttp("link button url", button.getUrl(), problems);
                } else {
                    String id = button.getCustomId();
                    if (id == null || id.isEmpty() || id.length() > DiscordLimits.CUSTOM_ID) {
                        problems.add("button custom id of " + (id == null ? 0 : id.length()) + " characters");
                    } else if (!customIds.add(id)) {
                        problems.add("button custom id '" + id + "' used twice");
                    }
                }
            }
        }
    }

    private static void checkSelectMenu(StringSelectMenu menu, Set<String> customIds, List<String> problems) {
        String id = menu.getCustomId();
        if (id == null || id.isEmpty() || id.length() > DiscordLimits.CUSTOM_ID) {
            problems.add("select menu custom id of " + (id == null ? 0 : id.length()) + " characters");
        } else if (!customIds.add(id)) {
            problems.add("select menu custom id '" + id + "' used twice");
        }
        limit("select menu placeholder", menu.getPlaceholder(), DiscordLimits.SELECT_PLACEHOLDER, problems);
        List<SelectOption> options = menu.getOptions();
        if (options.isEmpty() || options.size() > DiscordLimits.SELECT_OPTIONS) {
            problems.add("a select menu of " + options.size() + " options");
        }
        Set<String> values = new HashSet<>();
        for (SelectOption option : options) {
            limit("select option label", option.getLabel(), DiscordLimits.SELECT_OPTION_TEXT, problems);
            limit("select option value", option.getValue(), DiscordLimits.SELECT_OPTION_TEXT, problems);
            limit("select option description", option.getDescription(), DiscordLimits.SELECT_OPTION_TEXT, problems);
            if (!values.add(option.getValue())) {
                problems.add("select option value '" + option.getValue() + "' used twice");
            }
        }
    }

    private static void limit(String what, String value, int max, List<String> problems) {
        if (value != null && value.length() > max) {
            problems.add(what + " of " + value.length() + " characters, over " + max);
        }
    }

    private static void requireHttp(String what, String url, List<String> problems) {
        if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
            problems.add(what + " is not http(s)");
        }
    }

    /** A reply that breaks Discord's limits: a bug in the bot, caught before sending. */
    public static final class LimitViolation extends IllegalStateException {
        private final List<String> problems;

        public LimitViolation(List<String> problems) {
            super("reply breaks Discord's limits: " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
