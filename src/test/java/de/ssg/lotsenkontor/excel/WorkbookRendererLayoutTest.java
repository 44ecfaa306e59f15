package de.ssg.lotsenkontor.excel;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.report.Computed;
import de.ssg.lotsenkontor.report.Formula;
import de.ssg.lotsenkontor.report.Highlight;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportFormat;
import de.ssg.lotsenkontor.report.ReportRenderers;
import de.ssg.lotsenkontor.report.ReportTable;
import de.ssg.lotsenkontor.report.TableLayout;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Computed cells, highlights, title and signature lines and page layout of a table sheet. */
class WorkbookRendererLayoutTest {

    @TempDir
    Path folder;

    @Test
    void computedCellsAreLiveFormulasWithTheirValueAndHighlightsAreFormulaRules() throws Exception {
        List<ReportTable.Column> columns = List.of(new ReportTable.Column("Position", ColumnType.TEXT, 20),
                new ReportTable.Column("Plan", ColumnType.MONEY, 12), new ReportTable.Column("Ist", ColumnType.MONEY, 12),
                new ReportTable.Column("Abweichung", ColumnType.MONEY, 12),
                new ReportTable.Column("%", ColumnType.PERCENT, 8));
        var b = ReportTable.builder("Nachweis", columns);
        b.values("A", new BigDecimal("100.00"), new BigDecimal("130.00"),
                new Computed(Formula.minus(Formula.cell(0, 2), Formula.cell(0, 1)), new BigDecimal("30.00")),
                new Computed(Formula.ratio(Formula.cell(0, 3), Formula.cell(0, 1)), new BigDecimal("0.3")));
        b.values("B", new BigDecimal("0.00"), new BigDecimal("0.00"),
                new Computed(Formula.minus(Formula.cell(1, 2), Formula.cell(1, 1)), new BigDecimal("0.00")),
                new Computed(Formula.ratio(Formula.cell(1, 3), Formula.cell(1, 1)), null));
        b.total("Summe", 1, 2, 3);
        b.layout(new TableLayout(List.of("Zahlenmäßiger Nachweis 2024", "Vertrag X"),
                List.of(new Highlight(0, 1, 0, 4, 4, new BigDecimal("0.20"), "über 20 %")),
                List.of("sachlich und rechnerisch richtig", "Ort, Datum", "Unterschrift"), true));
        Path file = folder.resolve("n.xlsx");
        ReportRenderers.render(Report.builder("Verwendungsnachweis 2024", LocalDate.of(2025, 1, 2))
                .subtitle("Programm · Vertrag X").table(b.build()).build(), ReportFormat.XLSX, file, null);

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = wb.getSheet("Nachweis");
            // title lines, an empty line, the headings in row 4 (index 3), data from row 5
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Zahlenmäßiger Nachweis 2024");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Position");
            assertThat(sheet.getRow(4).getCell(3).getCellFormula()).isEqualTo("(C5)-(B5)");
            assertThat(sheet.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(30.0);
            assertThat(sheet.getRow(4).getCell(4).getCellFormula()).isEqualTo("IF((B5)=0,\"\",(D5)/(B5))");
            assertThat(sheet.getRow(5).getCell(4).getCachedFormulaResultType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(6).getCell(1).getCellFormula()).isEqualTo("SUBTOTAL(9,B5:B6)");
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(eval.evaluate(sheet.getRow(4).getCell(4)).getNumberValue()).isEqualTo(0.3);
            assertThat(eval.evaluate(sheet.getRow(6).getCell(3)).getNumberValue()).isEqualTo(30.0);

            var cf = sheet.getSheetConditionalFormatting();
            assertThat(cf.getNumConditionalFormattings()).isEqualTo(1);
            assertThat(cf.getConditionalFormattingAt(0).getRule(0).getFormula1())
                    .isEqualTo("AND(ISNUMBER($E5),$E5>0.20)");
            assertThat(cf.getConditionalFormattingAt(0).getFormattingRanges()[0].formatAsString()).isEqualTo("A5:E6");

            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:4");
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getHeader().getLeft()).contains("Verwendungsnachweis 2024").contains("Programm · Vertrag X");
            assertThat(sheet.getFooter().getCenter()).contains("&P").contains("&N");
            // the signature lines below the table, after an empty row
            assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo("sachlich und rechnerisch richtig");
            assertThat(sheet.getRow(10).getCell(0).getStringCellValue()).isEqualTo("Ort, Datum");
            assertThat(sheet.getRow(10).getCell(1).getCellStyle().getBorderBottom())
                    .isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            assertThat(sheet.getRow(12).getCell(0).getStringCellValue()).isEqualTo("Unterschrift");
            assertThat(sheet.getRow(4).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"€\"");
        }
    }

    @Test
    void rowsToSignInAreHighAndTheirEmptyCellsFramed() throws Exception {
        List<ReportTable.Column> columns = List.of(new ReportTable.Column("Nr.", ColumnType.INTEGER, 5),
                new ReportTable.Column("Name", ColumnType.TEXT, 28),
                new ReportTable.Column("Unterschrift", ColumnType.TEXT, 34));
        var b = ReportTable.builder("Teilnehmer", columns);
        b.values(1, "Erika Muster", null);
        b.values(2, "Otto Beispiel", null);
        b.layout(TableLayout.signedRows(3));
        Path file = folder.resolve("t.xlsx");
        ReportRenderers.render(Report.builder("Teilnehmerliste", LocalDate.of(2025, 1, 2)).table(b.build()).build(),
                ReportFormat.XLSX, file, null);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Teilnehmer");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nr.");
            for (int r = 1; r <= 2; r++) {
                assertThat(sheet.getRow(r).getHeightInPoints()).isEqualTo(45f);
                var signature = sheet.getRow(r).getCell(2);
                assertThat(signature).isNotNull();
                assertThat(signature.getCellStyle().getBorderBottom())
                        .isEqualTo(sheet.getRow(r).getCell(1).getCellStyle().getBorderBottom());
            }
            assertThat(sheet.getRow(0).getHeightInPoints()).isLessThan(45f);
        }
    }
}
