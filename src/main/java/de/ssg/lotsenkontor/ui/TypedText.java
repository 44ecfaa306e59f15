package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.common.Checks;
import de.ssg.lotsenkontor.common.Formats;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Compares what a user typed into a form with the stored value, the way a form decides whether it is dirty. */
public final class TypedText {

    private TypedText() {
    }

    /** Equal but for surrounding blanks; blank and null are the same. */
    public static boolean same(String typed, String stored) {
        return Objects.equals(Checks.clean(typed), Checks.clean(stored));
    }

    /** The typed date is {@code stored}, or nothing is typed and nothing is stored. */
    public static boolean sameDate(String typed, LocalDate stored) {
        Optional<LocalDate> date = Formats.parseDate(typed);
        return date.isPresent() ? date.get().equals(stored) : Checks.isBlank(typed) && stored == null;
    }

    /** A stored text as a form field shows it: null as empty. */
    public static String orEmpty(String stored) {
        return stored == null ? "" : stored;
    }
}
