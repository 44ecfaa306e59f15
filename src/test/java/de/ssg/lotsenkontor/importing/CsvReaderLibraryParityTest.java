package de.ssg.lotsenkontor.importing;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.excel.SheetCell;
import de.ssg.lotsenkontor.excel.SheetRow;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The CSV reader reads records by hand (for speed); it must read every file exactly as commons-csv
 * reads it with the format it used before: the same rows, row numbers, cells, field counts and
 * control characters, and the same refusal (with the same line) where the library refuses.
 * Checked on hand-picked cases and on 3,000 random files made of the characters that matter.
 */
class CsvReaderLibraryParityTest {

    @Test
    void readsHandPickedCasesAsTheLibraryDoes() {
        for (String text : List.of("a;b;c\n1;2;3\n", "a;b\r\n1;2", "a;b\r1;2\r", "a;b;\n;;\n\n  \n1; 2 ;3",
                "a;\"b;c\";d\n\"x\"\"y\";\"z\n w\";\n", "a;b\n\"1\"  ;2\n", "a;b\n\"1\"x;2\n", "a;b\n\"open;2\n3;4\n",
                "a;b\n 1 ab\" c;\"\"\n", "a\tb\n1\t 2\n", "a;b\n1;\u0007x\n", "Name;Betrag\nM\u00fcller;1,5\n\"\";\n",
                "a;b\n\"l1\r\nl2\";x\n3;4", "a;b\n  \"q\"  ;  \" \"  \n", ";\n;\n", "x")) {
            compare(text);
        }
    }

    @Test
    void readsRandomFilesAsTheLibraryDoes() {
        Random random = new Random(20261202);
        char[] alphabet = {'a', 'b', ';', ';', '"', ' ', '\n', '\r', '\t', ',', '\u00e4', '\u0007', 'x'};
        for (int i = 0; i < 3000; i++) {
            StringBuilder s = new StringBuilder("A;B;C\n");
            int length = random.nextInt(60);
            for (int k = 0; k < length; k++) {
                s.append(alphabet[random.nextInt(alphabet.length)]);
            }
            compare(s.toString());
        }
    }

    private static void compare(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Object expected;
        try {
            CsvReader.Decoded decoded = CsvReader.decode(bytes, "t.csv");
            expected = library(decoded.text(), CsvReader.separator(decoded.text()));
        } catch (DomainException e) {
            expected = "refused: " + e.getMessage();
        }
        Object actual;
        try {
            CsvReader.Table t = CsvReader.read(bytes, "t.csv", 1000, "Liste", Progress.NONE);
            actual = describe(t.rows(), t.fieldCounts(), t.controlChars());
        } catch (DomainException e) {
            actual = "refused: " + e.getMessage();
        }
        assertThat(actual).as("read of %s", text.replace("\r", "\\r").replace("\n", "\\n")).isEqualTo(expected);
    }

    /** The reading as it was done with commons-csv. */
    private static Object library(String text, char separator) {
        List<SheetRow> rows = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<CsvReader.ControlChar> controls = new ArrayList<>();
        long lineBefore = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setQuote('"')
                .setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                lineBefore = parser.getCurrentLineNumber();
                if (!it.hasNext()) {
                    break;
                }
                CSVRecord r = it.next();
                List<SheetCell> cells = new ArrayList<>();
                int number = (int) lineBefore + 1;
                for (int i = 0; i < r.size(); i++) {
                    String v = r.get(i);
                    if (v != null && !v.isBlank()) {
                        String value = v.strip();
                        for (int k = 0; k < value.length(); k++) {
                            if (Cells.isControl(value.charAt(k))) {
                                controls.add(new CsvReader.ControlChar(number, i, value.charAt(k)));
                                break;
                            }
                        }
                        cells.add(new SheetCell(i, SheetCell.Kind.TEXT, value));
                    }
                }
                if (cells.isEmpty()) {
                    continue;
                }
                rows.add(SheetRow.of(number, cells));
                counts.add(r.size());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return "refused: " + new DomainException("importing.error.csvQuote", "t.csv", lineBefore + 1).getMessage();
        }
        return describe(rows, counts, controls);
    }

    private static String describe(List<SheetRow> rows, List<Integer> counts, List<CsvReader.ControlChar> controls) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            s.append(rows.get(i).number()).append(' ').append(rows.get(i).cells()).append(" fields ")
                    .append(counts.get(i)).append('\n');
        }
        return s + "controls " + controls;
    }
}
