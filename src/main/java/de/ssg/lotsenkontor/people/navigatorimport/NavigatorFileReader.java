package de.ssg.lotsenkontor.people.navigatorimport;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.excel.SheetCell;
import de.ssg.lotsenkontor.excel.SheetRow;
import de.ssg.lotsenkontor.excel.WorkbookReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a navigator list from an Excel workbook (.xlsx, through the shared streaming reader) or
 * a CSV file, whatever its name says: the content decides. For a CSV file the character set
 * (UTF-8 with or without byte-order mark, UTF-16 with one, else Windows-1252), the separator
 * ({@code ;}, {@code ,} or tab; an Excel "sep=" line is honoured) and quoting are found out.
 *
 * <p>The header is the first row with at least two titles that name a navigator field, else the
 * first row with at least two texts; title rows above it and empty rows anywhere are skipped. A
 * workbook is read from its first sheet with such a header unless a sheet is chosen.
 *
 * <p>Files that cannot be read get a German message naming the file and the reason, never a
 * stack trace: missing, empty, cut off, password-protected, old .xls, neither workbook nor text,
 * a quote that never closes, no header row, far too many rows.
 */
public final class NavigatorFileReader {

    private static final Logger LOG = LoggerFactory.getLogger(NavigatorFileReader.class);

