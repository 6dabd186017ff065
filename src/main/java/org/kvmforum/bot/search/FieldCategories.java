package org.kvmforum.bot.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Broad subjects of the field ({@code categories.txt}): for each, the words that name it ("storage", "disk") and the
 * words that name its parts ("block", "SCSI", "AHCI"), as stems. A question for the talks on a subject lists the
 * sessions that name one of its parts. Immutable; read once from the jar.
 */
public final class FieldCategories {
    /** Words that say nothing of which subject a list is on: "storage / block layer stuff", "disk related talks". */
    private static final Set<String> NEUTRAL = Set.of("layer", "layers", "stack", "subsystem", "subsystems", "stuff",
            "related", "thing", "things", "area", "areas", "topic", "topics", "side", "field", "work", "management",
            "other", "different", "another", "new");

    private final Map<String, Set<String>> membersByHead;

    private FieldCategories(Map<String, Set<String>> membersByHead) {
        this.membersByHead = Map.copyOf(membersByHead);
    }

    /** The subjects shipped in the jar. */
    public static FieldCategories load() {
        try (InputStream in = FieldCategories.class.getResourceAsStream("categories.txt")) {
            if (in == null) {
                throw new IllegalStateException("categories.txt is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses lines of "heads: members"; blank lines and lines opening with # are skipped. */
    static FieldCategories parse(List<String> lines) {
        Map<String, Set<String>> byHead = new HashMap<>();
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int colon = text.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException("categories.txt: a line without \"heads: members\": " + text);
            }
            Set<String> members = new LinkedHashSet<>();
            for (String word : text.substring(colon + 1).trim().split("\\s+")) {
                members.add(Stems.of(word.replace("-", "")));
            }
            for (String head : text.substring(0, colon).trim().split("\\s+")) {
                byHead.merge(Stems.of(head), Set.copyOf(members), (a, b) -> {
                    Set<String> both = new LinkedHashSet<>(a);
                    both.addAll(b);
                    return Set.copyOf(both);
                });
            }
        }
        return new FieldCategories(byHead);
    }

    /**
     * The stems of the parts of the one subject the words name, when every word is a head of it or says nothing of
     * a subject ("storage / block layer stuff"); empty when a word names something else, or there is no head.
     */
    public Set<String> membersOf(List<String> words) {
        Set<String> members = null;
        List<String> heads = new ArrayList<>();
        for (String word : words) {
            if (NEUTRAL.contains(word)) {
                continue;
            }
            Set<String> own = membersByHead.get(Stems.of(word.replace("-", "")));
            if (own == null || members != null && !members.equals(own)) {
                return Set.of();
            }
            members = own;
            heads.add(word);
        }
        return heads.isEmpty() ? Set.of() : members;
    }
}
