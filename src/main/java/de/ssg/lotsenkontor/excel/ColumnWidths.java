package de.ssg.lotsenkontor.excel;

import de.ssg.lotsenkontor.report.Aggregate;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.report.Computed;
import de.ssg.lotsenkontor.report.ReportRow;
import de.ssg.lotsenkontor.report.ReportTable;
import de.ssg.lotsenkontor.report.RowKind;
import java.math.BigDecimal;

/**
 * Column widths of a table sheet, in characters (Excel's unit, the width of a digit). A column
 * is as wide as its hint and its heading (plus the filter button) ask; text columns grow with
 * their content up to half again their hint (an outlier is cut rather than widening the print
 * for every page); numbers always fit, since Excel shows a number that does not fit as ####.
 * Everything within {@value #MIN}–{@value #MAX}.
 */
final class ColumnWidths {

    static final int MIN = 6;
    static final int MAX = 60;
    /** Room for the filter button beside a heading. */
    private static final int FILTER_BUTTON = 3;
    /** Indent plus a little air. */
    private static final int PADDING = 2;

    private ColumnWidths() {
    }

    static int[] of(ReportTable table) {
        int n = table.columns().size();
        int[] content = new int[n];
        for (int r = 0; r < table.rows().size(); r++) {
            ReportRow row = table.rows().get(r);
            for (int c = 0; c < n; c++) {
                Object value = row.cell(c);
                if (value == null || (value instanceof String && row.kind() != RowKind.DATA)) {
                    continue; // labels of groups and sums may run into the empty cells beside them
                }
                if (value instanceof Aggregate || value instanceof Computed) {
                    value = table.aggregate(r, c);
                    if (value == null) {
                        continue;
                    }
                }
                content[c] = Math.max(content[c], length(table.columns().get(c).type(), value));
            }
        }
        int[] widths = new int[n];
        for (int c = 0; c < n; c++) {
            ReportTable.Column column = table.columns().get(c);
            int hint = Math.max(column.widthChars(), column.title().length() + FILTER_BUTTON);
            if (WorkbookStyles.numeric(column.type())) {
                hint += 1; // numbers are indented
            }
            int wanted;
            if (WorkbookStyles.numeric(column.type()) || column.type() == ColumnType.DATE) {
                wanted = Math.max(hint, content[c] + PADDING);
            } else {
                int cap = Math.max(hint, column.widthChars() * 3 / 2);
                wanted = Math.max(hint, Math.min(cap, content[c] + 1));
            }
            widths[c] = Math.max(MIN, Math.min(MAX, wanted));
        }
        return widths;
    }

    /** The length of {@code value} as a German cell shows it ("1.234,56 €"). */
    static int length(ColumnType type, Object value) {
        return switch (type) {
            case TEXT -> value.toString().length();
            case BOOLEAN -> 4;
            case DATE -> 10;
            case INTEGER -> digits(value, 0);
            case DECIMAL -> digits(value, 2);
            case MONEY -> digits(value, 2) + 2;
            case PERCENT -> digits(value instanceof Number n ? n.doubleValue() * 100 : 0, 1) + 2;
        };
    }

    /** Characters of a number with thousands separators and {@code decimals} decimals. */
    private static int digits(Object value, int decimals) {
        if (!(value instanceof Number number)) {
            return 0;
        }
        double d = number instanceof BigDecimal b ? b.doubleValue() : number.doubleValue();
        if (!Double.isFinite(d)) {
            return 0;
        }
        long whole = (long) Math.abs(d);
        int digits = whole == 0 ? 1 : (int) Math.floor(Math.log10(whole)) + 1;
        int length = digits + (digits - 1) / 3 + (d < 0 ? 1 : 0);
        return decimals > 0 ? length + 1 + decimals : length;
    }
}
