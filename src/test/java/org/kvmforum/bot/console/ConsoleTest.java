package org.kvmforum.bot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kvmforum.bot.commands.AutocompleteRequest;
import org.kvmforum.bot.commands.CommandCatalog;
import org.kvmforum.bot.commands.CommandContext;
import org.kvmforum.bot.commands.CommandRequest;
import org.kvmforum.bot.commands.CommandRouter;
import org.kvmforum.bot.commands.Cooldowns;
import org.kvmforum.bot.commands.Theme;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.library.LibraryHolder;

class ConsoleTest {
    static CommandRouter router;
    static ConsoleParser parser;

    @BeforeAll
    static void load() throws Exception {
        LibraryHolder holder = new LibraryHolder(Path.of("content"), Library.load(Path.of("content")));
        CommandContext context = new CommandContext(holder, Theme.defaults(), Clock.systemUTC());
        router = new CommandRouter(CommandCatalog.all(context), Cooldowns.unlimited(), context);
        parser = new ConsoleParser(router);
    }

    @Test
    void aValueRunsToTheNextOptionOfThatCommand() {
        ConsoleInput.Run run = assertInstanceOf(ConsoleInput.Run.class, parser.parse("/talk query:what is qcow2: a format?"));
        assertEquals("what is qcow2: a format?", run.request().option("query"));
        ConsoleInput.Run schedule = assertInstanceOf(ConsoleInput.Run.class, parser.parse("/schedule day:2"));
        assertEquals("2", schedule.request().option("day"));
    }

    @Test
    void aSingleOptionNeedsNoName() {
        ConsoleInput.Run run = assertInstanceOf(ConsoleInput.Run.class, parser.parse("/speaker Alex Graf"));
        assertEquals("Alex Graf", run.request().option("name"));
    }

    @Test
    void badLinesSayWhatIsWrong() {
        assertTrue(assertInstanceOf(ConsoleInput.Invalid.class, parser.parse("/nope")).reason().contains("no /nope"));
        assertTrue(assertInstanceOf(ConsoleInput.Invalid.class, parser.parse("/talk")).reason().contains("needs query"));
        assertTrue(assertInstanceOf(ConsoleInput.Invalid.class, parser.parse("@bot")).reason().contains("question"));
        assertInstanceOf(ConsoleInput.Invalid.class, parser.parse("/help extra:1"));
        assertInstanceOf(ConsoleInput.Nothing.class, parser.parse("   "));
        assertInstanceOf(ConsoleInput.Quit.class, parser.parse("quit"));
    }

    @Test
    void aLineThatIsNotACommandIsAQuestionAsInAChannel() {
        String question = "who gave the vfio talk?";
        CommandRequest expected = new CommandRequest("ask", Map.of("question", question), ConsoleParser.CONSOLE_USER,
                null, true);
        for (String line : List.of(question, "@bot " + question, "<@123456789012345678> " + question,
                "/ask question:" + question)) {
            ConsoleInput.Run run = assertInstanceOf(ConsoleInput.Run.class, parser.parse(line), line);
            assertEquals(expected, run.request(), line);
        }
        String plain = router.execute(expected).message().getContent();
        assertFalse(plain.isBlank(), "/ask answers in a sentence");
    }

    @Test
    void commandAndOptionNamesIgnoreCase() {
        ConsoleInput.Run talk = assertInstanceOf(ConsoleInput.Run.class, parser.parse("/Talk Query:vfio"));
        assertEquals("talk", talk.request().name());
        assertEquals(Map.of("query", "vfio"), talk.request().options());
        ConsoleInput.Run schedule = assertInstanceOf(ConsoleInput.Run.class, parser.parse("/SCHEDULE DAY:2"));
        assertEquals(Map.of("day", "2"), schedule.request().options());
        ConsoleInput.Complete complete = assertInstanceOf(ConsoleInput.Complete.class,
                parser.parse("complete /Slides TALK:qcow"));
        assertEquals("talk", complete.request().option());
        assertEquals(router.autocomplete(new AutocompleteRequest("slides", "talk", "qcow", ConsoleParser.CONSOLE_USER)),
                router.autocomplete(complete.request()));
    }

