package de.ssg.lotsenkontor.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A rule that marks rows of a table: in rows {@code firstRow}–{@code lastRow} (indexes into
 * {@link ReportTable#rows()}, inclusive), the cells of columns {@code firstColumn}–{@code lastColumn}
 * are shown as a warning while the value in {@code testColumn} of the same row is greater than
 * {@code threshold}. A workbook renders it as conditional formatting whose condition is a formula
 * (so it follows when a user changes a cell); a page renderer tests the cell's value.
 *
 * @param label what the mark means, for a legend ("Abweichung über 20 %")
 */
public record Highlight(int firstRow, int lastRow, int firstColumn, int lastColumn, int testColumn,
        BigDecimal threshold, String label) {

    public Highlight {
        Objects.requireNonNull(threshold, "threshold");
        if (firstRow < 0 || lastRow < firstRow || firstColumn < 0 || lastColumn < firstColumn || testColumn < 0) {
            throw new IllegalArgumentException("bad highlight range");
        }
    }

    /** Whether a row whose test cell holds {@code value} is marked. */
    public boolean marks(Object value) {
        Object v = value instanceof Computed c ? c.value() : value;
        if (!(v instanceof Number n)) {
            return false;
        }
        BigDecimal d = n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
        return d.compareTo(threshold) > 0;
    }
}
