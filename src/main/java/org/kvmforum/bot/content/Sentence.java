package org.kvmforum.bot.content;

import java.util.List;

/**
 * One sentence of a block, as plain text, with the links it contains (offsets relative to the sentence).
 *
 * @param text  the sentence, whitespace collapsed
 * @param line  1-based line of the post where it starts
 * @param links its links, in order
 */
record Sentence(String text, int line, List<InlineLink> links) {
    /** Stands in for link text in {@link #masked()}: not a letter, so no name pattern can match across it. */
    static final char LINK_MASK = '\uFFFC';

    Sentence {
        links = List.copyOf(links);
    }

    /**
     * The sentence with every link's text blotted out, so that capitalised words in a title
     * ("KVM Graphics Device Assignment") are never read as a person's name.
     */
    String masked() {
        StringBuilder out = new StringBuilder(text);
        for (InlineLink link : links) {
            for (int i = link.start(); i < link.end(); i++) {
                if (out.charAt(i) != ' ') {
                    out.setCharAt(i, LINK_MASK);
                }
            }
        }
        return out.toString();
    }
}
