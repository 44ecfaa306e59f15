package de.ssg.lotsenkontor.people.navigatorimport;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.importing.ImportFile;
import de.ssg.lotsenkontor.importing.ImportFileReader;
import java.nio.file.Path;

/**
 * Reads a navigator list through the shared {@link ImportFileReader} (Excel workbook or CSV,
 * whatever its name says): the header is the first row with two titles that name a navigator
 * field; at most {@value #MAX_ROWS} rows, CSV files at most 64 MB.
 */
public final class NavigatorFileReader {

    /** The header must be among this many non-empty rows. */
    static final int HEADER_SEARCH_ROWS = 30;
    /** More data rows than this are no navigator list (the programme has a few hundred). */
    static final int MAX_ROWS = 50_000;
    /** Larger CSV files are refused before being read into memory. */
    static final long MAX_CSV_BYTES = 64L << 20;

    private NavigatorFileReader() {
    }

    /**
     * Reads {@code file}.
     *
     * @param sheet the sheet of a workbook to read; null for the first one with a header
     */
    public static ImportFile read(Path file, String sheet, Progress progress) {
        return ImportFileReader.read(file, sheet, rules(), progress);
    }

    static ImportFileReader.Rules rules() {
        return new ImportFileReader.Rules(NavigatorColumns::recognizes, HEADER_SEARCH_ROWS, MAX_ROWS, MAX_CSV_BYTES,
                I18n.text("navimport.kind"), I18n.text("navimport.exampleTitles"));
    }
}
