package de.ssg.lotsenkontor.municipality.directoryimport;

import de.ssg.lotsenkontor.common.DomainException;
import java.util.Locale;

/**
 * Which state's municipalities an import takes: one two-digit Land key ({@code 14} = Sachsen, the
 * default) or every state ({@code all}). The key is also the prefix of every AGS in that state.
 *
 * @param code two-digit Land key, or null for all states
 */
public record StateFilter(String code) {

    public static final StateFilter ALL = new StateFilter(null);
    public static final StateFilter SAXONY = new StateFilter("14");

    /** Reads {@code 14}, {@code 1}/{@code 01} … {@code 16}, or {@code all}/{@code alle}; anything else is refused in German. */
    public static StateFilter parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("all") || t.equals("alle")) {
            return ALL;
        }
        if (t.matches("\\d{1,2}")) {
            int n = Integer.parseInt(t);
            if (n >= 1 && n <= 16) {
                return new StateFilter(String.format(Locale.ROOT, "%02d", n));
            }
        }
        throw new DomainException("directory.error.unknownState", text == null ? "" : text.trim());
    }

    public boolean isAll() {
        return code == null;
    }

    /** Whether a municipality, district or association key (which starts with the Land key) belongs to this filter. */
    public boolean covers(String key) {
        return code == null || (key != null && key.startsWith(code));
    }

    /** {@code 14} or {@code all}, as stored with an applied edition and written on the command line. */
    public String label() {
        return code == null ? "all" : code;
    }

    @Override
    public String toString() {
        return label();
    }
}
