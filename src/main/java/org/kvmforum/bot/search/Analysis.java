package org.kvmforum.bot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The Lucene analysis chains, kept together so index and queries cannot drift apart.
 *
 * <p>The post is full of technical tokens. The standard tokenizer already splits on hyphens and slashes
 * ("virtio-scsi" → virtio, scsi; "/dev/vfio" → dev, vfio). At index time a word-delimiter filter also splits
 * letters from digits and dotted names while keeping the original ("POWER7" → power7, power, 7; "qcow2" →
 * qcow2, qcow, 2; "kvm.ko" → kvm.ko, kvm, ko), so "power7", "power 7" and "qcow" all find their talk.
 * Query words are not analysed by Lucene at all: they are {@link TextNormalizer#words} (split at every
 * symbol), each matched against whichever of those forms the index holds.
 */
final class Analysis {
    /** Lucene's English stop words: the function words that carry no topic. */
    static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private static final int DELIMITER_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
            | WordDelimiterGraphFilter.PRESERVE_ORIGINAL;

    private Analysis() {}

    /** Index-time chain; stemmed for topic fields, plain for names and for the field fuzzy terms run on. */
    static Analyzer index(boolean stem) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new WordDelimiterGraphFilter(stream, DELIMITER_FLAGS, null);
                stream = new FlattenGraphFilter(stream); // graph filters must be flattened before indexing
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, STOP_WORDS);
                if (stem) {
                    stream = new PorterStemFilter(new SpellingVariantFilter(stream));
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Stems one lower-case word the way the index's stemmed fields do ("migrating" → "migrat"). */
    static Analyzer stemmer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new KeywordTokenizer();
                return new TokenStreamComponents(source, new PorterStemFilter(new SpellingVariantFilter(source)));
            }
        };
    }

    /** The terms an analyzer makes of a text, in order, duplicates kept, at most maxTerms of them. */
    static List<String> terms(Analyzer analyzer, String text, int maxTerms) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (terms.size() < maxTerms && stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string failed", e); // cannot happen
        }
        return terms;
    }

    /** One word's stem. */
    static String stem(Analyzer stemmer, String word) {
        List<String> stems = terms(stemmer, word, 1);
        return stems.isEmpty() ? word : stems.get(0);
    }
}
