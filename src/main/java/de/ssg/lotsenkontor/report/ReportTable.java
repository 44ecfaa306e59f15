package de.ssg.lotsenkontor.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A table with typed columns and rows: data rows, and optionally group headers, subtotals and a
 * grand total. Only one level of groups: a {@link RowKind#SUBTOTAL} sums the data rows since
 * the last group header or subtotal, a {@link RowKind#TOTAL} all data rows above it.
 *
 * <p>The quickest way is from a feature's column definitions:
 * <pre>
 * ReportTable table = ReportTable.of("Kommunen", MunicipalityColumns.all(), rows);
 * </pre>
 * and with groups and sums:
 * <pre>
 * var b = ReportTable.forRows("Belegliste", ExpenseColumns.all());
 * int gross = b.indexOf("gross");
 * for (var category : categories) {
 *     b.groupHeader(category.name()).rows(expensesOf(category)).subtotal("Summe " + category.name(), gross);
 * }
 * ReportTable table = b.total("Gesamt", gross).build();
 * </pre>
 *
 * @param title a name for the table (a workbook's sheet name); null to use the section's or the
 *              report's title
 */
public record ReportTable(String title, List<Column> columns, List<ReportRow> rows, TableLayout layout)
        implements ReportBlock {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        layout = layout == null ? TableLayout.PLAIN : layout;
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        for (int r = 0; r < rows.size(); r++) {
            validate(columns, rows.get(r), r);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (Object cell : rows.get(r).cells()) {
                if (cell instanceof Computed computed) {
                    for (Formula.Cell ref : computed.formula().cells()) {
                        if (ref.row() >= rows.size() || ref.column() >= columns.size()) {
                            throw new IllegalArgumentException("row " + r + ": a formula reads a cell outside the table");
                        }
                    }
                }
            }
        }
        for (Highlight h : layout.highlights()) {
            if (h.lastRow() >= rows.size() || h.lastColumn() >= columns.size() || h.testColumn() >= columns.size()) {
                throw new IllegalArgumentException("highlight outside the table: " + h);
            }
        }
    }

    /** A table laid out plainly: headings, rows, nothing else. */
    public ReportTable(String title, List<Column> columns, List<ReportRow> rows) {
        this(title, columns, rows, TableLayout.PLAIN);
    }

    /**
     * A column: heading, value type and a preferred width in characters (a hint; renderers clamp
     * it).
     */
    public record Column(String title, ColumnType type, int widthChars) {

        public Column {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(type, "type");
        }

        public static Column of(ColumnDef<?> def) {
            return new Column(def.title(), def.type(), def.widthChars());
        }
    }

    /** The rows covered by an aggregate: indexes {@code first} to {@code last}, both inclusive; empty when first > last. */
    public record RowRange(int first, int last) {

        public boolean isEmpty() {
            return first > last;
        }
    }

    /** A table of plain data rows: one column per definition, one row per element, values typed by the definitions. */
    public static <R> ReportTable of(String title, List<ColumnDef<R>> columns, Collection<? extends R> rows) {
        return forRows(title, columns).rows(rows).build();
    }

    /** A builder whose data rows are elements read through {@code columns}. */
    public static <R> Builder<R> forRows(String title, List<ColumnDef<R>> columns) {
        return new Builder<>(title, columns.stream().map(Column::of).toList(), List.copyOf(columns));
    }

    /** A builder whose data rows are given as values, one per column. */
    public static Builder<Object> builder(String title, List<Column> columns) {
        return new Builder<>(title, columns, null);
    }

    /** The number of data rows (without group headers, subtotals and totals). */
    public int dataRowCount() {
        return (int) rows.stream().filter(r -> r.kind() == RowKind.DATA).count();
    }

    /**
     * The rows that an {@link Aggregate} in row {@code rowIndex} covers: for a subtotal the rows
     * after the last group header or subtotal before it, for a total all rows before it (after an
     * earlier total, if any). The range may hold other subtotals; sums count only data rows.
     */
    public RowRange aggregateRange(int rowIndex) {
        ReportRow row = rows.get(rowIndex);
        int start = -1;
        for (int i = rowIndex - 1; i >= 0; i--) {
            RowKind kind = rows.get(i).kind();
            boolean boundary = row.kind() == RowKind.TOTAL ? kind == RowKind.TOTAL
                    : kind == RowKind.GROUP_HEADER || kind == RowKind.SUBTOTAL || kind == RowKind.TOTAL;
            if (boundary) {
                start = i;
                break;
            }
        }
        return new RowRange(start + 1, rowIndex - 1);
    }

    /**
     * The value of cell ({@code rowIndex}, {@code column}) with an {@link Aggregate} computed: the
     * exact sum of the column's data rows in {@link #aggregateRange}; any other cell as it is.
     */
    public Object aggregate(int rowIndex, int column) {
        Object cell = rows.get(rowIndex).cell(column);
        if (cell instanceof Computed computed) {
            return computed.value();
        }
        if (cell == Aggregate.ROW_SUM) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int c = rowSumStart(column); c < column; c++) {
                if (aggregate(rowIndex, c) instanceof Number n) {
                    sum = sum.add(n instanceof BigDecimal b ? b : new BigDecimal(n.toString()));
                }
            }
            return sum;
        }
        if (cell != Aggregate.SUM) {
            return cell;
        }
        RowRange range = aggregateRange(rowIndex);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = range.first(); i <= range.last(); i++) {
            ReportRow r = rows.get(i);
            if (r.kind() == RowKind.DATA && aggregate(i, column) instanceof Number n) {
                sum = sum.add(n instanceof BigDecimal b ? b : new BigDecimal(n.toString()));
            }
        }
        return sum;
    }

    /** The first column that a {@link Aggregate#ROW_SUM} in {@code column} adds up. */
    public int rowSumStart(int column) {
        int start = column;
        while (start > 0 && numeric(columns.get(start - 1).type())) {
            start--;
        }
        return start;
    }

    private static boolean numeric(ColumnType type) {
        return type == ColumnType.INTEGER || type == ColumnType.DECIMAL || type == ColumnType.MONEY
                || type == ColumnType.PERCENT;
    }

    private static void validate(List<Column> columns, ReportRow row, int index) {
        if (row.cells().size() != columns.size()) {
            throw new IllegalArgumentException("row " + index + " has " + row.cells().size() + " cells for "
                    + columns.size() + " columns");
        }
        for (int c = 0; c < columns.size(); c++) {
            Object value = row.cell(c);
            ColumnType type = columns.get(c).type();
            String where = "row " + index + ", column '" + columns.get(c).title() + "'";
            if (value instanceof Computed computed) {
                CellValues.check(type, computed.value(), where);
            } else if (row.kind() == RowKind.DATA || !(value instanceof String)) {
                if (value instanceof Aggregate) {
                    boolean numeric = numeric(type);
                    boolean anyRow = value == Aggregate.ROW_SUM;
                    if (!numeric || (!anyRow && row.kind() != RowKind.SUBTOTAL && row.kind() != RowKind.TOTAL)) {
                        throw new IllegalArgumentException(where + ": a sum belongs in a numeric column of a subtotal or total");
                    }
                } else {
                    CellValues.check(type, value, where);
                }
            }
        }
    }

    /**
     * Builds a table row by row.
     *
     * @param <R> the element type read through column definitions ({@code Object} for a builder
     *            fed with values)
     */
    public static final class Builder<R> {

        private final String title;
        private final List<Column> columns;
        private final List<ColumnDef<R>> defs;
        private final List<ReportRow> rows = new ArrayList<>();
        private TableLayout layout = TableLayout.PLAIN;

        private Builder(String title, List<Column> columns, List<ColumnDef<R>> defs) {
            this.title = title;
            this.columns = List.copyOf(columns);
            this.defs = defs;
        }

        /** The position of the column with this definition id (tables built from definitions only). */
        public int indexOf(String columnId) {
            if (defs != null) {
                for (int i = 0; i < defs.size(); i++) {
                    if (defs.get(i).id().equals(columnId)) {
                        return i;
                    }
                }
            }
            throw new IllegalArgumentException("no column " + columnId);
        }

        /** One data row read through the column definitions. */
        public Builder<R> row(R element) {
            if (defs == null) {
                throw new IllegalStateException("this table has no column definitions; use values(…)");
            }
            List<Object> cells = new ArrayList<>(defs.size());
            for (ColumnDef<R> def : defs) {
                cells.add(def.valueOf(element));
            }
            rows.add(new ReportRow(RowKind.DATA, cells));
            return this;
        }

        public Builder<R> rows(Collection<? extends R> elements) {
            for (R element : elements) {
                row(element);
            }
            return this;
        }

        /** One data row given as values, one per column. */
        public Builder<R> values(Object... cells) {
            rows.add(ReportRow.data(cells));
            return this;
        }

        public Builder<R> groupHeader(String label) {
            rows.add(ReportRow.groupHeader(label, columns.size()));
            return this;
        }

        /** Closes the current group: {@code label} in the first column and the group's sum in {@code sumColumns}. */
        public Builder<R> subtotal(String label, int... sumColumns) {
            rows.add(ReportRow.subtotal(label, columns.size(), sumColumns));
            return this;
        }

        /** The grand total: {@code label} in the first column and the sum of all data rows in {@code sumColumns}. */
        public Builder<R> total(String label, int... sumColumns) {
            rows.add(ReportRow.total(label, columns.size(), sumColumns));
            return this;
        }

        /** Any row, e.g. a total with given values instead of sums. */
        public Builder<R> add(ReportRow row) {
            rows.add(row);
            return this;
        }

        /** The index the next row will get: for formulas that refer to rows. */
        public int nextRow() {
            return rows.size();
        }

        public Builder<R> layout(TableLayout tableLayout) {
            this.layout = tableLayout;
            return this;
        }

        public ReportTable build() {
            return new ReportTable(title, columns, rows, layout);
        }
    }
}
