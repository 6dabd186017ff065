package org.kvmforum.bot.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.wording.Wording;

/**
 * Autocomplete for options that name a session (/talk, /slides). The value is the session's stable id; the
 * label starts with the day and part, so when Discord cuts a long label it is the title's end that goes.
 */
final class SessionChoices {
    private SessionChoices() {}

    static List<Command.Choice> suggest(Library library, String typed) {
        return choices(library, library.sessions().autocomplete(typed, DiscordLimits.AUTOCOMPLETE_CHOICES));
    }

    /**
     * For a slides picker: before anything is typed, the sessions with slides come first (in program order),
     * so the blank list is not spent on sessions that have none; typed text is matched as for any session.
     */
    static List<Command.Choice> suggestWithSlidesFirst(Library library, String typed) {
        if (typed != null && !typed.isBlank()) {
            return suggest(library, typed);
        }
        List<Session> ordered = new ArrayList<>(library.model().sessions());
        ordered.sort(Comparator.comparing(session -> !session.hasSlides()));
        return choices(library, ordered.subList(0, Math.min(DiscordLimits.AUTOCOMPLETE_CHOICES, ordered.size())));
    }

    private static List<Command.Choice> choices(Library library, List<Session> sessions) {
        List<Command.Choice> choices = new ArrayList<>(sessions.size());
        for (Session session : sessions) {
            choices.add(new Command.Choice(label(library.model(), session), session.id()));
        }
        return choices;
    }

    static String label(ContentModel model, Session session) {
        String speakers = Wording.speakersOrNobody(model, session);
        String label = Wording.shortWhen(session) + " · " + session.title()
                + (session.speakers().isEmpty() ? "" : " — " + speakers);
        return UserText.clip(label, DiscordLimits.CHOICE_NAME);
    }
}
