package org.kvmforum.bot.discord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the Discord token comes from: the environment only ({@code DISCORD_TOKEN}, or a file named by
 * {@code DISCORD_TOKEN_FILE} for secret mounts), never the config, so it cannot be committed with it. The
 * token itself never appears in a message this class produces.
 */
public final class TokenSource {
    public static final String TOKEN_VARIABLE = "DISCORD_TOKEN";
    public static final String TOKEN_FILE_VARIABLE = "DISCORD_TOKEN_FILE";

    private TokenSource() {}

    /** The token, or empty when the environment names none (the bot then opens the console). */
    public static Optional<String> fromEnvironment(Map<String, String> environment) throws TokenException {
        String direct = environment.get(TOKEN_VARIABLE);
        if (direct != null && !direct.isBlank()) {
            return Optional.of(oneWord(direct.strip(), TOKEN_VARIABLE + " holds"));
        }
        String file = environment.get(TOKEN_FILE_VARIABLE);
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        String token;
        try {
            token = Files.readString(Path.of(file)).strip();
        } catch (IOException | RuntimeException e) {
            throw new TokenException(TOKEN_FILE_VARIABLE + " names " + file + ", which cannot be read ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (token.isEmpty()) {
            throw new TokenException(TOKEN_FILE_VARIABLE + " names " + file + ", which is empty");
        }
        return Optional.of(oneWord(token, TOKEN_FILE_VARIABLE + " names " + file + ", which holds"));
    }

    /**
     * A token is one word. Whitespace inside (a second line in a secret file, a pasted "Bot " prefix) would
     * otherwise reach the HTTP client, which refuses it with a message about header characters: exit code 1 as
     * if Discord were unreachable, when it is a setting to fix.
     */
    private static String oneWord(String token, String where) throws TokenException {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                String what = c == '\n' || c == '\r' ? "a line break" : "whitespace";
                throw new TokenException(where + " a token with " + what + " inside; a Discord token is one word"
                        + " (without \"Bot \")");
            }
        }
        return token;
    }

    /** A token that was named but cannot be had. */
    public static final class TokenException extends Exception {
        public TokenException(String message) {
            super(message);
        }
    }
}
