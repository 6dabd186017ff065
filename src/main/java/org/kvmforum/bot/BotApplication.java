package org.kvmforum.bot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.kvmforum.bot.commands.CommandCatalog;
import org.kvmforum.bot.commands.CommandContext;
import org.kvmforum.bot.commands.CommandRouter;
import org.kvmforum.bot.commands.Cooldowns;
import org.kvmforum.bot.commands.Theme;
import org.kvmforum.bot.config.BotConfig;
import org.kvmforum.bot.config.ConfigException;
import org.kvmforum.bot.config.ConfigLoader;
import org.kvmforum.bot.console.ConsoleRunner;
import org.kvmforum.bot.content.ContentDump;
import org.kvmforum.bot.content.ContentException;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.EmbeddedContent;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.discord.DiscordBot;
import org.kvmforum.bot.discord.TokenSource;
import org.kvmforum.bot.library.ContentWatcher;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.library.LibraryHolder;
import org.kvmforum.bot.picture.ProgramPicture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the bot together from the command line, the config and the environment, and runs it in the mode asked
 * for. Every way start-up can fail for an operator's reason ends in one line on standard error and an exit
 * code: 2 for a bad command line, config, content or token setting; 1 when Discord refuses the token or cannot
 * be reached. No stack trace is printed for those.
 */
public final class BotApplication {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_BAD_SETUP = 2;
    static final Path DEFAULT_CONFIG = Path.of("config", "bot.json");

    private static final Logger log = LoggerFactory.getLogger(BotApplication.class);

    private final Map<String, String> environment;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final CountDownLatch shutdownRequested = new CountDownLatch(1);
    private volatile DiscordBot running;

