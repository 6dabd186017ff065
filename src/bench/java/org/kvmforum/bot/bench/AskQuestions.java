package org.kvmforum.bot.bench;

/**
 * /ask, the free-question command, as /help names it ({@code /ask question:…}). Its benchmarks and its share of
 * the load mix switch on by themselves once the bot's catalog has the command.
 */
final class AskQuestions {
    static final String COMMAND = "ask";
    static final String OPTION = "question";

    /** Who, when, what, where, yes/no, a typo, and one the post cannot answer. */
    static final String[] SPREAD = {
        "who gave the VFIO talk?",
        "when was the keynote on QEMU development?",
        "what did Avi talk about?",
        "where was KVM Forum 2011 held?",
        "were there slides for the virtio-scsi talk?",
        "who talked about live migraton?",
        "what is the capital of France?",
    };

    private AskQuestions() {}
}
