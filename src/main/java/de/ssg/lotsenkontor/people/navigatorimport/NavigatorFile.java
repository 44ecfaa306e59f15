package de.ssg.lotsenkontor.people.navigatorimport;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.excel.SheetCell;
import de.ssg.lotsenkontor.excel.SheetRow;
import java.nio.file.Path;
import java.util.List;

/**
 * A navigator list as read from a file, before any checking: the titles of its header row and
 * the non-empty rows below it, with their row numbers as the user sees them (Excel's row number,
 * or the CSV file's line).
 *
 * @param sheetName  the sheet read (workbooks only; null for CSV)
 * @param sheetNames every sheet of the workbook, for choosing another (empty for CSV)
 * @param encoding   the character set a CSV file was read with (null for workbooks)
 * @param separator  the separator of a CSV file (null for workbooks)
 * @param headerRow  the row (line) number of the header
 * @param headers    the column titles by 0-based column; blank for a column without title
 */
public record NavigatorFile(
        Path path,
        String fileName,
        Format format,
        String sheetName,
        List<String> sheetNames,
        String encoding,
        Character separator,
        int headerRow,
        List<String> headers,
        List<SheetRow> rows) {

    /** How the file is written. */
    public enum Format {
        XLSX, CSV
    }

    public NavigatorFile {
        sheetNames = List.copyOf(sheetNames);
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
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
        String title = header(column);
        String letter = SheetCell.columnLetter(column);
        return title.isBlank() ? letter : I18n.text("navimport.column", letter, title);
    }

    /** The source in one line: file, sheet or CSV details, header row. */
    public String describe() {
        if (format == Format.CSV) {
            return I18n.text("navimport.source.csv", fileName, encoding, separatorName(), headerRow);
        }
        return I18n.text("navimport.source.xlsx", fileName, sheetName, headerRow);
    }

    private String separatorName() {
        if (separator == null) {
            return "";
        }
        return switch (separator) {
            case '\t' -> I18n.text("navimport.separator.tab");
            case ';' -> I18n.text("navimport.separator.semicolon");
            case ',' -> I18n.text("navimport.separator.comma");
            default -> "„" + separator + "“";
        };
    }
}
