package org.kvmforum.bot.commands;

import java.util.Objects;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * What a button click does: either edits the message the button sits on (paging), or sends a reply of its
 * own (a refusal to someone else's click, for instance).
 */
public sealed interface ButtonReply {
    /** Edit the clicked message in place. */
    record Update(MessageEditData edit) implements ButtonReply {
        public Update {
            Objects.requireNonNull(edit, "edit");
        }
    }

    /** Answer the click with a new message. */
    record Answer(Reply reply) implements ButtonReply {
        public Answer {
            Objects.requireNonNull(reply, "reply");
        }
    }
}
