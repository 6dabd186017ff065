package org.kvmforum.bot.console;

import java.util.List;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.kvmforum.bot.commands.ButtonReply;
import org.kvmforum.bot.commands.Reply;

/**
 * The body Discord would receive as an interaction's response, serialised by JDA's own data classes in the
 * same shape JDA's callback actions send: {@code {"type":4,"data":{…}}} for a reply (flag 64 when
 * ephemeral), {@code {"type":8,"data":{"choices":[…]}}} for autocomplete, {@code {"type":7,"data":{…}}} for a
 * button that edits its message.
 */
public final class InteractionJson {
    private static final int CHANNEL_MESSAGE_WITH_SOURCE = 4;
    private static final int UPDATE_MESSAGE = 7;
    private static final int AUTOCOMPLETE_RESULT = 8;
    private static final int EPHEMERAL = 64;

    private InteractionJson() {}

    public static DataObject reply(Reply reply) {
        DataObject message = reply.message().toData();
        message.put("flags", message.getInt("flags", 0) | (reply.ephemeral() ? EPHEMERAL : 0));
        return DataObject.empty().put("type", CHANNEL_MESSAGE_WITH_SOURCE).put("data", message);
    }

    public static DataObject choices(List<Command.Choice> choices) {
        DataArray array = DataArray.empty();
        for (Command.Choice choice : choices) {
            array.add(choice.toData(OptionType.STRING));
        }
        return DataObject.empty().put("type", AUTOCOMPLETE_RESULT).put("data", DataObject.empty().put("choices", array));
    }

    public static DataObject click(ButtonReply reply) {
        if (reply instanceof ButtonReply.Update update) {
            return DataObject.empty().put("type", UPDATE_MESSAGE).put("data", update.edit().toData());
        }
        return reply(((ButtonReply.Answer) reply).reply());
    }

    /** A line for input that could not be run; the run goes on. */
    public static DataObject error(String reason) {
        return DataObject.empty().put("error", reason);
    }
}
