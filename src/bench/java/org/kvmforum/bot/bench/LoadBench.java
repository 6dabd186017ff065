package org.kvmforum.bot.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.kvmforum.bot.config.ConfigException;
import org.kvmforum.bot.config.ConfigLoader;
import org.kvmforum.bot.content.ContentException;
import org.kvmforum.bot.content.ContentLoader;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.library.Library;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.slf4j.LoggerFactory;

/**
 * Reading the post: the content model alone ({@link ContentLoader}) and the whole library (model plus the
 * Lucene index and the people directory), which is what start-up and /reload do. JmhSuite runs these twice:
 * warm in {@link Mode#SampleTime}, and once per fresh JVM in {@link Mode#SingleShotTime} for the cold load,
 * class loading and all.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBench {

    /**
     * Logging is set up before the clock starts: in the bot it is set up long before the post is read, and the
     * cold number should be the parser's, not logback's configuration.
     */
    @Setup
    public void setUpLogging() {
        LoggerFactory.getLogger(LoadBench.class).debug("logging is set up");
    }

    /**
     * The bot reads its config before the post, and that loads Jackson, which the post's data file needs too.
     * Cold, the difference to {@link #parsePost} is the share of Jackson's own start-up in the cold number.
     */
    @State(Scope.Benchmark)
    public static class ConfigRead {
        @Setup
        public void readConfig() throws ConfigException {
            new ConfigLoader().loadIfPresent(Path.of("config", "bot.json"));
        }
    }

    @Benchmark
    public ContentModel parsePost() throws ContentException {
        return ContentLoader.load(BotUnderBench.CONTENT);
    }

    /** Only run cold (see JmhSuite): warm, it is {@link #parsePost}. */
    @Benchmark
    public ContentModel parsePostAfterConfig(ConfigRead config) throws ContentException {
        return ContentLoader.load(BotUnderBench.CONTENT);
    }

    @Benchmark
    public Library parseAndIndex() throws ContentException {
        return Library.load(BotUnderBench.CONTENT);
    }
}
