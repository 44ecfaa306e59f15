package de.ssg.lotsenkontor.funding.expenseimport;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.importing.ColumnMapping;
import de.ssg.lotsenkontor.importing.ImportFile;
import de.ssg.lotsenkontor.importing.ImportFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an expense file through the shared {@link ImportFileReader} (CSV in any of its encodings
 * and separators, or an .xlsx workbook, whatever its name says). A CSV file whose first line is a
 * DATEV metadata line ({@code EXTF} or {@code DTVF}) is a DATEV file: that line is read for the
 * header, the column titles are the second line. At most {@value #MAX_ROWS} rows.
 */
public final class ExpenseFileReader {

    /** The header must be among this many non-empty rows. */
    static final int HEADER_SEARCH_ROWS = 20;
    /** More rows than this are no year's bookings of an office (it has about 3,000). */
    public static final int MAX_ROWS = 150_000;
    /** Larger CSV files are refused before being read into memory. */
    static final long MAX_CSV_BYTES = 96L << 20;

    private ExpenseFileReader() {
    }

    /** Reads {@code file}; {@code sheet} is the sheet of a workbook, null for the first with a header. */
    public static ExpenseFile read(Path file, String sheet, Progress progress) {
        ImportFile read = ImportFileReader.read(file, sheet, rules(), progress);
        DatevHeader header = null;
        if (read.format() == ImportFile.Format.CSV) {
            List<String> first = firstLine(file, read.separator() == null ? ';' : read.separator());
            if (DatevHeader.isDatev(first)) {
                header = DatevHeader.parse(first, read.fileName());
                if (read.headerRow() != 2 && read.headerRow() != 3) {
                    throw new DomainException("expimport.error.datevTitles", read.fileName());
                }
            }
        }
        return new ExpenseFile(read, header);
    }

    static ImportFileReader.Rules rules() {
        return new ImportFileReader.Rules(t -> ColumnMapping.recognizes(ExpenseField.class, t), HEADER_SEARCH_ROWS,
                MAX_ROWS, MAX_CSV_BYTES, I18n.text("expimport.kind"), I18n.text("expimport.exampleTitles"));
    }

    /** The fields of the file's first line, decoded as UTF-8 when valid, else Windows-1252. */
    static List<String> firstLine(Path file, char separator) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1 << 16);
        } catch (IOException e) {
            return List.of();
        }
        int start = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB
                && (head[2] & 0xff) == 0xBF ? 3 : 0;
        int end = start;
        while (end < head.length && head[end] != '\n' && head[end] != '\r') {
            end++;
        }
        String line;
        try {
            line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            line = new String(head, start, end - start, Charset.forName("windows-1252"));
        }
        return split(line, separator);
    }

    /** One CSV line split at {@code separator}, quotes removed ({@code ""} inside a quote is one quote). */
    static List<String> split(String line, char separator) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
