package de.ssg.lotsenkontor.importing;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.excel.SheetCell;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads typed values from cells the way offices write them, whatever the cell's type says:
 * numbers typed as text ({@code "1.234,56"}, {@code "014625020"}) and text typed as numbers (a
 * key that Excel turned into {@code 14625020}, losing its leading zero). Dates German
 * ({@code 01.03.2025}, {@code 1.3.25}), ISO or real Excel dates, in the 1900 or the 1904 date
 * system; decimals German ({@code 1.234,56}, {@code 1234,5}, {@code 12}) or with a point.
 * Knows no feature: a feature decides what a value means and what is wrong with it.
 */
public final class Cells {

    /** Values echoed in a message are cut to this many characters. */
    public static final int ECHO_LENGTH = 80;
    /** Day 0 of Excel's 1900 date system, counting its phantom 29 February 1900. */
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    /** Day 0 of the 1904 date system (old Mac workbooks; "1904-Datumswerte verwenden"). */
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final DateTimeFormatter SHORT_YEAR = DateTimeFormatter.ofPattern("d.M.uu")
            .withResolverStyle(ResolverStyle.STRICT);
    /** Dates before this or after {@link #LATEST} are typing errors, not dates of an office's work. */
    public static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private Cells() {
    }

    /** The cell as text: numbers without exponent or trailing ".0", texts trimmed; null when empty. */
    public static String text(SheetCell cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String t = cell.text().trim();
        if (cell.isNumber()) {
            BigDecimal n = number(t);
            return n == null ? t : n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
        }
        return t.replace('\u00a0', ' ').trim();
    }

    /** A cell's value as the user sees it, for messages: numbers with a decimal comma, without float noise; cut to 80 characters. */
    public static String display(SheetCell cell) {
        if (cell == null || cell.text() == null) {
            return "";
        }
        String t = cell.text().trim();
        if (cell.isNumber()) {
            BigDecimal n = number(t);
            if (n != null) {
                return n.round(new MathContext(15)).stripTrailingZeros().toPlainString().replace('.', ',');
            }
        }
        return echo(t);
    }

