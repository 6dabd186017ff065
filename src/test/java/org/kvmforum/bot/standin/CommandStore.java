package org.kvmforum.bot.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Commands the bot registered by bulk overwrite. Ids are kept per scope and name across overwrites,
 * as Discord does, so interactions can carry the id the bot was told.
 */
final class CommandStore {
    private static final String GLOBAL = "global";

    private final long applicationId;
    private JsonNode globalBody;
    private final Map<Long, JsonNode> guildBodies = new HashMap<>();
    private final Map<String, Long> idsByScopeAndName = new HashMap<>();

    CommandStore(long applicationId) {
        this.applicationId = applicationId;
    }

    /** Records the body and returns Discord's answer: the same commands with ids. */
    synchronized ArrayNode overwrite(Long guildId, JsonNode body) {
        if (guildId == null) {
            globalBody = body;
        } else {
            guildBodies.put(guildId, body);
        }
        String scope = guildId == null ? GLOBAL : Long.toUnsignedString(guildId);
        ArrayNode answer = Json.array();
        for (JsonNode command : body) {
            ObjectNode created = command.deepCopy();
            long id = idsByScopeAndName.computeIfAbsent(scope + "/" + command.path("name").asText(),
                    key -> Snowflakes.next());
            created.put("id", Long.toUnsignedString(id))
                    .put("application_id", Long.toUnsignedString(applicationId))
                    .put("version", Long.toUnsignedString(Snowflakes.next()));
            if (!created.has("type")) {
                created.put("type", 1);
            }
            if (guildId != null) {
                created.put("guild_id", Long.toUnsignedString(guildId));
            }
            answer.add(created);
        }
        return answer;
    }

    /** The id of a registered command, guild scope first; a fresh id when the bot never registered it. */
    synchronized long idOf(long guildId, String name) {
        Long id = idsByScopeAndName.get(Long.toUnsignedString(guildId) + "/" + name);
        if (id == null) {
            id = idsByScopeAndName.get(GLOBAL + "/" + name);
        }
        return id != null ? id : Snowflakes.next();
    }

    synchronized RegisteredCommands snapshot() {
        return new RegisteredCommands(Optional.ofNullable(globalBody), Map.copyOf(guildBodies));
    }
}
