package de.ssg.lotsenkontor.importing;

/** What to do with a file whose rows are not all valid. */
public enum ImportMode {
    /** Import the valid rows, skip the others; all in one transaction. */
    VALID_ROWS,
    /** Import only when every row is valid; otherwise write nothing. */
    ALL_OR_NOTHING
}
