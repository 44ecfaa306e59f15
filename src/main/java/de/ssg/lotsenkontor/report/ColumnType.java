package de.ssg.lotsenkontor.report;

/**
 * The kind of values in a column; decides alignment, format on screen (German) and the cell
 * type in a workbook (numbers stay numbers, dates stay dates).
 */
public enum ColumnType {
    /** Free text; sorted with German collation. */
    TEXT,
    /** Whole number ({@code 12.345}). */
    INTEGER,
    /** Number with two decimals ({@code 12,50}). */
    DECIMAL,
    /** Euro amount, exact to the cent ({@code 1.234,56 €}). */
    MONEY,
    /** Calendar day ({@code 31.12.2024}). */
    DATE,
    /** Share between 0 and 1, shown as percent ({@code 31,4 %}). */
    PERCENT,
    /** Yes/no. */
    BOOLEAN
}
