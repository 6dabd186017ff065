package org.kvmforum.bot.answer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions in German, French or Spanish, read as English: "Wer hat den Vortrag über VFIO gehalten?" is
 * "who the talk about VFIO gave?". Only the closed classes are translated (question words, articles and
 * prepositions, the verbs and nouns of giving a talk, days and parts of the day): the topic of a question is in the
 * post's own words whatever the language ("VFIO", "AHCI", a speaker's name), so the rest of the reading, the search
 * and the answer are the same as for English. Nothing here is about one post.
 *
 * <p>A question is translated only when it has a word that is one of these languages' and not English ("wer",
 * "où", "quién", "Vorträge"), so that an English "was", "die" or "a" is never touched.
 */
final class OtherLanguages {
    private OtherLanguages() {}

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    /** French elisions: "qu'ont", "l'événement", "d'Avi". */
    private static final Pattern ELISION = Pattern.compile("(?i)\\b(qu|l|d|j|n|s|c)['’](?=\\p{L})");

    /** Phrases translated before the words: they are one idea in English. */
    private static final Map<Pattern, String> PHRASES = Map.of(
            Pattern.compile("(?iu)\\bqu['’]est[- ]ce que\\b"), "what",
            Pattern.compile("(?iu)\\best[- ]ce que\\b"), "",
            Pattern.compile("(?iu)\\baprès[- ]midi\\b"), "afternoon",
            Pattern.compile("(?iu)\\bpor qué\\b"), "why",
            Pattern.compile("(?iu)\\ba eu lieu\\b"), "was",
            Pattern.compile("(?iu)\\bs['’]il (vous|te) pla[iî]t\\b"), "",
            Pattern.compile("(?iu)\\bpor favor\\b"), "",
            Pattern.compile("(?iu)\\bcombien de temps\\b"), "how long",
            Pattern.compile("(?iu)\\bwie lange?\\b"), "how long");

    /** Words of these languages that are English words too: translated only beside a word that is not. */
    private static final Set<String> ALSO_ENGLISH = Set.of("uber", "expose", "was", "die", "des", "a", "an", "in", "am", "hat", "son",
            "en", "o", "y", "un", "sale", "fin", "once", "con", "me", "le", "la", "les", "de", "du", "est", "as",
            "par", "tag", "sur", "pour", "ou", "et", "es", "el", "lo", "se", "e", "era", "hay", "comment",
            "participants", "intervention", "interventions", "premier", "den", "gab", "mal", "fait",
            // Folded French that is English as it stands: "what bigger conference was it attached to" is English.
            "conference", "conferences", "presentation", "presentations", "organise", "war", "font", "ai",
            // Chat English: "correct me if im wrong" is "I'm".
            "im");

