package org.kvmforum.bot.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kvmforum.bot.commands.CommandRequest;
import org.kvmforum.bot.commands.Reply;
import org.kvmforum.bot.search.SentenceModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * /ask on the semantic path: a question whose words find no session, answered by the sentence-embedding model.
 * Uncached, each call asks a question never seen before (a counter makes the text new), so the question is
 * embedded and every session and sentence compared; cached, the same question again. The model is loaded and
 * the post embedded in setup: that one-off cost is start-up's, measured by the start-up part.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SemanticAskBench {
    private static final String QUESTION = "anything on handing a real GPU to a VM?";

    private BotUnderBench bot;
    private CommandRequest repeated;
    private long asked;

    @Setup
    public void setUp() {
        bot = BotUnderBench.load();
        if (!bot.has(AskQuestions.COMMAND)) {
            throw new IllegalStateException("this build has no /" + AskQuestions.COMMAND);
        }
        if (!SentenceModel.shared().available()) {
            throw new IllegalStateException("the sentence-embedding model did not load");
        }
        repeated = BotUnderBench.request(AskQuestions.COMMAND, Map.of(AskQuestions.OPTION, QUESTION));
        var message = bot.build(repeated).message();
        String shown = message.getContent() + message.getEmbeds().stream().map(e -> e.toData().toString()).toList();
        if (!shown.contains("Graphics")) {
            throw new IllegalStateException("the semantic question was not answered by meaning");
        }
    }

    /** A new question every time: embedding, ranking, the answer and the reply. */
    @Benchmark
    public Reply askByMeaningUncached() {
        String question = QUESTION.replace("?", " " + (asked++) + "?");
        return bot.build(BotUnderBench.request(AskQuestions.COMMAND, Map.of(AskQuestions.OPTION, question)));
    }

    /** The same question again: the answer comes from the answerer's cache, the reply is built afresh. */
    @Benchmark
    public Reply askByMeaningCached() {
        return bot.build(repeated);
    }

    /** The model alone: one question embedded. */
    @Benchmark
    public float[] embedQuestion() {
        return SentenceModel.shared().embedOnce(QUESTION + " " + (asked++));
    }
}
