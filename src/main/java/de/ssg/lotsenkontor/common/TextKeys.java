package de.ssg.lotsenkontor.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes text comparable the way people write it: case and accents do not matter, and German
 * umlauts match their plain vowels and their spelled-out form ("Görlitz", "Goerlitz" and
 * "GORLITZ" are the same; "Budyšin" matches "Budysin"). Used for searching on screen and for
 * matching what imports read against names and column titles.
 */
public final class TextKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextKeys() {
    }

    /** Lower case, umlauts and accents folded, {@code ß} as {@code ss}; everything else kept. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.GERMAN)
                .replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss")
                .replace("ae", "a").replace("oe", "o").replace("ue", "u");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * {@link #fold folded}, with every run of characters that are neither letters nor digits
     * (spaces, punctuation, hyphens, slashes) turned into one space, trimmed:
     * {@code "E-Mail-Adresse"} → {@code "e mail adresse"}, {@code "Bautzen / Budyšin, Stadt"} →
     * {@code "bautzen budysin stadt"}.
     */
    public static String words(String text) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
