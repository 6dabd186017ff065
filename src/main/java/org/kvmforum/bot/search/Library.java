package org.kvmforum.bot.search;

import java.nio.file.Path;
import org.kvmforum.bot.answer.QuestionAnswerer;
import org.kvmforum.bot.content.ContentLoader;
import org.kvmforum.bot.content.ContentException;
import org.kvmforum.bot.content.ContentModel;

/**
 * One consistent generation of what the bot knows: the content model and the indexes built from it. Built
 * whole, then published whole by {@link LibraryHolder}, so a reader never sees a model with another model's
 * index.
 */
public final class Library {
    private final ContentModel model;
    private final SessionSearch sessions;
    private final PeopleDirectory people;
    private final QuestionAnswerer answers;

    public Library(ContentModel model) {
        this.model = model;
        this.sessions = new SessionSearch(model);
        this.people = new PeopleDirectory(model);
        this.answers = new QuestionAnswerer(model, people);
    }

    /** Parses every post in the directory and builds the indexes; nothing is returned half-built. */
    public static Library load(Path contentDirectory) throws ContentException {
        return new Library(ContentLoader.load(contentDirectory));
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

    /** Answers plain-words questions from this generation's model and indexes. */
    public QuestionAnswerer answers() {
        return answers;
    }
}