    @Test
    void jsonModeWritesOneLinePerInputLineAndGoesOnAfterErrors() throws Exception {
        ConsoleRunner runner = new ConsoleRunner(router);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String input = String.join("\n", "/talk query:vfio", "/nope", "", "complete /talk query:vf",
                "/slides talk:transcendent memory", "/schedule", "# a comment", "quit", "who gave the vfio talk?");
        runner.json(new BufferedReader(new StringReader(input)), new PrintStream(out, true, StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(9, lines.size(), "one output line per input line: " + lines);
        DataObject talk = DataObject.fromJson(lines.get(0));
        assertEquals(4, talk.getInt("type"));
        assertEquals("VFIO-based PCI device assignment",
                talk.getObject("data").getArray("embeds").getObject(0).getString("title"));
        assertTrue(DataObject.fromJson(lines.get(1)).getString("error").contains("no /nope"), lines.get(1));
        assertTrue(DataObject.fromJson(lines.get(2)).getString("error").contains("empty line"), lines.get(2));
        DataObject complete = DataObject.fromJson(lines.get(3));
        assertEquals(8, complete.getInt("type"));
        assertEquals("2011-vfio-based-pci-device-assignment",
                complete.getObject("data").getArray("choices").getObject(0).getString("value"));
        assertEquals(64, DataObject.fromJson(lines.get(4)).getObject("data").getInt("flags") & 64, "ephemeral");
        assertTrue(DataObject.fromJson(lines.get(6)).hasKey("error"), "a comment: " + lines.get(6));
        assertTrue(DataObject.fromJson(lines.get(7)).hasKey("error"), "quit does not end a JSON run: " + lines.get(7));
        assertEquals(runner.jsonLine("/ask question:who gave the vfio talk?"), lines.get(8), "a question is /ask");

        String next = DataObject.fromJson(lines.get(5)).getObject("data").getArray("components").getObject(0)
                .getArray("components").getObject(2).getString("custom_id");
        DataObject page = DataObject.fromJson(runner.jsonLine("click " + next));
        assertEquals(7, page.getInt("type"));
    }

    @Test
    void aRelatedSessionIsChosenWithSelect() throws Exception {
        ConsoleRunner runner = new ConsoleRunner(router);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.interactive(new BufferedReader(new StringReader(
                        "/talk query:2011-live-migration\nselect related:2011-live-migration 2011-postcopy-live-migration\n"
                                + "select related:2011-live-migration\nquit\n")),
                new PrintStream(out, true, StandardCharsets.UTF_8), false, "banner");
        String screen = out.toString(StandardCharsets.UTF_8);
        assertTrue(screen.contains("[select related:2011-live-migration] 1) postcopy live migration"
                + " = 2011-postcopy-live-migration"), screen);
        assertTrue(screen.contains("[select related:2011-postcopy-live-migration] 1) Live Migration"), screen);
        assertTrue(screen.contains("select needs the menu's id and one value"), screen);

        DataObject update = DataObject.fromJson(runner.jsonLine(
                "select related:2011-live-migration 2011-postcopy-live-migration"));
        assertEquals(7, update.getInt("type"));
        assertEquals("postcopy live migration",
                update.getObject("data").getArray("embeds").getObject(0).getString("title"));
    }

    @Test
    void interactiveModeRendersRepliesReadably() throws Exception {
        ConsoleRunner runner = new ConsoleRunner(router);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.interactive(new BufferedReader(new StringReader("/talk query:virtio scsi\ncomplete /speaker name:ale\nquit\n")),
                new PrintStream(out, true, StandardCharsets.UTF_8), false, "banner");
        String screen = out.toString(StandardCharsets.UTF_8);
        assertTrue(screen.contains("virtio-scsi transport  <http://www.linux-kvm.org/wiki/images/f/f5/2011-forum-virtio-scsi.pdf>"), screen);
        assertTrue(screen.contains("Stefan Hajnoczi and Paolo Bonzini"), screen);
        assertTrue(screen.contains("[Slides (PDF)] <http"), screen);
        assertTrue(screen.contains("Alex Williamson · 1 session"), screen);
        assertFalse(screen.contains("\\-"), "Markdown escapes are not shown: " + screen);
    }

    @Test
    void findTalksRunsOnAMessagesTextAsContextWithItsQuotedName() {
        ConsoleInput.Run run = assertInstanceOf(ConsoleInput.Run.class,
                parser.parse("context \"find talks\" who presented virtio-scsi? name:x"));
        assertEquals("Find talks", run.request().name());
        assertEquals(Map.of("message", "who presented virtio-scsi? name:x"), run.request().options());

        ConsoleRunner runner = new ConsoleRunner(router);
        DataObject found = DataObject.fromJson(runner.jsonLine("context \"Find talks\" who presented virtio-scsi?"));
        assertEquals(4, found.getInt("type"));
        assertEquals(64, found.getObject("data").getInt("flags") & 64, "private");
        assertTrue(found.toString().contains("Stefan Hajnoczi"), found.toString());
        DataObject nothing = DataObject.fromJson(runner.jsonLine("context \"Find talks\" see you at lunch"));
        assertTrue(nothing.toString().contains("mentions nothing from the post"), nothing.toString());

        assertTrue(assertInstanceOf(ConsoleInput.Invalid.class, parser.parse("context Find talks hi")).reason()
                .contains("in quotes"));
        assertTrue(assertInstanceOf(ConsoleInput.Invalid.class, parser.parse("context \"talk\" hi")).reason()
                .contains("no message command"));
    }

    @Test
    void theFirstOptionStillNeedsNoNameBesideTheEventOption() {
        ConsoleInput.Run run = assertInstanceOf(ConsoleInput.Run.class, parser.parse("/talk virtio scsi event:2011"));
        assertEquals(Map.of("query", "virtio scsi", "event", "2011"), run.request().options());
        ConsoleInput.Complete complete = assertInstanceOf(ConsoleInput.Complete.class,
                parser.parse("complete /talk event:2011 query:vir"));
        assertEquals("query", complete.request().option());
        assertEquals("2011", complete.request().other("event"));
    }
}
