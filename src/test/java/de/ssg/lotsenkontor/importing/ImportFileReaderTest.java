package de.ssg.lotsenkontor.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.common.Progress;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lists read from CSV files and workbooks, with what goes wrong in single rows named by row and column. */
class ImportFileReaderTest {

    private static final ImportFileReader.Rules RULES = new ImportFileReader.Rules(
            t -> List.of("datum", "betrag", "name", "text").contains(t.toLowerCase()), 10, 1000, 1 << 20,
            "Testliste", "„Datum“, „Betrag“");

    @TempDir
    Path dir;

    private ImportFile read(Path file) {
        return ImportFileReader.read(file, null, RULES, Progress.NONE);
    }

    @Test
    void aControlCharacterIsReportedWithRowAndColumnAndTheOtherRowsStay() throws Exception {
        Path file = Files.writeString(dir.resolve("liste.csv"),
                "Liste vom März\n\nName;Betrag;Text\nFrieda;12,50;Papier\nBruno;7;Stif\u0001te\nPaul;1;Kaffee\n");
        ImportFile f = read(file);

        assertThat(f.headerRow()).isEqualTo(3);
        assertThat(f.rows()).hasSize(3);
        assertThat(f.readProblems(4)).isEmpty();
        assertThat(f.readProblems(5)).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo(2);
            assertThat(p.text()).isEqualTo("Zeile 5, Spalte C („Text“): enthält ein Steuerzeichen (U+0001), das in"
                    + " keiner Angabe stehen darf; bitte entfernen Sie es in der Datei");
        });
    }

    @Test
    void aLastLineCutOffIsReportedNotTakenAsComplete() throws Exception {
        Path file = Files.writeString(dir.resolve("abgeschnitten.csv"), "Datum;Betrag;Text\r\n01.03.2025;12,50;Papier"
                + "\r\n02.03.2025;7");
        ImportFile f = read(file);
        assertThat(f.rows()).hasSize(2);
        assertThat(f.readProblems(2)).isEmpty();
        assertThat(f.readProblems(3)).singleElement().satisfies(p -> assertThat(p.text()).isEqualTo(
                "Zeile 3: Die Zeile ist unvollständig: Die Datei endet mitten in ihr (2 von 3 Spalten). Sie wird nicht"
                        + " übernommen; bitte prüfen Sie, ob die Datei vollständig ist"));
        // a complete last line without a line break is fine
        Path complete = Files.writeString(dir.resolve("komplett.csv"), "Datum;Betrag;Text\n01.03.2025;12,50;Papier");
        assertThat(read(complete).readProblems()).isEmpty();
    }

    @Test
    void aWorkbookInThe1904DateSystemGivesTheRightDates() throws Exception {
        Path file = dir.resolve("mac.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var ct = wb.getCTWorkbook();
            (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
            Sheet sheet = wb.createSheet("Buchungen");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Datum");
            header.createCell(1).setCellValue("Betrag");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(LocalDate.of(2025, 3, 1)); // POI writes the 1904 day number
            row.getCell(0).setCellStyle(date);
            row.createCell(1).setCellValue(12.5);
            wb.write(out);
        }
        ImportFile f = read(file);
        assertThat(f.date1904()).isTrue();
        assertThat(f.rows().get(0).cell(0).text()).isEqualTo("44255.0");
        assertThat(Cells.date(f.rows().get(0).cell(0), f.date1904())).contains(LocalDate.of(2025, 3, 1));

        Path normal = dir.resolve("windows.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(normal)) {
            Row header = wb.createSheet("Buchungen").createRow(0);
            header.createCell(0).setCellValue("Datum");
            header.createCell(1).setCellValue("Betrag");
            wb.getSheet("Buchungen").createRow(1).createCell(0).setCellValue(LocalDate.of(2025, 3, 1));
            wb.write(out);
        }
        ImportFile w = read(normal);
        assertThat(w.date1904()).isFalse();
        assertThat(Cells.date(w.rows().get(0).cell(0), w.date1904())).contains(LocalDate.of(2025, 3, 1));
    }

    @Test
    void aControlCharacterInAWorkbookCellIsReportedWithSheetRowAndColumn() throws Exception {
        Path file = dir.resolve("liste.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("März");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Name");
            header.createCell(1).setCellValue("Text");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("Frieda");
            // Excel writes a control character escaped, as XML cannot hold it
            row.createCell(1).setCellValue("Pa_x0007_pier");
            wb.write(out);
        }
        ImportFile f = read(file);
        assertThat(f.readProblems(2)).singleElement().satisfies(p -> assertThat(p.located())
                .isEqualTo("Tabelle März, Zeile 2, Spalte B („Text“): enthält ein Steuerzeichen (U+0007), das in keiner"
                        + " Angabe stehen darf; bitte entfernen Sie es in der Datei"));
    }

    @Test
    void aFileWithoutHeaderGetsTheFeaturesExampleTitles() throws Exception {
        assertThatThrownBy(() -> read(Files.writeString(dir.resolve("x.csv"), "Liste vom März\n", StandardCharsets.UTF_8)))
                .hasMessage("In der Datei x.csv fehlt eine Kopfzeile mit Spaltenüberschriften (zum Beispiel „Datum“,"
                        + " „Betrag“).");
    }
}
