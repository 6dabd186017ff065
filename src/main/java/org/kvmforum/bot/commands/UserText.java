package org.kvmforum.bot.commands;

import net.dv8tion.jda.api.utils.MarkdownSanitizer;

/**
 * Makes user-typed text safe to echo back. Users can type anything into an option: Markdown, masked links,
 * mention syntax, 6000 characters, control and bidirectional-override characters. Echoed text is cleaned of
 * invisible and control characters, clipped, escaped for Markdown (including what JDA's sanitizer leaves:
 * headings, list markers, brackets, angle brackets) and defused for mentions, so it reads as typed and can
 * neither format the reply nor ping anyone even where mentions would be allowed.
 */
public final class UserText {
    private static final char ZERO_WIDTH_SPACE = '\u200B';
    private static final String ELLIPSIS = "…";

    private UserText() {}

    /** Text safe to show inside an embed or message, at most {@code max} characters long. */
    public static String echo(String raw, int max) {
        if (max < 2) {
            throw new IllegalArgumentException("max must leave room for text and an ellipsis");
        }
        String plain = clip(strip(raw == null ? "" : raw), Math.min(max / 2, max - 1));
        String escaped = escapeMarkdown(plain);
        // Escaping can at most double the length; clip again on the escaped form without splitting an escape.
        if (escaped.length() > max) {
            int cut = max - 1;
            while (cut > 0 && escaped.charAt(cut - 1) == '\\') {
                cut--;
            }
            escaped = escaped.substring(0, cut) + ELLIPSIS;
        }
        return escaped.isBlank() ? "(nothing)" : escaped;
    }

    /**
     * User text as it may appear in a log line: control characters (line breaks included) shown as escapes, so
     * nobody can forge a log line by typing one, and clipped to {@code max} characters.
     */
    public static String forLog(Object value, int max) {
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return text.length() > max && out.length() >= max ? out + "…" : out.toString();
    }

    /** Removes control, format (zero-width, bidi override) and unassigned characters; collapses whitespace. */
    public static String strip(String raw) {
        StringBuilder out = new StringBuilder(Math.min(raw.length(), 8192));
        boolean space = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = out.length() > 0;
                continue;
            }
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** Clips to {@code max} characters with an ellipsis, never splitting a surrogate pair. */
    public static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = Math.max(0, max - 1);
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + ELLIPSIS;
    }

    private static String escapeMarkdown(String text) {
        String escaped = MarkdownSanitizer.escape(text, true);
        StringBuilder out = new StringBuilder(escaped.length() + 16);
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            switch (c) {
                case '[', ']', '(', ')', '<', '>', '#', '-', '+', '`', '|', '~', '*', '_' -> {
                    // The sanitizer already escaped some of these; do not escape an escape twice.
                    if (i > 0 && escaped.charAt(i - 1) == '\\') {
                        out.append(c);
                    } else {
                        out.append('\\').append(c);
                    }
                }
                case '@' -> out.append('@').append(ZERO_WIDTH_SPACE);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