    /** Particles inside names ("Hans de Goede", "Rik van Riel"): left alone before a capital. */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "del", "di", "da", "du", "van", "von", "la", "le");

    private static final Map<String, String> GLOSSARY = new HashMap<>();

    private static void put(String english, String... words) {
        for (String word : words) {
            GLOSSARY.put(fold(word), english);
        }
    }

    /** Lower case without accents: people type "uber" and "donde" as often as "über" and "dónde". */
    private static String fold(String word) {
        return java.text.Normalizer.normalize(word.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
    }

    static {
        // German
        put("who", "wer", "wen", "wem");
        put("whose", "wessen");
        put("what", "was");
        put("which", "welche", "welcher", "welches", "welchen", "welchem");
        put("when", "wann");
        put("where", "wo", "wohin");
        put("why", "warum", "wieso", "weshalb");
        put("how", "wie");
        put("how many", "wieviele", "wieviel");
        put("many", "viele");
        put("", "hat", "haben", "hatte", "hatten", "es", "denn", "eigentlich", "statt", "gibt", "gab", "genau",
                "noch", "mal", "bitte");
        put("was", "war", "wurde", "fand");
        put("were", "waren", "wurden", "fanden");
        put("is", "ist");
        put("are", "sind");
        put("the", "der", "die", "das", "den", "dem", "des");
        put("a", "ein", "eine", "einen", "einem", "einer");
        put("about", "über", "ueber", "zum", "zur");
        put("by", "von", "vom");
        put("with", "mit");
        put("on", "auf", "am");
        put("in", "im");
        put("and", "und");
        put("or", "oder");
        put("after", "nach", "danach");
        put("before", "vor", "vorher");
        put("talk", "vortrag", "vortrags", "präsentation", "keynote-vortrag");
        put("talks", "vorträge", "vorträgen", "präsentationen");
        put("slides", "folien", "foliensatz");
        put("day", "tag", "tages");
        put("days", "tage", "tagen");
        put("first", "ersten", "erste", "erster", "erstem");
        put("second", "zweiten", "zweite", "zweiter");
        put("morning", "vormittag", "morgen", "vormittags");
        put("afternoon", "nachmittag", "nachmittags");
        put("evening", "abend", "abends");
        put("gave", "gehalten", "hielt");
        put("spoke", "gesprochen", "sprach", "redete", "geredet");
        put("presented", "präsentiert", "vorgestellt", "stellte");
        put("attendees", "teilnehmer", "besucher");
        put("people", "leute", "personen");
        put("place", "ort");
        put("city", "stadt", "ville", "ciudad");
        put("took place", "stattfand");
        put("was", "fand");
        put("year", "jahr");
        put("event", "veranstaltung", "konferenz");
        put("each", "jede", "jeder", "jedes");
        put("lasted", "dauerte", "dauerten");
        put("co-located", "gemeinsam", "zusammengelegt", "zusammen");
        put("room", "raum", "saal");
        // French
        put("who", "qui");
        put("what", "que", "quoi", "qu");
        put("which", "quel", "quelle", "quels", "quelles", "lequel", "laquelle");
        put("when", "quand");
        put("where", "où");
        put("why", "pourquoi");
        put("how", "comment");
        put("how many", "combien");
        put("", "ont", "ai", "as", "avons", "avez", "eu", "lieu", "ce", "cette", "il", "elle", "ils", "elles",
                "y", "svp", "donc", "exactement");
        put("was", "était", "fut");
        put("were", "étaient");
        put("is", "est");
        put("are", "sont");
        put("the", "le", "la", "les", "l");
        put("a", "un", "une");
        put("of", "des", "du", "d", "de");
        put("about", "sur");
        put("at", "au", "aux"); // not "à": without its accent it is the verb "a", as in "qui a présenté"
        put("in", "en", "dans");
        put("and", "et");
        put("or", "ou");
        put("after", "après");
        put("before", "avant");
        put("for", "pour");
        put("with", "avec");
        put("by", "par");
        put("talk", "exposé", "conférence", "présentation", "intervention");
        put("talks", "exposés", "conférences", "présentations", "interventions");
        put("slides", "diapositives", "diapos", "transparents");
        put("day", "jour", "journée");
        put("days", "jours", "journées");
        put("first", "premier", "première");
        put("second", "deuxième", "seconde");
        put("morning", "matin", "matinée");
        put("afternoon", "après-midi");
        put("evening", "soir", "soirée");
        put("did", "fait", "font");
        put("gave", "donné", "donnée");
        put("spoke", "parlé", "parlait");
        put("presented", "présenté", "présentée", "présentés");
        put("attendees", "participants", "participantes");
        put("people", "gens", "personnes");
        put("event", "événement", "évènement");
        put("each", "chaque");
        put("lasted", "durait", "duraient", "duré");
        put("held", "organisé", "organisée", "tenu", "tenue");
        put("co-located", "conjointement");
        put("room", "salle");
        // Spanish
        put("who", "quién", "quien", "quiénes", "quienes");
        put("what", "qué");
        put("which", "cuál", "cuáles");
        put("when", "cuándo", "cuando");
        put("where", "dónde", "donde");
        put("how", "cómo");
        put("how many", "cuántos", "cuántas", "cuantos", "cuantas");
        put("why", "porqué");
        put("", "se", "lo", "hay", "exactamente");
        put("was", "fue", "era", "estuvo");
        put("were", "fueron", "eran", "hubo");
        put("the", "el", "los", "las");
        put("are", "están", "estaban", "son");
        put("is", "está", "estaba");
        put("a", "una");
        put("of", "del");
        put("about", "sobre", "acerca");
        put("and", "y", "e");
        put("or", "o");
        put("after", "después");
        put("before", "antes");
        put("with", "con");
        put("talk", "charla", "ponencia", "presentación", "conferencia");
        put("talks", "charlas", "ponencias", "presentaciones", "conferencias");
        put("slides", "diapositivas", "transparencias");
        put("day", "día");
        put("days", "días");
        put("first", "primer", "primera", "primero");
        put("second", "segundo", "segunda");
        put("morning", "mañana");
        put("afternoon", "tarde");
        put("evening", "noche");
        put("gave", "dio", "dieron", "impartió", "dado");
        put("spoke", "habló", "hablaron", "hablado");
        put("presented", "presentó", "presentaron", "presentado");
        put("attendees", "asistentes", "participantes");
        put("people", "personas", "gente");
        put("event", "evento");
        put("each", "cada");
        put("lasted", "duraba", "duraron", "duró");
        put("how long", "cuánto", "cuanto");
        put("held", "celebrado", "celebró", "organizado");
        put("co-located", "conjuntamente", "junto");
        put("room", "sala");
        put("place", "lugar");
        put("year", "año");
    }

    /**
     * The question with these languages' closed-class words in English, or the question itself when it has no word
     * that is of them and not English.
     */
    static String inEnglish(String question) {
        String text = ELISION.matcher(question).replaceAll("$1 ");
        if (!hasForeignWord(text)) {
            return question;
        }
        for (Map.Entry<Pattern, String> phrase : PHRASES.entrySet()) {
            text = phrase.getKey().matcher(text).replaceAll(phrase.getValue());
        }
        Matcher words = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (words.find()) {
            String word = words.group();
            String lower = fold(word);
            // "VT-d" is one word: its "d" is no French "of".
            String english = inACompound(text, words.start(), words.end()) ? null : GLOSSARY.get(lower);
            boolean inAName = NAME_PARTICLES.contains(lower) && nextIsCapitalised(text, words.end());
            String gap = text.substring(last, words.start());
            if (english != null && english.isEmpty() && !inAName) {
                gap = gap.stripTrailing(); // a dropped word takes its space with it
            }
            out.append(gap).append(english == null || inAName ? word : english);
            last = words.end();
        }
        out.append(text.substring(last));
        return out.toString().replaceAll("\\s{2,}", " ").trim();
    }

    private static boolean hasForeignWord(String text) {
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String lower = fold(words.group());
            if (inACompound(text, words.start(), words.end())) {
                continue;
            }
            // "présentation" with its accent is French, though "presentation" is English too.
            boolean accented = !lower.equals(words.group().toLowerCase(Locale.ROOT));
            if (GLOSSARY.containsKey(lower) && (accented || !ALSO_ENGLISH.contains(lower))
                    && !GLOSSARY.get(lower).equals(lower)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is joined to another by a hyphen: "VT-d", "post-copy". */
    private static boolean inACompound(String text, int start, int end) {
        return start > 0 && text.charAt(start - 1) == '-' || end < text.length() && text.charAt(end) == '-';
    }

    private static boolean nextIsCapitalised(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i < text.length() && Character.isUpperCase(text.charAt(i));
    }
}