    public BotApplication(Map<String, String> environment, InputStream in, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** Runs until done (console: end of input; Discord: {@link #requestShutdown()}), and returns the exit code. */
    public int run(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (LaunchOptions.UsageException e) {
            err.println("kvm-forum-bot: " + e.getMessage());
            err.println(LaunchOptions.USAGE);
            return EXIT_BAD_SETUP;
        }
        if (options.help()) {
            out.println(LaunchOptions.USAGE);
            return EXIT_OK;
        }
        if (options.version()) {
            out.println("kvm-forum-bot " + version());
            return EXIT_OK;
        }
        BotConfig config;
        try {
            ConfigLoader loader = new ConfigLoader();
            config = options.config() != null ? loader.load(options.config()) : loader.loadIfPresent(DEFAULT_CONFIG);
        } catch (ConfigException e) {
            err.println("kvm-forum-bot: bad config: " + e.getMessage());
            return EXIT_BAD_SETUP;
        }
        // No directory named anywhere: the content built into the jar, so the jar runs from any directory.
        boolean embedded = options.content() == null && config.content().directory().isBlank();
        Path contentDir;
        Library library;
        try {
            contentDir = embedded ? EmbeddedContent.directory()
                    : options.content() != null ? options.content() : Path.of(config.content().directory());
            library = Library.load(contentDir);
        } catch (ContentException e) {
            err.println("kvm-forum-bot: bad content: " + e.getMessage());
            return EXIT_BAD_SETUP;
        }
        if (options.dumpContent()) {
            out.println(ContentDump.toJson(library.model()));
            return EXIT_OK;
        }
        if (options.renderProgram() != null) {
            return renderProgram(library.model(), Theme.from(config.colours()), options.renderProgram());
        }
        Optional<String> token;
        try {
            token = TokenSource.fromEnvironment(environment);
        } catch (TokenSource.TokenException e) {
            err.println("kvm-forum-bot: " + e.getMessage());
            return EXIT_BAD_SETUP;
        }
        LibraryHolder holder = new LibraryHolder(contentDir, library);
        boolean console = options.console() || token.isEmpty();
        Cooldowns cooldowns = console ? Cooldowns.unlimited()
                : new Cooldowns(config.rateLimit().commands(), Duration.ofSeconds(config.rateLimit().windowSeconds()));
        // Nothing the bot sends may ping anyone. JDA's default allows every mention type and is global to the
        // process, so it is set here, once, before any message is built. (The router holds the rule on every reply
        // anyway, and ReplyLimits refuses a reply that allows mentions.)
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        CommandContext context = new CommandContext(holder, Theme.from(config.colours()), Clock.systemUTC());
        CommandRouter router = new CommandRouter(CommandCatalog.all(context), cooldowns, context);
        ContentWatcher watcher = config.reload().watchContent() ? watch(holder, embedded) : null;
        try {
            if (console) {
                if (token.isEmpty() && !options.json()) {
                    err.println("No " + TokenSource.TOKEN_VARIABLE + " in the environment: opening the local console.");
                }
                return runConsole(router, options.json(), summary(library.model(), contentDir));
            }
            library.warmUpInBackground(); // the first question by meaning must not miss Discord's deadline
            return runDiscord(token.get(), config, router, summary(library.model(), contentDir),
                    library.model().latest().name());
        } finally {
            if (watcher != null) {
                watcher.close();
            }
        }
    }

    /** {@code --render-program FILE}: the picture /schedule attaches, written to a file for anyone to look at. */
    private int renderProgram(ContentModel model, Theme theme, Path file) {
        Event event = model.latest();
        Optional<ProgramPicture.Picture> picture = new ProgramPicture(theme.kindColours()).render(model, event);
        if (picture.isEmpty()) {
            err.println("kvm-forum-bot: cannot draw pictures on this host (the log line above says why)");
            return EXIT_FAILURE;
        }
        try {
            Files.write(file, picture.get().png());
        } catch (IOException | RuntimeException e) {
            err.println("kvm-forum-bot: cannot write " + file + ": " + e);
            return EXIT_BAD_SETUP;
        }
        out.println("Wrote " + file + ": the program of " + event.name() + ", " + picture.get().width() + "\u00d7"
                + picture.get().height() + " px, " + picture.get().png().length / 1024 + " KiB");
        return EXIT_OK;
    }

    /** The watcher for {@code reload.watchContent}; without one the bot still runs, and /reload still works. */
    private static ContentWatcher watch(LibraryHolder holder, boolean embedded) {
        if (embedded) {
            log.warn("reload.watchContent is set, but the content is the one built into the bot, which does not "
                    + "change: nothing is watched; set content.directory or --content to watch a directory");
            return null;
        }
        try {
            return ContentWatcher.start(holder, ContentWatcher.DEFAULT_QUIET_PERIOD);
        } catch (IOException e) {
            log.warn("reload.watchContent is set but {} cannot be watched ({}); use /reload after changes",
                    holder.contentDirectory(), e.toString());
            return null;
        }
    }

    /** Asks a running bot to stop cleanly (SIGTERM); harmless at any other time. */
    public void requestShutdown() {
        shutdownRequested.countDown();
    }

    /** The bot while it runs on Discord, for tests; null otherwise. */
    public DiscordBot discordBot() {
        return running;
    }

    private int runConsole(CommandRouter router, boolean json, String summary) {
        ConsoleRunner console = new ConsoleRunner(router);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            if (json) {
                console.json(reader, out);
            } else {
                console.interactive(reader, out, System.console() != null,
                        "KVM Forum bot " + version() + " — " + summary);
            }
            return EXIT_OK;
        } catch (IOException e) {
            err.println("kvm-forum-bot: cannot read standard input: " + e.getMessage());
            return EXIT_FAILURE;
        }
    }

    private int runDiscord(String token, BotConfig config, CommandRouter router, String summary,
                           String latestEvent) {
        DiscordBot bot;
        try {
            bot = DiscordBot.start(token, config, router, latestEvent);
        } catch (InvalidTokenException e) {
            err.println("kvm-forum-bot: Discord refused the token (401 Unauthorized): check "
                    + TokenSource.TOKEN_VARIABLE + ".");
            return EXIT_FAILURE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EXIT_FAILURE;
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            err.println("kvm-forum-bot: could not connect to Discord: " + reason.replace(token, "<token>"));
            log.debug("connection failure", e);
            return EXIT_FAILURE;
        }
        running = bot;
        log.info("kvm-forum-bot {} started: {}; {}; {}", version(), summary, bot.registrationSummary(),
                bot.shardSummary());
        try {
            shutdownRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("shutting down: answering interactions in flight, then closing the gateway");
        bot.shutdown(Duration.ofSeconds(10));
        running = null;
        return EXIT_OK;
    }

    /** "content: 1 event, 27 sessions, 25 speakers from the jar" (or from the directory's absolute path). */
    static String summary(ContentModel model, Path contentDir) {
        return "content: " + model.events().size() + (model.events().size() == 1 ? " event, " : " events, ")
                + model.sessions().size() + " sessions, " + model.people().size() + " speakers from "
                + EmbeddedContent.describe(contentDir);
    }

    static String version() {
        String version = BotApplication.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
