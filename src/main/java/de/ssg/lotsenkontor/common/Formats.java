package de.ssg.lotsenkontor.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * German number, money and date formats, as the office writes them: {@code 1.234,56 €},
 * {@code 31.12.2024}. Used by screens, the command line and imports alike. Thread-safe.
 */
public final class Formats {

    public static final Locale GERMAN = Locale.GERMANY;
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu", GERMAN)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_SHORT_INPUT = DateTimeFormatter.ofPattern("d.M.uuuu", GERMAN)
            .withResolverStyle(ResolverStyle.STRICT);

    private Formats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Reads {@code 31.12.2024}, {@code 1.2.2024} or ISO {@code 2024-12-31}; empty when it is none of these. */
    public static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        for (DateTimeFormatter f : new DateTimeFormatter[] {DATE, DATE_SHORT_INPUT, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** {@code 1.234,56 €}; always two decimals. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return moneyFormat().format(amount.setScale(2, RoundingMode.HALF_UP)) + " €";
    }

    /** {@code 1.234,56} without the currency sign. */
    public static String decimal(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        DecimalFormat f = decimalFormat(decimals);
        return f.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** {@code 12.345}. */
    public static String integer(long value) {
        return NumberFormat.getIntegerInstance(GERMAN).format(value);
    }

    /** {@code 31,4 %} for a share between 0 and 1. */
    public static String percent(double share) {
        DecimalFormat f = decimalFormat(1);
        return f.format(share * 100) + " %";
    }

    /**
     * Reads a German amount such as {@code 1.234,56}, {@code 1234,5} or {@code 1234.56 €}:
     * empty when the text is not a number. The result keeps the written decimals.
     */
    public static Optional<BigDecimal> parseDecimal(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().replace("€", "").replace('\u00a0', ' ').replace(" ", "");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        // A point followed by exactly 1 or 2 digits at the end, with no comma, is a decimal point.
        if (t.indexOf(',') < 0 && t.matches("-?\\d+\\.\\d{1,2}")) {
            t = t.replace('.', ',');
        }
        DecimalFormat f = decimalFormat(2);
        f.setParseBigDecimal(true);
        ParsePosition pos = new ParsePosition(0);
        Object parsed = f.parse(t, pos);
        if (parsed == null || pos.getIndex() != t.length()) {
            return Optional.empty();
        }
        return Optional.of((BigDecimal) parsed);
    }

    private static DecimalFormat moneyFormat() {
        return decimalFormat(2);
    }

    private static DecimalFormat decimalFormat(int decimals) {
        DecimalFormat f = new DecimalFormat("#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : ""),
                DecimalFormatSymbols.getInstance(GERMAN));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }

    /** Reads a whole number such as {@code 12.345} or {@code 12345}; empty for anything else. */
    public static Optional<Long> parseInteger(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        if (!t.matches("-?\\d{1,3}(\\.\\d{3})*|-?\\d+")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(t.replace(".", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
