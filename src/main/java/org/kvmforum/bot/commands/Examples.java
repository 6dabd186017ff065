package org.kvmforum.bot.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.content.SessionKind;

/**
 * What /help and the hints show as examples, taken from the latest event being served, so the code names no
 * talk, person or year of its own and another post gives other examples. A session is named by one word of its
 * title (its longest: the least common, so the one that finds it), short enough to type.
 *
 * @param session a word that finds a talk with named speakers (for /talk and /ask)
 * @param slides  a word that finds another talk, one with slides (for /slides)
 * @param topic   a word of a third talk's title, to search for
 * @param speaker the first name of the first speaker of {@code session}'s talk
 * @param day     the event's last day of talks, at least 1
 * @param event   the latest event's label (its year)
 */
public record Examples(String session, String slides, String topic, String speaker, int day, String event) {
    static Examples of(ContentModel model) {
        Event event = model.latest();
        List<Session> talks = event.sessions().stream().filter(s -> s.kind() == SessionKind.TALK).toList();
        List<Session> pool = talks.isEmpty() ? event.sessions() : talks;
        List<Session> used = new ArrayList<>();
        Session named = pick(pool, used, session -> !session.speakers().isEmpty());
        Session withSlides = pick(pool, used, Session::hasSlides);
        Session other = pick(pool, used, session -> true);
        String speaker = named == null ? "" : model.speakersOf(named).stream().findFirst().map(Person::firstName)
                .orElse("");
        return new Examples(keyword(named), keyword(withSlides), keyword(other), speaker,
                Math.max(1, event.program().days()), event.label());
    }

    /** The first session not used yet that is wanted, else the first not used yet, else any. */
    private static Session pick(List<Session> pool, List<Session> used, Predicate<Session> wanted) {
        Session chosen = pool.stream().filter(s -> !used.contains(s) && wanted.test(s)).findFirst()
                .orElse(pool.stream().filter(s -> !used.contains(s)).findFirst()
                        .orElse(pool.isEmpty() ? null : pool.get(0)));
        used.add(chosen);
        return chosen;
    }

    /** The title's longest word, without the punctuation around it; the first of equals. */
    private static String keyword(Session session) {
        if (session == null) {
            return "";
        }
        String best = "";
        for (String word : session.title().split("\\s+")) {
            String bare = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (bare.length() > best.length()) {
                best = bare;
            }
        }
        return best;
    }
}
