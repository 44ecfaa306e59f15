package de.ssg.lotsenkontor.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportTable;
import de.ssg.lotsenkontor.report.TestImages;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders reports to real files and reads them back with POI. */
class WorkbookRendererTest {

    static final LocalDate CREATED = LocalDate.of(2026, 11, 26);

    static final List<ReportTable.Column> TYPED = List.of(
            new ReportTable.Column("AGS", ColumnType.TEXT, 10),
            new ReportTable.Column("Einwohner", ColumnType.INTEGER, 10),
            new ReportTable.Column("Fläche km²", ColumnType.DECIMAL, 10),
            new ReportTable.Column("Betrag", ColumnType.MONEY, 12),
            new ReportTable.Column("Seit", ColumnType.DATE, 11),
            new ReportTable.Column("Anteil", ColumnType.PERCENT, 8),
            new ReportTable.Column("Aktiv", ColumnType.BOOLEAN, 6));

    @TempDir
    Path folder;

    @Test
    void cellsAreTypedWithGermanFormatsAndExactValues() throws IOException {
        ReportTable table = ReportTable.builder("Kommunen", TYPED)
                .values("14511000", 243_105, new BigDecimal("220.85"), new BigDecimal("1234.56"),
                        LocalDate.of(2024, 12, 31), 0.314, true)
                .values("01001000", 5, 1.5, new BigDecimal("0.10"), null, null, false)
                .build();
        Path file = write(Report.ofTable("Kommunen", null, CREATED, table));

        try (XSSFWorkbook wb = open(file)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = wb.getSheet("Kommunen");
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("14511000");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("01001000");
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(243_105.0);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(220.85);
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1234.56);
            assertThat(BigDecimal.valueOf(row.getCell(3).getNumericCellValue())).isEqualByComparingTo("1234.56");
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(0.10);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(4))).isTrue();
            assertThat(row.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 12, 31));
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(0.314);
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("ja");
            assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("nein");
            assertThat(sheet.getRow(2).getCell(4)).as("empty value, no cell").isNull();

            assertThat(format(row.getCell(0))).isEqualTo("@");
            assertThat(format(row.getCell(1))).isEqualTo("#,##0");
            assertThat(format(row.getCell(2))).isEqualTo("#,##0.00");
            assertThat(format(row.getCell(3))).isEqualTo("#,##0.00 \"€\"");
            assertThat(format(row.getCell(4))).isEqualTo("dd.mm.yyyy");
            assertThat(format(row.getCell(5))).isEqualTo("0.0 %");
        }
    }

    @Test
    void headerIsBoldFrozenFilteredAndThePageIsSetUpForA4() throws IOException {
        ReportTable table = ReportTable.builder("Kommunen", TYPED)
                .values("14511000", 1, null, null, null, null, null)
                .values("14511001", 2, null, null, null, null, null)
                .build();
        Path file = write(Report.ofTable("Kommunen & Kreise", "2 von 418 Kommunen", CREATED, table));

        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("AGS");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Aktiv");
            for (Cell cell : header) {
                assertThat(((XSSFCellStyle) cell.getCellStyle()).getFont().getBold()).isTrue();
            }
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:G3");
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));

            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).as("67 characters fit upright").isFalse();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getHeader().getLeft()).contains("Kommunen && Kreise").contains("2 von 418 Kommunen");
            assertThat(sheet.getHeader().getRight()).isEqualTo("26.11.2026");
            assertThat(sheet.getFooter().getCenter()).isEqualTo("Seite &P von &N");

            // widths from the hints, with room for the title and the filter button, clamped
            assertThat(sheet.getColumnWidth(0)).isEqualTo(10 * 256);
            assertThat(sheet.getColumnWidth(2)).isEqualTo(14 * 256);
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo("Kommunen & Kreise");
        }
    }

    @Test
    void wideTablesPrintInLandscapeAndWidthsAreClamped() throws IOException {
        List<ReportTable.Column> columns = List.of(new ReportTable.Column("Lang", ColumnType.TEXT, 200),
                new ReportTable.Column("Kurz", ColumnType.TEXT, 1), new ReportTable.Column("x", ColumnType.TEXT, 50));
        Path file = write(Report.ofTable("Breit", null, CREATED, ReportTable.builder(null, columns).build()));
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Breit");
            assertThat(sheet.getColumnWidth(0)).isEqualTo(ColumnWidths.MAX * 256);
            assertThat(sheet.getColumnWidth(1)).isEqualTo(7 * 256); // "Kurz" + filter button
            assertThat(sheet.getColumnWidth(2)).isEqualTo(50 * 256);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C1");
        }
    }

    @Test
    void subtotalsAndTotalsAreLiveFormulasThatEvaluateToTheRightSums() throws IOException {
        List<ReportTable.Column> columns = List.of(new ReportTable.Column("Beleg", ColumnType.TEXT, 10),
                new ReportTable.Column("Betrag", ColumnType.MONEY, 12),
                new ReportTable.Column("Stunden", ColumnType.INTEGER, 8));
        ReportTable table = ReportTable.builder("Belege", columns)
                .groupHeader("Reisekosten")
                .values("B-1", new BigDecimal("12.30"), 2)
                .values("B-2", new BigDecimal("100.01"), 3)
                .subtotal("Summe Reisekosten", 1, 2)
                .groupHeader("Sachausgaben")
                .values("B-3", new BigDecimal("1234.56"), 4)
                .subtotal("Summe Sachausgaben", 1)
                .total("Gesamt", 1, 2)
                .build();
        Path file = write(Report.ofTable("Belege", null, CREATED, table));

        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            Cell sub1 = sheet.getRow(4).getCell(1);
            assertThat(sub1.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(sub1.getCellFormula()).isEqualTo("SUBTOTAL(9,B3:B4)");
            assertThat(evaluator.evaluate(sub1).getNumberValue()).isCloseTo(112.31, within(1e-9));
            assertThat(sub1.getNumericCellValue()).as("cached value").isCloseTo(112.31, within(1e-9));
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Summe Reisekosten");
            assertThat(evaluator.evaluate(sheet.getRow(4).getCell(2)).getNumberValue()).isEqualTo(5.0);

            Cell sub2 = sheet.getRow(7).getCell(1);
            assertThat(sub2.getCellFormula()).isEqualTo("SUBTOTAL(9,B7:B7)");
            assertThat(sheet.getRow(7).getCell(2).getCellType()).isEqualTo(CellType.BLANK);

            Cell total = sheet.getRow(8).getCell(1);
            assertThat(total.getCellFormula()).isEqualTo("SUBTOTAL(9,B2:B8)");
            // nested subtotals are not counted twice
            assertThat(evaluator.evaluate(total).getNumberValue()).isCloseTo(1346.87, within(1e-9));
            assertThat(evaluator.evaluate(sheet.getRow(8).getCell(2)).getNumberValue()).isEqualTo(9.0);
            assertThat(format(total)).isEqualTo("#,##0.00 \"€\"");

            XSSFCellStyle group = (XSSFCellStyle) sheet.getRow(1).getCell(0).getCellStyle();
            assertThat(group.getFont().getBold()).isTrue();
            assertThat(sheet.getRow(1).getCell(2)).as("group shading runs across").isNotNull();
            XSSFCellStyle subtotal = (XSSFCellStyle) sub1.getCellStyle();
            assertThat(subtotal.getFont().getBold()).isTrue();
            assertThat(subtotal.getBorderTop()).isEqualTo(BorderStyle.THIN);
            XSSFCellStyle grand = (XSSFCellStyle) total.getCellStyle();
            assertThat(grand.getFont().getBold()).isTrue();
            assertThat(grand.getBorderTop()).isEqualTo(BorderStyle.THIN);
            assertThat(grand.getBorderBottom()).isEqualTo(BorderStyle.DOUBLE);
            XSSFCellStyle data = (XSSFCellStyle) sheet.getRow(2).getCell(1).getCellStyle();
            assertThat(data.getFont().getBold()).isFalse();
            // the grand total stays below the filter
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C8");
        }
    }

    @Test
    void paragraphsKeyFiguresAndImagesGoOnAFirstOverviewSheet() throws IOException {
        List<ReportTable.Column> columns = List.of(new ReportTable.Column("Beleg", ColumnType.TEXT, 10));
        Report report = Report.builder("Verwendungsnachweis 2024", CREATED)
                .subtitle("Fördervertrag 2023–2024")
                .section("Sachbericht")
                .paragraph("Im Jahr 2024 wurden 120 Navigatoren geschult.")
                .keyFigure("Ausgaben gesamt", ColumnType.MONEY, new BigDecimal("1100000.00"))
                .keyFigure("Stichtag", ColumnType.DATE, LocalDate.of(2024, 12, 31))
                .image(TestImages.png(300, 200), "Karte der beteiligten Kommunen")
                .section("Belegliste")
                .table(ReportTable.builder(null, columns).values("B-1").build())
                .table(ReportTable.builder("Belegliste", columns).values("B-2").build())
                .build();
        Path file = write(report);

        try (XSSFWorkbook wb = open(file)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(wb.getSheetName(0)).isEqualTo("Übersicht");
            assertThat(wb.getSheetName(1)).isEqualTo("Belegliste");
            assertThat(wb.getSheetName(2)).isEqualTo("Belegliste (2)");
            XSSFSheet overview = wb.getSheetAt(0);
            assertThat(overview.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Verwendungsnachweis 2024");
            assertThat(overview.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Fördervertrag 2023–2024");
            assertThat(overview.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Erstellt am 26.11.2026");
            List<String> texts = new ArrayList<>();
            Cell money = null;
            Cell date = null;
            for (Row row : overview) {
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING) {
                    texts.add(first.getStringCellValue());
                    if (first.getStringCellValue().equals("Ausgaben gesamt")) {
                        money = row.getCell(1);
                    } else if (first.getStringCellValue().equals("Stichtag")) {
                        date = row.getCell(1);
                    }
                }
            }
            assertThat(texts).contains("Sachbericht", "Im Jahr 2024 wurden 120 Navigatoren geschult.",
                    "Karte der beteiligten Kommunen", "Belegliste");
            assertThat(money.getNumericCellValue()).isEqualTo(1_100_000.0);
            assertThat(format(money)).isEqualTo("#,##0.00 \"€\"");
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 12, 31));
            XSSFDrawing drawing = overview.getDrawingPatriarch();
            assertThat(drawing.getShapes()).hasSize(1);
            assertThat(wb.getAllPictures()).hasSize(1);
            Cell link = null;
            for (Row row : overview) {
                if (row.getCell(0) != null && row.getCell(0).getHyperlink() != null) {
                    link = row.getCell(0);
                    break;
                }
            }
            assertThat(link.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
            assertThat(link.getHyperlink().getAddress()).isEqualTo("'Belegliste'!A1");
            assertThat(overview.getHeader().getLeft()).contains("Verwendungsnachweis 2024");
            assertThat(overview.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(wb.getSheetAt(2).getRow(1).getCell(0).getStringCellValue()).isEqualTo("B-2");
        }
    }

    @Test
    void sheetNamesAreMadeValidAndUnique() throws IOException {
        List<ReportTable.Column> columns = List.of(new ReportTable.Column("x", ColumnType.TEXT, 5));
        Report report = Report.builder("Bericht", CREATED)
                .table(ReportTable.builder("Kosten: 2023/2024 [brutto]?", columns).build())
                .table(ReportTable.builder("Kosten: 2023/2024 [brutto]?", columns).build())
                .table(ReportTable.builder("Eine sehr lange Überschrift über viele Wörter hinweg", columns).build())
                .table(ReportTable.builder("'***'", columns).build())
                .build();
        try (XSSFWorkbook wb = open(write(report))) {
            assertThat(wb.getSheetName(0)).isEqualTo("Kosten 2023-2024 (brutto)");
            assertThat(wb.getSheetName(1)).isEqualTo("Kosten 2023-2024 (brutto) (2)");
            assertThat(wb.getSheetName(2)).isEqualTo("Eine sehr lange Überschrift übe").hasSize(31);
            assertThat(wb.getSheetName(3)).isEqualTo("Tabelle");
        }
    }

    @Test
    void streamsTenThousandEightHundredRowsOfTenColumns() throws IOException {
        List<ReportTable.Column> columns = new ArrayList<>();
        columns.add(new ReportTable.Column("Nr", ColumnType.TEXT, 8));
        columns.add(new ReportTable.Column("Name", ColumnType.TEXT, 20));
        columns.add(new ReportTable.Column("Datum", ColumnType.DATE, 11));
        for (int c = 0; c < 6; c++) {
            columns.add(new ReportTable.Column("Betrag " + c, ColumnType.MONEY, 12));
        }
        columns.add(new ReportTable.Column("Stunden", ColumnType.INTEGER, 8));
        var builder = ReportTable.builder("Belege", columns);
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < 10_800; i++) {
            BigDecimal amount = BigDecimal.valueOf(i % 1000 * 101L + 7, 2);
            expected = expected.add(amount);
            builder.values(String.format("B-%05d", i), "Empfänger " + i, LocalDate.of(2024, 1, 1).plusDays(i % 366),
                    amount, amount, amount, amount, amount, amount, i % 9);
        }
        ReportTable table = builder.total("Summe", 3, 9).build();
        List<Long> progress = new ArrayList<>();
        long start = System.nanoTime();
        Path file = folder.resolve("gross.xlsx");
        WorkbookRenderer.write(Report.ofTable("Belege", null, CREATED, table), file, (done, total, step) -> progress.add(done));
        long millis = (System.nanoTime() - start) / 1_000_000;
        org.slf4j.LoggerFactory.getLogger(getClass()).info("10,800 x 10 written in {} ms", millis);

        assertThat(progress).contains(10_801L).isSorted();
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(10_801);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(10_802);
            Row last = sheet.getRow(10_800);
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("B-10799");
            assertThat(BigDecimal.valueOf(last.getCell(8).getNumericCellValue()))
                    .isEqualByComparingTo(BigDecimal.valueOf(799 * 101L + 7, 2));
            Cell sum = sheet.getRow(10_801).getCell(3);
            assertThat(sum.getCellFormula()).isEqualTo("SUBTOTAL(9,D2:D10801)");
            double evaluated = wb.getCreationHelper().createFormulaEvaluator().evaluate(sum).getNumberValue();
            assertThat(evaluated).isCloseTo(expected.doubleValue(), within(0.001));
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J10801");
        }
    }

    private Path write(Report report) {
        Path file = folder.resolve("report-" + System.nanoTime() + ".xlsx");
        WorkbookRenderer.write(report, file, Progress.NONE);
        assertThat(file).exists();
        try (var files = Files.list(folder)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String format(Cell cell) {
        return cell.getCellStyle().getDataFormatString();
    }
}
