package org.kvmforum.bot.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;
import org.kvmforum.bot.commands.AutocompleteRequest;
import org.kvmforum.bot.commands.ButtonReply;
import org.kvmforum.bot.commands.ButtonRequest;
import org.kvmforum.bot.commands.CommandCatalog;
import org.kvmforum.bot.commands.CommandContext;
import org.kvmforum.bot.commands.CommandRequest;
import org.kvmforum.bot.commands.CommandRouter;
import org.kvmforum.bot.commands.Cooldowns;
import org.kvmforum.bot.commands.RelatedMenu;
import org.kvmforum.bot.commands.Reply;
import org.kvmforum.bot.commands.SelectRequest;
import org.kvmforum.bot.commands.SlashCommand;
import org.kvmforum.bot.commands.Theme;
import org.kvmforum.bot.console.ConsoleRunner;
import org.kvmforum.bot.content.ContentLoader;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.library.LibraryHolder;

/**
 * Whatever a user types into any option of any command (the catalogue's own list, so a new command such as /ask
 * is covered as soon as it is registered), whatever they type while autocomplete runs, whatever button id reaches
 * the bot: the reply is valid under Discord's limits, echoes nothing that formats, links or mentions, pings
 * nobody, and is never the internal-error reply. The router is driven directly, the way both Discord and the
 * console reach the commands; a share of the cases goes through the console's JSON lines.
 */
class HostileInputPropertiesTest {
    private static final Path CONTENT = Path.of("content");
    /** A fixed clock, so schedule ids are reproducible when a failure is shrunk. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T10:00:00Z"), ZoneOffset.UTC);
    private static final String ASKER = "111111111111111111";
    private static final String OTHER = "222222222222222222";

    private static CommandRouter router;
    private static ConsoleRunner console;
    private static ReplyChecks checks;
    private static LogCapture logs;

    @BeforeContainer
    static void setUp() throws Exception {
        LibraryHolder holder = new LibraryHolder(CONTENT, Library.load(CONTENT));
        CommandContext context = new CommandContext(holder, Theme.defaults(), CLOCK);
        List<SlashCommand> commands = CommandCatalog.all(context);
        router = new CommandRouter(commands, Cooldowns.unlimited(), context);
        console = new ConsoleRunner(router);
        checks = new ReplyChecks(CONTENT);
        logs = LogCapture.start();
    }

    @AfterContainer
    static void tearDown() {
        logs.close();
    }

    @BeforeTry
    void forgetEarlierLogs() {
        logs.clear();
    }

    /** A bug the router caught is logged at ERROR; hostile input must not find any. */
    @AfterTry
    void nothingWasLoggedAsABug() {
        List<ILoggingEvent> errors = logs.atLeast(Level.ERROR);
        assertEquals(List.of(), errors.stream().map(ILoggingEvent::getFormattedMessage).toList(),
                "errors logged while answering hostile input");
    }

    // ---- slash commands ----

    @Property(tries = 4000)
    void everyCommandAnswersAnyOptionsSafely(@ForAll("commandRequests") CommandRequest request) {
        Reply reply = router.execute(request);
        assertEquals(List.of(), checks.reply(reply), () -> "/" + request.name() + " " + describe(request.options()));
    }

    @Property(tries = 500)
    void anUnknownCommandNameIsEchoedSafely(@ForAll("hostileText") String name) {
        Reply reply = router.execute(new CommandRequest(name, Map.of(), ASKER, null, false));
        assertEquals(List.of(), checks.reply(reply), () -> describe(Map.of("name", name)));
    }

