package de.ssg.lotsenkontor.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The texts a user sees. A key's first segment names its bundle ({@code municipality.status.AKTIV}
 * lives in {@code i18n/municipality.properties}), so every feature keeps its own bundle and
 * features never edit each other's files. German is the base bundle; English sits beside it.
 */
public final class I18n {

    private static final String BASE = "de.ssg.lotsenkontor.i18n.";
    private static final ConcurrentMap<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    private static volatile Locale locale = Locale.GERMAN;

    private I18n() {
    }

    /** Chooses the language of all texts; call once at start-up, before the first text is read. */
    public static void setLocale(Locale newLocale) {
        locale = Objects.requireNonNull(newLocale);
        BUNDLES.clear();
    }

    public static Locale locale() {
        return locale;
    }

    /** The text for {@code key}, formatted with {@link MessageFormat} when arguments are given. */
    public static String text(String key, Object... args) {
        String pattern = raw(key);
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** Whether a text exists for {@code key}. */
    public static boolean has(String key) {
        try {
            bundle(key).getString(key);
            return true;
        } catch (MissingResourceException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The text of an enum constant: key {@code <prefix>.<CONSTANT>}. */
    public static String of(String prefix, Enum<?> value) {
        return value == null ? "" : text(prefix + "." + value.name());
    }

    private static String raw(String key) {
        try {
            return bundle(key).getString(key);
        } catch (MissingResourceException | IllegalArgumentException e) {
            // A missing text is a programming error, but the user still gets something readable.
            return "!" + key + "!";
        }
    }

    private static ResourceBundle bundle(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("text key without bundle prefix: " + key);
        }
        String name = key.substring(0, dot);
        return BUNDLES.computeIfAbsent(name, n -> ResourceBundle.getBundle(BASE + n, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
}
