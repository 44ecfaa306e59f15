package de.ssg.lotsenkontor.funding.expenseimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.funding.expenseimport.DatevFiles.Booking;
import de.ssg.lotsenkontor.funding.expenseimport.DatevFiles.Style;
import de.ssg.lotsenkontor.funding.expenseimport.ExpenseImportRow.Outcome;
import de.ssg.lotsenkontor.importing.ImportMode;
import de.ssg.lotsenkontor.importing.ImportPreview;
import de.ssg.lotsenkontor.importing.RowProblem;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DATEV booking batches of several producers, versions, encodings and separators, read, checked and applied. */
class DatevImportTest {

    @TempDir
    Path dir;

    private ExpenseImportFixture fx;

    /** A month of an office's bookings, with every kind of row the import must tell apart. */
    static final List<Booking> FEBRUARY = List.of(
            Booking.of("24,95", "H", "1200", "4940", "0502", "RE-1", "Fachbuch: Förderrecht für Kommunen"),
            Booking.of("119,00", "S", "4930", "1200", "0602", "RE-2", "Druckerpapier"),
            Booking.of("5950,00", "S", "10000", "8400", "0702", "RE-3", "Honorar Seminar"),
            Booking.of("300", "S", "4660", "1000", "1202", "RE-4", "Bahnfahrt Dresden–Leipzig"),
            Booking.of("50,5", "S", "4711", "1200", "1302", "RE-5", "Unbekanntes Konto"),
            Booking.of("119,00", "S", "4930", "1200", "1502", "RE-6", "Toner"),
            Booking.of("119,00", "H", "4930", "1200", "1602", "RE-6", "Storno Toner"),
            Booking.of("80,00", "S", "4940", "1200", "1702", "RE-7", "Zeitschrift"),
            Booking.of("80,00", "S", "4940", "1200", "1702", "RE-7", "Zeitschrift").generalumkehr(),
            Booking.of("100,00", "S", "4930", "1200", "1902", "RE-8", "Lizenz in Dollar").foreign("USD", "92,50"),
            Booking.of("50,00", "S", "4930", "1200", "2002", "RE-9", "Kurs offen").foreign("CHF", ""),
            Booking.of("1.234,56", "S", "4930", "1200", "2102", "RE-10", "Bürobedarf – Müller & Söhne"),
            Booking.of("3,5", "S", "4910", "1200", "2202", "", "Porto"));

