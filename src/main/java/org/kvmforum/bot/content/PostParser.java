package org.kvmforum.bot.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads one post into a {@link ParsedPost}: the front matter gives the event's name and the post's date;
 * the "From:" heading says who wrote it and where; the prose, read sentence by sentence in order, gives the
 * sessions (one per slides link, plus lightning talks and BOFs told of in words), the day and part of day
 * each belongs to, and the facts about the event.
 */
final class PostParser {
    /** commonmark parsers are immutable and safe to share. */
    private static final Parser MARKDOWN = Parser.builder()
            .extensions(List.of(YamlFrontMatterExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private static final Pattern SOURCE_HEADING = Pattern.compile(
            "^(?:from|source|originally (?:posted|published)(?: at| on)?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_AT_END = Pattern.compile("\\bby $", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORUM_PAGE = Pattern.compile(
            "\\b(?:forum|event|conference)(?:'s)? (?:page|site|website|wiki)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern KEYNOTE = Pattern.compile("\\bkeynotes?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIGHTNING = Pattern.compile("\\blightning talks?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BOF = Pattern.compile("\\bBOFs?\\b|\\bbirds of a feather\\b", Pattern.CASE_INSENSITIVE);

    private PostParser() {}

    static ParsedPost parse(Path file, String text) throws ContentException {
        if (text.isBlank()) {
            throw new ContentException(file, 1, "the post is empty");
        }
        Node document = MARKDOWN.parse(text);
        FrontMatter frontMatter = FrontMatter.read(file, text, document);
        String name = frontMatter.value("title");
        if (name == null) {
            throw new ContentException(file, frontMatter.lineOf("title"), "the front matter has no title");
        }
        String postDate = postDate(file, frontMatter);
        int year = year(file, name, postDate, frontMatter);
        List<ProseBlock> blocks = ProseBlocks.of(document);
        Event.Report report = report(blocks, postDate, frontMatter.value("author"), categories(frontMatter));
        return new Reading(file, report.author()).read(blocks, frontMatter.closingLine(), eventId(file), name,
                year, report);
    }

    private static String eventId(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.length() - ".md".length());
    }

    private static String postDate(Path file, FrontMatter frontMatter) throws ContentException {
        String date = frontMatter.value("date");
        if (date == null) {
            return null;
        }
        try {
            // "2011-08-23 22:45:01+00:00": the day is what a reader asks about.
            return LocalDate.parse(date.length() >= 10 ? date.substring(0, 10) : date).toString();
        } catch (DateTimeParseException e) {
            throw new ContentException(file, frontMatter.lineOf("date"),
                    "the front matter's date '" + date + "' does not start with a yyyy-mm-dd date");
        }
    }

    private static int year(Path file, String name, String postDate, FrontMatter frontMatter) throws ContentException {
        Matcher inName = YEAR.matcher(name);
        if (inName.find()) {
            return Integer.parseInt(inName.group());
        }
        if (postDate != null) {
            return Integer.parseInt(postDate.substring(0, 4));
        }
        throw new ContentException(file, frontMatter.lineOf("title"),
                "cannot tell the event's year: neither the title nor a date in the front matter gives one");
    }

    /**
     * Author and source from a "From: [source](..) by [Author](profile)" heading; the forum page from its link. The
     * front matter's author is the account that posted this copy: the author too when no heading names another.
     */
    /** The front matter's categories: a list under "categories", or one value on the key's own line. */
    private static List<String> categories(FrontMatter frontMatter) {
        List<String> listed = frontMatter.values().getOrDefault("categories", List.of());
        return listed.stream().map(String::strip).filter(category -> !category.isEmpty()).toList();
    }

    private static Event.Report report(List<ProseBlock> blocks, String postDate, String frontMatterAuthor,
            List<String> categories) {
        String author = null;
        String authorUrl = null;
        String sourceUrl = null;
        String forumPage = null;
        for (ProseBlock block : blocks) {
            if (block.heading() && SOURCE_HEADING.matcher(block.text()).find() && sourceUrl == null) {
                for (InlineLink link : block.links()) {
                    String before = block.text().substring(0, link.start());
                    if (author == null && BY_AT_END.matcher(before).find()) {
                        author = link.text();
                        authorUrl = link.destination();
                    } else if (sourceUrl == null) {
                        sourceUrl = link.destination();
                    }
                }
            }
            for (InlineLink link : block.links()) {
                if (forumPage == null && FORUM_PAGE.matcher(link.text()).find()) {
                    forumPage = link.destination();
                }
            }
        }
        String poster = frontMatterAuthor == null || frontMatterAuthor.isBlank() ? null : frontMatterAuthor.strip();
        if (author == null) {
            return new Event.Report(poster, null, sourceUrl, forumPage, postDate, null, categories);
        }
        return new Event.Report(author, authorUrl, sourceUrl, forumPage, postDate,
                poster == null || poster.equalsIgnoreCase(author) ? null : poster, categories);
    }

    /** The state of one reading of the prose, from the first paragraph to the last. */
    private static final class Reading {
        private final Path file;
        private final String author;
        private final ProgramClock clock = new ProgramClock();
        private final EventFacts facts = new EventFacts();
        private final List<ParsedPost.Draft> sessions = new ArrayList<>();
        private final List<Event.AfterTalks> afterTalks = new ArrayList<>();
        /** Set by a sentence about BOFs; lasts while the following paragraphs go on naming discussion topics. */
        private boolean bofs;

        Reading(Path file, String author) {
            this.file = file;
            this.author = author;
        }

        ParsedPost read(List<ProseBlock> blocks, int frontMatterEnd, String eventId, String name, int year,
                        Event.Report report) throws ContentException {
            for (ProseBlock block : blocks) {
                if (block.heading()) {
                    clock.heading(block.text());
                    settle();
                } else {
                    paragraph(block);
                }
            }
            if (sessions.isEmpty()) {
                int bodyLine = blocks.isEmpty() ? frontMatterEnd : blocks.get(0).line();
                throw new ContentException(file, bodyLine, "the post tells of no sessions: no paragraph has a slides"
                        + " link (pdf, odp, ppt...) with its speaker, a lightning talk or a BOF topic");
            }
            int days = Math.max(clock.days(), sessions.get(sessions.size() - 1).day());
            return new ParsedPost(file, eventId, name, year, facts, afterTalks, days, report, sessions, blocks);
        }

        private void paragraph(ProseBlock block) throws ContentException {
            boolean lightning = false;
            boolean bofsStartHere = false;
            boolean namedTopics = false;
            boolean hadTalkLink = false;
            List<ParsedPost.Draft> inParagraph = new ArrayList<>();
            List<Sentence> sentences = block.sentences();
            for (int i = 0; i < sentences.size(); i++) {
                Sentence sentence = sentences.get(i);
                String text = sentence.text();
                clock.starts(text);
                settle();
                facts.read(sentence);
                lightning |= LIGHTNING.matcher(text).find();
                if (BOF.matcher(text).find() && !bofs) {
                    bofs = true;
                    bofsStartHere = true;
                }
                List<Placed> placed = new ArrayList<>(talkLinks(sentence, lightning, inParagraph));
                hadTalkLink |= !placed.isEmpty();
                if (lightning) {
                    for (ProseTopics.Topic topic : ProseTopics.talks(sentence)) {
                        placed.add(new Placed(topic.start(), topic.topic(), SessionKind.LIGHTNING_TALK,
                                topic.people(), null, sentence.line()));
                    }
                }
                if (bofs && placed.isEmpty()) {
                    for (ProseTopics.Topic topic : ProseTopics.discussions(sentence, author)) {
                        placed.add(new Placed(topic.start(), topic.topic(), SessionKind.BOF, topic.people(), null,
                                sentence.line()));
                        namedTopics = true;
                    }
                }
                placed.sort(Comparator.comparingInt(Placed::offset));
                for (Placed session : placed) {
                    ParsedPost.Draft draft = new ParsedPost.Draft(session.title(), session.kind(), session.speakers(),
                            session.slides(), clock.day(), clock.part(), block.text(), block.line(), session.line());
                    inParagraph.add(draft);
                    sessions.add(draft);
                }
                ProgramClock.End end = clock.ends(text);
                settle();
                if (end == ProgramClock.End.DAY) {
                    String after = join(sentences.subList(i + 1, sentences.size()));
                    if (!after.isEmpty()) {
                        afterTalks.add(new Event.AfterTalks(clock.currentDay(), after));
                    }
                }
                if (end != ProgramClock.End.NOTHING) {
                    bofs = false;
                }
            }
            if (bofs && (hadTalkLink || (!namedTopics && !bofsStartHere))) {
                bofs = false;
            }
        }

        /** Gives the current day's sessions of unknown part the part the post has now stated for them. */
        private void settle() {
            PartOfDay settled = clock.settled();
            if (settled == null) {
                return;
            }
            for (int i = 0; i < sessions.size(); i++) {
                ParsedPost.Draft draft = sessions.get(i);
                if (draft.day() == clock.currentDay() && draft.part() == PartOfDay.UNKNOWN) {
                    sessions.set(i, draft.inPart(settled));
                }
            }
        }

        /** A session found in a sentence, at the offset where the sentence tells of it; line: of its link or sentence. */
        private record Placed(int offset, String title, SessionKind kind, List<String> speakers, Slides slides,
                              int line) {}

        private List<Placed> talkLinks(Sentence sentence, boolean lightning,
                                       List<ParsedPost.Draft> earlierInParagraph) throws ContentException {
            List<InlineLink> talkLinks = new ArrayList<>();
            for (InlineLink link : sentence.links()) {
                if (SlideFormats.of(link.destination()).isPresent()) {
                    talkLinks.add(link);
                }
            }
            List<Placed> placed = new ArrayList<>();
            for (InlineLink link : talkLinks) {
                Slides slides = SlideFormats.of(link.destination()).orElseThrow();
                if (link.text().isEmpty()) {
                    throw new ContentException(file, link.line(), "the slides link " + link.destination()
                            + " has no text to serve as the talk's title");
                }
                Optional<Speakers.Attribution> attribution = Speakers.of(sentence, link, talkLinks);
                List<String> speakers = attribution.map(Speakers.Attribution::names).orElse(List.of());
                if (attribution.isPresent() && attribution.get().pronoun() && !earlierInParagraph.isEmpty()) {
                    // "He then presented [..]": the speakers last named in this paragraph.
                    speakers = earlierInParagraph.get(earlierInParagraph.size() - 1).speakers();
                }
                if (speakers.isEmpty()) {
                    throw new ContentException(file, link.line(), "the slides link '" + link.text()
                            + "' names no speaker: say who gave it in the same sentence (\"X talked about [..]\","
                            + " \"[..] by X\", \"X's talk on [..]\")");
                }
                String phrase = attribution.get().phrase();
                placed.add(new Placed(link.start(), link.text(), kindOf(link.text(), phrase, lightning), speakers,
                        slides, link.line()));
            }
            return placed;
        }

        private static SessionKind kindOf(String linkText, String phrase, boolean lightningParagraph) {
            if (KEYNOTE.matcher(linkText).find() || KEYNOTE.matcher(phrase).find()) {
                return SessionKind.KEYNOTE;
            }
            if (lightningParagraph || LIGHTNING.matcher(phrase).find()) {
                return SessionKind.LIGHTNING_TALK;
            }
            if (BOF.matcher(phrase).find()) {
                return SessionKind.BOF;
            }
            return SessionKind.TALK;
        }

        private static String join(List<Sentence> sentences) {
            StringBuilder out = new StringBuilder();
            for (Sentence sentence : sentences) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(sentence.text());
            }
            return out.toString();
        }
    }
}
