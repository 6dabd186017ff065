package org.kvmforum.bot.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Person;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.content.SessionKind;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.wording.Wording;

/**
 * {@code /speaker name}: a person's card with every session they gave or took part in. A first name (or any
 * name) shared by several people shows each of them, and says so.
 */
public final class SpeakerCommand extends ScopedCommand {
    static final String NAME = "name";
    /** Embeds in one message; people beyond this are named, not shown. */
    private static final int MAX_CARDS = 5;

    public SpeakerCommand(CommandContext context) {
        super(context, "speaker", "Show a speaker and every session they gave or took part in",
                examples -> "/speaker name:" + examples.speaker(), Replies.SAME_FOR_SAME_OPTIONS);
        addTextOption(NAME, "Full name, first name or surname", true);
        addEventOption("Only their sessions at this forum (every forum's when left out)");
    }

    @Override
    protected Reply execute(CommandRequest request, Library library, EventScope scope) {
        String name = request.option(NAME, "");
        List<Person> people = new ArrayList<>(resolve(library, name));
        // Someone who spoke only at other forums is not a speaker of the one asked for.
        people.removeIf(person -> scope.filter(library.model().sessionsOf(person)).isEmpty());
        if (people.isEmpty()) {
            return notFound(library, name, scope);
        }
        ContentModel model = library.model();
        MessageCreateBuilder message = new MessageCreateBuilder();
        List<MessageEmbed> embeds = new ArrayList<>();
        for (Person person : people.subList(0, Math.min(MAX_CARDS, people.size()))) {
            embeds.add(card(model, person, scope));
        }
        if (people.size() > 1) {
            List<String> names = new ArrayList<>();
            people.forEach(person -> names.add("**" + Markdown.md(person.name()) + "**"));
            String note = "“" + UserText.echo(name, 100) + "” matches " + people.size() + " people in the post: "
                    + Wording.names(names) + ".";
            if (people.size() > MAX_CARDS) {
                note += " The first " + MAX_CARDS + " are shown; " + (people.size() - MAX_CARDS)
                        + " more did not fit.";
            }
            message.setContent(UserText.clip(note, DiscordLimits.CONTENT));
        } else {
            message.setComponents(slideButtons(model, people.get(0), scope));
        }
        return Reply.visible(message.setEmbeds(embeds).build());
    }

    private static List<Person> resolve(Library library, String name) {
        Optional<Person> byId = library.model().person(name.strip());
        return byId.map(List::of).orElseGet(() -> library.people().findAllowingTypos(name));
    }

    private MessageEmbed card(ContentModel model, Person person, EventScope scope) {
        List<Session> sessions = scope.filter(model.sessionsOf(person));
        StringBuilder text = new StringBuilder();
        for (Session session : sessions) {
            String title = session.hasSlides()
                    ? Markdown.link(session.title(), session.slides().url())
                    : Markdown.md(session.title());
            text.append("• **").append(title).append("**");
            if (session.kind() != SessionKind.TALK) {
                text.append(" (").append(Wording.kind(session.kind()))
                        .append(session.kind() == SessionKind.BOF ? ", took part" : "").append(")");
            }
            text.append("\n  ").append(EventScope.eventPrefix(model, session)).append(Wording.when(session));
            List<Person> others = new ArrayList<>(model.speakersOf(session));
            others.removeIf(other -> other.id().equals(person.id()));
            if (!others.isEmpty()) {
                List<String> names = new ArrayList<>();
                others.forEach(other -> names.add(other.name()));
                text.append(" · with ").append(Wording.names(names));
            }
            text.append('\n');
        }
        int count = sessions.size();
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(context.theme().info())
                .setTitle(UserText.clip(person.name(), DiscordLimits.EMBED_TITLE))
                .setDescription(UserText.clip(text.toString().strip(), DiscordLimits.EMBED_DESCRIPTION))
                .setFooter(UserText.clip(count + (count == 1 ? " session" : " sessions") + " · "
                        + Wording.source(model.eventOf(sessions.get(0))), DiscordLimits.FOOTER));
        return embed.build();
    }

    /** Link buttons for the person's slides, at most five rows of five. */
    private static List<ActionRow> slideButtons(ContentModel model, Person person, EventScope scope) {
        List<Button> buttons = new ArrayList<>();
        for (Session session : scope.filter(model.sessionsOf(person))) {
            if (session.hasSlides() && SessionCards.linkable(session.slides().url(), DiscordLimits.LINK_BUTTON_URL)) {
                buttons.add(Button.link(session.slides().url(),
                        UserText.clip("Slides: " + session.title(), DiscordLimits.BUTTON_LABEL)));
            }
        }
        int max = DiscordLimits.ACTION_ROWS * DiscordLimits.BUTTONS_PER_ROW;
        return buttons.isEmpty() ? List.of() : ActionRow.partitionOf(buttons.subList(0, Math.min(max, buttons.size())));
    }

    private Reply notFound(Library library, String name, EventScope scope) {
        StringBuilder text = new StringBuilder();
        if (name.isBlank()) {
            text.append("Tell me whose sessions to show: type a name.");
        } else {
            text.append("The post").append(scope.event() == null ? "" : " on " + Markdown.md(scope.event().name()))
                    .append(" names no speaker “").append(UserText.echo(name, 200)).append("”.");
        }
        List<Person> near = library.people().autocomplete(name, 5);
        if (!near.isEmpty()) {
            List<String> names = new ArrayList<>();
            near.forEach(person -> names.add("**" + Markdown.md(person.name()) + "**"));
            text.append("\n\nClosest names: ").append(String.join(", ", names)).append('.');
        } else {
            text.append("\n\nTry /search with a topic instead.");
        }
        return Notices.notice(context.theme().info(), "Not found", text.toString());
    }

    @Override
    public List<Command.Choice> autocomplete(AutocompleteRequest request, Library library) {
        List<Command.Choice> choices = new ArrayList<>();
        for (Person person : library.people().autocomplete(request.typed(), DiscordLimits.AUTOCOMPLETE_CHOICES)) {
            int count = person.sessionIds().size();
            String label = person.name() + " · " + count + (count == 1 ? " session" : " sessions");
            choices.add(new Command.Choice(UserText.clip(label, DiscordLimits.CHOICE_NAME), person.id()));
        }
        return choices;
    }
}
