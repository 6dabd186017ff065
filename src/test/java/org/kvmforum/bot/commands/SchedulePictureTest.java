package org.kvmforum.bot.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.picture.ProgramPicture;

/** /schedule's first page carries the program picture; paging does not send it again; it is drawn once per content. */
class SchedulePictureTest {
    private final CommandRouter router = Fixtures.router();

    @Test
    void theFirstPageAttachesTheProgramAndShowsItInTheEmbed() {
        for (Map<String, String> options : List.of(Map.<String, String>of(), Map.of("day", "2"))) {
            Reply reply = router.execute(Fixtures.request("schedule", options));
            List<FileUpload> files = reply.message().getFiles();
            assertEquals(List.of(ProgramPicture.FILE_NAME), files.stream().map(FileUpload::getName).toList());
            assertEquals("attachment://program.png", reply.message().getEmbeds().get(0).getImage().getUrl());
            assertEquals(List.of(), ReplyLimits.violations(reply.message()));

            // What Discord receives: the attachment named in the message's JSON, as JDA serialises it.
            DataArray attachments = reply.message().toData().getArray("attachments");
            assertEquals(1, attachments.length());
            DataObject attachment = attachments.getObject(0);
            assertEquals("program.png", attachment.getString("filename"));
            assertTrue(attachment.getString("description").contains("KVM Forum 2011"));
        }
    }

    @Test
    void pagingEditsTheEmbedWithoutSendingThePictureAgain() {
        Reply reply = router.execute(Fixtures.request("schedule", Map.of()));
        ActionRow row = (ActionRow) reply.message().getComponents().get(0);
        String next = row.getButtons().get(2).getCustomId();
        ButtonReply.Update update = assertInstanceOf(ButtonReply.Update.class,
                router.click(new ButtonRequest(next, "1001", "2002")));
        assertEquals(List.of(), update.edit().getFiles());
        MessageEmbed page = update.edit().getEmbeds().get(0);
        assertNull(page.getImage(), "the picture stays on the message from the first reply");
    }

    @Test
    void drawnOncePerContentGeneration() throws Exception {
        SchedulePicture pictures = new SchedulePicture(Theme.defaults());
        Library first = Fixtures.library().get();
        ProgramPicture.Picture once = pictures.of(first, first.model().latest()).orElseThrow();
        assertSame(once, pictures.of(first, first.model().latest()).orElseThrow(), "kept, not drawn again");
        Library reloaded = Library.load(Path.of("content"));
        ProgramPicture.Picture again = pictures.of(reloaded, reloaded.model().latest()).orElseThrow();
        assertTrue(again != once, "new content, a new picture");
        assertEquals(once.height(), again.height());
    }

    @Test
    void anEmbedImageWithoutItsFileOrTooManyFilesBreakTheLimits() {
        var embed = new net.dv8tion.jda.api.EmbedBuilder().setDescription("x")
                .setImage("attachment://program.png").build();
        var without = new net.dv8tion.jda.api.utils.messages.MessageCreateBuilder().setEmbeds(embed).build();
        assertTrue(ReplyLimits.violations(without).stream().anyMatch(p -> p.contains("names no attached file")),
                ReplyLimits.violations(without).toString());
        var tooMany = new net.dv8tion.jda.api.utils.messages.MessageCreateBuilder().setContent("files");
        for (int i = 0; i < 11; i++) {
            tooMany.addFiles(FileUpload.fromData(new byte[] {1}, "f" + i + ".png"));
        }
        assertTrue(ReplyLimits.violations(tooMany.build()).contains("11 files, over 10"));
    }
}
