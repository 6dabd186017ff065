package org.kvmforum.bot.commands;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import org.kvmforum.bot.content.Event;
import org.kvmforum.bot.library.Library;
import org.kvmforum.bot.picture.ProgramPicture;

/**
 * The program picture on /schedule's first page: drawn once per content generation and event and kept (drawing
 * takes tens of milliseconds; a reply takes microseconds), attached as {@value ProgramPicture#FILE_NAME} and shown
 * in the page's embed. Where the host cannot draw, the page goes out without it.
 */
final class SchedulePicture {
    private final ProgramPicture painter;
    private final AtomicReference<Drawn> drawn = new AtomicReference<>();

    private record Drawn(long generation, String eventId, Optional<ProgramPicture.Picture> picture) {}

    SchedulePicture(Theme theme) {
        this.painter = new ProgramPicture(theme.kindColours());
    }

    /** Attaches the event's picture to the message and returns the embed that shows it (the embed as is without). */
    MessageEmbed attach(MessageCreateBuilder message, MessageEmbed embed, Library library, Event event) {
        // A picture over the upload limit (far beyond a program's) would fail the whole reply: go without.
        Optional<ProgramPicture.Picture> picture = of(library, event)
                .filter(drawn -> drawn.png().length <= DiscordLimits.UPLOAD_BYTES);
        if (picture.isEmpty()) {
            return embed;
        }
        // Each reply gets its own upload: an upload's stream can be read once.
        message.setFiles(FileUpload.fromData(picture.get().png(), ProgramPicture.FILE_NAME)
                .setDescription(UserText.clip("The program of " + event.name() + " as a timetable",
                        DiscordLimits.ATTACHMENT_DESCRIPTION)));
        return new EmbedBuilder(embed).setImage("attachment://" + ProgramPicture.FILE_NAME).build();
    }

    Optional<ProgramPicture.Picture> of(Library library, Event event) {
        Drawn current = drawn.get();
        if (current != null && current.generation() == library.generation() && current.eventId().equals(event.id())) {
            return current.picture();
        }
        // Two first pages at once may both draw; either result is the same picture, and the last one is kept.
        Drawn fresh = new Drawn(library.generation(), event.id(), painter.render(library.model(), event));
        drawn.set(fresh);
        return fresh.picture();
    }
}
