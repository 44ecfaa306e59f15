package de.ssg.lotsenkontor.excel;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Turns titles into valid, unique sheet names: at most 31 characters, none of {@code \ / ? * [ ] :},
 * no apostrophe at either end, not empty, not Excel's reserved "History", unique without regard
 * to case (as Excel compares them). Not thread-safe; one instance per workbook.
 */
public final class SheetNames {

    /** Excel's limit for the length of a sheet name. */
    public static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();
    private final String fallback;

    /** @param fallback the name for a title that leaves nothing usable (e.g. "Tabelle") */
    public SheetNames(String fallback) {
        this.fallback = sanitize(fallback, "Sheet");
    }

    /** A valid name for {@code title} that no earlier call returned; {@code (2)}, {@code (3)} … make it unique. */
    public String unique(String title) {
        String base = sanitize(title, fallback);
        String name = base;
        for (int n = 2; taken.contains(key(name)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, MAX_LENGTH - suffix.length()).stripTrailing() + suffix;
        }
        taken.add(key(name));
        return name;
    }

    /** {@code title} as a valid sheet name (not necessarily unique); {@code fallback} when nothing is left. */
    public static String sanitize(String title, String fallback) {
        StringBuilder s = new StringBuilder();
        if (title != null) {
            for (int i = 0; i < title.length(); i++) {
                char c = title.charAt(i);
                switch (c) {
                    case '/', '\\' -> s.append('-');
                    case '[' -> s.append('(');
                    case ']' -> s.append(')');
                    case ':' -> s.append(' ');
                    case '?', '*' -> { }
                    default -> s.append(Character.isISOControl(c) ? ' ' : c);
                }
            }
        }
        String name = s.toString().replaceAll("\\s+", " ").strip();
        name = stripApostrophes(cut(stripApostrophes(name), MAX_LENGTH));
        if (name.isEmpty()) {
            return fallback;
        }
        if (name.equalsIgnoreCase("History")) {
            name = name + " (1)";
        }
        return name;
    }

    private static String stripApostrophes(String name) {
        String n = name.strip();
        while (n.startsWith("'")) {
            n = n.substring(1).strip();
        }
        while (n.endsWith("'")) {
            n = n.substring(0, n.length() - 1).strip();
        }
        return n;
    }

    /** The first {@code max} characters, never splitting a surrogate pair. */
    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end).strip();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
