package org.kvmforum.bot.standin;

/**
 * A guild the stand-in serves. Its @everyone role has the guild's own id, as on Discord; every guild
 * has one text channel, where interactions and messages take place.
 */
public record GuildSpec(long id, String name, long textChannelId) {}
