package de.ssg.lotsenkontor.excel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of a sheet as read from the file: its 1-based number (as Excel shows it) and its
 * non-empty cells, looked up by 0-based column index.
 */
public final class SheetRow {

    private final int number;
    private final SheetCell[] byColumn;

    SheetRow(int number, List<SheetCell> cells) {
        this.number = number;
        int width = 0;
        for (SheetCell c : cells) {
            width = Math.max(width, c.column() + 1);
        }
        this.byColumn = new SheetCell[width];
        for (SheetCell c : cells) {
            byColumn[c.column()] = c;
        }
    }

    /** A row built by hand, for tests and callers that combine rows. */
    public static SheetRow of(int number, List<SheetCell> cells) {
        return new SheetRow(number, cells);
    }

    /** 1-based row number as Excel shows it. */
    public int number() {
        return number;
    }

    /** The cell in {@code column} (0-based), or null when it is empty or missing. */
    public SheetCell cell(int column) {
        return column >= 0 && column < byColumn.length ? byColumn[column] : null;
    }

    /** The trimmed text of the cell in {@code column}, or null when it is empty or blank. */
    public String text(int column) {
        SheetCell c = cell(column);
        if (c == null || c.isBlank()) {
            return null;
        }
        return c.text().trim();
    }

    /** One past the last column that holds a cell. */
    public int width() {
        return byColumn.length;
    }

    /** The non-empty cells from left to right. */
    public List<SheetCell> cells() {
        List<SheetCell> out = new ArrayList<>(byColumn.length);
        for (SheetCell c : byColumn) {
            if (c != null) {
                out.add(c);
            }
        }
        return Collections.unmodifiableList(out);
    }

    public boolean isEmpty() {
        for (SheetCell c : byColumn) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "SheetRow " + number + " " + cells();
    }
}
