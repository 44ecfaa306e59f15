package de.ssg.lotsenkontor.importing;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.excel.SheetRow;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A list as read from a file, before any checking: the titles of its header row and the
 * non-empty rows below it, with their row numbers as the user sees them (Excel's row number, or
 * the CSV file's line), and the problems found while reading single rows (control characters,
 * a last line cut off), for the feature's check to report with its own.
 *
 * @param sheetName    the sheet read (workbooks only; null for CSV)
 * @param sheetNames   every sheet of the workbook, for choosing another (empty for CSV)
 * @param encoding     the character set a CSV file was read with (null for workbooks)
 * @param separator    the separator of a CSV file (null for workbooks)
 * @param headerRow    the row (line) number of the header
 * @param headers      the column titles by 0-based column; blank for a column without title
 * @param date1904     whether the workbook counts dates from 1904
 * @param readProblems problems found while reading, by row number
 */
public record ImportFile(
        Path path,
        String fileName,
        Format format,
        String sheetName,
        List<String> sheetNames,
        String encoding,
        Character separator,
        int headerRow,
        List<String> headers,
        List<SheetRow> rows,
        boolean date1904,
        Map<Integer, List<RowProblem>> readProblems) {

    /** How the file is written. */
    public enum Format {
        XLSX, CSV
    }

    public ImportFile {
        sheetNames = List.copyOf(sheetNames);
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        readProblems = Map.copyOf(readProblems);
    }

    /** A file without reading problems in the 1900 date system (tests, callers that build rows). */
    public ImportFile(Path path, String fileName, Format format, String sheetName, List<String> sheetNames,
            String encoding, Character separator, int headerRow, List<String> headers, List<SheetRow> rows) {
        this(path, fileName, format, sheetName, sheetNames, encoding, separator, headerRow, headers, rows, false,
                Map.of());
    }

    /** How many columns the header names (or the widest row fills). */
    public int columnCount() {
        int width = headers.size();
        for (SheetRow r : rows) {
            width = Math.max(width, r.width());
        }
        return width;
    }

    /** The title of a column, or empty when it has none. */
    public String header(int column) {
        return column >= 0 && column < headers.size() ? headers.get(column) : "";
    }

    /** A column as the user finds it in the file: {@code D („E-Mail“)}, or just {@code D} without title. */
    public String columnLabel(int column) {
        return RowProblem.label(column, header(column));
    }

    /** A problem in {@code column} (-1: the whole row) of {@code row}, named as the user finds it. */
    public RowProblem problem(int row, int column, String reason) {
        return column < 0 ? RowProblem.ofRow(sheetName, row, reason)
                : new RowProblem(sheetName, row, column, header(column), reason);
    }

    /** The problems found in {@code row} while reading; empty for most rows. */
    public List<RowProblem> readProblems(int row) {
        return readProblems.getOrDefault(row, List.of());
    }

    /** The source in one line: file, sheet or CSV details, header row. */
    public String describe() {
        if (format == Format.CSV) {
            return I18n.text("importing.source.csv", fileName, encoding, separatorName(), headerRow);
        }
        return I18n.text("importing.source.xlsx", fileName, sheetName, headerRow);
    }

    private String separatorName() {
        if (separator == null) {
            return "";
        }
        return switch (separator) {
            case '\t' -> I18n.text("importing.separator.tab");
            case ';' -> I18n.text("importing.separator.semicolon");
            case ',' -> I18n.text("importing.separator.comma");
            default -> "„" + separator + "“";
        };
    }
}
