package org.kvmforum.bot.search;

import org.apache.lucene.analysis.Analyzer;

/**
 * The one stemmer of the bot: the Porter stemmer of the session index's stemmed fields, so a word the answer
 * layer stems ("migrating" → "migrat") is the very term the index holds. Thread-safe (Lucene reuses an
 * analysis chain per thread).
 */
public final class Stems {
    private static final Analyzer STEMMER = Analysis.stemmer();

    private Stems() {}

    /** The stem of one lower-case word. */
    public static String of(String word) {
        return Analysis.stem(STEMMER, word);
    }
}
