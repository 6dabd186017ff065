package org.kvmforum.bot.content;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells slides links from other links: a slides link points at a presentation file, known by its extension
 * (the last one: "2011-forum-migration.pp.pdf" is a PDF). Links to pages (the Forum page, lwn.net, a profile)
 * are not slides and make no session.
 */
final class SlideFormats {
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", "PDF"), Map.entry("odp", "ODP"), Map.entry("otp", "OTP"), Map.entry("ppt", "PPT"),
            Map.entry("pptx", "PPTX"), Map.entry("pps", "PPS"), Map.entry("ppsx", "PPSX"), Map.entry("key", "KEY"),
            Map.entry("sxi", "SXI"), Map.entry("ps", "PS"));

    private SlideFormats() {}

    /** The slides behind a link destination, or empty when it points at no presentation file. */
    static Optional<Slides> of(String destination) {
        String path = destination;
        int cut = indexOfAny(path, "?#");
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String format = BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        return format == null ? Optional.empty() : Optional.of(new Slides(destination, format));
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
