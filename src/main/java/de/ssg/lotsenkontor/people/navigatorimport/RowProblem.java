package de.ssg.lotsenkontor.people.navigatorimport;

import de.ssg.lotsenkontor.common.I18n;

/**
 * Why one row of the file cannot be taken: its row number (as the user finds it in Excel or the
 * CSV file's line), the column and the reason in German.
 *
 * @param column      0-based column, or -1 when the problem belongs to no single column
 * @param columnLabel the column as the user finds it, e.g. {@code D („E-Mail“)}; null with column -1
 * @param reason      the reason, e.g. {@code „frieda@“ ist keine gültige E-Mail-Adresse}
 */
public record RowProblem(int row, int column, String columnLabel, String reason) {

    /** The whole sentence: "Zeile 7, Spalte D („E-Mail“): „frieda@“ ist keine gültige E-Mail-Adresse". */
    public String text() {
        return columnLabel == null ? I18n.text("navimport.problem.row", row, reason)
                : I18n.text("navimport.problem", row, columnLabel, reason);
    }

    @Override
    public String toString() {
        return text();
    }
}
