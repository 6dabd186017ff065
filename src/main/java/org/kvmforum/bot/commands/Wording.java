package org.kvmforum.bot.commands;

import java.util.List;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.content.SessionKind;

/** How the bot words common things, in one place so every reply says them the same way. */
public final class Wording {
    private Wording() {}

    /** "Day 1, morning session". */
    public static String when(Session session) {
        return "Day " + session.day() + ", " + session.part().label();
    }

    /** "D1 morning" — short, for autocomplete labels that Discord may truncate. */
    public static String shortWhen(Session session) {
        return "D" + session.day() + " " + session.part().word();
    }

    /** The kind as it reads inside a sentence: "keynote", "lightning talk", "BOF discussion". */
    public static String kind(SessionKind kind) {
        String label = kind.label();
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return acronym ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** "A", "A and B", "A, B and C". */
    public static String names(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The footer naming the source of every answer. */
    public static String source(Event event) {
        Event.Report report = event.report();
        String author = report.author() == null ? "the report" : report.author() + "'s report";
        return "Source: " + author + " on " + event.name();
    }

    /** Text from the post, escaped so it shows as written inside Markdown ("virtio_net" stays upright). */
    public static String md(String text) {
        return MarkdownSanitizer.escape(text);
    }

    /** A Markdown link, or the plain text when the URL cannot be linked safely. */
    public static String link(String text, String url) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://")) || url.contains(")")
                || url.contains(" ")) {
            return text;
        }
        return "[" + md(text).replace("[", "(").replace("]", ")") + "](" + url + ")";
    }
}
