package org.kvmforum.bot.commands;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;
import org.kvmforum.bot.config.BotConfig;
import org.kvmforum.bot.content.SessionKind;

/** Embed colours: one per kind of session, one for general information and one for errors. */
public record Theme(int keynote, int talk, int lightningTalk, int bof, int info, int error) {

    public static Theme from(BotConfig.Colours colours) {
        return new Theme(rgb(colours.keynote()), rgb(colours.talk()), rgb(colours.lightningTalk()),
                rgb(colours.bof()), rgb(colours.info()), rgb(colours.error()));
    }

    public static Theme defaults() {
        return from(BotConfig.defaults().colours());
    }

    public int colour(SessionKind kind) {
        return switch (kind) {
            case KEYNOTE -> keynote;
            case TALK -> talk;
            case LIGHTNING_TALK -> lightningTalk;
            case BOF -> bof;
        };
    }

    /** The kinds' colours as Java2D colours, for the program picture. */
    public Map<SessionKind, Color> kindColours() {
        Map<SessionKind, Color> colours = new EnumMap<>(SessionKind.class);
        for (SessionKind kind : SessionKind.values()) {
            colours.put(kind, new Color(colour(kind)));
        }
        return colours;
    }

    private static int rgb(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }
}
