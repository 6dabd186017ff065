package org.kvmforum.bot.content;

/**
 * A Markdown link inside a block's plain text.
 *
 * @param start       offset of the link's text in the enclosing plain text (block or sentence)
 * @param end         offset just past it
 * @param text        the link's text, trimmed ("[ AMD IOMMU v2 support in KVM]" gives "AMD IOMMU v2 support in KVM")
 * @param destination the destination exactly as the post writes it (percent escapes kept)
 * @param line        1-based line of the post where the link starts
 */
record InlineLink(int start, int end, String text, String destination, int line) {

    /** The same link with offsets relative to a sentence that starts at {@code origin}. */
    InlineLink relativeTo(int origin) {
        return new InlineLink(start - origin, end - origin, text, destination, line);
    }
}
