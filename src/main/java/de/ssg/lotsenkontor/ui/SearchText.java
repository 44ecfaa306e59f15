package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.TextKeys;

/**
 * Makes text comparable the way people search: case and accents do not matter, and German
 * umlauts match their plain vowels ("Goerlitz", "Gorlitz" and "görl" all find "Görlitz").
 */
public final class SearchText {

    private SearchText() {
    }

    public static String normalize(String text) {
        return TextKeys.fold(text);
    }
}
