package org.kvmforum.bot.robustness;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * What a chat user can put in an option: anything Discord lets through, up to its 6000-character option limit.
 * Pieces that mean something to Markdown, Discord or Java's string handling are mixed with words from the post,
 * so that hostile text also travels the paths where something is found and echoed next to it.
 */
final class Hostile {
    static final int DISCORD_OPTION_MAX = 6000;

    /** Discord syntax: mentions of every kind, masked links, timestamps, emoji, slash-command mentions. */
    static final List<String> DISCORD = List.of(
            "@everyone", "@here", "@EveryOne", "@\u200Beveryone", "<@123456789012345678>", "<@!123456789012345678>",
            "<@&123456789012345678>", "<#123456789012345678>", "</talk:123456789012345678>",
            "<:kvm:123456789012345678>", "<a:kvm:123456789012345678>", "<t:1314835200:R>",
            "[click me](https://evil.example/steal)", "[x](<https://evil.example>)",
            "[**x**](https://evil.example \"t\")", "[](https://evil.example)", "[a][b](https://evil.example)",
            "\\[x](https://evil.example)", "\\\\[x](https://evil.example)", "[x\\](https://evil.example)",
            "https://evil.example", "<https://evil.example>", "discord.gg/evil");

    /** Markdown that could format, hide or break out of the bot's own formatting. */
    static final List<String> MARKDOWN = List.of(
            "**", "__", "*", "_", "~~", "||", "`", "```", "```js\n", "> ", ">>> ", "# ", "## ", "-# ", "- ", "1. ",
            "\\", "\\\\", "[", "]", "(", ")", "<", ">", ":", "\"", "'", "“", "”", "…", "#", "|", "~", "+", "-");

    /** Characters that are invisible, reorder text, control terminals, or are not text at all. */
    static final List<String> INVISIBLE = List.of(
            "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u202E", "\u202D", "\u202A", "\u2066",
            "\u2067", "\u2068", "\u2069", "\u061C", "\u200F", "\u0000", "\u0007", "\u0008", "\u001B[31m", "\u007F",
            "\r", "\n", "\r\n", "\t", "\u000B", "\u000C", "\u0085", "\u2028", "\u2029", "\u00A0", "\u3000",
            "\uD800", "\uDC00", "\uDBFF\uDFFF", "\uFFFF", "\uFFFE", "\uE000", "\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD",
            "e\u0301\u0301\u0301\u0301", "\uFDFD", "\uD808\uDC2B", "\u0BF5", "%s", "%n", "{}", "${jndi:ldap://x}");

    /** Words that find sessions and people in the post, so hostile text also meets the "found" paths. */
    static final List<String> WORDS = List.of(
            "vfio", "qcow2", "virtio", "virtio-scsi", "live migration", "keynote", "Avi", "Alex", "Anthony",
            "Stefan", "Kivity", "NUMA", "tracing", "QEMU", "KVM", "Forum", "2011", "day 1", "1", "2", "3", "0", "-1",
            "2147483648", "99999999999999999999", "٢", " ");

    private Hostile() {}

    /**
     * One hostile option value. Full-length random Unicode is the rarest kind: it is the slowest to answer
     * (search tries its "words" as typos, ~100 ms each) and finds nothing the shorter kinds do not.
     */
    static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(12, mixture()),
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(300)),
                Tuple.of(3, repeatedToTheLimit()),
                Tuple.of(1, Arbitraries.strings().all().ofMinLength(DISCORD_OPTION_MAX - 10)
                        .ofMaxLength(DISCORD_OPTION_MAX)));
    }

    /** Hostile pieces and words, run together or spaced, up to about 60 pieces. */
    static Arbitrary<String> mixture() {
        return piece().list().ofMaxSize(60).map(pieces -> String.join("", pieces));
    }

    /** One piece, or a piece repeated until the option is full: 6000 characters of one trick. */
    static Arbitrary<String> repeatedToTheLimit() {
        return piece().list().ofMinSize(1).ofMaxSize(4).map(pieces -> {
            String unit = String.join(" ", pieces) + " ";
            StringBuilder out = new StringBuilder(DISCORD_OPTION_MAX);
            while (out.length() + unit.length() <= DISCORD_OPTION_MAX) {
                out.append(unit);
            }
            return out.toString();
        });
    }

    /** A button custom id: random, or a {@code schedule:} id with its parts forged. */
    static Arbitrary<String> customId(List<String> knownUsers) {
        Arbitrary<String> number = Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("0", "-0", "1", "2", "+1", "00", "2147483647", "-2147483648", "9223372036854775807",
                        "-9223372036854775808", "31556889864403199", "31556889864403200", "-31557014167219201",
                        "1e9", " 1", "", "٢"),
                mixture().map(s -> s.length() > 20 ? s.substring(0, 20) : s));
        Arbitrary<String> user = Arbitraries.oneOf(Arbitraries.of(knownUsers), number);
        Arbitrary<String> forged = Combinators.combine(user, number, number, number,
                        Arbitraries.of("p", "n", "i", "", "x", "p:extra"))
                .as((u, day, page, issued, tag) -> "schedule:" + u + ":" + day + ":" + page + ":" + issued + ":" + tag);
        Arbitrary<String> otherCommand = Arbitraries.of("talk", "speaker", "slides", "search", "about", "help",
                        "reload", "ask", "nosuch", "", "schedule", "SCHEDULE")
                .flatMap(name -> mixture().map(rest -> name + ":" + rest));
        return Arbitraries.oneOf(forged, otherCommand, Arbitraries.strings().all().ofMinLength(1).ofMaxLength(100))
                .map(id -> id.length() > 100 ? id.substring(0, 100) : id)
                .filter(id -> !id.isEmpty());
    }

    private static Arbitrary<String> piece() {
        List<String> all = new ArrayList<>();
        all.addAll(DISCORD);
        all.addAll(MARKDOWN);
        all.addAll(INVISIBLE);
        all.addAll(WORDS);
        return Arbitraries.oneOf(Arbitraries.of(all), Arbitraries.strings().all().ofMaxLength(3));
    }
}
