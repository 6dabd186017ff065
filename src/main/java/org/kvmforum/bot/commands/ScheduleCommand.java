package org.kvmforum.bot.commands;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.kvmforum.bot.content.ContentModel;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.content.PartOfDay;
import org.kvmforum.bot.content.Session;
import org.kvmforum.bot.content.SessionKind;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.wording.Wording;

/**
 * {@code /schedule [day]}: the program in order, one page per part of a day, with buttons to page through it.
 * Everything a click needs travels in the button's id (who asked, which day, which page, when), so paging keeps
 * no state and survives a restart. Only the asker can page. The buttons live {@link #BUTTONS_LIVE}: the Discord
 * edge switches them off then when it can, and a click after that is answered privately as expired, from the
 * time in the button itself, whether or not they were switched off.
 */
public final class ScheduleCommand extends ScopedCommand {
    static final String DAY = "day";
    /**
     * Buttons stop one minute before Discord's 15-minute interaction token would, so the edge can still edit
     * the reply to switch them off.
     */
    static final Duration BUTTONS_LIVE = Duration.ofMinutes(14);

    private final SchedulePicture picture;

    public ScheduleCommand(CommandContext context) {
        // Built each time: the buttons carry who asked and when.
        super(context, "schedule", "The program in order, by day and part of the day",
                examples -> "/schedule day:" + examples.day(), Replies.BUILT_EACH_TIME);
        slash().addOptions(new OptionData(OptionType.INTEGER, DAY, "Only this day (1, 2, …)", false)
                .setRequiredRange(1, 31));
        addEventOption("Which forum (the latest when left out)");
        this.picture = new SchedulePicture(context.theme());
    }

    /** One page: a part of one day of one event. */
    private record Page(Event event, int day, PartOfDay part, List<Session> sessions) {}

    @Override
    protected Reply execute(CommandRequest request, Library library, EventScope scope) {
        ContentModel model = library.model();
        Event event = scope.eventOrLatest(model);
        String dayText = request.option(DAY);
        int day;
        try {
            day = dayText == null || dayText.isBlank() ? 0 : Integer.parseInt(dayText.strip());
        } catch (NumberFormatException e) {
            return Notices.notice(context.theme().info(), "Which day?", "The day is a number, such as 1 or 2.");
        }
        // Day 0 stands for "every day" inside; typed, it is as much out of range as any other missing day.
        boolean dayGiven = dayText != null && !dayText.isBlank();
        List<Page> pages = dayGiven && day < 1 ? List.of() : pages(event, day);
        if (pages.isEmpty()) {
            int days = event.program().days();
            return Notices.notice(context.theme().info(), "No such day",
                    "The post on " + Markdown.md(event.name()) + " describes " + days + (days == 1 ? " day" : " days") + " of talks ("
                            + (days == 1 ? "day 1" : days == 2 ? "days 1 and 2" : "days 1 to " + days)
                            + "); there is no day " + day + ".");
        }
        long issued = context.clock().instant().getEpochSecond();
        Token token = new Token(request.userId(), model.events().indexOf(event), day, 0, issued);
        MessageCreateBuilder message = new MessageCreateBuilder()
                .setComponents(buttons(token, pages.size()));
        // Only the first page carries the picture; paging edits the embed and leaves the attachment be.
        message.setEmbeds(picture.attach(message, page(model, pages, 0), library, pages.get(0).event()));
        return new Reply(message.build(), false, pages.size() > 1 ? BUTTONS_LIVE : null);
    }

    @Override
    public ButtonReply click(ButtonRequest request, Library library) {
        Token token = Token.parse(request.customId());
        if (token == null) {
            return new ButtonReply.Answer(Notices.notice(context.theme().info(), "Unknown button",
                    "This button is from another version of the bot; run /schedule again."));
        }
        if (expired(token)) {
            return new ButtonReply.Answer(Notices.notice(context.theme().info(), "Schedule expired",
                    "This schedule has expired: run /schedule again."));
        }
        if (!token.userId().equals(request.userId())) {
            return new ButtonReply.Answer(Notices.notice(context.theme().info(), "Not your schedule",
                    "Only the person who ran /schedule can turn its pages. Run /schedule to get your own."));
        }
        ContentModel model = library.model();
        Event event = token.event() < 0 ? model.latest()
                : token.event() < model.events().size() ? model.events().get(token.event()) : null;
        List<Page> pages = event == null ? List.of() : pages(event, token.day());
        if (pages.isEmpty()) {
            return new ButtonReply.Answer(Notices.notice(context.theme().info(), "Schedule changed",
                    "The program has been reloaded since; run /schedule again."));
        }
        int target = Math.max(0, Math.min(token.page(), pages.size() - 1));
        Token shown = new Token(token.userId(), token.event(), token.day(), target, token.issuedAt());
        return new ButtonReply.Update(new MessageEditBuilder().setEmbeds(page(model, pages, target))
                .setComponents(buttons(shown, pages.size())).build());
    }

