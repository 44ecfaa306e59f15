package de.ssg.lotsenkontor.app;

import java.util.Locale;
import java.util.Map;

/**
 * Chooses the language of the app. The office works in German, so German is the default; English
 * is taken when asked for ({@code --lang en}, {@code LOTSENKONTOR_LANG=en}) or when the user's
 * desktop is set to English. A bare technical locale such as {@code C} or {@code POSIX} (which
 * Java reports as English) does not count as a user's choice.
 */
public final class AppLocale {

    static final String ENV_VARIABLE = "LOTSENKONTOR_LANG";

    private AppLocale() {
    }

    public static Locale resolve(String explicit, Map<String, String> env, String osName, Locale jvmDefault) {
        String chosen = firstNonBlank(explicit, env.get(ENV_VARIABLE));
        if (chosen != null) {
            return fromTag(chosen);
        }
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows") || osName.toLowerCase(Locale.ROOT).startsWith("mac")) {
            return fromTag(jvmDefault.getLanguage());
        }
        String posix = firstNonBlank(env.get("LC_ALL"), env.get("LC_MESSAGES"), env.get("LANG"));
        if (posix == null || posix.startsWith("C") || posix.startsWith("POSIX")) {
            return Locale.GERMAN;
        }
        return fromTag(posix);
    }

    public static Locale resolve(String explicit) {
        return resolve(firstNonBlank(explicit, System.getProperty("lotsenkontor.lang")), System.getenv(),
                System.getProperty("os.name", ""), Locale.getDefault());
    }

    private static Locale fromTag(String tag) {
        return tag.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.GERMAN;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
