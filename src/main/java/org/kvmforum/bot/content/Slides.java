package org.kvmforum.bot.content;

import java.util.Objects;

/**
 * A slides link exactly as the post writes it, and the file format read off its extension
 * ("PDF", "ODP"; "unknown" when the link names no known one).
 */
public record Slides(String url, String format) {
    public Slides {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(format, "format");
    }
}