    @Provide
    Arbitrary<CommandRequest> commandRequests() {
        return Arbitraries.of(router.commands()).flatMap(command -> {
            // A message command's one input is the message's text, carried as the option TARGET.
            List<String> declared = command.onMessage() ? List.of(SlashCommand.TARGET)
                    : command.options().stream().map(OptionData::getName).toList();
            Arbitrary<Map<String, String>> options = declared.isEmpty()
                    ? Arbitraries.just(Map.of())
                    : Arbitraries.maps(Arbitraries.of(declared), Hostile.text()).ofMaxSize(declared.size());
            // Mostly plain users; sometimes an admin, so /reload runs too (it rereads the real post).
            Arbitrary<Boolean> admin = Arbitraries.frequency(Tuple.of(199, false),
                    Tuple.of(1, true));
            Arbitrary<String> guild = Arbitraries.of("333333333333333333", null);
            return Combinators.combine(options, admin, guild).as((values, isAdmin, guildId) ->
                    new CommandRequest(command.name(), values, ASKER, guildId, isAdmin));
        });
    }

    /**
     * The paths a plain question can take besides the words: the session found by meaning, a quoted sentence of
     * the post, a reason, the plain "the post does not say", each wrapped in hostile context before and after
     * (the main clause is read first, the rest only if it finds nothing).
     */
    @Property(tries = 300)
    void questionsAnsweredByMeaningAnswerSafely(@ForAll("questionsInContext") String question) {
        Reply reply = router.execute(new CommandRequest("ask", Map.of("question", question), ASKER, null, false));
        assertEquals(List.of(), checks.reply(reply), () -> describe(Map.of("question", question)));
    }

    @Provide
    Arbitrary<String> questionsInContext() {
        Arbitrary<String> asked = Arbitraries.of("anything on handing a real GPU to a VM?",
                "was there anything about limiting a guest's I/O?", "why were the talk slots short?",
                "what was the downside of the shorter slots?", "what time did the keynote start?",
                "who does the keynote speaker work for?", "what was the name of the pub?",
                "what were the attendees discussing?", "link to the official page?");
        return Combinators.combine(Hostile.text(), asked, Hostile.text())
                .as((before, question, after) -> before + ". " + question + " " + after);
    }

    /** Discord hides admin commands from others, but a client can still send one: the router refuses it. */
    @Example
    void everyAdminCommandRefusesOthers() {
        List<SlashCommand> adminOnly = router.commands().stream().filter(SlashCommand::adminOnly).toList();
        assertFalse(adminOnly.isEmpty(), "/reload at least is admin-only");
        for (SlashCommand command : adminOnly) {
            Reply reply = router.execute(new CommandRequest(command.name(), Map.of(), OTHER, "333333333333333333",
                    false));
            assertEquals("Not allowed", reply.message().getEmbeds().get(0).getTitle(), "/" + command.name());
            assertTrue(reply.ephemeral());
            assertEquals(List.of(), checks.reply(reply));
        }
    }

    @Provide
    Arbitrary<String> hostileText() {
        return Hostile.text();
    }

    // ---- autocomplete ----

    @Property(tries = 6000)
    void autocompleteOffersValidChoicesForAnyTyping(@ForAll("autocompleteRequests") AutocompleteRequest request) {
        List<Command.Choice> choices = router.autocomplete(request);
        assertEquals(List.of(), checks.choices(choices),
                () -> "/" + request.command() + " " + request.option() + ": " + describe(Map.of("typed", request.typed())));
    }

    @Provide
    Arbitrary<AutocompleteRequest> autocompleteRequests() {
        List<String[]> autocompleted = new ArrayList<>();
        for (SlashCommand command : router.commands()) {
            for (OptionData option : command.options()) {
                if (option.isAutoComplete()) {
                    autocompleted.add(new String[] {command.name(), option.getName()});
                }
            }
        }
        // Unknown commands and options too: a stale client can send them.
        autocompleted.add(new String[] {"nosuch", "query"});
        autocompleted.add(new String[] {"talk", "nosuch"});
        // Discord sends partial input up to the option's 6000 characters, one request per keystroke.
        return Combinators.combine(Arbitraries.of(autocompleted), Hostile.text())
                .as((target, typed) -> new AutocompleteRequest(target[0], target[1], typed, ASKER));
    }

