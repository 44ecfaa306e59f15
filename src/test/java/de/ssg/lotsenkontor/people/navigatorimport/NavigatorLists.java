package de.ssg.lotsenkontor.people.navigatorimport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Navigator lists as the office writes them, built by tests (no binary fixtures in the
 * repository): workbooks with POI (texts, numbers and real date cells, several sheets, title rows
 * and gaps) and CSV files in any character set.
 */
public final class NavigatorLists {

    /** A workbook being described: sheets of rows; a row is a list of cell values (null = empty cell). */
    public static final class Workbook {
        private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        private List<List<Object>> current;

        public Workbook sheet(String name) {
            current = new ArrayList<>();
            sheets.put(name, current);
            return this;
        }

        /** Adds a row; no arguments give an empty row. Values: String, Number, LocalDate (a real date cell). */
        public Workbook row(Object... values) {
            if (current == null) {
                sheet("Navigatoren");
            }
            current.add(Arrays.asList(values));
            return this;
        }

        public Path write(Path file) throws IOException {
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                CellStyle date = wb.createCellStyle();
                date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
                for (Map.Entry<String, List<List<Object>>> e : sheets.entrySet()) {
                    Sheet sheet = wb.createSheet(e.getKey());
                    int r = 0;
                    for (List<Object> values : e.getValue()) {
                        Row row = sheet.createRow(r++);
                        for (int c = 0; c < values.size(); c++) {
                            Object v = values.get(c);
                            if (v == null) {
                                continue;
                            }
                            Cell cell = row.createCell(c);
                            if (v instanceof Number n) {
                                cell.setCellValue(n.doubleValue());
                            } else if (v instanceof LocalDate d) {
                                cell.setCellValue(d);
                                cell.setCellStyle(date);
                            } else {
                                cell.setCellValue(v.toString());
                            }
                        }
                    }
                }
                wb.write(out);
            }
            return file;
        }
    }

    private NavigatorLists() {
    }

    public static Workbook workbook() {
        return new Workbook();
    }

    /** Writes {@code lines} joined by CRLF (as Excel does) in {@code charset}, with a UTF-8 byte-order mark if asked. */
    public static Path csv(Path file, Charset charset, boolean bom, String... lines) throws IOException {
        byte[] text = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
        byte[] out = text;
        if (bom) {
            out = new byte[text.length + 3];
            out[0] = (byte) 0xEF;
            out[1] = (byte) 0xBB;
            out[2] = (byte) 0xBF;
            System.arraycopy(text, 0, out, 3, text.length);
        }
        return Files.write(file, out);
    }

    /**
     * A realistic list: a title row, an empty row, the header, four navigators (the third with an
     * invalid e-mail address, the fourth after an empty row) in different spellings of
     * municipality, status and date.
     */
    public static Path typical(Path file) throws IOException {
        return workbook().sheet("Navigatoren 2025")
                .row("Digital-Navigatoren Landkreis Bautzen, Stand März 2025")
                .row()
                .row("Nachname", "Vorname", "Kommune", "Fachbereich", "E-Mail", "Telefon", "Status", "seit")
                .row("Fiktiv", "Frieda", "Bautzen / Budyšin, Stadt", "Hauptamt", "frieda.fiktiv@bautzen.example",
                        "03591 123-456", "aktiv", LocalDate.of(2025, 3, 1))
                .row("Beispiel", "Bruno", "Kamenz", "Bürgeramt", "bruno@kamenz.example", null, "in Qualifizierung",
                        "15.04.2025")
                .row("Muster", "Marta", "Hoyerswerda / Wojerecy", null, "marta@hoyerswerda", null, null, null)
                .row()
                .row("Probe", "Paul", "Görlitz", "IT", "paul.probe@goerlitz.example", "+49 3581 67-0", "AKTIV",
                        "2024-09-01")
                .write(file);
    }
}
