package de.ssg.lotsenkontor.report;

import java.time.LocalDate;

/** Checks that a value fits its column type (the contract of {@link ColumnDef}). */
final class CellValues {

    private CellValues() {
    }

    /** Whether {@code value} may stand in a cell of {@code type}; null always may. */
    static boolean fits(ColumnType type, Object value) {
        if (value == null) {
            return true;
        }
        return switch (type) {
            case TEXT -> true; // anything is written as its text
            case INTEGER, DECIMAL, MONEY, PERCENT -> value instanceof Number;
            case DATE -> value instanceof LocalDate;
            case BOOLEAN -> value instanceof Boolean;
        };
    }

    static void check(ColumnType type, Object value, String where) {
        if (!fits(type, value)) {
            throw new IllegalArgumentException(where + ": a " + type + " value cannot be a "
                    + value.getClass().getSimpleName() + " (" + value + ")");
        }
    }
}
