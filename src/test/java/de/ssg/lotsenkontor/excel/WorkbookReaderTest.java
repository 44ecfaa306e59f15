package de.ssg.lotsenkontor.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookReaderTest {

    @TempDir
    Path dir;

    private Path workbook() throws Exception {
        Path file = dir.resolve("mappe.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Erste").createRow(0).createCell(0).setCellValue("nur Text");
            Sheet sheet = wb.createSheet("Daten 2023");
            Row r1 = sheet.createRow(0);
            r1.createCell(0).setCellValue("01");
            r1.createCell(2).setCellValue(5.0599999999999996);
            r1.createCell(3).setCellValue(true);
            r1.createCell(27).setCellFormula("1+1");
            XSSFRichTextString rich = new XSSFRichTextString("Satz-\nart");
            rich.applyFont(0, 4, wb.createFont());
            sheet.createRow(4).createCell(1).setCellValue(rich);
            for (int i = 5; i < 100; i++) {
                sheet.createRow(i).createCell(0).setCellValue(i);
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        return file;
    }

    @Test
    void readsSheetsAndRawValuesRowByRow() throws Exception {
        try (WorkbookReader wb = WorkbookReader.open(workbook())) {
            assertThat(wb.sheets()).extracting(WorkbookReader.Sheet::name).containsExactly("Erste", "Daten 2023");
            List<SheetRow> rows = new ArrayList<>();
            wb.read(wb.sheets().get(1), row -> {
                rows.add(row);
                return row.number() < 10;
            });
            assertThat(rows).extracting(SheetRow::number).startsWith(1, 5, 6).endsWith(10);
            SheetRow first = rows.get(0);
            assertThat(first.cell(0)).isEqualTo(new SheetCell(0, SheetCell.Kind.TEXT, "01"));
            assertThat(first.cell(1)).isNull();
            assertThat(first.cell(2).kind()).isEqualTo(SheetCell.Kind.NUMBER);
            assertThat(new java.math.BigDecimal(first.cell(2).text())).isEqualByComparingTo("5.06");
            assertThat(first.cell(3)).isEqualTo(new SheetCell(3, SheetCell.Kind.BOOLEAN, "TRUE"));
            assertThat(new java.math.BigDecimal(first.cell(27).text())).isEqualByComparingTo("2"); // a formula's cached result
            assertThat(first.cell(27).columnLetter()).isEqualTo("AB");
            assertThat(rows.get(1).text(1)).isEqualTo("Satz-\nart"); // rich text runs joined
        }
    }

    @Test
    void columnLettersAndReferences() {
        assertThat(SheetCell.columnLetter(0)).isEqualTo("A");
        assertThat(SheetCell.columnLetter(25)).isEqualTo("Z");
        assertThat(SheetCell.columnLetter(26)).isEqualTo("AA");
        assertThat(SheetCell.columnOf("J10")).isEqualTo(9);
        assertThat(SheetCell.columnOf("AB3")).isEqualTo(27);
    }

    @Test
    void refusesAMissingFile() {
        assertThatThrownBy(() -> WorkbookReader.open(dir.resolve("fehlt.xlsx")))
                .isInstanceOf(WorkbookReadException.class).hasMessageContaining("fehlt.xlsx wurde nicht gefunden");
    }

    @Test
    void refusesAnEmptyFile() throws Exception {
        assertThatThrownBy(() -> WorkbookReader.open(BadWorkbooks.empty(dir)))
                .isInstanceOf(WorkbookReadException.class).hasMessageStartingWith("Die Datei leer.xlsx ist leer");
    }

    @Test
    void refusesATextFile() throws Exception {
        assertThatThrownBy(() -> WorkbookReader.open(BadWorkbooks.text(dir)))
                .isInstanceOf(WorkbookReadException.class)
                .hasMessage("Die Datei gemeinden.xlsx ist keine Excel-Arbeitsmappe (.xlsx).");
    }

    @Test
    void refusesCutOffFilesWhereverTheCutIs() throws Exception {
        Path good = workbook();
        for (double fraction : new double[] {0.001, 0.3, 0.6, 0.95, 0.999}) {
            assertThatThrownBy(() -> WorkbookReader.open(BadWorkbooks.truncated(good, dir, fraction)))
                    .as("cut at %s", fraction)
                    .isInstanceOf(WorkbookReadException.class)
                    .hasMessageContaining("abgeschnitten.xlsx");
        }
        assertThatThrownBy(() -> WorkbookReader.open(BadWorkbooks.truncated(good, dir, 0.6)))
                .hasMessageContaining("ist unvollständig oder beschädigt");
    }

    @Test
    void refusesAnEncryptedWorkbook() throws Exception {
        assertThatThrownBy(() -> WorkbookReader.open(BadWorkbooks.encrypted(workbook(), dir)))
                .isInstanceOf(WorkbookReadException.class)
                .hasMessageStartingWith("Die Arbeitsmappe geschuetzt.xlsx ist mit einem Kennwort geschützt");
    }

    @Test
    void refusesAnOldXlsWorkbookWithAHint() throws Exception {
        assertThatThrownBy(() -> WorkbookReader.open(BadWorkbooks.xls(dir)))
                .isInstanceOf(WorkbookReadException.class)
                .hasMessageContaining("alten Excel-Format (.xls")
                .hasMessageContaining("als Excel-Arbeitsmappe (.xlsx)");
    }

    @Test
    void refusesAWordDocument() throws Exception {
        Path docx = dir.resolve("brief.xlsx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("Sehr geehrte Damen und Herren");
            doc.write(out);
        }
        assertThatThrownBy(() -> WorkbookReader.open(docx))
                .isInstanceOf(WorkbookReadException.class)
                .hasMessage("Die Datei brief.xlsx ist keine Excel-Arbeitsmappe (.xlsx).");
    }
}