    /** The header must be among this many non-empty rows. */
    static final int HEADER_SEARCH_ROWS = 30;
    /** More data rows than this are no navigator list (the programme has a few hundred). */
    static final int MAX_ROWS = 50_000;
    /** Larger CSV files are refused before being read into memory. */
    static final long MAX_CSV_BYTES = 64L << 20;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] SEPARATORS = {';', ',', '\t'};
    /** Rows looked at to choose the separator. */
    private static final int SNIFF_RECORDS = 50;

    private NavigatorFileReader() {
    }

    /**
     * Reads {@code file}.
     *
     * @param sheet the sheet of a workbook to read; null for the first one with a header
     */
    public static NavigatorFile read(Path file, String sheet, Progress progress) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] head = head(file, name);
        if (isZip(head) || isOle2(head)) {
            return readWorkbook(file, sheet, progress);
        }
        return readCsv(file, name, progress);
    }

    // ------------------------------------------------------------------ container

    /** The first bytes, after checking that the file exists and is not empty. */
    private static byte[] head(Path file, String name) {
        if (Files.isDirectory(file)) {
            throw new DomainException("workbook.error.notFound", file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            if (head.length == 0) {
                throw new DomainException("navimport.error.empty", name);
            }
            return head;
        } catch (NoSuchFileException e) {
            throw new DomainException(e, "workbook.error.notFound", file);
        } catch (IOException e) {
            throw new DomainException(e, "workbook.error.unreadable", file, e.getMessage());
        }
    }

    private static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5 || head[2] == 7);
    }

    private static boolean isOle2(byte[] head) {
        return head.length >= 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xE0;
    }

    // ------------------------------------------------------------------ workbook

    private static NavigatorFile readWorkbook(Path file, String wanted, Progress progress) {
        try (WorkbookReader workbook = WorkbookReader.open(file)) {
            List<String> names = workbook.sheets().stream().map(WorkbookReader.Sheet::name).toList();
            List<WorkbookReader.Sheet> candidates = workbook.sheets();
            if (wanted != null) {
                candidates = workbook.sheets().stream().filter(s -> s.name().equals(wanted)).toList();
                if (candidates.isEmpty()) {
                    throw new DomainException("navimport.error.noSuchSheet", workbook.fileName(), wanted,
                            quoted(names));
                }
            }
            boolean anyData = false;
            for (WorkbookReader.Sheet sheet : candidates) {
                List<SheetRow> rows = new ArrayList<>();
                workbook.read(sheet, row -> {
                    if (!row.isEmpty()) {
                        rows.add(row);
                        if (rows.size() > MAX_ROWS + HEADER_SEARCH_ROWS) {
                            throw new DomainException("navimport.error.tooManyRows", workbook.fileName(),
                                    Formats.integer(MAX_ROWS));
                        }
                        if ((rows.size() & 255) == 0) {
                            progress.update(rows.size(), 0, I18n.text("navimport.progress.reading", rows.size()));
                        }
                    }
                    return true;
                });
                anyData |= !rows.isEmpty();
                int header = headerIndex(rows);
                if (header < 0) {
                    continue;
                }
                NavigatorFile result = new NavigatorFile(file, workbook.fileName(), NavigatorFile.Format.XLSX,
                        sheet.name(), names, null, null, rows.get(header).number(), titles(rows.get(header)),
                        rows.subList(header + 1, rows.size()));
                LOG.info("Read {} rows of navigators from {} / {}", result.rows().size(), workbook.fileName(),
                        sheet.name());
                return result;
            }
            if (wanted != null) {
                throw new DomainException(anyData ? "navimport.error.noHeaderSheet" : "navimport.error.emptySheet",
                        workbook.fileName(), wanted);
            }
            throw new DomainException(anyData ? "navimport.error.noHeader" : "navimport.error.noData",
                    workbook.fileName());
        }
    }

    private static String quoted(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            out.add("„" + n + "“");
        }
        return String.join(", ", out);
    }

    /**
     * The index of the header among {@code rows}: the first row with two titles that name a
     * navigator field, else the first with two texts; -1 when there is none.
     */
    static int headerIndex(List<SheetRow> rows) {
        int limit = Math.min(rows.size(), HEADER_SEARCH_ROWS);
        for (int i = 0; i < limit; i++) {
            int known = 0;
            for (SheetCell c : rows.get(i).cells()) {
                if (c.kind() == SheetCell.Kind.TEXT && !c.isBlank() && ColumnMapping.recognizes(c.text())) {
                    known++;
                }
            }
            if (known >= 2) {
                return i;
            }
        }
        for (int i = 0; i < limit; i++) {
            int texts = 0;
            for (SheetCell c : rows.get(i).cells()) {
                if (c.kind() == SheetCell.Kind.TEXT && !c.isBlank()) {
                    texts++;
                }
            }
            if (texts >= 2) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> titles(SheetRow header) {
        List<String> titles = new ArrayList<>(header.width());
        for (int c = 0; c < header.width(); c++) {
            String t = header.text(c);
            titles.add(t == null ? "" : t.replaceAll("\\s+", " "));
        }
        return titles;
    }

    // ------------------------------------------------------------------ CSV

    private static NavigatorFile readCsv(Path file, String name, Progress progress) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_CSV_BYTES) {
                throw new DomainException("navimport.error.tooLarge", name, MAX_CSV_BYTES >> 20);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DomainException(e, "workbook.error.unreadable", file, e.getMessage());
        }
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
        List<SheetRow> rows = parse(text, separator, name, skippedLines, progress);
        if (rows.isEmpty()) {
            throw new DomainException("navimport.error.noData", name);
        }
        int header = headerIndex(rows);
        if (header < 0) {
            throw new DomainException("navimport.error.noHeader", name);
        }
        NavigatorFile result = new NavigatorFile(file, name, NavigatorFile.Format.CSV, null, List.of(),
                decoded.charset(), separator, rows.get(header).number(), titles(rows.get(header)),
                rows.subList(header + 1, rows.size()));
        LOG.info("Read {} rows of navigators from {} ({}, separator {})", result.rows().size(), name,
                decoded.charset(), separator == '\t' ? "tab" : String.valueOf(separator));
        return result;
    }

    /** The text of a CSV file and the name of the character set it was written in. */
    record Decoded(String text, String charset) {
    }

    /**
     * Finds the character set: a byte-order mark says it; else UTF-8 when the bytes are valid
     * UTF-8, else Windows-1252 (what Excel writes as "CSV (Trennzeichen-getrennt)" on a German
     * Windows). Refuses binary content.
     */
    static Decoded decode(byte[] bytes, String name) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new Decoded(strictly(bytes, 3, StandardCharsets.UTF_8, name), "UTF-8");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new Decoded(strictly(bytes, 2, StandardCharsets.UTF_16LE, name), "UTF-16");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new Decoded(strictly(bytes, 2, StandardCharsets.UTF_16BE, name), "UTF-16");
        }
        if (!looksLikeText(bytes)) {
            throw new DomainException("navimport.error.notReadable", name);
        }
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, WINDOWS_1252), "Windows-1252");
        }
    }

    private static String strictly(byte[] bytes, int offset, Charset charset, String name) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new DomainException(e, "navimport.error.badEncoding", name, charset.name());
        }
    }

    /** No NUL bytes and hardly any other control characters: text, not a PDF or an image. */
    private static boolean looksLikeText(byte[] bytes) {
        int n = Math.min(bytes.length, 1 << 16);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        return control * 100 <= n;
    }

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

    /** All non-empty records as rows numbered by the line they start on. */
    private static List<SheetRow> parse(String text, char separator, String name, int skippedLines,
            Progress progress) {
        List<SheetRow> rows = new ArrayList<>();
        long lineBefore = 0;
        try (CSVParser parser = format(separator).parse(new StringReader(text))) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                lineBefore = parser.getCurrentLineNumber();
                if (!it.hasNext()) {
                    break;
                }
                CSVRecord r = it.next();
                if (isBlank(r)) {
                    continue;
                }
                List<SheetCell> cells = new ArrayList<>(r.size());
                for (int i = 0; i < r.size(); i++) {
                    String v = r.get(i);
                    if (v != null && !v.isBlank()) {
                        cells.add(new SheetCell(i, SheetCell.Kind.TEXT, v.strip()));
                    }
                }
                rows.add(SheetRow.of((int) lineBefore + 1 + skippedLines, cells));
                if (rows.size() > MAX_ROWS + HEADER_SEARCH_ROWS) {
                    throw new DomainException("navimport.error.tooManyRows", name, Formats.integer(MAX_ROWS));
                }
                if ((rows.size() & 255) == 0) {
                    progress.update(rows.size(), 0, I18n.text("navimport.progress.reading", rows.size()));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            LOG.info("CSV file {} cannot be parsed after line {}: {}", name, lineBefore, e.toString());
            throw new DomainException(e, "navimport.error.csvQuote", name, lineBefore + 1 + skippedLines);
        }
        return rows;
    }
}
