package de.ssg.lotsenkontor.importing;

import java.util.List;

/** One row of a file as a feature checked it: its number and what keeps it from being imported. */
public interface CheckedRow {

    /** The row number as the user finds it (Excel's row, the CSV file's line). */
    int row();

    /** The problems of this row; empty when it can be imported. */
    List<RowProblem> problems();

    default boolean valid() {
        return problems().isEmpty();
    }

    /**
     * Whether this row keeps an import "all or nothing" from being applied: by default every row
     * with problems; an import may leave rows out that are no error (a booking that is no expense).
     */
    default boolean blocksAllOrNothing() {
        return !valid();
    }
}
