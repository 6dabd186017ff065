package org.kvmforum.bot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.kvmforum.bot.BotApplication;

/** The console shows a reply's files: by name and size in text, as JDA serialises them in JSON. */
class AttachmentsInConsoleTest {
    @Test
    void theScheduleShowsItsPictureUnderThePage() {
        String out = run("--console", "/schedule\n");
        Matcher image = Pattern.compile("\\[image: program\\.png, (\\d+)\u00d7(\\d+)]").matcher(out);
        assertTrue(image.find(), out);
        assertEquals(1400, Integer.parseInt(image.group(1)));
        assertTrue(out.indexOf("Page 1 of 4") < image.start() && image.start() < out.indexOf("[Next"),
                "under the page, above its buttons");
    }

    @Test
    void theJsonConsoleNamesTheAttachment() {
        DataObject body = DataObject.fromJson(run("--json", "/schedule\n").lines().findFirst().orElseThrow());
        DataObject data = body.getObject("data");
        assertEquals("program.png", data.getArray("attachments").getObject(0).getString("filename"));
        assertEquals("attachment://program.png",
                data.getArray("embeds").getObject(0).getObject("image").getString("url"));
    }

    @Test
    void aFileThatIsNoPngIsNamedWithoutASize() {
        assertEquals("[file: notes.txt]", TextRenderer.describe(FileUpload.fromData(new byte[] {'h', 'i'}, "notes.txt")));
    }

    private static String run(String mode, String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new BotApplication(Map.of(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {mode});
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
