package org.kvmforum.bot.content;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The small JSON file beside a post ({@code kvm-forum-2011.json} beside {@code kvm-forum-2011.md}) with what the
 * prose cannot say:
 * <pre>{@code
 * {
 *   "people":   { "Avi":     { "name":  "Avi Kivity" } },
 *   "sessions": { "keynote": { "title": "Keynote on QEMU development" } }
 * }
 * }</pre>
 * A {@code people} key is a form the post uses for a person; a {@code sessions} key is a session's title as the
 * post has it. Both sections are optional. It is read token by token so every problem names its line.
 *
 * @param file     the data file (which need not exist)
 * @param people   full names by the post's form of the name
 * @param sessions display titles by the post's title
 */
record DataFile(Path file, Map<String, Entry> people, Map<String, Entry> sessions) {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * One entry: its key, its one value and the line of the key.
     */
    record Entry(String key, String value, int line) {}

    DataFile {
        people = Map.copyOf(people);
        sessions = Map.copyOf(sessions);
    }

    /** The data file for a post, or an empty one when the post has none. */
    static DataFile besidePost(Path post) throws ContentException {
        String fileName = post.getFileName().toString();
        Path file = post.resolveSibling(fileName.substring(0, fileName.length() - ".md".length()) + ".json");
        if (!Files.exists(file)) {
            return new DataFile(file, Map.of(), Map.of());
        }
        return read(file);
    }

    static DataFile read(Path file) throws ContentException {
        Map<String, Entry> people = new LinkedHashMap<>();
        Map<String, Entry> sessions = new LinkedHashMap<>();
        // A stream, not a File: the built-in content is read inside the jar, where there is no File.
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new ContentException(file, 1, "the data file is empty: write {} for no data");
            }
            expect(file, parser, JsonToken.START_OBJECT, "an object with \"people\" and/or \"sessions\"");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String section = parser.currentName();
                int line = line(parser.currentTokenLocation());
                parser.nextToken();
                switch (section) {
                    case "people" -> entries(file, parser, "people", "name", people);
                    case "sessions" -> entries(file, parser, "sessions", "title", sessions);
                    default -> throw new ContentException(file, line,
                            "unknown field \"" + section + "\": the data file has only \"people\" and \"sessions\"");
                }
            }
            if (parser.nextToken() != null) {
                throw new ContentException(file, line(parser.currentTokenLocation()),
                        "malformed JSON: content after the closing brace");
            }
        } catch (JsonProcessingException e) {
            throw new ContentException(file, line(e.getLocation()), "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ContentException(file, 0, "cannot read the data file: " + e.getMessage(), e);
        }
        return new DataFile(file, people, sessions);
    }

    /** Reads {"key": {"field": "value"}, ...} into entries. */
    private static void entries(Path file, JsonParser parser, String section, String field, Map<String, Entry> into)
            throws IOException, ContentException {
        expect(file, parser, JsonToken.START_OBJECT, "\"" + section + "\" to be an object");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int line = line(parser.currentTokenLocation());
            parser.nextToken();
            expect(file, parser, JsonToken.START_OBJECT,
                    "\"" + section + "\" entry \"" + key + "\" to be an object like {\"" + field + "\": \"...\"}");
            String value = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                int fieldLine = line(parser.currentTokenLocation());
                parser.nextToken();
                if (!name.equals(field)) {
                    throw new ContentException(file, fieldLine, "unknown field \"" + name + "\" in \"" + section
                            + "\" entry \"" + key + "\": only \"" + field + "\" is allowed");
                }
                if (parser.currentToken() != JsonToken.VALUE_STRING || parser.getText().isBlank()) {
                    throw new ContentException(file, fieldLine,
                            "\"" + field + "\" of \"" + key + "\" must be a non-empty string");
                }
                value = parser.getText().strip();
            }
            if (value == null) {
                throw new ContentException(file, line, "\"" + section + "\" entry \"" + key + "\" has no \"" + field + "\"");
            }
            into.put(key, new Entry(key, value, line));
        }
    }

    private static void expect(Path file, JsonParser parser, JsonToken token, String what) throws ContentException {
        if (parser.currentToken() != token) {
            throw new ContentException(file, line(parser.currentTokenLocation()), "expected " + what + ", found "
                    + describe(parser.currentToken()));
        }
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }
}
