package org.kvmforum.bot.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kvmforum.bot.content.ContentLoader;
import org.kvmforum.bot.content.ContentModel;

/** One instance serves every command at once: answers must not depend on what other threads are doing. */
class ConcurrentUseTest {
    private static final List<String> INPUTS = List.of("vfio", "migrating", "virtio scssi", "who gave the vfoi talk",
            "vf", "memroy", "hajn", "alex", "Alex Williamson and Avi", "", "qcow3 🙂", "a".repeat(500));

    @Test
    void manyThreadsGetTheSameAnswersAsOne() throws Exception {
        ContentModel model = ContentLoader.load(Path.of("content"));
        SessionSearch search = new SessionSearch(model);
        PeopleDirectory people = new PeopleDirectory(model);
        List<String> expected = INPUTS.stream().map(input -> answers(search, people, input)).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                runs.add(pool.submit(() -> {
                    List<String> seen = new ArrayList<>();
                    for (int round = 0; round < 50; round++) {
                        seen = INPUTS.stream().map(input -> answers(search, people, input)).toList();
                    }
                    return seen;
                }));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String answers(SessionSearch search, PeopleDirectory people, String input) {
        return search.search(input, 5).stream().map(h -> h.session().id() + "/" + h.strong()).toList()
                + " " + search.autocomplete(input, 10).stream().map(s -> s.id()).toList()
                + " " + people.find(input) + " " + people.mentionedIn(input) + " " + people.autocomplete(input, 5);
    }
}
