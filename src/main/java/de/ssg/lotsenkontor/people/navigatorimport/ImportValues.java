package de.ssg.lotsenkontor.people.navigatorimport;

import de.ssg.lotsenkontor.common.TextKeys;
import de.ssg.lotsenkontor.excel.SheetCell;
import de.ssg.lotsenkontor.importing.Cells;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads single values of a navigator list the way different people write them (dates and text
 * through the shared {@link Cells}): the status in words
 * ("aktiv", "In Qualifizierung", "ausgeschieden"); the AGS as text or number; a name as
 * "Nachname, Vorname" or "Vorname Nachname".
 */
final class ImportValues {

    private static final Map<String, NavigatorStatus> STATUS = Map.ofEntries(
            Map.entry("aktiv", NavigatorStatus.AKTIV),
            Map.entry("active", NavigatorStatus.AKTIV),
            Map.entry("im einsatz", NavigatorStatus.AKTIV),
            Map.entry("tatig", NavigatorStatus.AKTIV),
            Map.entry("in qualifizierung", NavigatorStatus.IN_QUALIFIZIERUNG),
            Map.entry("qualifizierung", NavigatorStatus.IN_QUALIFIZIERUNG),
            Map.entry("in ausbildung", NavigatorStatus.IN_QUALIFIZIERUNG),
            Map.entry("ausbildung", NavigatorStatus.IN_QUALIFIZIERUNG),
            Map.entry("in schulung", NavigatorStatus.IN_QUALIFIZIERUNG),
            Map.entry("in qualification", NavigatorStatus.IN_QUALIFIZIERUNG),
            Map.entry("qualification", NavigatorStatus.IN_QUALIFIZIERUNG),
            Map.entry("in training", NavigatorStatus.IN_QUALIFIZIERUNG),
            Map.entry("training", NavigatorStatus.IN_QUALIFIZIERUNG),
            Map.entry("inaktiv", NavigatorStatus.INAKTIV),
            Map.entry("nicht aktiv", NavigatorStatus.INAKTIV),
            Map.entry("inactive", NavigatorStatus.INAKTIV),
            Map.entry("ausgeschieden", NavigatorStatus.INAKTIV),
            Map.entry("beendet", NavigatorStatus.INAKTIV));
    /** Words that belong to the last name when a name is written "Vorname Nachname". */
    private static final Set<String> PARTICLES = Set.of("von", "van", "de", "der", "den", "zu", "vom", "zum", "zur",
            "da", "di", "del", "le", "la", "ten", "ter");

    private ImportValues() {
    }

    /** The cell as text: numbers without exponent or trailing ".0", texts trimmed; null when empty. */
    static String text(SheetCell cell) {
        return Cells.text(cell);
    }

    /** A date from a real date cell (in the workbook's date system) or from text; empty when it is neither. */
    static Optional<LocalDate> date(SheetCell cell, boolean date1904) {
        return Cells.date(cell, date1904);
    }

    /** The status a text means (case and spelling variants), or empty when it is none. */
    static Optional<NavigatorStatus> status(String text) {
        String key = TextKeys.words(text);
        NavigatorStatus s = STATUS.get(key);
        if (s == null) {
            for (NavigatorStatus value : NavigatorStatus.values()) {
                if (TextKeys.words(value.name()).equals(key)) {
                    s = value;
                }
            }
        }
        return Optional.ofNullable(s);
    }

    /**
     * An 8-digit AGS from what was written: text, a number (Excel drops leading zeros: 7 digits
     * get theirs back), spaces between groups, or a 12-digit Regionalschlüssel (ARS); null when
     * it is none of these.
     */
    static String ags(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replace(" ", "").replace("\u00a0", "");
        if (!Cells.allDigits(digits)) {
            return null;
        }
        return switch (digits.length()) {
            case 7 -> Cells.key(digits, 8).orElse(null);
            case 8 -> digits;
            case 11 -> ags("0" + digits);
            case 12 -> digits.substring(0, 5) + digits.substring(9);
            default -> null;
        };
    }

    /** First and last name from one column. */
    record Name(String first, String last) {
    }

    /**
     * Splits "Fiktiv, Frieda" or "Frieda Fiktiv" (particles such as "von" go with the last name:
     * "Frieda von Fiktiv" → "Frieda" / "von Fiktiv"); empty when there is only one word.
     */
    static Optional<Name> name(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().replaceAll("\\s+", " ");
        int comma = t.indexOf(',');
        if (comma >= 0) {
            String last = t.substring(0, comma).trim();
            String first = t.substring(comma + 1).trim();
            return first.isEmpty() || last.isEmpty() ? Optional.empty() : Optional.of(new Name(first, last));
        }
        String[] words = t.split(" ");
        if (words.length < 2) {
            return Optional.empty();
        }
        int lastStart = words.length - 1;
        while (lastStart > 1 && PARTICLES.contains(words[lastStart - 1].toLowerCase(Locale.GERMAN))) {
            lastStart--;
        }
        return Optional.of(new Name(String.join(" ", Arrays.copyOfRange(words, 0, lastStart)),
                String.join(" ", Arrays.copyOfRange(words, lastStart, words.length))));
    }
}
