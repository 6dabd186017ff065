package org.kvmforum.bot.commands;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.content.Session;

/**
 * The optional {@code event} option: which forum a command looks in. Left out, the session commands look in
 * every event and /about and /schedule show the latest. The option is registered whatever the content holds:
 * commands are registered once at start, and a /reload can add a post without registering again; with one
 * event it offers that one event and changes nothing. Filtering happens here, after the search, so the search
 * index need not know about events.
 *
 * @param event the event asked for, or null for every event
 * @param asked what the user gave, when it names no event (then {@link #unknown()}); otherwise null
 */
record EventScope(Event event, String asked) {
    static final String OPTION = "event";

    private static final EventScope EVERY_EVENT = new EventScope(null, null);

    /** Every event: what a blank option means. */
    static EventScope everyEvent() {
        return EVERY_EVENT;
    }

    static OptionData option(String description) {
        return new OptionData(OptionType.STRING, OPTION, description, false, true)
                .setMaxLength(DiscordLimits.STRING_OPTION_MAX_LENGTH);
    }

    /** The scope the request asks for: its {@code event} option, matched by id, label or name, any case. */
    static EventScope of(ContentModel model, CommandRequest request) {
        return of(model, request.option(OPTION, ""));
    }

    /** The scope for a value of the {@code event} option; blank for every event. */
    static EventScope of(ContentModel model, String option) {
        String value = option == null ? "" : option.strip();
        if (value.isEmpty()) {
            return EVERY_EVENT;
        }
        for (Event event : model.events()) {
            if (event.id().equals(value) || event.label().equalsIgnoreCase(value)
                    || event.name().equalsIgnoreCase(value)) {
                return new EventScope(event, null);
            }
        }
        return new EventScope(null, value);
    }

    boolean unknown() {
        return asked != null;
    }

    boolean includes(Session session) {
        return event == null || event.id().equals(session.eventId());
    }

    /** The event asked for, else the latest: what /about and /schedule show. */
    Event eventOrLatest(ContentModel model) {
        return event == null ? model.latest() : event;
    }

    /**
     * "2012 · " before a session's day in a list, when the content has several events (a list mixes them);
     * nothing when it has one.
     */
    static String eventPrefix(ContentModel model, Session session) {
        return model.events().size() > 1 ? model.eventOf(session).label() + " · " : "";
    }

    /** The sessions in scope, in order. */
    List<Session> filter(List<Session> sessions) {
        if (event == null) {
            return sessions;
        }
        List<Session> kept = new ArrayList<>();
        for (Session session : sessions) {
            if (includes(session)) {
                kept.add(session);
            }
        }
        return kept;
    }

    /** "No such forum": the value echoed safely, and the events there are. */
    Reply problem(Theme theme, ContentModel model) {
        List<String> known = new ArrayList<>();
        for (Event event : latestFirst(model)) {
            known.add("**" + Markdown.md(event.label()) + "** (" + Markdown.md(event.name()) + ")");
        }
        return Notices.notice(theme.info(), "No such forum", "The posts describe no forum “"
                + UserText.echo(asked, 100) + "”. There is: " + String.join(", ", known) + ".");
    }

    /** Autocomplete: the events whose label or name contain what was typed, latest first. */
    static List<Command.Choice> choices(ContentModel model, String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        List<Command.Choice> choices = new ArrayList<>();
        for (Event event : latestFirst(model)) {
            String label = event.label() + " · " + event.name();
            if (label.toLowerCase(Locale.ROOT).contains(wanted)
                    && choices.size() < DiscordLimits.AUTOCOMPLETE_CHOICES) {
                choices.add(new Command.Choice(UserText.clip(label, DiscordLimits.CHOICE_NAME), event.id()));
            }
        }
        return choices;
    }

    private static List<Event> latestFirst(ContentModel model) {
        List<Event> events = new ArrayList<>(model.events());
        events.sort(Comparator.comparingInt(Event::year).reversed());
        return events;
    }
}
