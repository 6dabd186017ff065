package org.kvmforum.bot.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Cuts a block's plain text into sentences: a full stop, question or exclamation mark (perhaps followed by a
 * closing quote or bracket) ends one when a space and a capital, a digit, an opening quote or a link follow.
 * A stop inside a link's text, after an abbreviation or after a single initial ends nothing.
 */
final class SentenceSplitter {
    private static final String CLOSERS = "\"')]\u201D\u2019";
    private static final String OPENERS = "\"(\u201C[";

    /** Abbreviations whose full stop ends no sentence. */
    private static final Set<String> ABBREVIATIONS =
            Set.of("e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "prof", "approx", "cf");

    private SentenceSplitter() {}

    static List<Sentence> split(String text, List<InlineLink> links, IntUnaryOperator lineAt) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c != '.' && c != '!' && c != '?') || insideLink(i, links)) {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end + 1 >= text.length() || text.charAt(end) != ' ') {
                continue;
            }
            if (!opensSentence(text, end + 1, links) || (c == '.' && endsAbbreviationOrInitial(text, i))) {
                continue;
            }
            sentences.add(sentence(text, start, end, links, lineAt));
            start = end + 1;
            i = end;
        }
        if (start < text.length()) {
            sentences.add(sentence(text, start, text.length(), links, lineAt));
        }
        return sentences;
    }

    private static Sentence sentence(String text, int start, int end, List<InlineLink> links, IntUnaryOperator lineAt) {
        List<InlineLink> inside = new ArrayList<>();
        for (InlineLink link : links) {
            if (link.start() >= start && link.end() <= end) {
                inside.add(link.relativeTo(start));
            }
        }
        return new Sentence(text.substring(start, end), lineAt.applyAsInt(start), inside);
    }

    private static boolean insideLink(int offset, List<InlineLink> links) {
        for (InlineLink link : links) {
            if (offset >= link.start() && offset < link.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensSentence(String text, int at, List<InlineLink> links) {
        char c = text.charAt(at);
        if (Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0) {
            return true;
        }
        for (InlineLink link : links) {
            if (link.start() == at) {
                return true; // "[qdev](..) was ..." starts a sentence even in lower case
            }
        }
        return false;
    }

    private static boolean endsAbbreviationOrInitial(String text, int stop) {
        int wordStart = stop;
        while (wordStart > 0 && !ProseBlocks.isSpace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = text.substring(wordStart, stop);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return initial || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }
}