    /**
     * A value to quote in a message: at most {@value #ECHO_LENGTH} characters (longer ones end in
     * "…"), line breaks and tabs shown as spaces, other control characters left out.
     */
    public static String echo(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(Math.min(value.length(), ECHO_LENGTH + 1));
        int count = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                cp = ' ';
            } else if (isControl(cp)) {
                continue;
            }
            if (count == ECHO_LENGTH) {
                // cut: the last character gives way to the ellipsis
                s.setLength(s.length() - Character.charCount(s.codePointBefore(s.length())));
                s.append('…');
                return s.toString();
            }
            s.appendCodePoint(cp);
            count++;
        }
        return s.toString();
    }

    /** Whether a character is a control character that no text of a list should hold (tab and line breaks excepted). */
    public static boolean isControl(int cp) {
        return cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' || cp == 0x7f || cp >= 0x80 && cp <= 0x9f;
    }

    /** Whether {@code text} holds a line break or a tab inside it (what no name may hold). */
    public static boolean hasBreakOrTab(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip();
        return t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0 || t.indexOf('\t') >= 0 || t.indexOf('\u2028') >= 0;
    }

    // ------------------------------------------------------------------ dates

    /**
     * A date from a real date cell (a day number in the workbook's date system) or from text;
     * empty when it is neither or lies outside 1950–2100.
     *
     * @param date1904 whether the workbook counts days from 1904 ({@code workbookPr date1904})
     */
    public static Optional<LocalDate> date(SheetCell cell, boolean date1904) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        if (cell.isNumber()) {
            try {
                double days = Double.parseDouble(cell.text().trim());
                if (days >= (date1904 ? 0 : 1) && days < 2_958_466) {
                    LocalDate epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
                    return plausible(epoch.plusDays((long) Math.floor(days)));
                }
            } catch (NumberFormatException e) {
                // not a number after all
            }
            return Optional.empty();
        }
        return date(cell.text());
    }

    /** {@code 01.03.2025}, {@code 1.3.2025}, {@code 01.03.25}, ISO {@code 2025-03-01}, each with a time after it or not. */
    public static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        // "2025-03-01T00:00:00", "2025-03-01 00:00:00", "01.03.2025 00:00"
        int cut = t.indexOf('T') == 10 ? 10 : t.indexOf(' ');
        if (cut > 0) {
            t = t.substring(0, cut);
        }
        Optional<LocalDate> parsed = Formats.parseDate(t);
        if (parsed.isEmpty()) {
            try {
                parsed = Optional.of(LocalDate.parse(t, SHORT_YEAR));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return plausible(parsed.get());
    }

    private static Optional<LocalDate> plausible(LocalDate date) {
        return date.isBefore(EARLIEST) || date.isAfter(LATEST) ? Optional.empty() : Optional.of(date);
    }

    // ------------------------------------------------------------------ keys and numbers

    /**
     * A key of digits with its leading zeros: text as written, or a number (a re-saved workbook
     * drops leading zeros) brought back to {@code width} digits. Spaces between groups are
     * ignored. Empty when the cell holds anything else or more than {@code width} digits.
     */
    public static Optional<String> key(SheetCell cell, int width) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        String digits;
        if (cell.isNumber()) {
            BigDecimal n = number(cell.text().trim());
            if (n == null || n.signum() < 0 || n.stripTrailingZeros().scale() > 0) {
                return Optional.empty();
            }
            digits = n.toBigInteger().toString();
        } else if (cell.kind() == SheetCell.Kind.TEXT) {
            digits = cell.text().trim().replace(" ", "").replace("\u00a0", "");
        } else {
            return Optional.empty();
        }
        return key(digits, width);
    }

    /** {@link #key(SheetCell, int)} for text. */
    public static Optional<String> key(String digits, int width) {
        if (digits == null || !allDigits(digits) || digits.length() > width) {
            return Optional.empty();
        }
        return Optional.of("0".repeat(width - digits.length()) + digits);
    }

    /**
     * A decimal from a number cell (float artefacts kept for the caller to round) or from text:
     * German {@code 1.234,56}, {@code 1234,5}, {@code -12}, {@code 12 €}; with a decimal point
     * when there is no comma ({@code 13.5}, as CSV written by machines has it; {@code 1.234.567}
     * with several points is grouped thousands). Empty when it is no number.
     */
    public static Optional<BigDecimal> decimal(SheetCell cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        if (cell.isNumber()) {
            return Optional.ofNullable(number(cell.text().trim()));
        }
        if (cell.kind() != SheetCell.Kind.TEXT) {
            return Optional.empty();
        }
        return decimal(cell.text());
    }

    /** {@link #decimal(SheetCell)} for text. */
    public static Optional<BigDecimal> decimal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.trim().replace("€", "").replace('\u00a0', ' ').replace('\u2212', '-').replace(" ", "");
        boolean negative = false;
        if (s.endsWith("-") && s.length() > 1) { // "12,50-" as some bank exports write it
            negative = true;
            s = s.substring(0, s.length() - 1);
        }
        if (s.startsWith("+")) {
            s = s.substring(1);
        }
        if (s.startsWith("-")) {
            negative = !negative;
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            return Optional.empty();
        }
        String plain;
        int comma = s.indexOf(',');
        if (comma >= 0) {
            if (s.indexOf(',', comma + 1) >= 0) {
                return Optional.empty();
            }
            String whole = s.substring(0, comma);
            String fraction = s.substring(comma + 1);
            if (!allDigits(fraction) || !grouped(whole, '.')) {
                return Optional.empty();
            }
            plain = whole.replace(".", "") + "." + fraction;
        } else {
            int points = (int) s.chars().filter(c -> c == '.').count();
            if (points > 1) {
                if (!grouped(s, '.')) {
                    return Optional.empty();
                }
                plain = s.replace(".", "");
            } else if (points == 1) {
                int p = s.indexOf('.');
                if (p == 0 || p == s.length() - 1 || !allDigits(s.substring(0, p)) || !allDigits(s.substring(p + 1))) {
                    return Optional.empty();
                }
                plain = s;
            } else {
                if (!allDigits(s)) {
                    return Optional.empty();
                }
                plain = s;
            }
        }
        BigDecimal n = number(plain);
        return n == null ? Optional.empty() : Optional.of(negative ? n.negate() : n);
    }

    /** Digits, optionally grouped in threes by {@code separator}: {@code 1234}, {@code 1.234}, {@code 12.345.678}. */
    private static boolean grouped(String s, char separator) {
        if (s.indexOf(separator) < 0) {
            return allDigits(s);
        }
        String[] groups = s.split(Pattern.quote(String.valueOf(separator)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3 || !allDigits(groups[0])) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3 || !allDigits(groups[i])) {
                return false;
            }
        }
        return true;
    }

    /** A whole number from a number or text cell ({@code 250681}, {@code 250.681}, {@code 12.0}); empty otherwise. */
    public static Optional<BigInteger> whole(SheetCell cell) {
        if (cell != null && cell.kind() == SheetCell.Kind.TEXT) {
            // in a whole number, points group thousands: "250.681" people, not 250.681
            Optional<Long> grouped = Formats.parseInteger(cell.text().trim().replace("\u00a0", "").replace(" ", ""));
            if (grouped.isPresent()) {
                return Optional.of(BigInteger.valueOf(grouped.get()));
            }
        }
        return decimal(cell).filter(n -> n.stripTrailingZeros().scale() <= 0).map(BigDecimal::toBigInteger);
    }

    /** Non-empty and only ASCII digits (no regex: this runs for every key of every row). */
    public static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A number as stored ({@code 5.0599999999999996}, {@code 1.4E1}), or null. */
    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
