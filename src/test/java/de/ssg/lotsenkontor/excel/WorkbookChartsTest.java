package de.ssg.lotsenkontor.excel;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportChart;
import de.ssg.lotsenkontor.report.ReportMap;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook shows a report's charts and maps as tables of their figures, and never fails on them. */
class WorkbookChartsTest {

    @TempDir
    Path folder;

    @Test
    void chartsAndMapsBecomeTypedTablesWithTheirNotesOnTheOverview() throws IOException {
        ReportChart chart = ReportChart.bar("Plan und Ist", "Kategorie", ColumnType.MONEY)
                .categories(List.of("Personal", "Reisekosten"))
                .series("Plan", List.of(new BigDecimal("1000.00"), new BigDecimal("250.50")))
                .series("Ist", java.util.Arrays.asList(new BigDecimal("900.10"), null))
                .reference("Grenze", new BigDecimal("1200.00"))
                .build();
        ReportMap map = ReportMap.builder("Teilnahme", "Kommune", "Status")
                .area("14612000", "Dresden", "aktiv", 0x2E7D32, List.of(new ReportMap.Ring(
                        new double[] {0, 0, 1, 0, 1, 1})))
                .area("14511000", "Chemnitz", "keine Teilnahme", 0xE0E0E0, List.of())
                .legend("aktiv", 0x2E7D32).legend("keine Teilnahme", 0xE0E0E0)
                .attribution("© GeoBasis-DE / BKG 2021")
                .build();
        Report report = Report.builder("Übersicht", LocalDate.of(2026, 11, 26))
                .keyFigure("Kommunen", ColumnType.INTEGER, 418)
                .block(chart).block(map).build();
        Path file = folder.resolve("uebersicht.xlsx");
        new WorkbookRenderer().render(report, file, Progress.NONE);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet figures = wb.getSheet("Plan und Ist");
            assertThat(figures.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kategorie");
            assertThat(figures.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Ist");
            assertThat(figures.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Personal");
            assertThat(figures.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(figures.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(250.5);
            assertThat(figures.getRow(2).getCell(2)).isNull();

            XSSFSheet areas = wb.getSheet("Teilnahme");
            assertThat(areas.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Schlüssel");
            assertThat(areas.getRow(2).getCell(0).getStringCellValue()).isEqualTo("14511000");
            assertThat(areas.getRow(2).getCell(2).getStringCellValue()).isEqualTo("keine Teilnahme");

            StringBuilder overview = new StringBuilder();
            wb.getSheet("Übersicht").forEach(row -> row.forEach(cell -> overview.append(cell).append(' ')));
            assertThat(overview).contains("Referenzlinie „Grenze“: 1.200,00 €")
                    .contains("Legende: aktiv, keine Teilnahme").contains("© GeoBasis-DE / BKG 2021");
        }
    }
}