    @BeforeEach
    void open() {
        fx = new ExpenseImportFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Path write(String name, Style style, List<Booking> bookings) {
        return DatevFiles.write(dir.resolve(name), style, bookings, false);
    }

    private static Map<Integer, Outcome> outcomes(ImportPreview<ExpenseField, ExpenseImportRow> p) {
        Map<Integer, Outcome> out = new LinkedHashMap<>();
        p.rows().forEach(r -> out.put(r.row(), r.outcome()));
        return out;
    }

    private static ExpenseImportRow row(ImportPreview<ExpenseField, ExpenseImportRow> p, int line) {
        return p.rows().stream().filter(r -> r.row() == line).findFirst().orElseThrow();
    }

    @Test
    void aMonthOfBookingsIsToldApartByAccountsDirectionAndReversal() {
        ImportPreview<ExpenseField, ExpenseImportRow> p = fx.preview(write("feb.csv", Style.standard(), FEBRUARY),
                fx.contract);
        assertThat(p.read()).isEqualTo(13);
        assertThat(outcomes(p).values()).containsExactly(Outcome.IMPORT, Outcome.IMPORT, Outcome.NOT_EXPENSE,
                Outcome.IMPORT, Outcome.UNMAPPED, Outcome.REVERSED, Outcome.REVERSED, Outcome.REVERSED,
                Outcome.REVERSED, Outcome.IMPORT, Outcome.DECISION, Outcome.IMPORT, Outcome.IMPORT);
        ExpenseImportRow book = row(p, 3);
        assertThat(book.date()).isEqualTo(LocalDate.of(2024, 2, 5));
        assertThat(book.account()).isEqualTo("4940");
        assertThat(book.gross()).isEqualByComparingTo("24.95");
        assertThat(book.categoryName()).isEqualTo("Sachausgaben");
        assertThat(book.purpose()).isEqualTo("Fachbuch: Förderrecht für Kommunen");
        assertThat(row(p, 6).gross()).isEqualByComparingTo("300.00");
        assertThat(row(p, 6).categoryName()).isEqualTo("Reisekosten");
        assertThat(row(p, 7).problems().get(0).text()).contains("Zeile 7").contains("4711")
                .contains("keiner Ausgabenkategorie zugeordnet");
        assertThat(row(p, 8).problems().get(0).reason()).contains("Zeile 9");
        assertThat(row(p, 12).gross()).isEqualByComparingTo("92.50");
        assertThat(row(p, 13).problems().get(0).reason()).contains("CHF").contains("entscheiden");
        assertThat(row(p, 14).gross()).isEqualByComparingTo("1234.56");
        assertThat(row(p, 14).purpose()).isEqualTo("Bürobedarf – Müller & Söhne");
        assertThat(row(p, 15).receiptNo()).startsWith("A-20240222-");
        assertThat(row(p, 5).problems().get(0).reason()).contains("10000").contains("8400");
        assertThat(p.valid()).isEqualTo(6);
        assertThat(p.blocking()).isEqualTo(2);
    }

    @Test
    void theSameBookingsGiveExactlyTheSameResultInEveryEncodingSeparatorVersionAndProducer() throws Exception {
        List<Style> styles = List.of(Style.standard(), Style.standard().utf8(false), Style.standard().utf8(true),
                Style.standard().separator(','), Style.standard().bare(), Style.standard().separator(',').bare(),
                Style.standard().lf(), Style.standard().version(510), Style.standard().producer("other").utf8(true),
                Style.standard().version(510).separator(',').lf().utf8(false));
        List<String> first = null;
        for (int i = 0; i < styles.size(); i++) {
            Path file = write("v" + i + ".csv", styles.get(i), FEBRUARY);
            ImportPreview<ExpenseField, ExpenseImportRow> p = fx.preview(file, fx.contract);
            List<String> result = p.rows().stream().map(r -> r.row() + " " + r.outcome() + " " + r.reason() + " "
                    + r.date() + " " + r.receiptNo() + " " + r.account() + " " + r.contraAccount() + " " + r.gross()
                    + " " + r.categoryName() + " " + r.payee() + " " + r.purpose() + " " + r.cancels() + " "
                    + r.problems().stream().map(RowProblem::text).toList()).toList();
            assertThat(result).as("style %s", styles.get(i)).hasSize(13);
            if (first == null) {
                first = result;
            } else {
                assertThat(result).as("style %s", styles.get(i)).isEqualTo(first);
            }
        }
        assertThat(Files.readAllBytes(dir.resolve("v0.csv"))).contains((byte) 0x96); // en dash in Windows-1252
    }

    @Test
    void theRealSampleIsRead() throws Exception {
        Path sample = dir.resolve("EXTF_Buchungsstapel_sample.csv");
        Files.copy(getClass().getResourceAsStream("/expenseimport/EXTF_Buchungsstapel_sample.csv"), sample);
        ExpenseFile f = fx.service.read(sample, null, Progress.NONE);
        assertThat(f.isDatev()).isTrue();
        assertThat(f.datev().version()).isEqualTo(700);
        assertThat(f.datev().fiscalYearStart()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(f.datev().periodTo()).isEqualTo(LocalDate.of(2018, 2, 28));
        assertThat(f.file().encoding()).isEqualTo("Windows-1252");
        assertThat(f.warnings()).isEmpty();
        ImportPreview<ExpenseField, ExpenseImportRow> p = fx.service.preview(f, fx.service.mapping(f, null),
                fx.service.context(fx.old.id()));
        assertThat(outcomes(p).values()).containsExactly(Outcome.IMPORT, Outcome.NOT_EXPENSE);
        assertThat(row(p, 3).date()).isEqualTo(LocalDate.of(2018, 2, 21));
        assertThat(row(p, 3).purpose()).isEqualTo("Fachbuch: Controlling für Dummies");
    }

    @Test
    void aHeaderThatContradictsItselfWarnsAndSaysWhichYearItUsed() {
        Path file = write("widerspruch.csv", Style.standard().period("20230101", "20240201", "20240229"), FEBRUARY);
        ExpenseFile f = fx.service.read(file, null, Progress.NONE);
        assertThat(f.warnings()).singleElement().asString().contains("widerspricht sich").contains("01.01.2023")
                .contains("2024");
        ImportPreview<ExpenseField, ExpenseImportRow> p = fx.service.preview(f, fx.service.mapping(f, null),
                fx.service.context(fx.contract.id()));
        assertThat(row(p, 3).date()).isEqualTo(LocalDate.of(2024, 2, 5));
    }

    @Test
    void aPeriodOverTheYearEndGivesEachDayItsYear() {
        Path file = write("jahreswechsel.csv", Style.standard().period("20230701", "20231201", "20240131"), List.of(
                Booking.of("10,00", "S", "4930", "1200", "1512", "D-1", "Dezember"),
                Booking.of("20,00", "S", "4930", "1200", "1001", "J-1", "Januar")));
        ImportPreview<ExpenseField, ExpenseImportRow> p = fx.preview(file, fx.old);
        assertThat(row(p, 3).date()).isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(row(p, 4).date()).isEqualTo(LocalDate.of(2024, 1, 10));
    }

    @Test
    void skr04AccountsAreReadFromTheHeadersChart() {
        Path file = write("skr04.csv", Style.standard().chart("04"), List.of(
                Booking.of("45,00", "S", "6815", "1800", "0502", "S4-1", "Bürobedarf"),
                Booking.of("89,00", "H", "1800", "6650", "0602", "S4-2", "Reise")));
        ImportPreview<ExpenseField, ExpenseImportRow> p = fx.preview(file, fx.contract);
        assertThat(outcomes(p).values()).containsExactly(Outcome.IMPORT, Outcome.IMPORT);
        assertThat(row(p, 3).categoryName()).isEqualTo("Sachausgaben");
        assertThat(row(p, 4).categoryName()).isEqualTo("Reisekosten");
        // without the header's chart, the accounts tell it
        Path guessed = write("skr04-guess.csv", Style.standard(), List.of(
                Booking.of("45,00", "S", "6815", "1800", "0502", "S4-1", "Bürobedarf")));
        assertThat(fx.preview(guessed, fx.contract).rows().get(0).categoryName()).isEqualTo("Sachausgaben");
    }

    @Test
    void applyBooksTheExpensesWithTheirTraceInOneBatchAndTheSecondImportImportsNothing() {
        Path file = write("feb.csv", Style.standard(), FEBRUARY);
        ExpenseImportResult r = fx.apply(file, fx.contract, ImportMode.VALID_ROWS);
        assertThat(r.imported()).isEqualTo(6);
        assertThat(r.batchId()).startsWith("IMP-20240310-093000-");
        assertThat(fx.ledger()).containsExactly(
                "RE-1 2024-02-05 24.95 SACH IMPORT feb.csv:3 batch",
                "RE-2 2024-02-06 119.00 SACH IMPORT feb.csv:4 batch",
                "RE-4 2024-02-12 300.00 REISE IMPORT feb.csv:6 batch",
                "RE-8 2024-02-19 92.50 SACH IMPORT feb.csv:12 batch",
                "RE-10 2024-02-21 1234.56 SACH IMPORT feb.csv:14 batch",
                fx.ledger().get(5));
        assertThat(fx.ledger().get(5)).startsWith("A-20240222-").endsWith(" 2024-02-22 3.50 SACH IMPORT feb.csv:15 batch");
        assertThat(fx.service.batches(fx.contract.id())).singleElement().satisfies(b -> {
            assertThat(b.expenses()).isEqualTo(6);
            assertThat(b.activeTotal()).isEqualByComparingTo("1774.51");
            assertThat(b.file()).isEqualTo("feb.csv");
        });

        String state = fx.state();
        ExpenseImportResult again = fx.apply(file, fx.contract, ImportMode.VALID_ROWS);
        assertThat(again.imported()).isZero();
        assertThat(again.batchId()).isNull();
        assertThat(again.checked().rows().stream().filter(x -> x.outcome() == Outcome.DUPLICATE)).hasSize(6);
        assertThat(fx.state()).isEqualTo(state);
    }

    @Test
    void allOrNothingRefusesAFileWithAnUnmappedAccountAndWritesNothing() {
        Path file = write("feb.csv", Style.standard(), FEBRUARY);
        String state = fx.state();
        assertThatThrownBy(() -> fx.apply(file, fx.contract, ImportMode.ALL_OR_NOTHING))
                .isInstanceOf(DomainException.class).hasMessageContaining("4711").hasMessageContaining("CHF");
        assertThat(fx.state()).isEqualTo(state);
    }

    @Test
    void anUnmappedAccountMappedFromThePreviewIsImportedTheNextTime() {
        Path file = write("feb.csv", Style.standard(), FEBRUARY);
        fx.apply(file, fx.contract, ImportMode.VALID_ROWS);
        long sach = fx.queries.categories().stream().filter(c -> c.code().equals("SACH")).findFirst().orElseThrow()
                .id();
        fx.service.saveAccount(null, 0, Chart.SKR03, "4711", "Sonderposten", sach);
        ExpenseImportResult second = fx.apply(file, fx.contract, ImportMode.VALID_ROWS);
        assertThat(second.imported()).isEqualTo(1);
        assertThat(fx.ledger()).last().asString().startsWith("RE-5 2024-02-13 50.50 SACH IMPORT feb.csv:7");
    }

    @Test
    void aReversalInALaterBatchCancelsTheImportedExpenseAndABatchIsCancelledAsAWhole() {
        fx.apply(write("feb.csv", Style.standard(), FEBRUARY), fx.contract, ImportMode.VALID_ROWS);
        Path storno = write("maerz.csv", Style.standard().period("20240101", "20240301", "20240331"), List.of(
                Booking.of("119,00", "S", "4930", "1200", "0203", "RE-2", "Druckerpapier").generalumkehr(),
                Booking.of("77,00", "H", "4930", "1200", "0303", "RE-99", "Gutschrift ohne Beleg")));
        ExpenseImportResult r = fx.apply(storno, fx.contract, ImportMode.VALID_ROWS);
        assertThat(r.cancelled()).hasSize(1);
        assertThat(r.checked().rows().get(1).outcome()).isEqualTo(Outcome.UNMATCHED_REVERSAL);
        assertThat(fx.ledger().get(1)).startsWith("RE-2 2024-02-06 119.00 SACH IMPORT STORNO");
        assertThat(fx.queries.expenses(fx.contract.id(), 2024).stream().filter(e -> e.cancelled()).findFirst()
                .orElseThrow().cancelReason()).isEqualTo("Storno aus maerz.csv, Zeile 3");

        String batch = fx.service.batches(fx.contract.id()).get(0).batchId();
        int n = fx.service.cancelBatch(batch, "Falscher Vertrag");
        assertThat(n).isEqualTo(5);
        assertThat(fx.ledger()).allMatch(l -> l.contains("STORNO"));
        assertThat(fx.ledger()).hasSize(6);
        assertThat(fx.service.batches(fx.contract.id()).get(0).activeTotal()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThatThrownBy(() -> fx.service.cancelBatch(batch, "noch einmal")).isInstanceOf(DomainException.class)
                .hasMessageContaining("nichts storniert");
    }
}
