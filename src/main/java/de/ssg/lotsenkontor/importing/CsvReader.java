package de.ssg.lotsenkontor.importing;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.excel.SheetCell;
import de.ssg.lotsenkontor.excel.SheetRow;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a CSV file into rows of text cells, finding out how it is written, honestly:
 *
 * <ul>
 * <li><b>Character set:</b> a byte-order mark says it (UTF-8, UTF-16); else each line is looked at.
 * When every line is valid UTF-8 the file is UTF-8, when no line has UTF-8 sequences it is
 * Windows-1252 (what Excel writes on a German Windows, a superset of ISO-8859-1 for letters).
 * A file that mixes both — UTF-8 with some lines in Windows-1252, or Windows-1252 with UTF-8
 * sequences in some lines — is refused with those line numbers, never decoded wrong.</li>
 * <li><b>Separator:</b> {@code ;}, {@code ,} or tab, the one under which the first rows have the same
 * number of fields most often; an Excel {@code sep=} first line is honoured.</li>
 * <li><b>Quoting</b> with {@code "}, doubled quotes inside, separators and line breaks in quoted
 * fields; CRLF or LF line ends; a quote that never closes is refused with its line.</li>
 * <li><b>Control characters</b> in a value are kept as issues with their row and column, for the
 * import to report; binary content (NUL bytes, many control characters) is refused.</li>
 * <li>A file that ends without a line break is marked, so that a last line cut off in the middle
 * can be reported instead of imported.</li>
 * </ul>
 *
 * Rows are numbered by the line they start on, as a text editor shows it.
 */
public final class CsvReader {

    private static final Logger LOG = LoggerFactory.getLogger(CsvReader.class);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] SEPARATORS = {';', ',', '\t'};
    /** Rows looked at to choose the separator. */
    private static final int SNIFF_RECORDS = 50;
    /** Lines named in a message about mixed character sets; the rest are counted. */
    static final int LISTED_LINES = 10;

    private CsvReader() {
    }

    /** A control character in a value: row (line), 0-based column, the character. */
    public record ControlChar(int row, int column, int codePoint) {

        /** "U+0007". */
        public String code() {
            return String.format("U+%04X", codePoint);
        }
    }

    /**
     * What the file holds.
     *
     * @param encoding     the character set read ("UTF-8", "UTF-16", "Windows-1252")
     * @param separator    the separator found
     * @param rows         the non-empty rows, numbered by their first line
     * @param fieldCounts  the number of fields of each row, as written (empty ones counted)
     * @param controlChars control characters found in values
     * @param unterminated whether the last line ends without a line break
     */
    public record Table(String encoding, char separator, List<SheetRow> rows, List<Integer> fieldCounts,
            List<ControlChar> controlChars, boolean unterminated) {

        public Table {
            rows = List.copyOf(rows);
            fieldCounts = List.copyOf(fieldCounts);
            controlChars = List.copyOf(controlChars);
        }
    }

    /**
     * Reads {@code bytes} of the file {@code name}.
     *
     * @param maxRows more non-empty rows than this are refused ({@code tooManyRows} with {@code kind})
     * @param kind    what the file should be, for messages ("Liste von Navigatoren")
     */
    public static Table read(byte[] bytes, String name, int maxRows, String kind, Progress progress) {
        Decoded decoded = decode(bytes, name);
        String text = decoded.text();
        Character forced = null;
        int skippedLines = 0;
        // Excel's hint for the separator: a first line "sep=;"
        if (text.length() >= 5 && text.regionMatches(true, 0, "sep=", 0, 4)
                && (text.length() == 5 || text.charAt(5) == '\n' || text.charAt(5) == '\r')) {
            forced = text.charAt(4);
            int end = text.indexOf('\n');
            text = end < 0 ? "" : text.substring(end + 1);
            skippedLines = 1;
        }
        char separator = forced != null ? forced : separator(text);
        boolean unterminated = !text.isEmpty() && text.charAt(text.length() - 1) != '\n'
                && text.charAt(text.length() - 1) != '\r';
        Table table = parse(text, decoded.charset(), separator, name, skippedLines, maxRows, kind, unterminated,
                progress);
        LOG.info("Read {} CSV rows from {} ({}, separator {})", table.rows().size(), name, decoded.charset(),
                separator == '\t' ? "tab" : String.valueOf(separator));
        return table;
    }

    // ------------------------------------------------------------------ character set

    /** The text of a CSV file and the name of the character set it was written in. */
    record Decoded(String text, String charset) {
    }

    /** Finds the character set and decodes; refuses binary content and mixed character sets. */
    static Decoded decode(byte[] bytes, String name) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            LineScan scan = LineScan.of(bytes, 3);
            if (!scan.invalid.isEmpty()) {
                throw mixed(name, scan, true);
            }
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new Decoded(strictly(bytes, 2, StandardCharsets.UTF_16LE, name), "UTF-16");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new Decoded(strictly(bytes, 2, StandardCharsets.UTF_16BE, name), "UTF-16");
        }
        if (!looksLikeText(bytes)) {
            throw new DomainException("importing.error.notReadable", name);
        }
        LineScan scan = LineScan.of(bytes, 0);
        if (scan.invalid.isEmpty()) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), "UTF-8");
        }
        if (scan.utf8.isEmpty()) {
            return new Decoded(new String(bytes, WINDOWS_1252), "Windows-1252");
        }
        throw mixed(name, scan, scan.utf8.size() >= scan.invalid.size());
    }

    /** The message for a file in two character sets, naming the lines that differ from the rest. */
    private static DomainException mixed(String name, LineScan scan, boolean mostlyUtf8) {
        List<Integer> odd = mostlyUtf8 ? scan.invalid : scan.utf8;
        LOG.info("CSV file {} mixes UTF-8 ({} lines) and Windows-1252 ({} lines)", name, scan.utf8.size(),
                scan.invalid.size());
        return new DomainException(mostlyUtf8 ? "importing.error.mixedUtf8" : "importing.error.mixed1252", name,
                odd.size(), lines(odd));
    }

    /** "3, 7 und 12" or "3, 7, …, 40 und 25 weitere". */
    static String lines(List<Integer> lines) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(LISTED_LINES, lines.size()); i++) {
            shown.add(String.valueOf(lines.get(i)));
        }
        if (lines.size() > LISTED_LINES) {
            return String.join(", ", shown) + I18n.text("importing.lines.more", lines.size() - LISTED_LINES);
        }
        if (shown.size() == 1) {
            return shown.get(0);
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + I18n.text("importing.and")
                + shown.get(shown.size() - 1);
    }

    /**
     * The lines (1-based, by line feed) that hold UTF-8 sequences of two or more bytes, and those
     * that hold bytes that are not valid UTF-8 (in a German file: Windows-1252 umlauts).
     */
    static final class LineScan {
        final List<Integer> utf8 = new ArrayList<>();
        final List<Integer> invalid = new ArrayList<>();

        static LineScan of(byte[] b, int offset) {
            LineScan scan = new LineScan();
            int line = 1;
            boolean multi = false;
            boolean bad = false;
            int i = offset;
            while (i < b.length) {
                int c = b[i] & 0xff;
                if (c == '\n') {
                    scan.close(line, multi, bad);
                    line++;
                    multi = false;
                    bad = false;
                    i++;
                    continue;
                }
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int length = sequence(b, i);
                if (length < 0) {
                    bad = true;
                    i++;
                } else {
                    multi = true;
                    i += length;
                }
            }
            scan.close(line, multi, bad);
            return scan;
        }

        private void close(int line, boolean multi, boolean bad) {
            if (bad) {
                invalid.add(line);
            } else if (multi) {
                utf8.add(line);
            }
        }

        /** The length of the valid UTF-8 sequence starting at {@code i}, or -1 (RFC 3629: no overlong forms, no surrogates). */
        private static int sequence(byte[] b, int i) {
            int c = b[i] & 0xff;
            int n;
            int min2 = 0x80;
            int max2 = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 3;
                if (c == 0xE0) {
                    min2 = 0xA0;
                } else if (c == 0xED) {
                    max2 = 0x9F;
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 4;
                if (c == 0xF0) {
                    min2 = 0x90;
                } else if (c == 0xF4) {
                    max2 = 0x8F;
                }
            } else {
                return -1;
            }
            if (i + n > b.length) {
                return -1;
            }
            int second = b[i + 1] & 0xff;
            if (second < min2 || second > max2) {
                return -1;
            }
            for (int k = 2; k < n; k++) {
                int cont = b[i + k] & 0xff;
                if (cont < 0x80 || cont > 0xBF) {
                    return -1;
                }
            }
            return n;
        }
    }

    private static String strictly(byte[] bytes, int offset, Charset charset, String name) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new DomainException(e, "importing.error.badEncoding", name, charset.name());
        }
    }

    /**
     * Text, not a PDF or an image: no NUL bytes, and control characters are rare (a few in a
     * value are reported with their row and column instead).
     */
    static boolean looksLikeText(byte[] bytes) {
        int n = Math.min(bytes.length, 1 << 16);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                control++;
            }
        }
        return control <= 8 || control * 20 <= n;
    }

    // ------------------------------------------------------------------ separator and records

    /**
     * The separator under which the first rows have the same number of fields most often, and the
     * most fields: "Name, Vorname;Kommune;E-Mail" is separated by semicolons, not commas.
     */
    static char separator(String text) {
        char best = SEPARATORS[0];
        int bestRows = -1;
        int bestWidth = 0;
        for (char candidate : SEPARATORS) {
            int[] widths = new int[SNIFF_RECORDS];
            int n = 0;
            try (CSVParser parser = format(candidate).parse(new StringReader(text))) {
                for (CSVRecord r : parser) {
                    if (isBlank(r)) {
                        continue;
                    }
                    widths[n++] = r.size();
                    if (n == SNIFF_RECORDS) {
                        break;
                    }
                }
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                // this separator leaves a quote open somewhere in the first rows: keep what was counted
            }
            int mode = 0;
            int modeRows = 0;
            for (int i = 0; i < n; i++) {
                int count = 0;
                for (int j = 0; j < n; j++) {
                    if (widths[j] == widths[i]) {
                        count++;
                    }
                }
                if (count > modeRows || count == modeRows && widths[i] > mode) {
                    mode = widths[i];
                    modeRows = count;
                }
            }
            if (mode < 2) {
                // one field per row: this is not the separator
                mode = 0;
                modeRows = 0;
            }
            if (modeRows > bestRows || modeRows == bestRows && mode > bestWidth) {
                best = candidate;
                bestRows = modeRows;
                bestWidth = mode;
            }
        }
        return best;
    }

    private static CSVFormat format(char separator) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(separator)
                .setQuote('"')
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .get();
    }

    private static boolean isBlank(CSVRecord r) {
        for (String v : r) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * All non-empty records as rows numbered by the line they start on. Read by hand, exactly as
     * commons-csv reads {@link #format} (which still chooses the separator): a quote opens a quoted
     * value only at its start (after spaces), {@code ""} in it is a quote, separators and line
     * breaks in it are kept; after its closing quote only spaces may follow; CRLF, LF or CR end a
     * record. Unlike the library it makes no string for an empty field: a DATEV batch has 125
     * columns and about ten of them filled, and the library's reading was a fifth of the preview.
     */
    private static Table parse(String text, String encoding, char separator, String name, int skippedLines,
            int maxRows, String kind, boolean unterminated, Progress progress) {
        List<SheetRow> rows = new ArrayList<>();
        List<Integer> fieldCounts = new ArrayList<>();
        List<ControlChar> controls = new ArrayList<>();
        List<SheetCell> cells = new ArrayList<>();
        StringBuilder quoted = new StringBuilder();
        int n = text.length();
        int pos = 0;
        long line = 0; // line breaks before pos
        while (pos < n) {
            long recordLine = line;
            int number = (int) recordLine + 1 + skippedLines;
            cells.clear();
            int field = 0;
            boolean recordEnds = false;
            while (!recordEnds) {
                // spaces before a value
                while (pos < n) {
                    char c = text.charAt(pos);
                    if (c == separator || c == '\n' || c == '\r' || !Character.isWhitespace(c)) {
                        break;
                    }
                    pos++;
                }
                String value = null;
                if (pos < n && text.charAt(pos) == '"') {
                    pos++;
                    quoted.setLength(0);
                    while (true) {
                        if (pos >= n) {
                            throw quoteError(name, recordLine, skippedLines, "EOF inside a quoted value");
                        }
                        char c = text.charAt(pos);
                        if (c == '"') {
                            if (pos + 1 < n && text.charAt(pos + 1) == '"') {
                                quoted.append('"');
                                pos += 2;
                                continue;
                            }
                            pos++;
                            break;
                        }
                        if (c == '\r') {
                            line++;
                            if (pos + 1 < n && text.charAt(pos + 1) == '\n') {
                                quoted.append("\r\n");
                                pos += 2;
                                continue;
                            }
                        } else if (c == '\n') {
                            line++;
                        }
                        quoted.append(c);
                        pos++;
                    }
                    while (pos < n) {
                        char c = text.charAt(pos);
                        if (c == separator || c == '\n' || c == '\r') {
                            break;
                        }
                        if (!Character.isWhitespace(c)) {
                            throw quoteError(name, recordLine, skippedLines, "text after a closing quote");
                        }
                        pos++;
                    }
                    if (!quoted.isEmpty()) {
                        String v = quoted.toString();
                        value = v.isBlank() ? null : v.strip();
                    }
                } else {
                    int first = pos;
                    while (pos < n) {
                        char c = text.charAt(pos);
                        if (c == separator || c == '\n' || c == '\r') {
                            break;
                        }
                        pos++;
                    }
                    int last = pos;
                    while (last > first && Character.isWhitespace(text.charAt(last - 1))) {
                        last--;
                    }
                    if (last > first) {
                        value = text.substring(first, last);
                    }
                }
                if (value != null) {
                    int control = firstControl(value);
                    if (control >= 0) {
                        controls.add(new ControlChar(number, field, control));
                    }
                    cells.add(new SheetCell(field, SheetCell.Kind.TEXT, value));
                }
                field++;
                // what ends the value: a separator (another value follows), a line break or the end
                if (pos >= n) {
                    recordEnds = true;
                } else {
                    char c = text.charAt(pos++);
                    if (c == '\r') {
                        line++;
                        if (pos < n && text.charAt(pos) == '\n') {
                            pos++;
                        }
                        recordEnds = true;
                    } else if (c == '\n') {
                        line++;
                        recordEnds = true;
                    }
                }
            }
            if (cells.isEmpty()) {
                continue; // a blank record
            }
            rows.add(SheetRow.of(number, cells));
            fieldCounts.add(field);
            if (rows.size() > maxRows) {
                throw new DomainException("importing.error.tooManyRows", name, Formats.integer(maxRows), kind);
            }
            if ((rows.size() & 255) == 0) {
                progress.update(rows.size(), 0, I18n.text("importing.progress.reading", rows.size()));
            }
        }
        return new Table(encoding, separator, rows, fieldCounts, controls, unterminated);
    }

    private static DomainException quoteError(String name, long lineBefore, int skippedLines, String what) {
        LOG.info("CSV file {} cannot be parsed after line {}: {}", name, lineBefore, what);
        return new DomainException("importing.error.csvQuote", name, lineBefore + 1 + skippedLines);
    }

    private static int firstControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Cells.isControl(c)) {
                return c;
            }
        }
        return -1;
    }
}
