package org.kvmforum.bot.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One word of a question or of the post: lower-cased, possessive "'s" removed ("Avi's" is "avi"), with
 * hyphenated compounds kept whole ("post-copy", "virtio-scsi") because a compound is one idea; its parts are
 * available through {@link #parts()}.
 *
 * @param text     the word, lower case
 * @param surface  the word as written (case kept), for telling names from ordinary words
 * @param capital  whether it was written with a capital first letter
 * @param opening  whether it opens the text or a sentence, where a capital says nothing about it being a name
 */
public record Token(String text, String surface, boolean capital, boolean opening) {

    /**
     * Written like a name: capitalised but not all capitals ("Linus", not "SPICE" or "VFIO"), and not just
     * capitalised for opening a sentence.
     */
    public boolean writtenAsName() {
        // "VMs", "GPUs": the plural of an acronym, not a name.
        String singular = surface.endsWith("s") ? surface.substring(0, surface.length() - 1) : "";
        boolean pluralAcronym = singular.length() >= 2 && singular.equals(singular.toUpperCase(java.util.Locale.ROOT));
        return capital && !opening && !pluralAcronym && !surface.equals(surface.toUpperCase(java.util.Locale.ROOT));
    }

    /** "post-copy" → [post, copy]; a simple word → itself. */
    public List<String> parts() {
        if (text.indexOf('-') < 0 && text.indexOf('.') < 0) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>(3);
        for (String part : text.split("[-.]")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** "post-copy" → "postcopy": how the post may write the same compound as one word. */
    public String joined() {
        return text.replace("-", "").replace(".", "");
    }

    public boolean isCompound() {
        return parts().size() > 1;
    }

    /**
     * The words of cleaned text: runs of letters and digits, joined across an inner hyphen or dot
     * ("virtio-scsi", "kvm.ko", "1.0") and an inner apostrophe ("don't"); a possessive "'s" or trailing
     * apostrophe is dropped. Every other character separates words.
     */
    public static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        boolean opening = true;
        while (i < length) {
            while (i < length && !Character.isLetterOrDigit(text.charAt(i))) {
                char c = text.charAt(i);
                opening |= c == '.' || c == '?' || c == '!' || c == ':';
                i++;
            }
            StringBuilder word = new StringBuilder();
            while (i < length) {
                char c = text.charAt(i);
                boolean joiner = (c == '-' || c == '.' || c == '\'' || c == '\u2019')
                        && word.length() > 0 && i + 1 < length && Character.isLetterOrDigit(text.charAt(i + 1));
                if (Character.isLetterOrDigit(c)) {
                    word.append(c);
                    i++;
                } else if (c == '/' && singleLetterPair(text, i, word)) {
                    i++; // "I/O" is the word "IO", as posts often write it
                } else if (joiner && (c == '\'' || c == '\u2019')) {
                    boolean possessive = Character.toLowerCase(text.charAt(i + 1)) == 's'
                            && (i + 2 >= length || !Character.isLetterOrDigit(text.charAt(i + 2)));
                    i += possessive ? 2 : 1;
                    if (possessive) {
                        break;
                    }
                } else if (joiner) {
                    word.append(c);
                    i++;
                } else {
                    i++;
                    break;
                }
            }
            if (word.length() > 0) {
                String surface = word.toString();
                boolean capital = Character.isUpperCase(surface.charAt(0));
                tokens.add(new Token(surface.toLowerCase(Locale.ROOT), surface, capital, opening));
                opening = false;
            }
        }
        return tokens;
    }

    /** Whether the slash at i joins two single letters: "I/O", "A/V", not "and/or" or "virtio/vhost". */
    private static boolean singleLetterPair(String text, int i, StringBuilder word) {
        return word.length() == 1 && Character.isLetter(word.charAt(0)) && i + 1 < text.length()
                && Character.isLetter(text.charAt(i + 1))
                && (i + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 2)));
    }
}
