package de.ssg.lotsenkontor.print;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.report.ColumnType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;

/** How a typed value reads on a printed page: German formats, the same as on screen and in a workbook. */
final class CellText {

    /**
     * The formats of {@link Formats} ({@code #,##0}, {@code #,##0.0}, {@code #,##0.00}, German,
     * half up), made once per thread: a long table formats every cell, and making a format costs
     * more than using it.
     */
    private static final ThreadLocal<DecimalFormat[]> FORMATS = ThreadLocal.withInitial(() -> new DecimalFormat[] {
        format("#,##0"), format("#,##0.0"), format("#,##0.00")});

    private CellText() {
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Formats.GERMAN));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    private static BigDecimal scaled(Number n, int decimals) {
        return decimal(n).setScale(decimals, RoundingMode.HALF_UP);
    }

    static String of(ColumnType type, Object value) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case TEXT -> value.toString();
            case BOOLEAN -> value instanceof Boolean b ? I18n.text(b ? "print.yes" : "print.no") : value.toString();
            case DATE -> value instanceof LocalDate d ? Formats.date(d) : value.toString();
            case INTEGER -> value instanceof Number n ? FORMATS.get()[0].format(Math.round(n.doubleValue()))
                    : value.toString();
            case DECIMAL -> value instanceof Number n ? FORMATS.get()[2].format(scaled(n, 2)) : value.toString();
            case MONEY -> value instanceof Number n ? FORMATS.get()[2].format(scaled(n, 2)) + " €" : value.toString();
            case PERCENT -> value instanceof Number n ? FORMATS.get()[1].format(n.doubleValue() * 100) + " %"
                    : value.toString();
        };
    }

    static boolean numeric(ColumnType type) {
        return type == ColumnType.INTEGER || type == ColumnType.DECIMAL || type == ColumnType.MONEY
                || type == ColumnType.PERCENT;
    }

    static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal b) {
            return b;
        }
        double d = n.doubleValue();
        if (!Double.isFinite(d)) {
            return BigDecimal.ZERO;
        }
        return n instanceof Double || n instanceof Float ? BigDecimal.valueOf(d) : new BigDecimal(n.toString());
    }

    /** The length in characters of a value as {@link #of} writes it, estimated without formatting (fast for long tables). */
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

    private static int digits(Object value, int decimals) {
        if (!(value instanceof Number number)) {
            return value == null ? 0 : value.toString().length();
        }
        double d = number.doubleValue();
        if (!Double.isFinite(d)) {
            return 0;
        }
        long whole = (long) Math.abs(d);
        int digits = whole == 0 ? 1 : (int) Math.floor(Math.log10(whole)) + 1;
        int length = digits + (digits - 1) / 3 + (d < 0 ? 1 : 0);
        return decimals > 0 ? length + 1 + decimals : length;
    }
}
