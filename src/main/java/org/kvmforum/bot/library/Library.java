package org.kvmforum.bot.library;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.kvmforum.bot.answer.QuestionAnswerer;
import org.kvmforum.bot.content.ContentException;
import org.kvmforum.bot.content.ContentLoader;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.search.PeopleDirectory;
import org.kvmforum.bot.search.RelatedSessions;
import org.kvmforum.bot.search.SentenceModel;
import org.kvmforum.bot.search.SessionSearch;

/**
 * One consistent generation of what the bot knows: the content model and the indexes built from it. Built
 * whole, then published whole by {@link LibraryHolder}, so a reader never sees a model with another model's
 * index.
 */
public final class Library {
    private static final AtomicLong GENERATIONS = new AtomicLong();

    private final long generation;
    private final ContentModel model;
    private final SessionSearch sessions;
    private final PeopleDirectory people;
    private final QuestionAnswerer answers;
    private final RelatedSessions related;

    public Library(ContentModel model) {
        this(model, SentenceModel::shared);
    }

    /**
     * A library whose dense retrieval uses the given sentence model, asked for only when a query needs it (the
     * process's shared one in the bot; one that fails to load in tests of the lexical-only path).
     */
    public Library(ContentModel model, Supplier<SentenceModel> sentenceModel) {
        this.generation = GENERATIONS.incrementAndGet();
        this.model = model;
        this.sessions = new SessionSearch(model, sentenceModel);
        this.people = new PeopleDirectory(model);
        this.answers = new QuestionAnswerer(model, people, sessions);
        this.related = new RelatedSessions(model);
    }

    /** Parses every post in the directory and builds the indexes; nothing is returned half-built. */
    public static Library load(Path contentDirectory) throws ContentException {
        return new Library(ContentLoader.load(contentDirectory));
    }

    /**
     * Loads the sentence-embedding model and embeds the post on a background thread, so that the first question
     * that needs them is not the one that waits (Discord drops an interaction not answered within three
     * seconds). Returns at once; questions asked meanwhile are answered as usual, the first semantic one waiting
     * for the warm-up to finish.
     */
    public void warmUpInBackground() {
        Thread warmUp = new Thread(() -> sessions.semantic().warmUp(), "sentence-model-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /**
     * A number no other library in this process has: what was computed from this library (a cached reply) is
     * keyed by it, so nothing computed from older content is served after a reload.
     */
    public long generation() {
        return generation;
    }

    public ContentModel model() {
        return model;
    }

    public SessionSearch sessions() {
        return sessions;
    }

    public PeopleDirectory people() {
        return people;
    }

    /** Each session's closest sessions in topic, computed with this generation. */
    public RelatedSessions related() {
        return related;
    }

    /** Answers plain-words questions from this generation's model and indexes. */
    public QuestionAnswerer answers() {
        return answers;
    }
}
