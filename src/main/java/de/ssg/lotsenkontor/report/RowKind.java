package de.ssg.lotsenkontor.report;

/** What a row of a {@link ReportTable} is; renderers style each kind alike in every document. */
public enum RowKind {
    /** An ordinary line of data; its cells fit the column types. */
    DATA,
    /** Starts a group: a label in the first cell, the other cells empty. */
    GROUP_HEADER,
    /** Closes a group: a label and values or {@link Aggregate}s over the group. */
    SUBTOTAL,
    /** The grand total: a label and values or {@link Aggregate}s over all data rows. */
    TOTAL
}
