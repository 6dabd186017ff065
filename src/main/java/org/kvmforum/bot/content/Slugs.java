package org.kvmforum.bot.content;

import java.text.Normalizer;
import java.util.Locale;

/** Ids made from names and titles: lower case ASCII letters, digits and single hyphens. */
final class Slugs {
    /** Session ids go into Discord autocomplete values and button ids, which are short. */
    static final int MAX_SESSION_ID = 64;

    private Slugs() {}

    /** "Avi's keynote" gives "avis-keynote"; "Jörg Rödel" gives "jorg-rodel". */
    static String of(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        plain = plain.toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "");
        plain = plain.replaceAll("[^a-z0-9]+", "-");
        return plain.replaceAll("^-+|-+$", "");
    }

    /** "2011-" and the title's slug, cut back to a whole word to fit {@link #MAX_SESSION_ID}; empty slug gives null. */
    static String sessionId(int year, String title) {
        String slug = of(title);
        if (slug.isEmpty()) {
            return null;
        }
        String id = year + "-" + slug;
        if (id.length() > MAX_SESSION_ID) {
            int cut = MAX_SESSION_ID;
            if (id.charAt(cut) != '-') {
                int hyphen = id.lastIndexOf('-', cut);
                if (hyphen > String.valueOf(year).length()) {
                    cut = hyphen;
                }
            }
            id = id.substring(0, cut);
        }
        return id;
    }
}
