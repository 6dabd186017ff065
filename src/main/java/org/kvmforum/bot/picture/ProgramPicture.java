package org.kvmforum.bot.picture;

import java.awt.AWTError;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.content.PartOfDay;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.content.SessionKind;
import org.kvmforum.bot.wording.Wording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws one event's program as a PNG with Java2D: the days side by side, the parts of each day as rows in
 * order, each session a block in its kind's colour with its title and speakers, keynotes, lightning talks and
 * BOFs labelled, and a note in each part the post says ran parallel tracks. Everything drawn comes from the
 * model. The layout is worked out first (text measured, wrapped and cut to fit), then drawn, and returned with
 * the picture so that a test can check where each session went.
 */
public final class ProgramPicture {
    private static final Logger LOG = LoggerFactory.getLogger(ProgramPicture.class);

    static {
        // A bot has no screen: without this, a host with DISPLAY set would try to open one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** The file name Discord shows and the embed refers to ({@code attachment://program.png}). */
    public static final String FILE_NAME = "program.png";

    static final int WIDTH = 1400;
    private static final int MARGIN = 36;
    private static final int COLUMN_GAP = 28;
    private static final int BLOCK_GAP = 10;
    private static final int PAD = 12;
    private static final int STRIPE = 10;
    private static final int TITLE_LINES = 3;
    private static final int SPEAKER_LINES = 2;
    /** Rows in this order: a part the post does not name is shown among the day's talks, before the evening. */
    private static final List<PartOfDay> ROW_ORDER =
            List.of(PartOfDay.MORNING, PartOfDay.AFTERNOON, PartOfDay.UNKNOWN, PartOfDay.EVENING);

    private static final Color BACKGROUND = Color.WHITE;
    private static final Color INK = new Color(0x1E, 0x1F, 0x22);
    private static final Color QUIET = new Color(0x5C, 0x5F, 0x66);
    private static final Color RULE = new Color(0xD0, 0xD3, 0xD8);

    private static final Font HEADING = new Font(Font.SANS_SERIF, Font.BOLD, 40);
    private static final Font SUBHEADING = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
    private static final Font DAY = new Font(Font.SANS_SERIF, Font.BOLD, 30);
    private static final Font PART = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    private static final Font NOTE = new Font(Font.SANS_SERIF, Font.ITALIC, 18);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    private static final Font SPEAKERS = new Font(Font.SANS_SERIF, Font.PLAIN, 19);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 15);

    private final Map<SessionKind, Color> colours;
    /** Where text is measured; a test stands in a host without fonts here. */
    private final Supplier<Graphics2D> measurer;

    /** @param colours one colour per kind of session (the configured theme) */
    public ProgramPicture(Map<SessionKind, Color> colours) {
        this(colours, ProgramPicture::measurer);
    }

    ProgramPicture(Map<SessionKind, Color> colours, Supplier<Graphics2D> measurer) {
        this.measurer = measurer;
        this.colours = new EnumMap<>(SessionKind.class);
        for (SessionKind kind : SessionKind.values()) {
            this.colours.put(kind, Objects.requireNonNull(colours.get(kind), "no colour for " + kind));
        }
    }

