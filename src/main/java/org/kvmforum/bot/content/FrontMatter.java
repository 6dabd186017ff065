package org.kvmforum.bot.content;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.node.Node;

/**
 * The post's YAML front matter. commonmark's front-matter extension reads the values; it silently drops lines
 * it cannot read and keeps no line numbers, so the block's own lines are checked here (each a {@code key: value},
 * a list item, an indented continuation, a comment or blank) to report a malformed one by its line.
 *
 * @param values      the values by key, as the extension read them
 * @param keyLines    1-based line of each key
 * @param closingLine 1-based line of the closing {@code ---}
 */
record FrontMatter(Map<String, List<String>> values, Map<String, Integer> keyLines, int closingLine) {
    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9._-]+:(?:\\s.*)?$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*-(?:\\s.*)?$");
    private static final Pattern CONTINUATION = Pattern.compile("^\\s+\\S.*$");
    private static final Pattern FENCE = Pattern.compile("^(?:-{3}|\\.{3})\\s*$");

    static FrontMatter read(Path file, String text, Node document) throws ContentException {
        if (!(document.getFirstChild() instanceof YamlFrontMatterBlock)) {
            throw new ContentException(file, 1,
                    "no front matter: the post must open with a '---' line, 'key: value' lines and a closing '---'");
        }
        String[] lines = text.split("\\R", -1);
        int closing = -1;
        for (int i = 1; i < lines.length && closing < 0; i++) {
            if (FENCE.matcher(lines[i]).matches()) {
                closing = i;
            }
        }
        if (closing < 0) {
            throw new ContentException(file, 1, "malformed front matter: the '---' on this line is never closed");
        }
        Map<String, Integer> keyLines = new HashMap<>();
        // List items written flush with their key ("categories:" then "- Virtualization"), which the extension's
        // visitor reads only when indented.
        Map<String, List<String>> flushLists = new HashMap<>();
        String currentKey = null;
        boolean inEntry = false;
        for (int i = 1; i < closing; i++) {
            String line = lines[i];
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (KEY.matcher(line).matches()) {
                String key = line.substring(0, line.indexOf(':'));
                if (keyLines.putIfAbsent(key, i + 1) != null) {
                    throw new ContentException(file, i + 1, "malformed front matter: '" + key
                            + "' is given twice (first on line " + keyLines.get(key) + ")");
                }
                inEntry = true;
                currentKey = key;
            } else if (inEntry && LIST_ITEM.matcher(line).matches() && currentKey != null) {
                String item = line.strip().substring(1).strip();
                if (!item.isEmpty()) {
                    flushLists.computeIfAbsent(currentKey, k -> new java.util.ArrayList<>()).add(item);
                }
            } else if (!inEntry || !(LIST_ITEM.matcher(line).matches() || CONTINUATION.matcher(line).matches())) {
                throw new ContentException(file, i + 1,
                        "malformed front matter: expected 'key: value', found '" + line.strip() + "'");
            }
        }
        YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
        document.accept(visitor);
        Map<String, List<String>> values = new HashMap<>(visitor.getData());
        flushLists.forEach((key, items) -> {
            if (values.getOrDefault(key, List.of()).stream().allMatch(String::isBlank)) {
                values.put(key, List.copyOf(items));
            }
        });
        return new FrontMatter(Map.copyOf(values), Map.copyOf(keyLines), closing + 1);
    }

    /** The first value of a key, stripped, or null when the key is missing or blank. */
    String value(String key) {
        List<String> list = values.get(key);
        if (list == null || list.isEmpty() || list.get(0).isBlank()) {
            return null;
        }
        return list.get(0).strip();
    }

    /** The line of a key, or the opening line when the key is missing. */
    int lineOf(String key) {
        return keyLines.getOrDefault(key, 1);
    }
}
