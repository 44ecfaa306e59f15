package de.ssg.lotsenkontor.report;

/**
 * A cell of a subtotal or total row that is computed rather than given. Renderers that can,
 * write it as a live formula (a workbook's {@code SUBTOTAL}); the others show
 * {@link ReportTable#aggregate(int, int)}.
 */
public enum Aggregate {
    /**
     * The sum of this column: in a {@link RowKind#SUBTOTAL} row over the data rows of its group,
     * in a {@link RowKind#TOTAL} row over all data rows of the table above it.
     */
    SUM,
    /**
     * The sum of this row: of the numeric cells directly to its left (back to the nearest
     * non-numeric column), in any kind of row; a cross-table's row total.
     */
    ROW_SUM
}
