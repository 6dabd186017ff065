package org.kvmforum.bot.content;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Turns the commonmark document into {@link ProseBlock}s: every heading and paragraph in document order
 * (also those nested in lists or quotes), as plain text with links, sentences and line numbers.
 * Everything the sentence patterns later look at comes from here, so they never see Markdown syntax.
 */
final class ProseBlocks {
    private ProseBlocks() {}

    static List<ProseBlock> of(Node document) {
        List<ProseBlock> blocks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                blocks.add(flatten(paragraph, false));
            }

            @Override
            public void visit(Heading heading) {
                blocks.add(flatten(heading, true));
            }
        });
        return blocks;
    }

    /** 1-based line where a node starts; the parser is built with source spans, so every node has one. */
    static int lineOf(Node node, int fallback) {
        return node.getSourceSpans().isEmpty() ? fallback : node.getSourceSpans().get(0).getLineIndex() + 1;
    }

    private static ProseBlock flatten(Node block, boolean heading) {
        int line = lineOf(block, 1);
        Flattener flattener = new Flattener(line);
        flattener.inlines(block);
        String text = flattener.finish();
        List<InlineLink> links = flattener.links;
        return new ProseBlock(heading, text, line, links, SentenceSplitter.split(text, links, flattener::lineAt));
    }

    /** Writes inline nodes out as plain text, remembering where links and source lines fall in it. */
    private static final class Flattener {
        private final StringBuilder out = new StringBuilder();
        /** Pairs of (offset in out, source line): the line of the text appended from that offset on. */
        private final List<int[]> lineMarks = new ArrayList<>();
        private final List<InlineLink> links = new ArrayList<>();
        private final int blockLine;
        /** Set right after a link: a word glued to the link's end ("[..](..)to bridge") gets a space. */
        private boolean afterLink;

        Flattener(int blockLine) {
            this.blockLine = blockLine;
        }

        void inlines(Node parent) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Text text) {
                    append(text.getLiteral(), lineOf(node, blockLine));
                } else if (node instanceof Code code) {
                    append(code.getLiteral(), lineOf(node, blockLine));
                } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                    append(" ", lineOf(node, blockLine));
                } else if (node instanceof Link link) {
                    link(link);
                } else if (node instanceof HtmlInline) {
                    // Inline HTML (comments, tags) is markup, not words of the post.
                } else {
                    inlines(node); // emphasis, strong emphasis, image alt text: keep their words
                }
            }
        }

        private void link(Link link) {
            int start = out.length();
            boolean gluedBefore = start > 0 && isWordChar(out.charAt(start - 1));
            inlines(link);
            if (gluedBefore && out.length() > start && isWordChar(out.charAt(start))) {
                // "word[Link]" would read as one word; the rendered page has the same flaw, the summary need not.
                out.insert(start, ' ');
                for (int[] mark : lineMarks) {
                    if (mark[0] > start) {
                        mark[0]++;
                    }
                }
                start++;
            }
            int end = out.length();
            String text = out.substring(start, end).trim();
            links.add(new InlineLink(start, end, text, link.getDestination(), lineOf(link, blockLine)));
            afterLink = true;
        }

        private void append(String literal, int line) {
            if (literal.isEmpty()) {
                return;
            }
            lineMarks.add(new int[] {out.length(), line});
            for (int i = 0; i < literal.length(); i++) {
                char c = literal.charAt(i);
                if (isSpace(c)) {
                    if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                        out.append(' ');
                    }
                } else {
                    if (afterLink && out.length() > 0 && isWordChar(out.charAt(out.length() - 1)) && isWordChar(c)) {
                        out.append(' ');
                    }
                    out.append(c);
                }
                afterLink = false;
            }
        }

        String finish() {
            if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
                for (int i = 0; i < links.size(); i++) {
                    InlineLink link = links.get(i);
                    if (link.end() > out.length()) {
                        links.set(i, new InlineLink(link.start(), out.length(), link.text(), link.destination(),
                                link.line()));
                    }
                }
            }
            return out.toString();
        }

        int lineAt(int offset) {
            int line = blockLine;
            for (int[] mark : lineMarks) {
                if (mark[0] > offset) {
                    break;
                }
                line = mark[1];
            }
            return line;
        }
    }

    /** Spaces of every kind, the non-breaking space after full stops included. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
