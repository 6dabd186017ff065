package org.kvmforum.bot.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code bot.json} over the defaults. The file is checked against the shape of the defaults themselves,
 * key by key, so a new setting needs no second schema: an unknown key or a value of the wrong type is refused
 * with a message naming the key's full path.
 */
public final class ConfigLoader {
    private static final Pattern SNOWFLAKE = Pattern.compile("[1-9][0-9]{5,19}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final String GUILD_IDS = "registration.guildIds";

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** Loads the file, or the defaults when {@code file} is null. A named file that does not exist is refused. */
    public BotConfig load(Path file) throws ConfigException {
        if (file == null) {
            return BotConfig.defaults();
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return parse(file.toString(), text);
    }

    /** Loads {@code file} if it exists, else the defaults: the bot runs with no config at all. */
    public BotConfig loadIfPresent(Path file) throws ConfigException {
        return Files.exists(file) ? load(file) : BotConfig.defaults();
    }

    BotConfig parse(String source, String text) throws ConfigException {
        JsonNode given;
        try {
            given = text.isBlank() ? mapper.createObjectNode() : mapper.readTree(text);
        } catch (JsonParseException e) {
            throw new ConfigException(source + where(e.getLocation()) + ": not valid JSON: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new ConfigException(source + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (given == null || !given.isObject()) {
            throw new ConfigException(source + ": the top level must be a JSON object");
        }
        ObjectNode merged = mapper.valueToTree(BotConfig.defaults());
        mergeChecked(source, "", merged, given);
        BotConfig config;
        try {
            config = mapper.treeToValue(merged, BotConfig.class);
        } catch (JsonProcessingException e) {
            throw new ConfigException(source + ": " + e.getOriginalMessage());
        }
        validate(source, config);
        return config;
    }

    private void mergeChecked(String source, String prefix, ObjectNode target, JsonNode given) throws ConfigException {
        for (Map.Entry<String, JsonNode> field : given.properties()) {
            String key = prefix + field.getKey();
            JsonNode expected = target.get(field.getKey());
            if (expected == null) {
                List<String> known = new ArrayList<>();
                target.properties().forEach(property -> known.add(property.getKey()));
                throw new ConfigException(source + ": unknown key '" + key + "' (known here: "
                        + String.join(", ", known) + ")");
            }
            JsonNode value = field.getValue();
            if (expected.isObject()) {
                if (!value.isObject()) {
                    throw wrongType(source, key, "an object", value);
                }
                mergeChecked(source, key + ".", (ObjectNode) expected, value);
                continue;
            }
            checkType(source, key, expected, value);
            if (key.equals(GUILD_IDS)) {
                requireStrings(source, key, value);
            }
            target.set(field.getKey(), value);
        }
    }

    private void checkType(String source, String key, JsonNode expected, JsonNode value) throws ConfigException {
        JsonNodeType want = expected.getNodeType();
        boolean ok = switch (want) {
            case NUMBER -> value.isIntegralNumber() && value.canConvertToInt();
            case ARRAY -> value.isArray();
            default -> value.getNodeType() == want;
        };
        if (!ok) {
            String name = switch (want) {
                case NUMBER -> "a whole number";
                case ARRAY -> "a list";
                case BOOLEAN -> "true or false";
                case STRING -> "a string";
                default -> want.name().toLowerCase();
            };
            throw wrongType(source, key, name, value);
        }
    }

    /**
     * Guild ids must be strings: an id written as a JSON number has often lost its last digits already (it is
     * beyond what a double holds exactly, and most tools that write JSON use doubles), and would then name another
     * guild without any error.
     */
    private static void requireStrings(String source, String key, JsonNode list) throws ConfigException {
        for (JsonNode element : list) {
            if (!element.isTextual()) {
                throw new ConfigException(source + ": '" + key + "' holds " + clip(element.toString())
                        + ", not a string: write guild ids in quotes, as Discord shows them (\"123456789012345678\")");
            }
        }
    }

    private static ConfigException wrongType(String source, String key, String want, JsonNode value) {
        String got = value.isTextual() ? "\"" + clip(value.asText()) + "\"" : clip(value.toString());
        return new ConfigException(source + ": '" + key + "' must be " + want + ", not " + got);
    }

    private static void validate(String source, BotConfig config) throws ConfigException {
        for (String id : config.registration().guildIds()) {
            if (id == null || !SNOWFLAKE.matcher(id).matches()) {
                throw new ConfigException(source + ": 'registration.guildIds' holds \"" + clip(String.valueOf(id))
                        + "\", which is not a Discord guild id (a number of 6 to 20 digits, as a string)");
            }
        }
        requireHttpUrl(source, "discord.restBaseUrl", config.discord().restBaseUrl(), "http://", "https://");
        requireHttpUrl(source, "discord.gatewayUrl", config.discord().gatewayUrl(), "ws://", "wss://");
        BotConfig.Shards shards = config.shards();
        if (shards.total() == 0 || shards.total() < -1) {
            throw new ConfigException(source + ": 'shards.total' must be a positive number, or -1 to ask Discord");
        }
        for (Integer id : shards.ids()) {
            if (id == null || id < 0 || (shards.total() > 0 && id >= shards.total())) {
                throw new ConfigException(source + ": 'shards.ids' holds " + id + ", outside 0.."
                        + (shards.total() > 0 ? shards.total() - 1 : "total-1"));
            }
        }
        if (!shards.ids().isEmpty() && shards.total() < 0) {
            throw new ConfigException(source + ": 'shards.ids' needs 'shards.total' to be set too");
        }
        BotConfig.Colours c = config.colours();
        String[][] colours = {
            {"keynote", c.keynote()}, {"talk", c.talk()}, {"lightningTalk", c.lightningTalk()},
            {"bof", c.bof()}, {"info", c.info()}, {"error", c.error()}
        };
        for (String[] colour : colours) {
            if (!COLOUR.matcher(colour[1]).matches()) {
                throw new ConfigException(source + ": 'colours." + colour[0] + "' must look like \"#1A2B3C\", not \""
                        + clip(colour[1]) + "\"");
            }
        }
        if (config.rateLimit().commands() < 1 || config.rateLimit().windowSeconds() < 1) {
            throw new ConfigException(source + ": 'rateLimit.commands' and 'rateLimit.windowSeconds' must be at least 1");
        }
        if (config.workers().threads() < 1 || config.workers().threads() > 64) {
            throw new ConfigException(source + ": 'workers.threads' must be between 1 and 64");
        }
        if (config.presence().activity().length() > 128) {
            throw new ConfigException(source + ": 'presence.activity' is longer than Discord's 128 characters");
        }
    }

    private static void requireHttpUrl(String source, String key, String value, String... schemes)
            throws ConfigException {
        for (String scheme : schemes) {
            if (value.startsWith(scheme) && value.length() > scheme.length()) {
                return;
            }
        }
        throw new ConfigException(source + ": '" + key + "' must start with " + String.join(" or ", schemes)
                + ", not \"" + clip(value) + "\"");
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : ":" + location.getLineNr();
    }

    private static String clip(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", " ");
        return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
    }
}
