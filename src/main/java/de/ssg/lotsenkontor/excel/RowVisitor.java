package de.ssg.lotsenkontor.excel;

/** Receives the rows of one sheet, top to bottom, while the sheet is being read. */
@FunctionalInterface
public interface RowVisitor {

    /**
     * Called once per row that holds at least one cell (rows that exist only for formatting may
     * come too, empty).
     *
     * @return false to stop reading this sheet
     */
    boolean row(SheetRow row);

    /** The sheet's own idea of its last row (from its dimension), when it states one; before the first row. */
    default void expectedRows(int lastRow) {
    }
}
