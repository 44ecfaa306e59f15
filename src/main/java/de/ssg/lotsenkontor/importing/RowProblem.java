package de.ssg.lotsenkontor.importing;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.excel.SheetCell;

/**
 * Why one row of a file cannot be taken: the sheet (workbooks only), the row number as the user
 * finds it (Excel's row number or the CSV file's line), the column (letter and title) and the
 * reason in German.
 *
 * @param sheet       the sheet of a workbook; null for CSV files
 * @param column      0-based column, or -1 when the problem belongs to no single column
 * @param columnTitle the column's title in the file; null or blank when it has none
 * @param reason      the reason, e.g. {@code „frieda@“ ist keine gültige E-Mail-Adresse}
 */
public record RowProblem(String sheet, int row, int column, String columnTitle, String reason) {

    /** A problem of the whole row, in no single column. */
    public static RowProblem ofRow(String sheet, int row, String reason) {
        return new RowProblem(sheet, row, -1, null, reason);
    }

    /** The column as the user finds it: {@code D („E-Mail“)}, or {@code D} without title; null without column. */
    public String columnLabel() {
        if (column < 0) {
            return null;
        }
        return label(column, columnTitle);
    }

    /** A column as the user finds it in the file: {@code D („E-Mail“)}, or just {@code D} without title. */
    public static String label(int column, String title) {
        String letter = SheetCell.columnLetter(column);
        return title == null || title.isBlank() ? letter : I18n.text("importing.column", letter, title);
    }

    /** "Zeile 7, Spalte D („E-Mail“): „frieda@“ ist keine gültige E-Mail-Adresse" (the sheet is shown beside the preview). */
    public String text() {
        return column < 0 ? I18n.text("importing.problem.row", row, reason)
                : I18n.text("importing.problem", row, columnLabel(), reason);
    }

    /** {@link #text()} with the sheet in front, for messages that stand alone: "Tabelle Liste, Zeile 7, …". */
    public String located() {
        return sheet == null ? text() : I18n.text("importing.problem.sheet", sheet, text());
    }

    @Override
    public String toString() {
        return located();
    }
}
