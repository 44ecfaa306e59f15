package de.ssg.lotsenkontor.ui;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes text comparable the way people search: case and accents do not matter, and German
 * umlauts match their plain vowels ("Goerlitz", "Gorlitz" and "görl" all find "Görlitz").
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.GERMAN)
                .replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss")
                .replace("ae", "a").replace("oe", "o").replace("ue", "u");
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
