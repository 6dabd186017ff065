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

    /**
     * The sessions matching what was typed, within the scope. The index offers its best few across every event,
     * so within one event the offer is those of its sessions among them; before anything is typed, the event's
     * own sessions in program order.
     */
    static List<Command.Choice> suggest(Library library, String typed, EventScope scope) {
        if (scope.event() != null && (typed == null || typed.isBlank())) {
            return choices(library, first(scope.filter(library.model().sessions())));
        }
        return choices(library, scope.filter(library.sessions().autocomplete(typed,
                DiscordLimits.AUTOCOMPLETE_CHOICES)));
    }

    /**
     * For a slides picker: before anything is typed, the sessions with slides come first (in program order),
     * so the blank list is not spent on sessions that have none; typed text is matched as for any session.
     */
    static List<Command.Choice> suggestWithSlidesFirst(Library library, String typed, EventScope scope) {
        if (typed != null && !typed.isBlank()) {
            return suggest(library, typed, scope);
        }
        List<Session> ordered = new ArrayList<>(scope.filter(library.model().sessions()));
        ordered.sort(Comparator.comparing(session -> !session.hasSlides()));
        return choices(library, first(ordered));
    }

    private static List<Session> first(List<Session> sessions) {
        return sessions.subList(0, Math.min(DiscordLimits.AUTOCOMPLETE_CHOICES, sessions.size()));
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
        // With several events the label starts with the event's label, so two forums' talks can be told apart.
        String label = EventScope.eventPrefix(model, session) + Wording.shortWhen(session) + " · " + session.title()
                + (session.speakers().isEmpty() ? "" : " — " + speakers);
        return UserText.clip(label, DiscordLimits.CHOICE_NAME);
    }
}
