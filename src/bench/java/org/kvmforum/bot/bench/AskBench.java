package org.kvmforum.bot.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kvmforum.bot.commands.CommandRequest;
import org.kvmforum.bot.commands.Reply;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * /ask answers, one result per question of {@link AskQuestions#SPREAD} (the {@code @Param} list must repeat it:
 * annotations need constants). JmhSuite only runs this when the catalog has /ask.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AskBench {
    @Param({
        "who gave the VFIO talk?",
        "when was the keynote on QEMU development?",
        "what did Avi talk about?",
        "where was KVM Forum 2011 held?",
        "were there slides for the virtio-scsi talk?",
        "who talked about live migraton?",
        "what is the capital of France?",
    })
    public String question;

    private BotUnderBench bot;
    private CommandRequest request;

    @Setup
    public void setUp() {
        bot = BotUnderBench.load();
        if (!bot.has(AskQuestions.COMMAND)) {
            throw new IllegalStateException("this build has no /" + AskQuestions.COMMAND);
        }
        request = BotUnderBench.request(AskQuestions.COMMAND, Map.of(AskQuestions.OPTION, question));
    }

    @Benchmark
    public Reply ask() {
        return bot.build(request);
    }
}
