package org.kvmforum.bot.content;

import java.util.List;

/**
 * A heading or paragraph of the post reduced to plain text: Markdown removed, non-breaking spaces turned
 * into spaces, whitespace collapsed. The links and the sentences keep their place in that text.
 *
 * @param heading   whether the block is a heading
 * @param text      the block's plain text
 * @param line      1-based line of the post where the block starts
 * @param links     the block's links, in order (offsets in {@code text})
 * @param sentences the block's sentences, in order
 */
record ProseBlock(boolean heading, String text, int line, List<InlineLink> links, List<Sentence> sentences) {
    ProseBlock {
        links = List.copyOf(links);
        sentences = List.copyOf(sentences);
    }
}
