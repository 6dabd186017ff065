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
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kvmforum.bot.commands.CommandCatalog;
import org.kvmforum.bot.commands.CommandContext;
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
        assertTrue(assertInstanceOf(ConsoleInput.Invalid.class, parser.parse("hello")).reason().contains("/talk"));
        assertInstanceOf(ConsoleInput.Invalid.class, parser.parse("/about extra:1"));
        assertInstanceOf(ConsoleInput.Nothing.class, parser.parse("   "));
        assertInstanceOf(ConsoleInput.Quit.class, parser.parse("quit"));
    }

    @Test
    void jsonModeWritesOneLinePerCommandAndGoesOnAfterErrors() throws Exception {
        ConsoleRunner runner = new ConsoleRunner(router);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String input = String.join("\n", "/talk query:vfio", "this is not a command", "", "complete /talk query:vf",
                "/slides talk:transcendent memory", "/schedule");
        runner.json(new BufferedReader(new StringReader(input)), new PrintStream(out, true, StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(5, lines.size(), lines.toString());
        DataObject talk = DataObject.fromJson(lines.get(0));
        assertEquals(4, talk.getInt("type"));
        assertEquals("VFIO-based PCI device assignment",
                talk.getObject("data").getArray("embeds").getObject(0).getString("title"));
        assertTrue(DataObject.fromJson(lines.get(1)).hasKey("error"));
        DataObject complete = DataObject.fromJson(lines.get(2));
        assertEquals(8, complete.getInt("type"));
        assertEquals("2011-vfio-based-pci-device-assignment",
                complete.getObject("data").getArray("choices").getObject(0).getString("value"));
        assertEquals(64, DataObject.fromJson(lines.get(3)).getObject("data").getInt("flags") & 64, "ephemeral");

        String next = DataObject.fromJson(lines.get(4)).getObject("data").getArray("components").getObject(0)
                .getArray("components").getObject(2).getString("custom_id");
        DataObject page = DataObject.fromJson(runner.jsonLine("click " + next));
        assertEquals(7, page.getInt("type"));
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
}
