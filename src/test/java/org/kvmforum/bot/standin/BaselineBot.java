package org.kvmforum.bot.standin;

import java.awt.Color;
import java.util.EnumSet;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * The floor for benchmarks: JDA set up exactly as a real slash-command bot would be, answering every
 * slash command with one fixed embed and every autocomplete with one fixed choice, with no work of
 * its own. Whatever a real bot adds on top of this is its own cost.
 */
public final class BaselineBot extends ListenerAdapter {
    public static final String EMBED_TITLE = "Baseline";
    public static final String EMBED_DESCRIPTION = "A fixed answer, built once.";
    public static final String CHOICE_NAME = "baseline choice";
    public static final String CHOICE_VALUE = "baseline";

    /** Built once: an immutable embed costs nothing per reply, which is the point of a floor. */
    private static final MessageEmbed FIXED_EMBED = new EmbedBuilder()
            .setTitle(EMBED_TITLE)
            .setDescription(EMBED_DESCRIPTION)
            .setColor(new Color(0x5865F2))
            .build();

    public static MessageEmbed fixedEmbed() {
        return FIXED_EMBED;
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        event.replyEmbeds(FIXED_EMBED).queue();
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        event.replyChoice(CHOICE_NAME, CHOICE_VALUE).queue();
    }

    /** A slash-command bot needs no gateway intents; the stand-in's settings are applied. */
    public static JDABuilder builder(FakeDiscord discord, String token) {
        return StandinJda.configure(JDABuilder.createLight(token, EnumSet.noneOf(GatewayIntent.class)), discord)
                .addEventListeners(new BaselineBot());
    }

    /** Starts a single-connection baseline bot and waits until its guilds are loaded. */
    public static JDA start(FakeDiscord discord) throws InterruptedException {
        return builder(discord, FakeDiscord.DEFAULT_TOKEN).build().awaitReady();
    }

    public static DefaultShardManagerBuilder shardedBuilder(FakeDiscord discord, String token) {
        return StandinJda.configure(
                        DefaultShardManagerBuilder.createLight(token, EnumSet.noneOf(GatewayIntent.class)), discord)
                .addEventListeners(new BaselineBot());
    }

    /** Starts a sharded baseline bot with the shard count the stand-in recommends. */
    public static ShardManager startSharded(FakeDiscord discord) {
        return shardedBuilder(discord, FakeDiscord.DEFAULT_TOKEN).build();
    }
}