    /** Whether the buttons' time is up, by the time the reply was issued at, carried in the button. */
    private boolean expired(Token token) {
        return Duration.between(Instant.ofEpochSecond(token.issuedAt()), context.clock().instant())
                .compareTo(BUTTONS_LIVE) >= 0;
    }

    private static List<Page> pages(Event event, int onlyDay) {
        List<Page> pages = new ArrayList<>();
        Page current = null;
        for (Session session : event.sessions()) {
            if (onlyDay != 0 && session.day() != onlyDay) {
                continue;
            }
            if (current == null || current.day() != session.day() || current.part() != session.part()) {
                current = new Page(event, session.day(), session.part(), new ArrayList<>());
                pages.add(current);
            }
            current.sessions().add(session);
        }
        return pages;
    }

    private MessageEmbed page(ContentModel model, List<Page> pages, int index) {
        Page page = pages.get(index);
        StringBuilder text = new StringBuilder();
        for (Session session : page.sessions()) {
            String title = session.hasSlides()
                    ? Markdown.link(session.title(), session.slides().url())
                    : Markdown.md(session.title());
            // Talks are most of the program, so only the other kinds are marked.
            String kind = session.kind() == SessionKind.TALK ? "" : " · " + Wording.kindNoun(session.kind());
            String line = session.order() + ". **" + title + "** — " + Wording.speakersOrNobody(model, session)
                    + kind + "\n";
            if (text.length() + line.length() > DiscordLimits.EMBED_DESCRIPTION - 60) {
                text.append("…more sessions did not fit on this page.");
                break;
            }
            text.append(line);
        }
        String note = page.event().program().parallelIn(page.day(), page.part())
                ? "\n*Parallel tracks: the post lists the talks its author attended.*" : "";
        return new EmbedBuilder()
                .setColor(context.theme().info())
                .setTitle(UserText.clip(page.event().name() + " — Day " + page.day() + ", " + page.part().label(),
                        DiscordLimits.EMBED_TITLE))
                .setDescription(UserText.clip(text.toString().strip() + note, DiscordLimits.EMBED_DESCRIPTION))
                .setFooter(UserText.clip("Page " + (index + 1) + " of " + pages.size() + " · "
                        + Wording.source(page.event()), DiscordLimits.FOOTER))
                .build();
    }

    private static List<ActionRow> buttons(Token token, int pageCount) {
        if (pageCount <= 1) {
            return List.of();
        }
        int page = token.page();
        Button previous = Button.secondary(token.withPage(page - 1).id("p"), "◀ Previous")
                .withDisabled(page == 0);
        Button position = Button.secondary(token.withPage(page).id("i"), (page + 1) + " / " + pageCount)
                .withDisabled(true);
        Button next = Button.secondary(token.withPage(page + 1).id("n"), "Next ▶")
                .withDisabled(page >= pageCount - 1);
        return List.of(ActionRow.of(previous, position, next));
    }

    /**
     * What a paging button carries: {@code schedule:<user>:<event>:<day>:<page>:<issued epoch s>:<tag>}, the
     * event as its place in the content's list (a reload that changes the list makes the schedule "changed").
     * The tag keeps the three buttons' ids distinct even when two point at the same page. At most ~65
     * characters. Ids without the event (from before there were several) page through the latest event.
     *
     * @param event the event's index in the model, or -1 for the latest
     */
    record Token(String userId, int event, int day, int page, long issuedAt) {
        String id(String tag) {
            return "schedule:" + userId + ":" + event + ":" + day + ":" + page + ":" + issuedAt + ":" + tag;
        }

        Token withPage(int newPage) {
            return new Token(userId, event, day, Math.max(0, newPage), issuedAt);
        }

        static Token parse(String customId) {
            String[] parts = customId.split(":");
            if (parts.length == 6 && parts[0].equals("schedule")) {
                // Without the event: schedule:<user>:<day>:<page>:<issued>:<tag>.
                parts = new String[] {parts[0], parts[1], "-1", parts[2], parts[3], parts[4], parts[5]};
            }
            if (parts.length != 7 || !parts[0].equals("schedule")) {
                return null;
            }
            try {
                int event = Integer.parseInt(parts[2]);
                long issuedAt = Long.parseLong(parts[5]);
                // The bot only writes times it read from its clock; anything Instant cannot hold is forged, and
                // would otherwise throw when the click checks whether the buttons expired.
                if (issuedAt < 0 || issuedAt > Instant.MAX.getEpochSecond()) {
                    return null;
                }
                if (event < -1) {
                    return null;
                }
                return new Token(parts[1], event, Integer.parseInt(parts[3]), Integer.parseInt(parts[4]), issuedAt);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