    /**
     * The drawn program.
     *
     * @param png    the PNG file's bytes
     * @param blocks where each session's block is, by session id, in program order
     * @param texts  every line of text drawn, in drawing order (headings, labels, titles, speakers, notes)
     */
    public record Picture(byte[] png, int width, int height, Map<String, Rectangle> blocks, List<String> texts) {
        public Picture {
            blocks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(blocks));
            texts = List.copyOf(texts);
        }
    }

    /**
     * Draws the event's program; empty, with one log line saying why, where this host cannot draw (no fonts,
     * no graphics libraries).
     */
    public Optional<Picture> render(ContentModel model, Event event) {
        try {
            return Optional.of(draw(model, event));
        } catch (RuntimeException | LinkageError | InternalError | AWTError | IOException e) {
            // Java2D fails with Errors, not exceptions, on a host without fonts; the schedule then goes without.
            LOG.warn("Program picture of {} not drawn: {}", event.id(), e.toString());
            return Optional.empty();
        }
    }

    private Picture draw(ContentModel model, Event event) throws IOException {
        Graphics2D measure = measurer.get();
        Layout layout;
        try {
            layout = new Layout(model, event, measure);
        } finally {
            measure.dispose();
        }
        BufferedImage image = new BufferedImage(WIDTH, layout.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            smooth(g);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, WIDTH, layout.height);
            layout.paint(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        Map<String, Rectangle> inProgramOrder = new LinkedHashMap<>();
        for (Session session : event.sessions()) {
            inProgramOrder.put(session.id(), layout.blocks.get(session.id()));
        }
        return new Picture(out.toByteArray(), WIDTH, layout.height, inProgramOrder, layout.texts);
    }

    private static Graphics2D measurer() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        smooth(g);
        return g;
    }

    private static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** A light tint of a kind's colour, so dark text stays readable on any theme. */
    private static Color tint(Color colour) {
        return new Color(mix(colour.getRed()), mix(colour.getGreen()), mix(colour.getBlue()));
    }

    private static int mix(int channel) {
        return (channel * 28 + 255 * 72) / 100;
    }

    /** Black or white, whichever reads better on the colour. */
    private static Color textOn(Color colour) {
        double luminance = 0.299 * colour.getRed() + 0.587 * colour.getGreen() + 0.114 * colour.getBlue();
        return luminance > 140 ? INK : Color.WHITE;
    }

    /** Everything's place on the picture, measured before anything is drawn. */
    private final class Layout {
        final Map<String, Rectangle> blocks = new LinkedHashMap<>();
        final List<java.util.function.Consumer<Graphics2D>> painters = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        final int height;

        Layout(ContentModel model, Event event, Graphics2D measure) {
            int y = MARGIN;
            y = heading(event, measure, y);
            int days = Math.max(1, event.program().days());
            int columnWidth = (WIDTH - 2 * MARGIN - COLUMN_GAP * (days - 1)) / days;
            // Day headings.
            int dayHeight = measure.getFontMetrics(DAY).getHeight();
            for (int day = 1; day <= days; day++) {
                int x = columnX(day, columnWidth);
                String text = "Day " + day;
                int baseline = y + measure.getFontMetrics(DAY).getAscent();
                text(text, DAY, INK, x, baseline);
            }
            y += dayHeight + 8;
            for (PartOfDay part : ROW_ORDER) {
                if (event.sessions().stream().noneMatch(s -> s.part() == part)) {
                    continue;
                }
                int rowTop = y;
                int rowBottom = rowTop;
                for (int day = 1; day <= days; day++) {
                    int x = columnX(day, columnWidth);
                    int cellBottom = cell(model, event, day, part, x, rowTop, columnWidth, measure);
                    rowBottom = Math.max(rowBottom, cellBottom);
                }
                int rule = rowTop - 6;
                painters.add(g -> {
                    g.setColor(RULE);
                    g.fillRect(MARGIN, rule, WIDTH - 2 * MARGIN, 2);
                });
                y = rowBottom + 20;
            }
            y = footer(event, measure, y);
            height = y + MARGIN;
        }

        private int columnX(int day, int columnWidth) {
            return MARGIN + (day - 1) * (columnWidth + COLUMN_GAP);
        }

        private int heading(Event event, Graphics2D measure, int top) {
            FontMetrics heading = measure.getFontMetrics(HEADING);
            String title = fit(event.name(), heading, WIDTH - 2 * MARGIN);
            int titleBase = top + heading.getAscent();
            text(title, HEADING, INK, MARGIN, titleBase);
            int y = top + heading.getHeight();
            List<String> about = new ArrayList<>();
            if (event.venue().place() != null) {
                about.add(event.venue().place());
            }
            if (event.venue().colocatedWith() != null) {
                about.add("co-located with " + event.venue().colocatedWith());
            }
            if (event.program().days() > 0) {
                about.add(event.program().days() + (event.program().days() == 1 ? " day" : " days"));
            }
            if (event.program().slotMinutes() > 0) {
                about.add(event.program().slotMinutes() + "-minute talks");
            }
            FontMetrics sub = measure.getFontMetrics(SUBHEADING);
            if (!about.isEmpty()) {
                String line = fit(String.join(" \u00b7 ", about), sub, WIDTH - 2 * MARGIN);
                int base = y + sub.getAscent();
                text(line, SUBHEADING, QUIET, MARGIN, base);
                y += sub.getHeight();
            }
            return legend(event, measure, y + 12) + 18;
        }

        /** One chip per kind the program has, in the kinds' order. */
        private int legend(Event event, Graphics2D measure, int top) {
            FontMetrics label = measure.getFontMetrics(LABEL);
            int x = MARGIN;
            int chipHeight = label.getHeight() + 8;
            for (SessionKind kind : SessionKind.values()) {
                if (event.sessions().stream().noneMatch(s -> s.kind() == kind)) {
                    continue;
                }
                String text = Wording.kindLabel(kind);
                texts.add(text);
                int width = label.stringWidth(text) + 20;
                int chipX = x;
                Color colour = colours.get(kind);
                painters.add(g -> {
                    g.setColor(colour);
                    g.fillRoundRect(chipX, top, width, chipHeight, 10, 10);
                    g.setFont(LABEL);
                    g.setColor(textOn(colour));
                    g.drawString(text, chipX + 10, top + 4 + label.getAscent());
                });
                x += width + 10;
            }
            return top + chipHeight;
        }

        /** One day's part: its caption, a parallel-tracks note where the post says so, and its sessions. */
        private int cell(ContentModel model, Event event, int day, PartOfDay part, int x, int top, int width,
                         Graphics2D measure) {
            List<Session> sessions = event.sessions().stream()
                    .filter(s -> s.day() == day && s.part() == part).toList();
            if (sessions.isEmpty()) {
                return top;
            }
            FontMetrics caption = measure.getFontMetrics(PART);
            String text = fit(capitalised(part.label()), caption, width);
            int captionBase = top + caption.getAscent();
            text(text, PART, INK, x, captionBase);
            int y = top + caption.getHeight();
            if (event.program().parallelIn(day, part)) {
                FontMetrics note = measure.getFontMetrics(NOTE);
                List<String> lines = wrap("Parallel tracks " + event.program().parallelTracks()
                        + ": the post names the talks its author attended.", note, width, 2);
                for (String line : lines) {
                    int base = y + note.getAscent();
                    text(line, NOTE, QUIET, x, base);
                    y += note.getHeight();
                }
            }
            y += 6;
            for (Session session : sessions) {
                y = block(model, session, x, y, width, measure) + BLOCK_GAP;
            }
            return y - BLOCK_GAP;
        }

        private int block(ContentModel model, Session session, int x, int top, int width, Graphics2D measure) {
            Color colour = colours.get(session.kind());
            FontMetrics titleMetrics = measure.getFontMetrics(TITLE);
            FontMetrics speakerMetrics = measure.getFontMetrics(SPEAKERS);
            FontMetrics labelMetrics = measure.getFontMetrics(LABEL);
            int textX = x + STRIPE + PAD;
            int textWidth = width - STRIPE - 2 * PAD;
            // Talks are the rule; every other kind is named on its block.
            String label = session.kind() == SessionKind.TALK ? null
                    : Wording.kindLabel(session.kind()).toUpperCase(java.util.Locale.ROOT);
            int labelHeight = label == null ? 0 : labelMetrics.getHeight() + 6;
            List<String> title = wrap(session.title(), titleMetrics, textWidth, TITLE_LINES);
            List<String> names = model.speakersOf(session).stream().map(Person::name).toList();
            List<String> speakers = names.isEmpty() ? List.of()
                    : wrap(String.join(", ", names), speakerMetrics, textWidth, SPEAKER_LINES);
            int height = PAD + labelHeight + title.size() * titleMetrics.getHeight()
                    + speakers.size() * speakerMetrics.getHeight() + PAD;
            Rectangle bounds = new Rectangle(x, top, width, height);
            blocks.put(session.id(), bounds);
            if (label != null) {
                texts.add(label);
            }
            texts.addAll(title);
            texts.addAll(speakers);
            painters.add(g -> {
                g.setColor(tint(colour));
                g.fillRect(bounds.x, bounds.y, bounds.width, bounds.height);
                g.setColor(colour);
                g.fillRect(bounds.x, bounds.y, STRIPE, bounds.height);
                int y = bounds.y + PAD;
                if (label != null) {
                    int chipWidth = labelMetrics.stringWidth(label) + 14;
                    g.fillRoundRect(textX, y, chipWidth, labelMetrics.getHeight() + 2, 8, 8);
                    g.setFont(LABEL);
                    g.setColor(textOn(colour));
                    g.drawString(label, textX + 7, y + 1 + labelMetrics.getAscent());
                    y += labelHeight;
                }
                g.setFont(TITLE);
                g.setColor(INK);
                for (String line : title) {
                    g.drawString(line, textX, y + titleMetrics.getAscent());
                    y += titleMetrics.getHeight();
                }
                g.setFont(SPEAKERS);
                g.setColor(QUIET);
                for (String line : speakers) {
                    g.drawString(line, textX, y + speakerMetrics.getAscent());
                    y += speakerMetrics.getHeight();
                }
            });
            return top + height;
        }

        private int footer(Event event, Graphics2D measure, int top) {
            String author = event.report().author();
            String text = (author == null ? "From the post" : "From " + author + "'s report")
                    + (event.report().postDate() == null ? "" : ", " + event.report().postDate());
            FontMetrics note = measure.getFontMetrics(NOTE);
            String line = fit(text, note, WIDTH - 2 * MARGIN);
            int base = top + note.getAscent();
            text(line, NOTE, QUIET, MARGIN, base);
            return top + note.getHeight();
        }

        private void text(String text, Font font, Color colour, int x, int baseline) {
            texts.add(text);
            painters.add(g -> {
                g.setFont(font);
                g.setColor(colour);
                g.drawString(text, x, baseline);
            });
        }

        void paint(Graphics2D g) {
            for (java.util.function.Consumer<Graphics2D> painter : painters) {
                painter.accept(g);
            }
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The text cut to the width, with an ellipsis where it was cut. */
    static String fit(String text, FontMetrics metrics, int width) {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && metrics.stringWidth(cut.strip() + "\u2026") > width) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut.strip() + "\u2026";
    }

    /** The text in lines that fit the width, at most {@code maxLines}; the last one ellipsised if more was left. */
    static List<String> wrap(String text, FontMetrics metrics, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (lines.size() == maxLines) {
                break;
            }
            line.append(word); // a word wider than the line is cut by fit() below
        }
        if (line.length() > 0 && lines.size() < maxLines) {
            lines.add(line.toString());
        }
        String joined = String.join(" ", lines);
        boolean cut = joined.length() < String.join(" ", words).length();
        for (int i = 0; i < lines.size(); i++) {
            boolean last = i == lines.size() - 1;
            lines.set(i, last && cut ? fit(lines.get(i) + "\u2026", metrics, width)
                    : fit(lines.get(i), metrics, width));
        }
        return lines;
    }
}
