package de.ssg.lotsenkontor.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One row of a {@link ReportTable}: its kind and exactly one cell per column. Cells may be null
 * (empty). In data rows a cell's value fits its column type; in group headers, subtotals and
 * totals a cell may also be a text label, and in subtotals and totals an {@link Aggregate}.
 */
public record ReportRow(RowKind kind, List<Object> cells) {

    public ReportRow {
        Objects.requireNonNull(kind, "kind");
        cells = Collections.unmodifiableList(new ArrayList<>(cells)); // cells may be null
    }

    public static ReportRow data(Object... cells) {
        return new ReportRow(RowKind.DATA, Arrays.asList(cells));
    }

    /** A group header with {@code label} in the first of {@code columns} cells. */
    public static ReportRow groupHeader(String label, int columns) {
        return new ReportRow(RowKind.GROUP_HEADER, labelled(label, columns));
    }

    /** A subtotal row: {@code label} in the first cell, {@link Aggregate#SUM} in {@code sumColumns}. */
    public static ReportRow subtotal(String label, int columns, int... sumColumns) {
        return new ReportRow(RowKind.SUBTOTAL, withSums(labelled(label, columns), sumColumns));
    }

    /** A grand total row: {@code label} in the first cell, {@link Aggregate#SUM} in {@code sumColumns}. */
    public static ReportRow total(String label, int columns, int... sumColumns) {
        return new ReportRow(RowKind.TOTAL, withSums(labelled(label, columns), sumColumns));
    }

    public Object cell(int column) {
        return cells.get(column);
    }

    private static List<Object> labelled(String label, int columns) {
        List<Object> cells = new ArrayList<>(Collections.nCopies(columns, null));
        if (columns > 0) {
            cells.set(0, label);
        }
        return cells;
    }

    private static List<Object> withSums(List<Object> cells, int... sumColumns) {
        for (int c : sumColumns) {
            cells.set(c, Aggregate.SUM);
        }
        return cells;
    }
}
