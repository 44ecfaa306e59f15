package de.ssg.lotsenkontor.people.navigatorimport;

import java.util.List;

/**
 * A navigator list checked against the database, nothing written yet: every row with its values
 * and problems, and what the column mapping still lacks.
 */
public record NavigatorImportPreview(NavigatorFile file, ColumnMapping mapping, List<ImportRow> rows) {

    public NavigatorImportPreview {
        rows = List.copyOf(rows);
    }

    /** What no column gives yet (name, municipality), as German phrases; empty when the mapping is complete. */
    public List<String> missing() {
        return mapping.missing();
    }

    /** Whether the mapping gives everything a navigator needs. */
    public boolean usable() {
        return missing().isEmpty();
    }

    /** Rows read below the header (empty rows not counted). */
    public int read() {
        return rows.size();
    }

    public int valid() {
        return (int) rows.stream().filter(ImportRow::valid).count();
    }

    public int invalid() {
        return read() - valid();
    }

    public List<ImportRow> validRows() {
        return rows.stream().filter(ImportRow::valid).toList();
    }

    /** Every problem of every row, in file order. */
    public List<RowProblem> problems() {
        return rows.stream().flatMap(r -> r.problems().stream()).toList();
    }
}
