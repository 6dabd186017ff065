package org.kvmforum.bot.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the content directory: every {@code *.md} post (in file-name order) becomes one {@link Event}, completed by
 * the optional data file of the same base name ({@code kvm-forum-2011.json}); people are merged across events by
 * full name. All or nothing: any problem throws a {@link ContentException} naming the file, the line and what is
 * wrong, and no half-loaded model ever escapes.
 */
public final class ContentLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ContentLoader.class);

    private ContentLoader() {}

    public static ContentModel load(Path contentDir) throws ContentException {
        List<Path> posts = posts(contentDir);
        List<Event> events = new ArrayList<>();
        Map<String, Path> sessionFiles = new HashMap<>();
        Map<String, Integer> sessionLines = new HashMap<>();
        Map<String, MergedPerson> people = new LinkedHashMap<>();
        Map<String, String> nameOfPersonId = new HashMap<>();
        for (Path post : posts) {
            ParsedPost parsed = PostParser.parse(post, read(post));
            EventAssembler.Assembled assembled = EventAssembler.assemble(parsed, DataFile.besidePost(post));
            for (Map.Entry<String, Integer> session : assembled.sessionLines().entrySet()) {
                Path earlier = sessionFiles.putIfAbsent(session.getKey(), post);
                if (earlier != null) {
                    throw new ContentException(post, session.getValue(), "duplicate session id '" + session.getKey()
                            + "': " + earlier + ":" + sessionLines.get(session.getKey()) + " has it too");
                }
                sessionLines.put(session.getKey(), session.getValue());
            }
            for (EventAssembler.PersonDraft person : assembled.people()) {
                String id = Slugs.of(person.name());
                String holder = nameOfPersonId.putIfAbsent(id, person.name());
                if (holder != null && !holder.equals(person.name())) {
                    throw new ContentException(person.file(), person.line(), "duplicate person id '" + id + "': '"
                            + person.name() + "' and '" + holder + "' are different names with the same id");
                }
                people.computeIfAbsent(person.name(), name -> new MergedPerson(id, name)).add(person);
            }
            events.add(assembled.event());
        }
        List<Person> merged = new ArrayList<>();
        for (MergedPerson person : people.values()) {
            merged.add(new Person(person.id, person.name, List.copyOf(person.mentions), List.copyOf(person.sessionIds)));
        }
        ContentModel model = new ContentModel(events, merged);
        LOG.info("Loaded {} event(s), {} session(s), {} people from {}", events.size(), model.sessions().size(),
                merged.size(), EmbeddedContent.describe(contentDir));
        return model;
    }

    /** One person across all events. */
    private static final class MergedPerson {
        final String id;
        final String name;
        final LinkedHashSet<String> mentions = new LinkedHashSet<>();
        final List<String> sessionIds = new ArrayList<>();

        MergedPerson(String id, String name) {
            this.id = id;
            this.name = name;
        }

        void add(EventAssembler.PersonDraft draft) {
            mentions.addAll(draft.mentions());
            sessionIds.addAll(draft.sessionIds());
        }
    }

    private static List<Path> posts(Path contentDir) throws ContentException {
        if (!Files.exists(contentDir)) {
            throw new ContentException(contentDir, 0, "the content directory does not exist");
        }
        if (!Files.isDirectory(contentDir)) {
            throw new ContentException(contentDir, 0, "the content directory is not a directory");
        }
        List<Path> posts;
        try (Stream<Path> files = Files.list(contentDir)) {
            posts = files.filter(file -> file.getFileName().toString().endsWith(".md") && Files.isRegularFile(file))
                    .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new ContentException(contentDir, 0, "cannot list the content directory: " + e.getMessage(), e);
        }
        if (posts.isEmpty()) {
            throw new ContentException(contentDir, 0, "the content directory holds no *.md post");
        }
        return posts;
    }

    /** The post as UTF-8 text; anything else is reported rather than read as garbage. */
    private static String read(Path post) throws ContentException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(post)))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ContentException(post, 0, "the post is not UTF-8 text", e);
        } catch (IOException e) {
            throw new ContentException(post, 0, "cannot read the post: " + e.getMessage(), e);
        }
    }
}
