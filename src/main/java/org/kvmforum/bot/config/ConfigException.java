package org.kvmforum.bot.config;

/** A configuration the bot refuses, with a one-line explanation meant for the operator. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
