package org.kvmforum.bot.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who gave the talk behind a slides link, read from the link's own sentence only (a first name later in the
 * paragraph, "Anthony wanted...", never makes someone a speaker). The shapes it knows, in the order tried:
 * <ol>
 *   <li>names, then a speaking verb, before the link: "Paul Mackerras then talked about [..]",
 *       "Stefan Hajnoczi and Paolo Bonzini then talked of a new [..]", "Avi then took stage again to talk of [..]";</li>
 *   <li>a possessive before the link: "Juan Quintela's session on [..]";</li>
 *   <li>a possessive opening the link text: "[Avi's keynote](..)";</li>
 *   <li>after the link, whichever comes first: "by" and names ("[..] by Allen Kay", "a lively talk by Bryan
 *       Cantrill"), or names and a speaking verb ("[..] is being worked on by a few people, Marcelo Tosatti
 *       presented").</li>
 * </ol>
 * A lone pronoun with a speaking verb ("He then presented [..]") is reported as such for the caller to
 * resolve to the speakers just before.
 */
final class Speakers {
    /** Verbs that say someone gave a talk. */
    static final String VERBS = "talked|talks|talking|talk|spoke|speaks|speaking|presented|presents|presenting"
            + "|described|describes|describing|gave|gives|giving|(?:took|takes|taking) (?:the )?stage"
            + "|introduced|introduces|introducing|showed|shows|showing|demonstrated|demonstrates|demonstrating"
            + "|demoed|demos|explained|explains|explaining|covered|covers|covering|discussed|discusses|discussing"
            + "|walked|walks|walking|delivered|delivers|delivering|outlined|outlines|outlining"
            + "|(?:went|goes|going) (?:over|through)|kicked off|opened|followed|continued|wrapped up|closed"
            + "|updated|reported|shared";
    /** What may stand between a name and its verb: "then", "next", "also", "again"... */
    private static final String ADVERBS = "(?:(?:then|next|also|later|again|first|finally|briefly|subsequently"
            + "|afterwards|too|in turn|once more),? )*";
    /** Right after a name: "then talked", " presenting", ", next, spoke". */
    static final Pattern SPEAKS = Pattern.compile("^,? " + ADVERBS + "(?:" + VERBS + ")\\b", Pattern.CASE_INSENSITIVE);
    /** Right after a name: "'s session", "'s opening keynote". */
    static final Pattern POSSESSIVE = Pattern.compile(
            "^['\u2019]s (?:[\\p{L}-]+ ){0,3}?(?:talk|session|keynote|presentation|tutorial|demo|overview|update"
                    + "|report|slides|lecture)s?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY = Pattern.compile("\\bby $", Pattern.CASE_INSENSITIVE);

    private Speakers() {}

    /**
     * The speakers of a talk link.
     *
     * @param names   the names as the sentence writes them, in its order
     * @param phrase  the words that tie them to the link ("then talked about a new", "a lively talk by")
     * @param pronoun whether the sentence says only "He"/"She"/"They"
     */
    record Attribution(List<String> names, String phrase, boolean pronoun) {}

    /**
     * Attributes {@code link}, one of the sentence's talk links; the other talk links bound the search so two
     * talks in one sentence keep their own speakers.
     */
    static Optional<Attribution> of(Sentence sentence, InlineLink link, List<InlineLink> talkLinks) {
        String masked = sentence.masked();
        int from = 0;
        int to = masked.length();
        for (InlineLink other : talkLinks) {
            if (other.end() <= link.start()) {
                from = Math.max(from, other.end());
            } else if (other.start() >= link.end()) {
                to = Math.min(to, other.start());
            }
        }
        List<Names.Found> found = Names.in(masked);
        Optional<Attribution> before = before(masked, found, from, link.start());
        if (before.isPresent()) {
            return before;
        }
        Optional<Attribution> inLink = possessiveLinkText(link.text());
        if (inLink.isPresent()) {
            return inLink;
        }
        return after(masked, found, link.end(), to);
    }

    private static Optional<Attribution> before(String text, List<Names.Found> found, int from, int linkStart) {
        for (int i = found.size() - 1; i >= 0; i--) {
            Names.Found name = found.get(i);
            if (name.start() < from || name.end() > linkStart) {
                continue;
            }
            String rest = text.substring(name.end(), linkStart);
            if (SPEAKS.matcher(rest).lookingAt() || (!name.pronoun() && POSSESSIVE.matcher(rest).lookingAt())) {
                if (name.pronoun()) {
                    return Optional.of(new Attribution(List.of(), rest.trim(), true));
                }
                return Optional.of(new Attribution(listEndingAt(text, found, i, from), rest.trim(), false));
            }
        }
        return Optional.empty();
    }

    private static Optional<Attribution> possessiveLinkText(String linkText) {
        List<Names.Found> found = Names.in(linkText);
        if (found.isEmpty() || found.get(0).start() != 0 || found.get(0).pronoun()) {
            return Optional.empty();
        }
        Names.Found name = found.get(0);
        if (!POSSESSIVE.matcher(linkText.substring(name.end())).lookingAt()) {
            return Optional.empty();
        }
        return Optional.of(new Attribution(List.of(name.name()), linkText, false));
    }

    private static Optional<Attribution> after(String text, List<Names.Found> found, int linkEnd, int to) {
        for (int i = 0; i < found.size(); i++) {
            Names.Found name = found.get(i);
            if (name.start() < linkEnd || name.end() > to || name.pronoun()) {
                continue;
            }
            String lead = text.substring(linkEnd, name.start());
            if (BY.matcher(lead).find()) {
                return Optional.of(new Attribution(listStartingAt(text, found, i, to), lead.trim(), false));
            }
            if (SPEAKS.matcher(text.substring(name.end(), to)).lookingAt()) {
                return Optional.of(new Attribution(listEndingAt(text, found, i, linkEnd), lead.trim(), false));
            }
        }
        return Optional.empty();
    }

    /** The names of a list that ends with found[last]: "Stefan Hajnoczi and Paolo Bonzini". */
    static List<String> listEndingAt(String text, List<Names.Found> found, int last, int notBefore) {
        List<String> names = new ArrayList<>();
        names.add(found.get(last).name());
        for (int i = last - 1; i >= 0; i--) {
            Names.Found previous = found.get(i);
            if (previous.pronoun() || previous.start() < notBefore
                    || !Names.joinsList(text.substring(previous.end(), found.get(i + 1).start()))) {
                break;
            }
            names.add(previous.name());
        }
        Collections.reverse(names);
        return names;
    }

    /** The names of a list that starts with found[first]: "by Anthony Liguori and Paolo Bonzini". */
    static List<String> listStartingAt(String text, List<Names.Found> found, int first, int notAfter) {
        List<String> names = new ArrayList<>();
        names.add(found.get(first).name());
        for (int i = first + 1; i < found.size(); i++) {
            Names.Found next = found.get(i);
            if (next.pronoun() || next.end() > notAfter
                    || !Names.joinsList(text.substring(found.get(i - 1).end(), next.start()))) {
                break;
            }
            names.add(next.name());
        }
        return names;
    }
}
