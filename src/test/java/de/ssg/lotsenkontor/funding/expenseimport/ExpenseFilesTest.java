package de.ssg.lotsenkontor.funding.expenseimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.excel.BadWorkbooks;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseImportRow.Outcome;
import de.ssg.lotsenkontor.importing.ImportMode;
import de.ssg.lotsenkontor.importing.ImportPreview;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bank statements, lists and the corpus of malformed files: each bad file gets a German message
 * naming file, row, column and reason, and the database stays as it was.
 */
class ExpenseFilesTest {

    @TempDir
    Path dir;

    private ExpenseImportFixture fx;

    @BeforeEach
    void open() {
        fx = new ExpenseImportFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Path resource(String name) throws Exception {
        Path target = dir.resolve(Path.of(name).getFileName().toString());
        try (var in = getClass().getResourceAsStream("/expenseimport/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    private static ExpenseImportRow row(ImportPreview<ExpenseField, ExpenseImportRow> p, int line) {
        return p.rows().stream().filter(r -> r.row() == line).findFirst().orElseThrow();
    }

    /** Applies in both modes and checks the database is unchanged and the message says what is wrong. */
    private ImportPreview<ExpenseField, ExpenseImportRow> badRows(Path file) {
        String state = fx.state();
        assertThatThrownBy(() -> fx.apply(file, fx.contract, ImportMode.ALL_OR_NOTHING))
                .isInstanceOf(DomainException.class);
        assertThat(fx.state()).isEqualTo(state);
        return fx.preview(file, fx.contract);
    }

    private void refused(Path file, String... parts) {
        String state = fx.state();
        assertThatThrownBy(() -> fx.apply(file, fx.contract, ImportMode.VALID_ROWS))
                .isInstanceOf(DomainException.class).message().contains(parts);
        assertThat(fx.state()).isEqualTo(state);
    }

    // ------------------------------------------------------------------ malformed corpus

    @Test
    void textInAnAmountColumnNamesFileRowColumnAndReason() throws Exception {
        Path file = resource("bad/amount-text.csv");
        ImportPreview<ExpenseField, ExpenseImportRow> p = badRows(file);
        ExpenseImportRow bad = row(p, 4);
        assertThat(bad.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(bad.problems().get(0).text()).isEqualTo(
                "Zeile 4, Spalte A („Umsatz (ohne Soll/Haben-Kz)“): „zwölf Euro“ ist kein Betrag (erwartet z. B. 24,95"
                        + " oder 1.234,56)");
        assertThat(p.file().fileName()).isEqualTo("amount-text.csv");
    }

    @Test
    void aDateThatDoesNotExistIsNamed() throws Exception {
        ImportPreview<ExpenseField, ExpenseImportRow> p = badRows(resource("bad/no-such-day.csv"));
        assertThat(row(p, 4).problems().get(0).text()).isEqualTo(
                "Zeile 4, Spalte J („Belegdatum“): Belegdatum „3002“: den 30.02.2024 gibt es nicht");
        assertThat(row(p, 3).outcome()).isEqualTo(Outcome.IMPORT);
    }

    @Test
    void anUnknownAccountIsSkippedWithItsAccountNamedAndAnAccountThatIsNoNumberIsAnError() throws Exception {
        ImportPreview<ExpenseField, ExpenseImportRow> p = badRows(resource("bad/unknown-account.csv"));
        assertThat(row(p, 4).outcome()).isEqualTo(Outcome.UNMAPPED);
        assertThat(row(p, 4).problems().get(0).text()).contains("Zeile 4").contains("Konto 4711");
        assertThat(row(p, 5).problems().get(0).text())
                .isEqualTo("Zeile 5, Spalte G („Konto“): „49X0“ ist keine Kontonummer (nur Ziffern, höchstens 12)");
        // the valid rows can still be imported, and only those
        assertThat(fx.apply(dir.resolve("unknown-account.csv"), fx.contract,
                ImportMode.VALID_ROWS).imported()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNoBookingBatchOrListIsRefused() throws Exception {
        refused(resource("bad/not-bookings.csv"), "not-bookings.csv", "kein Buchungsstapel", "16");
        refused(resource("bad/not-a-list.txt"), "not-a-list.txt", "Kopfzeile");
        Path pdf = dir.resolve("scan.pdf");
        Files.write(pdf, new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2, 3, 0, 0});
        refused(pdf, "scan.pdf");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        refused(resource("bad/empty.csv"), "empty.csv", "leer");
    }

    @Test
    void aTruncatedLastLineIsReportedNotImported() throws Exception {
        Path file = resource("bad/truncated-last-line.csv");
        ImportPreview<ExpenseField, ExpenseImportRow> p = fx.preview(file, fx.contract);
        assertThat(row(p, 4).outcome()).isEqualTo(Outcome.ERROR);
        assertThat(row(p, 4).problems().get(0).text()).contains("Zeile 4").contains("unvollständig");
        ExpenseImportResult r = fx.apply(file, fx.contract, ImportMode.VALID_ROWS);
        assertThat(r.imported()).isEqualTo(1);
        assertThat(fx.ledger()).singleElement().asString().startsWith("B-1 2024-02-05 24.95");
    }

    @Test
    void aPasswordProtectedOrTruncatedWorkbookIsRefused() throws Exception {
        Path good = list(dir.resolve("Ausgaben.xlsx"));
        refused(BadWorkbooks.encrypted(good, dir), "Kennwort");
        refused(BadWorkbooks.truncated(good, dir, 0.5), "unvollständig");
    }

    @Test
    void aFileOf200000RowsIsRefusedBeforeAnythingIsChecked() throws Exception {
        Path big = dir.resolve("riesig.csv");
        try (BufferedWriter w = Files.newBufferedWriter(big, Charset.forName("windows-1252"))) {
            w.write("\"EXTF\";700;21;\"Buchungsstapel\";9;20240305102500000;;\"RE\";\"\";\"\";1001;456;20240101;4;"
                    + "20240101;20241231;\"Jahr\";\"\";1;;0;\"EUR\"\r\n");
            w.write("Umsatz (ohne Soll/Haben-Kz);Soll/Haben-Kennzeichen;Konto;Gegenkonto (ohne BU-Schlüssel);"
                    + "Belegdatum;Belegfeld 1;Buchungstext\r\n");
            for (int i = 0; i < 200_000; i++) {
                w.write("12,50;S;4930;1200;0502;R" + i + ";Papier\r\n");
            }
        }
        refused(big, "riesig.csv", "mehr als 150.020 Zeilen", "keine Buchungsliste");
    }

    // ------------------------------------------------------------------ bank statements and lists

    @Test
    void bankStatementsInTheirVariantsGiveTheSameExpenses() throws Exception {
        for (String name : List.of("bank-sparkasse.csv", "bank-utf8-bom-sh.csv", "bank-soll-haben.csv")) {
            ImportPreview<ExpenseField, ExpenseImportRow> p = fx.preview(resource(name), fx.contract);
            List<String> imported = p.rows().stream().filter(ExpenseImportRow::valid)
                    .map(r -> r.date() + " " + r.gross() + " " + r.categoryName() + " " + r.purpose()).toList();
            assertThat(imported).as(name).containsExactly(
                    "2024-02-05 1250.00 Sachausgaben Miete Büro Februar",
                    "2024-02-13 310.50 Öffentlichkeitsarbeit Flyer Netzwerktreffen");
            assertThat(p.rows().stream().filter(r -> "income".equals(r.reason()))).as(name).hasSize(1);
            assertThat(p.rows().stream().filter(r -> r.outcome() == Outcome.ERROR)).as(name).hasSize(1);
        }
        ImportPreview<ExpenseField, ExpenseImportRow> sparkasse = fx.preview(dir.resolve("bank-sparkasse.csv"),
                fx.contract);
        assertThat(row(sparkasse, 4).reason()).isEqualTo("pending");
        assertThat(row(sparkasse, 4).problems().get(0).reason()).contains("Vorgemerkt");
        assertThat(row(sparkasse, 6).problems().get(0).text()).contains("Zeile 6").contains("Spalte B")
                .contains("„31.02.24“ ist kein gültiges Datum");
        assertThat(row(sparkasse, 2).payee()).isEqualTo("Hausverwaltung Muster");
        ImportPreview<ExpenseField, ExpenseImportRow> sh = fx.preview(dir.resolve("bank-soll-haben.csv"), fx.contract);
        assertThat(row(sh, 5).problems().get(0).text()).contains("„Kaffeekasse“ ist keine Ausgabenkategorie");
        // importing a statement twice books nothing the second time
        assertThat(fx.apply(dir.resolve("bank-sparkasse.csv"), fx.contract, ImportMode.VALID_ROWS).imported())
                .isEqualTo(2);
        assertThat(fx.apply(dir.resolve("bank-sparkasse.csv"), fx.contract, ImportMode.VALID_ROWS).imported())
                .isZero();
    }

    @Test
    void theColumnMappingChosenForASourceIsRememberedForItsNextFile() throws Exception {
        Path file = resource("bank-sparkasse.csv");
        ExpenseFile f = fx.service.read(file, null, Progress.NONE);
        var chosen = fx.service.mapping(f, "Sparkasse").with(ExpenseField.TEXT, 3); // "Umsatzart" as text
        fx.service.remember(f, "Sparkasse", chosen);
        assertThat(fx.service.mapping(f, "Sparkasse").column(ExpenseField.TEXT)).isEqualTo(3);
        assertThat(fx.service.mapping(f, "Andere Bank").column(ExpenseField.TEXT)).isEqualTo(4);
    }

    @Test
    void anExcelListOfReceiptsIsImported() throws Exception {
        Path file = list(dir.resolve("Belege.xlsx"));
        ImportPreview<ExpenseField, ExpenseImportRow> p = fx.preview(file, fx.contract);
        assertThat(p.file().sheetName()).isEqualTo("Belege");
        assertThat(p.rows()).extracting(ExpenseImportRow::outcome).containsExactly(Outcome.IMPORT, Outcome.IMPORT,
                Outcome.ERROR);
        assertThat(row(p, 2).receiptNo()).isEqualTo("X-0001");
        assertThat(row(p, 2).date()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(row(p, 3).gross()).isEqualByComparingTo("0.30");
        assertThat(row(p, 4).problems().get(0).located()).isEqualTo(
                "Tabelle Belege, Zeile 4, Spalte F („Betrag“): „teuer“ ist kein Betrag (erwartet z. B. 24,95 oder 1.234,56)");
        assertThat(fx.apply(file, fx.contract, ImportMode.VALID_ROWS).imported()).isEqualTo(2);
        assertThat(fx.ledger()).first().asString().startsWith("X-0001 2024-03-04 45.90 SACH IMPORT Belege.xlsx:2");
    }

    /** A list of receipts as the office keeps it in Excel: real dates and numbers (with float noise). */
    static Path list(Path file) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Belege");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
            String[] titles = {"Belegnummer", "Datum", "Empfänger", "Zweck", "Kategorie", "Betrag"};
            Row h = s.createRow(0);
            for (int i = 0; i < titles.length; i++) {
                h.createCell(i).setCellValue(titles[i]);
            }
            Object[][] rows = {
                    {"X-0001", LocalDate.of(2024, 3, 4), "Bürohaus", "Ordner", "Sachausgaben", 45.9},
                    {"X-0002", LocalDate.of(2024, 3, 5), "Post", "Porto", "SACH", 0.1 + 0.2},
                    {"X-0003", LocalDate.of(2024, 3, 6), "Irgendwer", "Irgendwas", "SACH", "teuer"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    } else if (v instanceof Double n) {
                        row.createCell(c).setCellValue(n);
                    } else {
                        row.createCell(c).setCellValue((String) v);
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }
}
