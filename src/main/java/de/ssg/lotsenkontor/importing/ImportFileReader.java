package de.ssg.lotsenkontor.importing;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.excel.SheetCell;
import de.ssg.lotsenkontor.excel.SheetRow;
import de.ssg.lotsenkontor.excel.WorkbookReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a list with a header row from an Excel workbook (.xlsx, through the shared streaming
 * reader) or a CSV file ({@link CsvReader}), whatever its name says: the content decides.
 *
 * <p>The header is the first row with at least two titles that the feature {@linkplain
 * Rules#recognizes recognizes}, else the first row with at least two texts; title rows above it
 * and empty rows anywhere are skipped. A workbook is read from its first sheet with such a
 * header unless a sheet is chosen.
 *
 * <p>Files that cannot be read get a German message naming the file and the reason, never a
 * stack trace: missing, empty, cut off, password-protected, old .xls, neither workbook nor text,
 * two character sets in one file, a quote that never closes, no header row, far too many rows.
 */
public final class ImportFileReader {

    private static final Logger LOG = LoggerFactory.getLogger(ImportFileReader.class);

    /**
     * What the feature expects of its files.
     *
     * @param recognizes       whether a title names one of the feature's fields
     * @param headerSearchRows the header must be among this many non-empty rows
     * @param maxRows          more data rows than this are refused
     * @param maxCsvBytes      larger CSV files are refused before being read into memory
     * @param kind             what the file should be, for messages: "Liste von Navigatoren"
     * @param exampleTitles    titles to name when there is no header: "„Vorname“, „Nachname“"
     */
    public record Rules(Predicate<String> recognizes, int headerSearchRows, int maxRows, long maxCsvBytes,
            String kind, String exampleTitles) {
    }

    private ImportFileReader() {
    }

    /**
     * Reads {@code file}.
     *
     * @param sheet the sheet of a workbook to read; null for the first one with a header
     */
    public static ImportFile read(Path file, String sheet, Rules rules, Progress progress) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] head = head(file, name);
        if (isZip(head) || isOle2(head)) {
            return readWorkbook(file, sheet, rules, progress);
        }
        return readCsv(file, name, rules, progress);
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
                throw new DomainException("importing.error.empty", name);
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

    private static ImportFile readWorkbook(Path file, String wanted, Rules rules, Progress progress) {
        try (WorkbookReader workbook = WorkbookReader.open(file)) {
            List<String> names = workbook.sheets().stream().map(WorkbookReader.Sheet::name).toList();
            List<WorkbookReader.Sheet> candidates = workbook.sheets();
            if (wanted != null) {
                candidates = workbook.sheets().stream().filter(s -> s.name().equals(wanted)).toList();
                if (candidates.isEmpty()) {
                    throw new DomainException("importing.error.noSuchSheet", workbook.fileName(), wanted,
                            quoted(names));
                }
            }
            boolean anyData = false;
            for (WorkbookReader.Sheet sheet : candidates) {
                List<SheetRow> rows = new ArrayList<>();
                workbook.read(sheet, row -> {
                    if (!row.isEmpty()) {
                        rows.add(row);
                        if (rows.size() > rules.maxRows() + rules.headerSearchRows()) {
                            throw new DomainException("importing.error.tooManyRows", workbook.fileName(),
                                    Formats.integer(rules.maxRows()), rules.kind());
                        }
                        if ((rows.size() & 255) == 0) {
                            progress.update(rows.size(), 0, I18n.text("importing.progress.reading", rows.size()));
                        }
                    }
                    return true;
                });
                anyData |= !rows.isEmpty();
                int header = headerIndex(rows, rules);
                if (header < 0) {
                    continue;
                }
                List<String> titles = titles(rows.get(header));
                Map<Integer, List<RowProblem>> problems = new HashMap<>();
                for (SheetRow row : rows.subList(header + 1, rows.size())) {
                    for (SheetCell c : row.cells()) {
                        int control = c.kind() == SheetCell.Kind.TEXT ? firstControl(c.text()) : -1;
                        if (control >= 0) {
                            add(problems, new RowProblem(sheet.name(), row.number(), c.column(),
                                    header(titles, c.column()), controlReason(control)));
                        }
                    }
                }
                ImportFile result = new ImportFile(file, workbook.fileName(), ImportFile.Format.XLSX, sheet.name(),
                        names, null, null, rows.get(header).number(), titles, rows.subList(header + 1, rows.size()),
                        workbook.date1904(), problems);
                LOG.info("Read {} rows from {} / {}", result.rows().size(), workbook.fileName(), sheet.name());
                return result;
            }
            if (wanted != null) {
                throw new DomainException(anyData ? "importing.error.noHeaderSheet" : "importing.error.emptySheet",
                        workbook.fileName(), wanted, rules.exampleTitles());
            }
            throw new DomainException(anyData ? "importing.error.noHeader" : "importing.error.noData",
                    workbook.fileName(), rules.exampleTitles());
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
     * field, else the first with two texts; -1 when there is none.
     */
    static int headerIndex(List<SheetRow> rows, Rules rules) {
        int limit = Math.min(rows.size(), rules.headerSearchRows());
        for (int i = 0; i < limit; i++) {
            int known = 0;
            for (SheetCell c : rows.get(i).cells()) {
                if (c.kind() == SheetCell.Kind.TEXT && !c.isBlank() && rules.recognizes().test(c.text())) {
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
            titles.add(t == null ? "" : t.replaceAll("[\\s\\p{Cc}]+", " ").strip());
        }
        return titles;
    }

    private static String header(List<String> titles, int column) {
        return column < titles.size() ? titles.get(column) : "";
    }

    // ------------------------------------------------------------------ CSV

    private static ImportFile readCsv(Path file, String name, Rules rules, Progress progress) {
        byte[] bytes;
        try {
            if (Files.size(file) > rules.maxCsvBytes()) {
                throw new DomainException("importing.error.tooLarge", name, rules.maxCsvBytes() >> 20, rules.kind());
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DomainException(e, "workbook.error.unreadable", file, e.getMessage());
        }
        CsvReader.Table table = CsvReader.read(bytes, name, rules.maxRows() + rules.headerSearchRows(), rules.kind(),
                progress);
        List<SheetRow> rows = table.rows();
        if (rows.isEmpty()) {
            throw new DomainException("importing.error.noData", name, rules.exampleTitles());
        }
        int header = headerIndex(rows, rules);
        if (header < 0) {
            throw new DomainException("importing.error.noHeader", name, rules.exampleTitles());
        }
        List<String> titles = titles(rows.get(header));
        int headerRow = rows.get(header).number();
        Map<Integer, List<RowProblem>> problems = new HashMap<>();
        for (CsvReader.ControlChar c : table.controlChars()) {
            if (c.row() > headerRow) {
                add(problems, new RowProblem(null, c.row(), c.column(), header(titles, c.column()),
                        controlReason(c.codePoint())));
            }
        }
        int last = rows.size() - 1;
        int headerFields = table.fieldCounts().get(header);
        if (table.unterminated() && last > header && table.fieldCounts().get(last) < headerFields) {
            // the file ends in the middle of its last line: a download or copy that was cut off
            add(problems, RowProblem.ofRow(null, rows.get(last).number(),
                    I18n.text("importing.reason.truncated", table.fieldCounts().get(last), headerFields)));
        }
        ImportFile result = new ImportFile(file, name, ImportFile.Format.CSV, null, List.of(), table.encoding(),
                table.separator(), headerRow, titles, rows.subList(header + 1, rows.size()), false, problems);
        LOG.info("Read {} rows from {} ({}, header in line {})", result.rows().size(), name, table.encoding(),
                headerRow);
        return result;
    }

    private static void add(Map<Integer, List<RowProblem>> problems, RowProblem p) {
        problems.computeIfAbsent(p.row(), r -> new ArrayList<>()).add(p);
    }

    private static String controlReason(int codePoint) {
        return I18n.text("importing.reason.control", String.format("U+%04X", codePoint));
    }

    private static int firstControl(String value) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Cells.isControl(value.charAt(i))) {
                return value.charAt(i);
            }
        }
        return -1;
    }
}
