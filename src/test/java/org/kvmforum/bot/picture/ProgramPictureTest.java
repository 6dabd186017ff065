package org.kvmforum.bot.picture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.kvmforum.bot.content.ContentLoader;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.content.SessionKind;
import org.slf4j.LoggerFactory;

/** The program picture of the real post and of a single-track one, checked by its own layout and by its pixels. */
class ProgramPictureTest {
    /** Colours unlike the defaults, so a pixel check proves the colours passed in are the ones drawn. */
    private static final Map<SessionKind, Color> COLOURS = new EnumMap<>(Map.of(
            SessionKind.KEYNOTE, new Color(0xAA2200), SessionKind.TALK, new Color(0x0055AA),
            SessionKind.LIGHTNING_TALK, new Color(0xCC9900), SessionKind.BOF, new Color(0x118833)));

    @Test
    void theRealPostsProgramFitsAPhoneAndDrawsEverySession() throws Exception {
        ContentModel model = ContentLoader.load(Path.of("content"));
        Event event = model.latest();
        ProgramPicture.Picture picture = new ProgramPicture(COLOURS).render(model, event).orElseThrow();

        assertTrue(picture.width() >= 1200 && picture.width() <= 1600, "width " + picture.width());
        assertTrue(picture.png().length < 512 * 1024, picture.png().length + " bytes");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.png()));
        assertEquals(picture.width(), image.getWidth());
        assertEquals(picture.height(), image.getHeight());

        assertEquals(event.sessions().stream().map(Session::id).toList(), List.copyOf(picture.blocks().keySet()),
                "every session has a block, in program order");
        Rectangle whole = new Rectangle(0, 0, picture.width(), picture.height());
        List<Rectangle> seen = new ArrayList<>();
        for (Session session : event.sessions()) {
            Rectangle block = picture.blocks().get(session.id());
            assertTrue(whole.contains(block), session.id() + " " + block);
            for (Rectangle other : seen) {
                assertFalse(block.intersects(other), session.id() + " overlaps another block");
            }
            seen.add(block);
            // The stripe down the block's left edge is the kind's colour; its middle a light tint of it.
            assertEquals(COLOURS.get(session.kind()).getRGB(), image.getRGB(block.x + 3, block.y + block.height / 2),
                    session.id());
            Color inside = new Color(image.getRGB(block.x + block.width - 3, block.y + 3));
            assertTrue(inside.getRed() > 150 && inside.getGreen() > 150 && inside.getBlue() > 150,
                    session.id() + ": dark text needs a light fill, got " + inside);
        }
        Rectangle day1 = picture.blocks().get(event.sessions().get(0).id());
        Rectangle day2 = picture.blocks().get(event.sessions().get(15).id());
        assertTrue(day2.x > day1.x + day1.width, "days side by side");
        assertTrue(picture.blocks().get(event.sessions().get(6).id()).y > day1.y, "the afternoon below the morning");

        List<String> texts = picture.texts();
        assertTrue(texts.contains(event.name()), texts.toString());
        assertTrue(texts.containsAll(List.of("KEYNOTE", "LIGHTNING TALK", "BOF DISCUSSION")), "kinds are labelled");
        assertTrue(texts.contains("virtio-scsi transport") && texts.contains("Stefan Hajnoczi, Paolo Bonzini"));
        assertEquals(2, texts.stream().filter(t -> t.startsWith("Parallel tracks in the afternoon sessions")).count(),
                "a note in each afternoon, the parts the post says ran parallel tracks");
        assertTrue(texts.stream().allMatch(t -> t.length() < 120), "every line was wrapped to fit");
    }

    @Test
    void aSingleTrackForumHasNoParallelNoteAndKeepsUnknownPartsApart() throws Exception {
        ContentModel model = ContentLoader.load(Path.of("src", "test", "resources", "content", "single-track"));
        Event event = model.latest();
        ProgramPicture.Picture picture = new ProgramPicture(COLOURS).render(model, event).orElseThrow();
        assertEquals(event.sessions().size(), picture.blocks().size());
        assertTrue(picture.texts().stream().noneMatch(t -> t.toLowerCase().contains("parallel")), picture.texts().toString());
        assertTrue(picture.texts().contains("Evening"));
        assertTrue(picture.texts().contains("Part of the day not given"));
        assertFalse(picture.texts().contains("Morning session"), "never guessed");
    }

    @Test
    void longTitlesAreWrappedAndCutWithAnEllipsis() {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        java.awt.FontMetrics metrics = scratch.createGraphics().getFontMetrics(new java.awt.Font(java.awt.Font.SANS_SERIF,
                java.awt.Font.BOLD, 22));
        String title = "a very long title ".repeat(20).strip();
        List<String> lines = ProgramPicture.wrap(title, metrics, 300, 3);
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).endsWith("\u2026"), lines.toString());
        assertTrue(lines.stream().allMatch(line -> metrics.stringWidth(line) <= 300), lines.toString());
        assertEquals(List.of("short"), ProgramPicture.wrap("short", metrics, 300, 3));
        String word = ProgramPicture.fit("x".repeat(500), metrics, 300);
        assertTrue(word.endsWith("\u2026") && metrics.stringWidth(word) <= 300);
    }

    @Test
    void aHostThatCannotDrawGetsNoPictureAndOneLogLine() throws Exception {
        ContentModel model = ContentLoader.load(Path.of("content"));
        Logger logger = (Logger) LoggerFactory.getLogger(ProgramPicture.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        logger.addAppender(captured);
        boolean additive = logger.isAdditive();
        logger.setAdditive(false); // the expected line is asserted here, not printed into a green run
        try {
            Optional<ProgramPicture.Picture> none = new ProgramPicture(COLOURS, () -> {
                throw new InternalError("Fontconfig head is null, check your fonts or fonts configuration");
            }).render(model, model.latest());
            assertTrue(none.isEmpty());
            assertEquals(1, captured.list.size());
            String line = captured.list.get(0).getFormattedMessage();
            assertTrue(line.contains("kvm-forum-2011") && line.contains("Fontconfig head is null"), line);
        } finally {
            logger.setAdditive(additive);
            logger.detachAppender(captured);
        }
    }
}
