package de.ssg.lotsenkontor.common;

import java.util.List;
import java.util.regex.Pattern;

/** Small checks of typed input that several features share; each adds a {@link Violation} when broken. */
public final class Checks {

    // Pragmatic rather than RFC 5322: what office staff type, without spaces, one @, a dotted domain.
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@.]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()/\\-]{3,30}$");
    private static final Pattern AGS = Pattern.compile("^[0-9]{8}$");

    private Checks() {
    }

    public static boolean isEmail(String text) {
        return text != null && EMAIL.matcher(text.trim()).matches();
    }

    public static boolean isPhone(String text) {
        if (text == null) {
            return false;
        }
        String t = text.trim();
        return PHONE.matcher(t).matches() && t.chars().filter(Character::isDigit).count() >= 3;
    }

    public static boolean isAgs(String text) {
        return text != null && AGS.matcher(text).matches();
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Trims, and turns blank into null, so that the database holds no empty strings. */
    public static String clean(String text) {
        return isBlank(text) ? null : text.trim();
    }

    public static void required(List<Violation> out, String fieldKey, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            out.add(new Violation(fieldKey, "common.validation.required"));
        }
    }

    public static void maxLength(List<Violation> out, String fieldKey, String value, int max) {
        if (value != null && value.trim().length() > max) {
            out.add(new Violation(fieldKey, "common.validation.tooLong", max));
        }
    }

    public static void email(List<Violation> out, String fieldKey, String value) {
        if (!isBlank(value) && !isEmail(value)) {
            out.add(new Violation(fieldKey, "common.validation.email"));
        }
    }

    public static void phone(List<Violation> out, String fieldKey, String value) {
        if (!isBlank(value) && !isPhone(value)) {
            out.add(new Violation(fieldKey, "common.validation.phone"));
        }
    }
}
