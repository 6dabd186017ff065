package org.kvmforum.bot.standin;

/** What the bot sent in one IDENTIFY (op 2). */
public record IdentifyRecord(int shardId, int shardCount, String token, int intents) {}
