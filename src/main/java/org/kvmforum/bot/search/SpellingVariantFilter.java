package org.kvmforum.bot.search;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Spells the British "-ise" family of a lower-case word the American way before stemming ("criticised",
 * "criticising" → "criticized", "criticizing"; "optimisation" → "optimization"), so a question and a post written
 * on the two sides of the Atlantic stem alike. Index and queries run the same filter, so a word caught that is no
 * such verb ("promise") still stems the same on both sides.
 */
final class SpellingVariantFilter extends TokenFilter {
    /** At least four letters before the ending, so short words ("rise", "raise", "noise") stay as written. */
    private static final Pattern BRITISH = Pattern.compile("^([a-z]{4,})is(e|es|ed|ing|ation|ations|er|ers)$");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    SpellingVariantFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String american = american(term.toString());
            if (american != null) {
                term.setEmpty().append(american);
            }
        }
        return true;
    }

    /** The American spelling of a British "-ise" word, or null when the word is not one. */
    static String american(String word) {
        Matcher matcher = BRITISH.matcher(word);
        return matcher.matches() ? matcher.group(1) + "iz" + matcher.group(2) : null;
    }
}
