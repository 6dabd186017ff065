package org.kvmforum.bot.commands;

import net.dv8tion.jda.api.utils.MarkdownSanitizer;

/** Text from the post inside Discord's Markdown: escaped so it shows as written, and links made safe. */
final class Markdown {
    private Markdown() {}

    /** Text from the post, escaped so it shows as written inside Markdown ("virtio_net" stays upright). */
    static String md(String text) {
        return MarkdownSanitizer.escape(text);
    }

    /** A Markdown link, or the plain text when the URL cannot be linked safely. */
    static String link(String text, String url) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://")) || url.contains(")")
                || url.contains(" ")) {
            return text;
        }
        return "[" + md(text).replace("[", "(").replace("]", ")") + "](" + url + ")";
    }
}
