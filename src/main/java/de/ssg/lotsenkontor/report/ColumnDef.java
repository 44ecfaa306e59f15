package de.ssg.lotsenkontor.report;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a table of rows {@code R}: a stable id, the heading, the value type and how to
 * read the value from a row. A feature defines its columns once; the screen table, the Excel
 * export and printed reports all use the same definition.
 *
 * <p>Values must match the type: {@code String} for TEXT, {@code Number} for INTEGER/DECIMAL/
 * MONEY/PERCENT ({@code BigDecimal} for MONEY), {@code LocalDate} for DATE, {@code Boolean} for
 * BOOLEAN; {@code null} for an empty cell.
 *
 * @param widthChars preferred width in characters (screen and workbook)
 * @param sortKey    what the screen sorts by when the displayed text would sort wrongly (an
 *                   enum's natural order, say); null to sort by the value
 */
public record ColumnDef<R>(String id, String title, ColumnType type, int widthChars, Function<R, ?> value,
        Function<R, ? extends Comparable<?>> sortKey) {

    public ColumnDef {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(type);
        Objects.requireNonNull(value);
    }

    public static <R> ColumnDef<R> of(String id, String title, ColumnType type, int widthChars, Function<R, ?> value) {
        return new ColumnDef<>(id, title, type, widthChars, value, null);
    }

    /** The same column, sorted on screen by {@code key} instead of by its value. */
    public ColumnDef<R> sortedBy(Function<R, ? extends Comparable<?>> key) {
        return new ColumnDef<>(id, title, type, widthChars, value, key);
    }

    public Object valueOf(R row) {
        return value.apply(row);
    }
}
