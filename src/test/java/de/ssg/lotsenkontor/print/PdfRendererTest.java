package de.ssg.lotsenkontor.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportChart;
import de.ssg.lotsenkontor.report.ReportFormat;
import de.ssg.lotsenkontor.report.ReportMap;
import de.ssg.lotsenkontor.report.ReportRenderers;
import de.ssg.lotsenkontor.report.ReportTable;
import de.ssg.lotsenkontor.report.TableLayout;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders reports to real PDF files and reads them back: pages, text per page, fonts, metadata. */
class PdfRendererTest {

    @TempDir
    Path folder;

    @Test
    void theRendererIsFoundThroughTheOneEntryPoint() throws IOException {
        assertThat(ReportRenderers.supports(ReportFormat.PDF)).isTrue();
        Path file = folder.resolve("kommunen.pdf");
        ReportRenderers.render(Report.ofTable("Kommunen", null, PrintFixtures.CREATED, PrintFixtures.wide(3, 5)),
                ReportFormat.PDF, file, Progress.NONE);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text(pdf, 1)).contains("Gemeinde 4").contains("4.002");
        }
    }

    @Test
    void everyPageHasHeaderAndFooterAndTheTableHeaderRepeatsWithGroupsAndSubtotalsKept() throws IOException {
        int perGroup = 40;
        Report report = Report.ofTable("Belegliste 2025", "Fördervertrag 2025–2026", PrintFixtures.CREATED,
                PrintFixtures.expenses(perGroup));
        try (PDDocument pdf = render(report)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            List<String> all = new ArrayList<>();
            for (int p = 1; p <= pages; p++) {
                String page = text(pdf, p);
                all.add(page);
                assertThat(page).as("page %d", p)
                        .contains("Digital-Lotsen Sachsen")
                        .contains("Belegliste 2025")
                        .contains("Fördervertrag 2025–2026")
                        .contains("26.11.2026")
                        .contains("Seite " + p + " von " + pages);
                // the header row on every page, above the first row of data on it
                assertThat(page).as("page %d", p).contains("Beleg-Nr.").contains("Zahlungsdatum").contains("Betrag");
                assertThat(page.indexOf("Beleg-Nr.")).as("page %d", p).isLessThan(page.indexOf("B-0"));
            }
            String joined = String.join("\n", all);
            // every receipt once, in order
            int at = -1;
            for (int i = 0; i < 5 * perGroup; i++) {
                int found = joined.indexOf(String.format("B-%05d", i));
                assertThat(found).as("receipt %d", i).isGreaterThan(at);
                at = found;
            }
            // subtotals with the exact sums, the grand total, groups continued after a page break
            BigDecimal total = BigDecimal.ZERO;
            for (int g = 0; g < 5; g++) {
                BigDecimal sum = PrintFixtures.groupSum(g, perGroup);
                total = total.add(sum);
                assertThat(joined).contains("Summe " + PrintFixtures.CATEGORIES[g] + " " + Formats.money(sum));
            }
            assertThat(joined).contains("Gesamt " + Formats.money(total));
            assertThat(joined).contains("Personalausgaben (Fortsetzung)");
            assertThat(joined).contains("Belegliste (Fortsetzung)");
            // typed values, German formats
            assertThat(all.get(0)).contains("01.01.2025").contains("Müller & Söhne GmbH 0")
                    .contains(Formats.money(PrintFixtures.amount(1))).contains("1,0 %");
            // a long text wraps and is complete
            assertThat(squeeze(joined)).contains(squeeze("Fahrt zur Schulung der Digital-Navigatoren nach Görlitz, "
                    + "Bautzen und Hoyerswerda mit Übernachtung, Verpflegungspauschale und Parkgebühren laut "
                    + "beigefügter Aufstellung"));
        }
    }

    @Test
    void aWideTableIsPrintedInLandscapeANarrowOneInPortrait() throws IOException {
        try (PDDocument wide = render(Report.ofTable("Breit", null, PrintFixtures.CREATED, PrintFixtures.wide(16, 80)));
                PDDocument narrow = render(Report.ofTable("Schmal", null, PrintFixtures.CREATED,
                        PrintFixtures.wide(4, 80)))) {
            for (PDPage page : wide.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
            }
            for (PDPage page : narrow.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isLessThan(page.getMediaBox().getHeight());
            }
            assertThat(wide.getNumberOfPages()).isGreaterThan(1);
            String last = text(wide, wide.getNumberOfPages());
            assertThat(last).contains("Kennzahl").contains("Gemeinde 79").contains("79.015");
        }
    }

    @Test
    void textBeforeAWideTableSharesItsLandscapePageInsteadOfStandingAloneOnAPortraitOne() throws IOException {
        Report report = Report.builder("Teilnehmerliste", PrintFixtures.CREATED)
                .paragraph("Veranstaltung: Netzwerktreffen Nord")
                .paragraph("Ort: Rathaus Großenhain")
                .table(PrintFixtures.wide(16, 5))
                .build();
        try (PDDocument pdf = render(report)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isGreaterThan(page.getMediaBox().getHeight());
            assertThat(text(pdf, 1)).contains("Rathaus Großenhain").contains("Gemeinde 4");
        }
    }

    @Test
    void theXmpPacketIsWellFormedEscapesItsTextAndMatchesTheDocumentInformation() throws Exception {
        Report report = Report.builder("Kosten & Nutzen <2026>", PrintFixtures.CREATED).subtitle("\"Bericht\" für Ä")
                .build();
        try (PDDocument pdf = render(report)) {
            byte[] packet = pdf.getDocumentCatalog().getMetadata().toByteArray();
            String xmp = new String(packet, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("<rdf:li xml:lang=\"x-default\">Kosten &amp; Nutzen &lt;2026&gt;</rdf:li>")
                    .contains("&quot;Bericht&quot; für Ä").contains("<pdfaid:part>2</pdfaid:part>")
                    .contains("<pdfaid:conformance>B</pdfaid:conformance>");
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var dom = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(packet));
            assertThat(dom.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").item(0).getTextContent())
                    .isEqualTo("Kosten & Nutzen <2026>");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Kosten & Nutzen <2026>");
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo("\"Bericht\" für Ä");
            String created = dom.getElementsByTagNameNS("http://ns.adobe.com/xap/1.0/", "CreateDate").item(0)
                    .getTextContent();
            assertThat(java.time.OffsetDateTime.parse(created).toInstant())
                    .isEqualTo(pdf.getDocumentInformation().getCreationDate().toInstant());
        }
    }

    @Test
    void rowSumsAndFormulaCellsArePrintedAsTheirValues() throws IOException {
        var columns = List.of(new ReportTable.Column("Lotse", ColumnType.TEXT, 20),
                new ReportTable.Column("Jan", ColumnType.DECIMAL, 7), new ReportTable.Column("Feb", ColumnType.DECIMAL, 7),
                new ReportTable.Column("Summe", ColumnType.DECIMAL, 9),
                new ReportTable.Column("Rest", ColumnType.MONEY, 12));
        ReportTable table = ReportTable.builder("Stunden", columns)
                .values("Anna", new BigDecimal("1.50"), new BigDecimal("2.25"), de.ssg.lotsenkontor.report.Aggregate.ROW_SUM,
                        new de.ssg.lotsenkontor.report.Computed(de.ssg.lotsenkontor.report.Formula.minus(
                                de.ssg.lotsenkontor.report.Formula.cell(0, 2),
                                de.ssg.lotsenkontor.report.Formula.cell(0, 1)), new BigDecimal("1234.50")))
                .total("Summe", 1, 2, 3)
                .build();
        try (PDDocument pdf = render(Report.ofTable("Stunden 2026", null, PrintFixtures.CREATED, table))) {
            String page = text(pdf, 1);
            assertThat(page).contains("3,75").contains("1.234,50 €")
                    .doesNotContain("ROW_SUM").doesNotContain("Computed");
        }
    }

    @Test
    void anEmptyTableAndAnEmptyReportGiveAnHonestPageNeverABlankOne() throws IOException {
        ReportTable empty = ReportTable.builder("Belegliste", PrintFixtures.EXPENSE_COLUMNS).build();
        try (PDDocument pdf = render(Report.builder("Belege 2026", PrintFixtures.CREATED)
                .section("Belegliste").table(empty).build())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text(pdf, 1)).contains("Belegliste").contains("Beleg-Nr.").contains("Keine Einträge.")
                    .contains("Seite 1 von 1");
        }
        try (PDDocument pdf = render(Report.builder("Nichts", PrintFixtures.CREATED).build())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text(pdf, 1)).contains("Nichts").contains("Dieser Bericht enthält keine Einträge.");
        }
    }

    @Test
    void keyFiguresChartsMapsAndImagesAreDrawnChartsAndMapsAsVectors() throws IOException {
        try (PDDocument pdf = render(PrintFixtures.overview())) {
            String all = allText(pdf);
            assertThat(all).contains("Aktive Digital-Lotsen").contains("110").contains("31,1 %")
                    .contains("952.544,99 €").contains("30.04.2027");
            assertThat(all).contains("Teilnahme nach Landkreis").contains("Sächsische Schweiz-Osterzgebirge")
                    .contains("davon aktiv");
            assertThat(all).contains("Coaching-Termine je Monat 2026").contains("Mittelwert 2025: 43");
            assertThat(all).contains("Plan und Ist je Kategorie 2026").contains("652.310,45 €");
            assertThat(all).contains("Teilnahme der Kommunen").contains("in Vorbereitung")
                    .contains("© GeoBasis-DE / BKG 2021 (Daten verändert)");
            assertThat(all).contains("Ein Bild mit Bildunterschrift");
            // exactly one raster image in the document: the picture; charts and the map are paths
            int images = 0;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) {
                        images++;
                    }
                }
            }
            assertThat(images).isEqualTo(1);
        }
    }

    @Test
    void emptyChartsAndMapsSaySo() throws IOException {
        ReportChart chart = ReportChart.bar("Teilnahme", "Kreis", ColumnType.INTEGER).categories(List.of())
                .series("Kommunen", List.of()).build();
        ReportMap map = ReportMap.builder("Karte", "Kommune", "Status").build();
        try (PDDocument pdf = render(Report.builder("Leer", PrintFixtures.CREATED).block(chart).block(map).build())) {
            assertThat(allText(pdf)).contains("Keine Werte vorhanden.").contains("Keine Gebiete vorhanden.");
        }
    }

    @Test
    void textIsSelectableFontsAreEmbeddedAndTheDocumentIsDescribed() throws IOException {
        Report report = Report.ofTable("Größe & Übersicht – 5 €", "Ä Ö Ü ä ö ü ß €", PrintFixtures.CREATED,
                PrintFixtures.wide(3, 3));
        try (PDDocument pdf = render(report)) {
            assertThat(text(pdf, 1)).contains("Größe & Übersicht – 5 €").contains("Ä Ö Ü ä ö ü ß €");
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSansCondensed");
                }
            }
            var info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Größe & Übersicht – 5 €");
            assertThat(info.getAuthor()).isEqualTo("Sächsischer Städte- und Gemeindetag – Digital-Lotsen Sachsen");
            assertThat(info.getSubject()).isEqualTo("Ä Ö Ü ä ö ü ß €");
            assertThat(info.getCreationDate()).isNotNull();
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part").contains("Digital-Lotsen Sachsen");
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).hasSize(1);
        }
    }

    @Test
    void characterTheFontLacksAndControlCharactersDoNotBreakTheDocument() throws IOException {
        Report report = Report.builder("Zeichen", PrintFixtures.CREATED)
                .paragraph("Tab\there, Emoji \uD83D\uDE00, Steuerzeichen \u0007 und Zeilen\numbruch").build();
        try (PDDocument pdf = render(report)) {
            assertThat(text(pdf, 1)).contains("Tab here").contains("Zeilen").contains("umbruch");
        }
    }

    @Test
    void aTargetThatCannotBeWrittenGetsAGermanMessageAndNoFileIsLeft() throws IOException {
        Report report = PrintFixtures.overview();
        Path missing = folder.resolve("fehlt").resolve("bericht.pdf");
        assertThatThrownBy(() -> new PdfRenderer().render(report, missing, Progress.NONE))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("bericht.pdf").hasMessageContaining("Den Ordner");
        assertThatThrownBy(() -> new PdfRenderer().render(report, folder, Progress.NONE))
                .isInstanceOf(DomainException.class).hasMessageContaining("ist ein Ordner");

        Path file = folder.resolve("abgebrochen.pdf");
        Progress cancel = (done, total, step) -> {
            if (done > 0) {
                throw new CancellationException();
            }
        };
        assertThatThrownBy(() -> new PdfRenderer().render(Report.ofTable("Viele", null, PrintFixtures.CREATED,
                PrintFixtures.wide(4, 2000)), file, cancel)).isInstanceOf(CancellationException.class);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void thePrintDocumentServesPreviewAndSavingAndSaysWhenThereIsNoPrinter() throws IOException {
        Report report = Report.ofTable("Belegliste", null, PrintFixtures.CREATED, PrintFixtures.expenses(20));
        try (PrintDocument document = PrintDocument.of(report, Progress.NONE)) {
            assertThat(document.pageCount()).isGreaterThan(1);
            double[] size = document.pageSize(0);
            var image = document.renderPage(0, 1f);
            assertThat((double) image.getWidth()).isCloseTo(size[0], org.assertj.core.data.Offset.offset(1.0));
            assertThat((double) image.getHeight()).isCloseTo(size[1], org.assertj.core.data.Offset.offset(1.0));
            // the page is not blank: dark text pixels in the header area
            int dark = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                for (int y = 0; y < 80; y++) {
                    if ((image.getRGB(x, y) & 0xff) < 100) {
                        dark++;
                    }
                }
            }
            assertThat(dark).isGreaterThan(50);
            Path file = folder.resolve("vorschau.pdf");
            document.save(file);
            try (PDDocument saved = Loader.loadPDF(file.toFile())) {
                assertThat(saved.getNumberOfPages()).isEqualTo(document.pageCount());
            }
            assertThatThrownBy(() -> document.print(() -> new javax.print.PrintService[0], false))
                    .isInstanceOf(DomainException.class).hasMessageContaining("kein Drucker eingerichtet");
        }
    }

    @Test
    void aTenThousandRowTableIsLaidOutQuickly() throws IOException {
        List<ReportTable.Column> columns = List.of(
                new ReportTable.Column("Beleg-Nr.", ColumnType.TEXT, 10),
                new ReportTable.Column("Datum", ColumnType.DATE, 11),
                new ReportTable.Column("Empfänger", ColumnType.TEXT, 24),
                new ReportTable.Column("Betrag", ColumnType.MONEY, 12),
                new ReportTable.Column("Stunden", ColumnType.DECIMAL, 8));
        var table = ReportTable.builder("Belege", columns);
        for (int i = 0; i < 10_000; i++) {
            table.values(String.format("B-%05d", i), LocalDate.of(2025, 1, 1).plusDays(i % 365), "Empfänger " + i,
                    PrintFixtures.amount(i), new BigDecimal("1.50"));
        }
        Path file = folder.resolve("zehntausend.pdf");
        long start = System.nanoTime();
        new PdfRenderer().render(Report.ofTable("Belege", null, PrintFixtures.CREATED, table.total("Gesamt", 3).build()),
                file, Progress.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            int pages = pdf.getNumberOfPages();
            org.slf4j.LoggerFactory.getLogger(PdfRendererTest.class).info("10,000 rows: {} ms, {} pages, {} bytes",
                    millis, pages, Files.size(file));
            assertThat(pages).isBetween(150, 400);
            assertThat(text(pdf, pages)).contains("B-09999").contains("Seite " + pages + " von " + pages);
        }
        assertThat(millis).isLessThan(60_000);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private PDDocument render(Report report) throws IOException {
        Path file = Files.createTempFile(folder, "bericht", ".pdf");
        new PdfRenderer().render(report, file, Progress.NONE);
        return Loader.loadPDF(file.toFile());
    }

    static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replace('\u00a0', ' ');
    }

    static String allText(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void rowsToSignInAreThreeLinesHighSoTheSameListTakesMorePages() throws IOException {
        List<ReportTable.Column> columns = List.of(new ReportTable.Column("Nr.", ColumnType.INTEGER, 5),
                new ReportTable.Column("Name", ColumnType.TEXT, 28),
                new ReportTable.Column("Unterschrift", ColumnType.TEXT, 34));
        int[] pages = new int[2];
        for (int lines = 1; lines <= 3; lines += 2) {
            ReportTable.Builder<Object> b = ReportTable.builder("Liste", columns);
            for (int i = 1; i <= 120; i++) {
                b.values(i, "Person " + i, null);
            }
            b.layout(TableLayout.signedRows(lines));
            try (PDDocument pdf = render(Report.ofTable("Teilnehmerliste", null, PrintFixtures.CREATED, b.build()))) {
                pages[lines / 2] = pdf.getNumberOfPages();
                assertThat(text(pdf, pdf.getNumberOfPages())).contains("Person 120");
            }
        }
        // every row keeps its text, and three-line rows need about three times the pages
        assertThat(pages[1]).isGreaterThanOrEqualTo(2 * pages[0]);
    }
}
