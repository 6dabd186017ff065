package org.kvmforum.bot.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.kvmforum.bot.commands.AutocompleteRequest;
import org.kvmforum.bot.standin.BaselineBot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Autocomplete, which Discord sends on every keystroke: /talk (sessions) and /speaker (people), for a blank
 * box, a prefix, a whole word, several words and typos. Each input is its own result, so a slow kind of input
 * is not averaged away.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AutocompleteBench {

    @State(Scope.Benchmark)
    public static class Bot {
        BotUnderBench bot;

        @Setup
        public void setUp() {
            bot = BotUnderBench.load();
        }
    }

    @State(Scope.Benchmark)
    public static class TalkTyped {
        /** Blank, a prefix, a word, several words, a typo ("migraton"), a typo'd name ("hajnozci"). */
        @Param({"", "vi", "virtio", "memory management kvm", "migraton", "hajnozci"})
        public String typed;
    }

    @State(Scope.Benchmark)
    public static class SpeakerTyped {
        /** Blank, a prefix, a first name, a full name, typos in a surname and a first name. */
        @Param({"", "al", "Stefan", "Andrea Arcangeli", "hajnozci", "Pualo"})
        public String typed;
    }

    @Benchmark
    public List<Command.Choice> baselineFixedChoice() {
        return List.of(new Command.Choice(BaselineBot.CHOICE_NAME, BaselineBot.CHOICE_VALUE));
    }

    @Benchmark
    public List<Command.Choice> talk(Bot bot, TalkTyped input) {
        return bot.bot.complete(new AutocompleteRequest("talk", "query", input.typed, BotUnderBench.USER));
    }

    @Benchmark
    public List<Command.Choice> speaker(Bot bot, SpeakerTyped input) {
        return bot.bot.complete(
                new AutocompleteRequest("speaker", "name", input.typed, BotUnderBench.USER));
    }
}
