package org.kvmforum.bot.standin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The latest bulk-overwrite bodies the bot sent, as parsed JSON arrays.
 *
 * @param global  the last {@code PUT applications/{app}/commands} body, empty if none was sent
 * @param byGuild the last {@code PUT applications/{app}/guilds/{guild}/commands} body per guild
 */
public record RegisteredCommands(Optional<JsonNode> global, Map<Long, JsonNode> byGuild) {

    public Optional<JsonNode> guild(long guildId) {
        return Optional.ofNullable(byGuild.get(guildId));
    }

    /** Names of the global commands, in the order the bot sent them. */
    public List<String> globalNames() {
        List<String> names = new ArrayList<>();
        global.ifPresent(array -> array.forEach(command -> names.add(command.path("name").asText())));
        return names;
    }
}
