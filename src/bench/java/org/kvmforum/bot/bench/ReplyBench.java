package org.kvmforum.bot.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.kvmforum.bot.commands.ButtonReply;
import org.kvmforum.bot.commands.ButtonRequest;
import org.kvmforum.bot.commands.CommandRequest;
import org.kvmforum.bot.commands.Reply;
import org.kvmforum.bot.commands.SelectRequest;
import org.kvmforum.bot.standin.BaselineBot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Building each command's reply afresh from a {@link CommandRequest} (see {@link BotUnderBench#build}), and
 * once through the router's reply cache, as a repeated question is answered.
 * The baseline is what {@link BaselineBot} does per command: wrap its one prebuilt embed in a message.
 * Requests are built once in setup so only the bot's own work is timed. Results are returned, never dropped,
 * so the JIT cannot remove the work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReplyBench {
    private BotUnderBench bot;
    private CommandRequest talkById;
    private CommandRequest talkByText;
    private CommandRequest speakerByName;
    private CommandRequest speakerShared;
    private CommandRequest slides;
    private CommandRequest schedule;
    private ButtonRequest scheduleNextPage;
    private CommandRequest search;
    private CommandRequest about;
    private CommandRequest help;
    private CommandRequest searchTypos;
    private CommandRequest searchRandomUnicode;
    private SelectRequest relatedChoice;

    @Setup
    public void setUp() {
        bot = BotUnderBench.load();
        talkById = BotUnderBench.request("talk", Map.of("query", "2011-vfio-based-pci-device-assignment"));
        talkByText = BotUnderBench.request("talk", Map.of("query", "live migration"));
        speakerByName = BotUnderBench.request("speaker", Map.of("name", "Stefan Hajnoczi"));
        // A first name two people share: two cards and a note.
        speakerShared = BotUnderBench.request("speaker", Map.of("name", "Alex"));
        slides = BotUnderBench.request("slides", Map.of("talk", "2011-next-gen-block-file-format"));
        schedule = BotUnderBench.request("schedule", Map.of());
        // Page 2 of the whole program, as the "Next" button of a fresh /schedule carries it.
        long issued = Instant.now().getEpochSecond();
        scheduleNextPage = new ButtonRequest("schedule:" + BotUnderBench.USER + ":0:1:" + issued + ":n",
                BotUnderBench.USER, BotUnderBench.GUILD);
        search = BotUnderBench.request("search", Map.of("query", "live migration"));
        about = BotUnderBench.request("about", Map.of());
        help = BotUnderBench.request("help", Map.of());
        // Hostile input against the expensive honest case (robustness/HostileInputCostTest counts the same work
        // in allocated bytes): eight misspelt words, and 300 random UTF-16 units, from a fixed seed.
        searchTypos = BotUnderBench.request("search", Map.of("query",
                "vfoi migratoin qcwo2 virtoi scsci tracnig numaa memroy"));
        Random random = new Random(2011);
        StringBuilder unicode = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            unicode.append((char) random.nextInt(0x10000));
        }
        searchRandomUnicode = BotUnderBench.request("search", Map.of("query", unicode.toString()));
        requireUpdate(bot.router.click(scheduleNextPage));
        // Live migration's card opens postcopy live migration, its closest related session, in place.
        relatedChoice = new SelectRequest("related:2011-live-migration", List.of("2011-postcopy-live-migration"),
                BotUnderBench.USER, BotUnderBench.USER, BotUnderBench.GUILD);
        requireUpdate(bot.router.select(relatedChoice));
    }

    private static void requireUpdate(ButtonReply reply) {
        if (!(reply instanceof ButtonReply.Update)) {
            throw new IllegalStateException("the schedule button or related menu did not edit the message: " + reply);
        }
    }

    @Benchmark
    public MessageCreateData baselineFixedEmbed() {
        return MessageCreateData.fromEmbeds(BaselineBot.fixedEmbed());
    }

    @Benchmark
    public Reply talkById() {
        return bot.build(talkById);
    }

    /** The same question again: what most chat traffic costs, answered from the router's reply cache. */
    @Benchmark
    public Reply talkByTextRepeated() {
        return bot.router.execute(talkByText);
    }

    @Benchmark
    public Reply talkByText() {
        return bot.build(talkByText);
    }

    @Benchmark
    public Reply speakerByName() {
        return bot.build(speakerByName);
    }

    @Benchmark
    public Reply speakerSharedFirstName() {
        return bot.build(speakerShared);
    }

    @Benchmark
    public Reply slides() {
        return bot.build(slides);
    }

    @Benchmark
    public Reply schedule() {
        return bot.build(schedule);
    }

    @Benchmark
    public ButtonReply scheduleNextPageClick() {
        return bot.router.click(scheduleNextPage);
    }

    @Benchmark
    public ButtonReply relatedMenuChoice() {
        return bot.router.select(relatedChoice);
    }

    @Benchmark
    public Reply search() {
        return bot.build(search);
    }

    @Benchmark
    public Reply about() {
        return bot.build(about);
    }

    @Benchmark
    public Reply help() {
        return bot.build(help);
    }

    @Benchmark
    public Reply searchTypos() {
        return bot.build(searchTypos);
    }

    @Benchmark
    public Reply searchRandomUnicode() {
        return bot.build(searchRandomUnicode);
    }
}
