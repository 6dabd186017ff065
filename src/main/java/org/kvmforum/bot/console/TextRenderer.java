package org.kvmforum.bot.console;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.regex.Matcher;
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
import net.dv8tion.jda.api.utils.FileUpload;

/**
 * Shows a reply in a terminal: embed titles, text, fields, footers, links and buttons, with Discord's Markdown
 * turned into something that reads in plain text (masked links become "text <url>", escapes are removed).
 */
public final class TextRenderer {
    private static final Pattern MASKED_LINK = Pattern.compile("\\[([^\\]]+)]\\((https?://[^)\\s]+)\\)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_~|\\[\\]()<>#+\\-.!>])");

    private final boolean colour;

    /** @param colour whether to use ANSI colours (only on an interactive terminal) */
    public TextRenderer(boolean colour) {
        this.colour = colour;
    }

    public String render(String content, List<MessageEmbed> embeds, List<MessageTopLevelComponentUnion> components,
                         boolean ephemeral) {
        return render(content, embeds, List.of(), components, ephemeral);
    }

    /** As above, with the message's files under its embeds: {@code [image: program.png, 1400×1863]}. */
    public String render(String content, List<MessageEmbed> embeds, List<FileUpload> files,
                         List<MessageTopLevelComponentUnion> components, boolean ephemeral) {
        StringBuilder out = new StringBuilder();
        if (ephemeral) {
            out.append(dim("(only you can see this)")).append('\n');
        }
        if (!content.isBlank()) {
            out.append(plain(content)).append('\n');
        }
        for (MessageEmbed embed : embeds) {
            out.append(bar(embed)).append('\n');
            if (embed.getAuthor() != null && embed.getAuthor().getName() != null) {
                out.append("  ").append(dim(embed.getAuthor().getName())).append('\n');
            }
            if (embed.getTitle() != null) {
                out.append("  ").append(bold(embed.getTitle()));
                if (embed.getUrl() != null) {
                    out.append("  <").append(embed.getUrl()).append('>');
                }
                out.append('\n');
            }
            if (embed.getDescription() != null) {
                indent(out, plain(embed.getDescription()), "  ");
            }
            for (MessageEmbed.Field field : embed.getFields()) {
                out.append("  ").append(bold(plain(field.getName()))).append('\n');
                indent(out, plain(field.getValue()), "    ");
            }
            if (embed.getFooter() != null && embed.getFooter().getText() != null) {
                out.append("  ").append(dim("— " + embed.getFooter().getText())).append('\n');
            }
        }
        for (FileUpload file : files) {
            out.append("  ").append(dim(describe(file))).append('\n');
        }
        for (MessageTopLevelComponentUnion component : components) {
            if (!(component instanceof ActionRow row)) {
                continue;
            }
            StringBuilder line = new StringBuilder("  ");
            for (ActionRowChildComponentUnion child : row.getComponents()) {
                if (child instanceof StringSelectMenu menu) {
                    line.append("[select ").append(menu.getCustomId()).append(']');
                    List<SelectOption> options = menu.getOptions();
                    for (int i = 0; i < options.size(); i++) {
                        line.append(i == 0 ? " " : " · ").append(i + 1).append(") ").append(options.get(i).getLabel())
                                .append(' ').append(dim("= " + options.get(i).getValue()));
                    }
                }
            }
            for (Button button : row.getButtons()) {
                line.append('[').append(button.getLabel()).append(']');
                if (button.getStyle() == ButtonStyle.LINK) {
                    line.append(" <").append(button.getUrl()).append('>');
                } else if (button.isDisabled()) {
                    line.append(" (disabled)");
                } else {
                    line.append(" click ").append(button.getCustomId());
                }
                line.append("   ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    public String renderChoices(List<Command.Choice> choices) {
        if (choices.isEmpty()) {
            return dim("(no suggestions)") + "\n";
        }
        StringBuilder out = new StringBuilder();
        for (Command.Choice choice : choices) {
            out.append("  ").append(choice.getName()).append("  ").append(dim("= " + choice.getAsString()))
                    .append('\n');
        }
        return out.toString();
    }

    /**
     * "[image: name, W×H]" from a PNG's header, else "[file: name]". Reads the upload's stream, which the console
     * never sends anywhere.
     */
    static String describe(FileUpload file) {
        try (InputStream data = file.getData()) {
            byte[] head = data.readNBytes(24);
            boolean png = head.length == 24 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N'
                    && head[3] == 'G' && head[12] == 'I' && head[13] == 'H' && head[14] == 'D' && head[15] == 'R';
            if (png) {
                ByteBuffer size = ByteBuffer.wrap(head, 16, 8);
                return "[image: " + file.getName() + ", " + size.getInt() + "\u00d7" + size.getInt() + "]";
            }
        } catch (IOException | IllegalStateException e) {
            // Already read, or unreadable: name it without its size.
        }
        return "[file: " + file.getName() + "]";
    }

    /** Discord Markdown to terminal text. */
    static String plain(String markdown) {
        Matcher link = MASKED_LINK.matcher(markdown);
        String text = link.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + " <" + match.group(2) + ">"));
        text = text.replace("**", "").replace("\u200B", "");
        return ESCAPE.matcher(text).replaceAll("$1");
    }

    private static void indent(StringBuilder out, String text, String prefix) {
        for (String line : text.split("\n", -1)) {
            out.append(prefix).append(line).append('\n');
        }
    }

    private String bar(MessageEmbed embed) {
        String rule = "──────────────────────────────────────────";
        if (!colour || embed.getColorRaw() == net.dv8tion.jda.api.entities.Role.DEFAULT_COLOR_RAW) {
            return rule;
        }
        int rgb = embed.getColorRaw();
        return String.format("\u001b[38;2;%d;%d;%dm%s\u001b[0m", (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, rule);
    }

    private String bold(String text) {
        return colour ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    private String dim(String text) {
        return colour ? "\u001b[2m" + text + "\u001b[0m" : text;
    }
}
