package org.kvmforum.bot.commands;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.wording.Wording;

/** {@code /about}: the event itself, as the post describes it, and the post it all comes from. */
public final class AboutCommand extends ScopedCommand {
    public AboutCommand(CommandContext context) {
        super(context, "about", "About the event: where, with what, how many came, and the post this bot answers from",
                "/about", Replies.SAME_FOR_SAME_OPTIONS);
        addEventOption("Which forum (the latest when left out)");
    }

    @Override
    protected Reply execute(CommandRequest request, Library library, EventScope scope) {
        Event event = scope.eventOrLatest(library.model());
        MessageCreateBuilder message = new MessageCreateBuilder().setEmbeds(card(event, library.model()));
        List<Button> links = new ArrayList<>();
        Event.Report report = event.report();
        if (SessionCards.linkable(report.forumPage(), DiscordLimits.LINK_BUTTON_URL)) {
            links.add(Button.link(report.forumPage(), "Forum page"));
        }
        if (SessionCards.linkable(report.sourceUrl(), DiscordLimits.LINK_BUTTON_URL)) {
            links.add(Button.link(report.sourceUrl(), "The report"));
        }
        if (!links.isEmpty()) {
            message.setComponents(ActionRow.of(links));
        }
        return Reply.visible(message.build());
    }

    MessageEmbed card(Event event, ContentModel model) {
        EmbedBuilder embed = new EmbedBuilder().setColor(context.theme().info()).setTitle(event.name());
        List<String> where = new ArrayList<>();
        if (event.venue().place() != null) {
            where.add("In " + event.venue().place());
        }
        if (event.venue().colocatedWith() != null) {
            where.add("co-located with " + event.venue().colocatedWith());
        }
        if (!where.isEmpty()) {
            embed.setDescription(String.join(", ", where) + ".");
        }
        field(embed, "Days of talks", event.program().days() > 0 ? String.valueOf(event.program().days()) : null, true);
        field(embed, "Attendance", event.facts().attendance(), true);
        int slot = event.program().slotMinutes();
        field(embed, "Talk slots", slot > 0 ? slot + " minutes per talk" : null, true);
        field(embed, "Parallel tracks", event.program().parallelTracks(), true);
        field(embed, "Sessions", event.sessions().size() + " in the post", true);
        if (event.facts().recordings() != null) {
            String text = event.facts().recordings().statement();
            if (event.facts().recordings().whereUrl() != null) {
                text += " (" + Markdown.link("Forum page", event.facts().recordings().whereUrl()) + ")";
            }
            field(embed, "Recordings", text, false);
        }
        if (event.facts().firstForum() != null) {
            field(embed, "The first forum", event.facts().firstForum().statement(), false);
        }
        for (Event.AfterTalks after : event.program().afterTalks()) {
            field(embed, "After day " + after.day(), after.statement(), false);
        }
        Event.Report report = event.report();
        if (report.author() != null) {
            String author = Markdown.link(report.author(), report.authorUrl());
            String source = report.sourceUrl() == null ? "" : " — " + Markdown.link("original post", report.sourceUrl());
            field(embed, "Report", "Written by " + author + source, false);
        }
        embed.setFooter(UserText.clip(Wording.source(event) + (event.report().postDate() == null ? "" : " · posted "
                + event.report().postDate()) + others(event, model), DiscordLimits.FOOTER));
        return embed.build();
    }

    /** With several forums, where to find the others: " · also 2011, 2012: /about event:…". */
    private static String others(Event shown, ContentModel model) {
        List<String> labels = new ArrayList<>();
        for (Event event : model.events()) {
            if (event != shown) {
                labels.add(event.label());
            }
        }
        return labels.isEmpty() ? "" : " · also " + String.join(", ", labels) + ": /about event:…";
    }

    private static void field(EmbedBuilder embed, String name, String value, boolean inline) {
        if (value != null && !value.isBlank()) {
            embed.addField(name, UserText.clip(value, DiscordLimits.FIELD_VALUE), inline);
        }
    }
}