    // ---- buttons ----

    @Property(tries = 6000)
    void forgedOrRandomButtonIdsAreRefusedPolitely(@ForAll("customIds") String customId,
                                                   @ForAll("clickers") String clicker) {
        ButtonReply reply = router.click(new ButtonRequest(customId, clicker, "333333333333333333"));
        assertEquals(List.of(), checks.click(reply), () -> describe(Map.of("customId", customId, "user", clicker)));
    }

    @Provide
    Arbitrary<String> customIds() {
        return Hostile.customId(List.of(ASKER, OTHER));
    }

    @Provide
    Arbitrary<String> clickers() {
        return Arbitraries.of(ASKER, OTHER);
    }

    /** The real paging still works for its asker, and refuses everyone else without an error. */
    @Example
    void realScheduleButtonsPageForTheAskerOnly() {
        Reply schedule = router.execute(new CommandRequest("schedule", Map.of(), ASKER, null, false));
        ActionRow row = (ActionRow) schedule.message().getComponents().get(0);
        String next = ((Button) row.getComponents().get(2)).getCustomId();

        ButtonReply mine = router.click(new ButtonRequest(next, ASKER, null));
        ButtonReply theirs = router.click(new ButtonRequest(next, OTHER, null));

        assertInstanceOf(ButtonReply.Update.class, mine);
        assertEquals(List.of(), checks.click(mine));
        ButtonReply.Answer refusal = assertInstanceOf(ButtonReply.Answer.class, theirs);
        assertTrue(refusal.reply().ephemeral(), "a refusal only its clicker sees");
        assertEquals("Not your schedule", refusal.reply().message().getEmbeds().get(0).getTitle());
    }

    // ---- select menus ----

    @Property(tries = 4000)
    void forgedSelectIdsAndValuesAreRefusedPolitely(@ForAll("menuIds") String customId,
                                                    @ForAll("menuValues") List<String> values,
                                                    @ForAll("clickers") String chooser,
                                                    @ForAll("askers") String asker) {
        ButtonReply reply = router.select(new SelectRequest(customId, values, chooser, asker, "333333333333333333"));
        assertEquals(List.of(), checks.click(reply),
                () -> describe(Map.of("customId", customId, "values", String.join("|", values), "user", chooser)));
    }

    @Provide
    Arbitrary<String> menuIds() {
        Arbitrary<String> related = Arbitraries.oneOf(Arbitraries.of(sessionIds()), Hostile.text())
                .map(rest -> RelatedMenu.PREFIX + rest)
                .map(id -> id.length() > 100 ? id.substring(0, 100) : id);
        return Arbitraries.oneOf(related, Hostile.customId(List.of(ASKER, OTHER)));
    }

    @Provide
    Arbitrary<List<String>> menuValues() {
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of(sessionIds()), Hostile.text(),
                Arbitraries.of("", "2011-", "../2011-live-migration", "2011-LIVE-MIGRATION"));
        return value.list().ofMinSize(0).ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> askers() {
        return Arbitraries.of(ASKER, OTHER).injectNull(0.2);
    }

    private static List<String> sessionIds() {
        return SessionIds.IDS;
    }

    /** The real post's session ids, read once for the generators. */
    private static final class SessionIds {
        static final List<String> IDS = loadIds();

