package org.kvmforum.bot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.kvmforum.bot.standin.FakeDiscord;
import org.kvmforum.bot.standin.Interaction;

/**
 * What the load run sends, in a fixed rotation so the bot and the baseline get exactly the same sequence:
 * the bot's commands with a spread of inputs each (ids from autocomplete, free text, a typo), and
 * autocomplete keystrokes. Button clicks are left out: the baseline has no buttons, so it could not answer them.
 */
final class InteractionMix {
    /** One kind of interaction; {@code n} (how many of this kind went before) picks the input. */
    interface Kind {
        String label();

        CompletableFuture<Interaction> send(FakeDiscord discord, long guildId, long userId, int n);
    }

    private final List<Kind> kinds;

    private InteractionMix(List<Kind> kinds) {
        this.kinds = List.copyOf(kinds);
    }

    /** The standard mix; {@code withAsk} adds /ask (only once the bot has the command). */
    static InteractionMix standard(boolean withAsk) {
        List<Kind> kinds = new ArrayList<>();
        kinds.add(command("/talk by id", "talk", "query",
                "2011-vfio-based-pci-device-assignment", "2011-live-migration", "2011-avis-keynote", "2011-qapi-and-qom"));
        kinds.add(command("/talk by text", "talk", "query",
                "live migration", "virtio scsi", "qcow2", "memory overcommit"));
        kinds.add(command("/speaker", "speaker", "name", "Stefan Hajnoczi", "Alex", "avi-kivity", "Arcangeli"));
        kinds.add(command("/slides", "slides", "talk", "2011-next-gen-block-file-format", "2011-spice", "virtio-scsi"));
        kinds.add(command("/search", "search", "query", "live migration", "block", "memory managment", "usb"));
        kinds.add(new Kind() {
            @Override
            public String label() {
                return "/schedule [day]";
            }

            @Override
            public CompletableFuture<Interaction> send(FakeDiscord discord, long guildId, long userId, int n) {
                Map<String, Object> options = n % 3 == 0 ? Map.of() : Map.of("day", 1 + n % 2);
                return discord.sendSlashCommand(guildId, userId, "schedule", options);
            }
        });
        kinds.add(command("/about", "about", null));
        kinds.add(autocomplete("talk", "query", "", "vi", "virtio", "migraton"));
        kinds.add(autocomplete("speaker", "name", "", "al", "Stefan", "hajnozci"));
        if (withAsk) {
            kinds.add(command("/ask", AskQuestions.COMMAND, AskQuestions.OPTION, AskQuestions.SPREAD));
        }
        return new InteractionMix(kinds);
    }

    Kind kind(int index) {
        return kinds.get(index);
    }

    int size() {
        return kinds.size();
    }

    String label(int kind) {
        return kinds.get(kind).label();
    }

    /** "/talk query, /speaker name, …" for the report. */
    String describe() {
        List<String> labels = new ArrayList<>();
        kinds.forEach(kind -> labels.add(kind.label()));
        return String.join(", ", labels);
    }

    private static Kind command(String label, String name, String option, String... values) {
        return new Kind() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public CompletableFuture<Interaction> send(FakeDiscord discord, long guildId, long userId, int n) {
                Map<String, Object> options = option == null ? Map.of()
                        : Map.of(option, values[Math.floorMod(n, values.length)]);
                return discord.sendSlashCommand(guildId, userId, name, options);
            }
        };
    }

    private static Kind autocomplete(String name, String option, String... typed) {
        return new Kind() {
            @Override
            public String label() {
                return "autocomplete /" + name;
            }

            @Override
            public CompletableFuture<Interaction> send(FakeDiscord discord, long guildId, long userId, int n) {
                return discord.sendAutocomplete(guildId, userId, name, option,
                        typed[Math.floorMod(n, typed.length)], Map.of());
            }
        };
    }
}