        private static List<String> loadIds() {
            try {
                return ContentLoader.load(Path.of("content")).sessions().stream().map(Session::id).toList();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The real related menu opens a session for its asker, refuses others, and says when a session is gone. */
    @Example
    void realRelatedMenuOpensForTheAskerOnly() {
        Reply card = router.execute(new CommandRequest("talk", Map.of("query", "2011-live-migration"), ASKER, null,
                false));
        List<?> rows = card.message().getComponents();
        StringSelectMenu menu = (StringSelectMenu) ((ActionRow) rows.get(rows.size() - 1)).getComponents().get(0);
        String value = menu.getOptions().get(0).getValue();

        ButtonReply mine = router.select(new SelectRequest(menu.getCustomId(), List.of(value), ASKER, ASKER, null));
        ButtonReply theirs = router.select(new SelectRequest(menu.getCustomId(), List.of(value), OTHER, ASKER, null));
        ButtonReply gone = router.select(new SelectRequest(menu.getCustomId(), List.of("2011-gone"), ASKER, ASKER,
                null));

        ButtonReply.Update update = assertInstanceOf(ButtonReply.Update.class, mine);
        assertEquals(List.of(), checks.click(mine));
        assertEquals(menu.getOptions().get(0).getLabel(), update.edit().getEmbeds().get(0).getTitle());
        ButtonReply.Answer refusal = assertInstanceOf(ButtonReply.Answer.class, theirs);
        assertTrue(refusal.reply().ephemeral(), "a refusal only its chooser sees");
        assertEquals("Not your card", refusal.reply().message().getEmbeds().get(0).getTitle());
        ButtonReply.Answer stale = assertInstanceOf(ButtonReply.Answer.class, gone);
        assertTrue(stale.reply().ephemeral());
        assertEquals("Session not found", stale.reply().message().getEmbeds().get(0).getTitle());
    }

    // ---- the console's JSON lines ----

    @Property(tries = 2000)
    void consoleJsonLinesAreValidDiscordBodies(@ForAll("consoleLines") String line) {
        String out = console.jsonLine(line);
        if (out == null) {
            return; // a blank line or a comment
        }
        JsonNode body = DiscordJsonRules.parse(out);
        List<String> problems;
        if (body.has("error")) {
            problems = body.path("error").asText().isBlank() ? List.of("a blank console error") : List.of();
        } else if (body.path("type").asInt() == 8) {
            problems = DiscordJsonRules.choices(body);
        } else {
            problems = checks.body(body);
        }
        assertEquals(List.of(), problems, () -> describe(Map.of("line", line)));
    }

    @Provide
    Arbitrary<String> consoleLines() {
        Arbitrary<String> command = Arbitraries.of(router.commands()).flatMap(slash -> {
            if (slash.onMessage()) {
                return Hostile.text().map(text -> "context \"" + slash.name() + "\" " + text);
            }
            List<String> names = slash.options().stream().map(OptionData::getName).toList();
            Arbitrary<String> value = Hostile.text();
            Arbitrary<String> options = names.isEmpty()
                    ? value.map(v -> v.length() > 10 ? "" : v)
                    : Combinators.combine(Arbitraries.of(names), value).as((n, v) -> n + ":" + v)
                            .list().ofMaxSize(names.size() + 1).map(list -> String.join(" ", list));
            return Combinators.combine(Arbitraries.of("", "complete "), options)
                    .as((prefix, rest) -> prefix + "/" + slash.name() + " " + rest);
        });
        Arbitrary<String> click = Hostile.customId(List.of("console")).map(id -> "click " + id);
        // The console reads lines: a line cannot hold a line break.
        return Arbitraries.oneOf(command, command, click, Hostile.text())
                .map(line -> line.replace('\n', ' ').replace('\r', ' '));
    }

    // ---- helpers ----

    /** Failing input, with the invisible characters made visible. */
    private static String describe(Map<String, String> values) {
        Map<String, String> shown = new LinkedHashMap<>();
        values.forEach((key, value) -> shown.put(key, value == null ? "null" : visible(value)));
        return shown.toString();
    }

    private static String visible(String text) {
        String clipped = text.length() > 300 ? text.substring(0, 300) + "…(" + text.length() + " chars)" : text;
        return clipped.codePoints().mapToObj(cp -> cp < 0x20 || cp >= 0x7F && cp < 0xA0 || Character.getType(cp)
                        == Character.FORMAT || Character.getType(cp) == Character.SURROGATE
                        ? String.format("\\u%04X", cp) : new String(Character.toChars(cp)))
                .collect(Collectors.joining());
    }
}
