package de.ssg.lotsenkontor.funding;

import static de.ssg.lotsenkontor.funding.FundingFixture.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.ValidationException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Booking, correcting and cancelling expenses, revising the plan, requests and the funder's rules. */
class FundingServiceTest {

    @TempDir
    Path folder;

    private FundingFixture f;
    private ContractRow contract;

    @BeforeEach
    void open() {
        f = new FundingFixture(folder, LocalDate.of(2024, 7, 1));
        contract = f.contract("T-2024/25", 2024, 2025, "120000.00");
        f.plan(contract, 2024, "PERS", "72000.00");
        f.plan(contract, 2024, "REISE", "12000.00");
        f.plan(contract, 2024, "VERANST", "36000.00");
    }

    @AfterEach
    void close() {
        f.close();
    }

    private ExpenseInput input(String receipt, LocalDate day, String code, String gross, String eligible) {
        return new ExpenseInput(null, 0, contract.id(), receipt, day, "Bahn", "Fahrt zum Netzwerktreffen",
                code == null ? null : f.category(code), gross == null ? null : new BigDecimal(gross),
                eligible == null ? null : new BigDecimal(eligible), null, null, "Ordner 2024/07", null, null);
    }

    private List<String> refused(ExpenseInput input) {
        try {
            f.service.saveExpense(input);
        } catch (ValidationException e) {
            return messages(e);
        }
        throw new AssertionError("not refused");
    }

    @Test
    void booksAnExpenseWithTheGrossAmountAsEligibleByDefault() {
        ExpenseRow saved = f.service.saveExpense(input("R-1", LocalDate.of(2024, 3, 4), "REISE", "84.30", null));
        assertThat(saved.year()).isEqualTo(2024);
        assertThat(saved.eligible()).isEqualByComparingTo("84.30");
        assertThat(saved.category()).isEqualTo("Reisekosten");
        assertThat(saved.receiptLocation()).isEqualTo("Ordner 2024/07");
        assertThat(saved.source()).isEqualTo(ExpenseSource.MANUELL);
    }

    @Test
    void refusesBadAmountsWithTheFieldNamed() {
        LocalDate day = LocalDate.of(2024, 3, 4);
        assertThat(refused(input("R-1", day, "REISE", "0.00", null)))
                .containsExactly("Betrag brutto: muss größer als 0 sein");
        assertThat(refused(input("R-1", day, "REISE", "-5.00", null)))
                .containsExactly("Betrag brutto: darf nicht negativ sein");
        assertThat(refused(input("R-1", day, "REISE", "12.345", null)))
                .containsExactly("Betrag brutto: darf höchstens zwei Nachkommastellen haben");
        assertThat(refused(input("R-1", day, "REISE", "12.00", "12.01")))
                .containsExactly("zuwendungsfähig: darf nicht größer als der Bruttobetrag sein");
        assertThat(refused(input("R-1", day, "REISE", null, null))).containsExactly("Betrag brutto: ist ein Pflichtfeld");
        assertThat(f.queries.expenses(contract.id(), null)).isEmpty();
    }

    @Test
    void refusesADateOutsideTheContractAnUnknownCategoryAndADuplicateReceipt() {
        assertThat(refused(input("R-1", LocalDate.of(2023, 12, 31), "REISE", "10.00", null))).containsExactly(
                "Zahlungsdatum: liegt außerhalb der Laufzeit des Fördervertrags (01.01.2024 bis 31.12.2025)");
        ExpenseInput unknown = new ExpenseInput(null, 0, contract.id(), "R-1", LocalDate.of(2024, 1, 5), "Bahn",
                "Fahrt", 987_654L, new BigDecimal("10.00"), null, null, null, null, null, null);
        assertThat(refused(unknown)).containsExactly("Kategorie: ist keine bekannte (aktive) Ausgabenkategorie");

        f.service.saveExpense(input("R-1", LocalDate.of(2024, 1, 5), "REISE", "10.00", null));
        assertThat(refused(input("R-1", LocalDate.of(2024, 2, 5), "SACH", "20.00", null)))
                .containsExactly("Belegnr.: „R-1“ ist im Jahr 2024 schon vergeben");
        // the same number in another year is another receipt
        f.service.saveExpense(input("R-1", LocalDate.of(2025, 2, 5), "SACH", "20.00", null));
        assertThat(f.queries.expenses(contract.id(), null)).hasSize(2);
    }

    @Test
    void aCorrectionNeedsAReasonAndRecordsEveryChangedField() {
        ExpenseRow saved = f.service.saveExpense(input("R-1", LocalDate.of(2024, 3, 4), "REISE", "84.30", null));
        ExpenseInput noReason = new ExpenseInput(saved.id(), saved.version(), contract.id(), "R-1",
                saved.paymentDate(), "Bahn", "Fahrt zum Netzwerktreffen", f.category("REISE"), new BigDecimal("48.30"),
                null, null, null, "Ordner 2024/07", null, " ");
        assertThat(refused(noReason)).containsExactly("Grund der Korrektur: ist ein Pflichtfeld");

        ExpenseRow corrected = f.service.saveExpense(new ExpenseInput(saved.id(), saved.version(), contract.id(),
                "R-1", saved.paymentDate(), "Bahn", "Fahrt zum Netzwerktreffen", f.category("REISE"),
                new BigDecimal("48.30"), null, null, null, "Ordner 2024/07", null, "Zahlendreher"));
        assertThat(corrected.gross()).isEqualByComparingTo("48.30");
        assertThat(corrected.version()).isGreaterThan(saved.version());
        assertThat(f.queries.changes(saved.id())).extracting(ExpenseChangeRow::field, ExpenseChangeRow::oldValue,
                ExpenseChangeRow::newValue, ExpenseChangeRow::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("gross", "84,30 €", "48,30 €", "Zahlendreher"),
                org.assertj.core.groups.Tuple.tuple("eligible", "84,30 €", "48,30 €", "Zahlendreher"));
    }

    @Test
    void aConcurrentChangeIsReportedNotOverwritten() {
        ExpenseRow saved = f.service.saveExpense(input("R-1", LocalDate.of(2024, 3, 4), "REISE", "84.30", null));
        f.service.saveExpense(new ExpenseInput(saved.id(), saved.version(), contract.id(), "R-1", saved.paymentDate(),
                "Bahn AG", saved.purpose(), f.category("REISE"), saved.gross(), null, null, null, null, null,
                "Empfänger genauer"));
        ExpenseInput stale = new ExpenseInput(saved.id(), saved.version(), contract.id(), "R-1", saved.paymentDate(),
                "Deutsche Bahn", saved.purpose(), f.category("REISE"), saved.gross(), null, null, null, null, null,
                "Meine Korrektur");
        assertThatThrownBy(() -> f.service.saveExpense(stale)).isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("Die Ausgabe wurde inzwischen von jemand anderem geändert");
        assertThat(f.queries.expense(saved.id()).payee()).isEqualTo("Bahn AG");
        assertThatThrownBy(() -> f.service.cancelExpense(saved.id(), saved.version(), "x"))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void aCancelledExpenseNeedsAReasonAndCannotBeChangedAnyMore() {
        ExpenseRow saved = f.service.saveExpense(input("R-1", LocalDate.of(2024, 3, 4), "REISE", "84.30", null));
        assertThatThrownBy(() -> f.service.cancelExpense(saved.id(), saved.version(), ""))
                .isInstanceOf(ValidationException.class).hasMessage("Stornogrund: ist ein Pflichtfeld");
        ExpenseRow cancelled = f.service.cancelExpense(saved.id(), saved.version(), "Doppelt erfasst");
        assertThat(cancelled.cancelledOn()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThatThrownBy(() -> f.service.cancelExpense(cancelled.id(), cancelled.version(), "nochmal"))
                .isInstanceOf(DomainException.class).hasMessageContaining("storniert");
        assertThat(f.queries.budgetActual(contract.id(), 2024, LocalDate.of(2024, 7, 1)).total().spentGross())
                .isEqualByComparingTo("0.00");
    }

    @Test
    void aRevisionNeedsAReasonAndKeepsTheOriginal() {
        long events = f.category("VERANST");
        assertThatThrownBy(() -> f.service.revise(contract.id(), 2024, events, new BigDecimal("40000.00"),
                LocalDate.of(2024, 6, 1), " ")).isInstanceOf(ValidationException.class)
                .hasMessage("Begründung: ist ein Pflichtfeld");
        assertThatThrownBy(() -> f.service.revise(contract.id(), 2024, events, new BigDecimal("40000.00"),
                LocalDate.of(2025, 6, 1), "Änderungsbescheid")).isInstanceOf(ValidationException.class)
                .hasMessage("Gültig ab: muss im Jahr 2024 liegen");
        f.service.revise(contract.id(), 2024, events, new BigDecimal("40000.00"), LocalDate.of(2024, 6, 1),
                "Änderungsbescheid vom 20.05.2024");
        assertThatThrownBy(() -> f.plan(contract, 2024, "VERANST", "1.00")).isInstanceOf(DomainException.class)
                .hasMessageContaining("Änderungsbescheid");
        BudgetActual b = f.queries.budgetActual(contract.id(), 2024, LocalDate.of(2024, 7, 1));
        CategoryBudget e = b.categories().stream().filter(c -> c.categoryId() == events).findFirst().orElseThrow();
        assertThat(e.original()).isEqualByComparingTo("36000.00");
        assertThat(e.current()).isEqualByComparingTo("40000.00");
        assertThat(f.queries.revisions(contract.id(), 2024)).filteredOn(r -> r.revision() == 1)
                .extracting(RevisionRow::reason).containsExactly("Änderungsbescheid vom 20.05.2024");
    }

    @Test
    void theTwentyPercentRuleFlagsEachCategoryBeyondItAndATotalBeyondPlan() {
        f.book(contract, "A", LocalDate.of(2024, 2, 1), "REISE", "14400.01", null); // 20 % + 1 ct over 12,000
        f.book(contract, "B", LocalDate.of(2024, 2, 1), "VERANST", "43200.00", null); // exactly 20 % over
        f.book(contract, "C", LocalDate.of(2024, 2, 1), "PERS", "50000.00", null);
        BudgetActual b = f.queries.budgetActual(contract.id(), 2024, LocalDate.of(2024, 12, 31));
        assertThat(b.totalExceeded()).isFalse();
        assertThat(b.overLimit()).extracting(CategoryBudget::category).containsExactly("Reisekosten");
        assertThat(status(b, "VERANST")).isEqualTo(BudgetStatus.BALANCED);
        assertThat(status(b, "PERS")).isEqualTo(BudgetStatus.OK);
        assertThat(b.elapsed()).isEqualByComparingTo("1");

        f.book(contract, "D", LocalDate.of(2024, 3, 1), "PERS", "22000.00", null); // total now 129,600.01 > 120,000
        b = f.queries.budgetActual(contract.id(), 2024, LocalDate.of(2024, 12, 31));
        assertThat(b.totalExceeded()).isTrue();
        assertThat(status(b, "VERANST")).isEqualTo(BudgetStatus.NOT_BALANCED);
        assertThat(b.total().deviation()).isEqualByComparingTo("9600.01");
    }

    private CategoryBudget find(BudgetActual b, String code) {
        long id = f.category(code);
        return b.categories().stream().filter(c -> c.categoryId() == id).findFirst().orElseThrow();
    }

    private BudgetStatus status(BudgetActual b, String code) {
        return find(b, code).status();
    }

    @Test
    void proRataPlanAndForecastFollowThePartOfTheYearPassed() {
        f.book(contract, "A", LocalDate.of(2024, 1, 31), "REISE", "3000.00", null);
        // 1 July 2024: 183 of 366 days
        BudgetActual b = f.queries.budgetActual(contract.id(), 2024, LocalDate.of(2024, 7, 1));
        CategoryBudget travel = find(b, "REISE");
        assertThat(travel.proRata()).isEqualByComparingTo("6000.00");
        assertThat(travel.forecast()).isEqualByComparingTo("6000.00");
        assertThat(travel.remaining()).isEqualByComparingTo("9000.00");
        assertThat(travel.shareSpent()).isEqualByComparingTo("0.25");
    }

    @Test
    void theTwoMonthRuleWarnsWhenARequestWouldHoldMoreThanTheNextTwoMonthsNeed() {
        f.plan(contract, 2025, "PERS", "120000.00");
        // plan 2024: 120,000 € (366 days); two months after 1 March 2024: 2 March – 1 May = 61 days = 20,000 €
        FundsRequestRow ok = f.queries.checkRequest(contract.id(), null, LocalDate.of(2024, 3, 1),
                new BigDecimal("20000.00"));
        assertThat(ok.twoMonthPlan()).isEqualByComparingTo("20000.00");
        assertThat(ok.breaksTwoMonthRule()).isFalse();
        FundsRequestRow tooMuch = f.queries.checkRequest(contract.id(), null, LocalDate.of(2024, 3, 1),
                new BigDecimal("20000.01"));
        assertThat(tooMuch.breaksTwoMonthRule()).isTrue();

        f.service.saveFundsRequest(new FundsRequestInput(null, 0, contract.id(), "MA-1", LocalDate.of(2024, 3, 1),
                new BigDecimal("30000.00"), LocalDate.of(2024, 3, 20), new BigDecimal("30000.00"), null));
        f.book(contract, "P1", LocalDate.of(2024, 3, 29), "PERS", "6000.00", null);
        FundsPosition p = f.queries.funds(contract.id(), LocalDate.of(2024, 4, 2));
        assertThat(p.requests()).singleElement().satisfies(r -> {
            assertThat(r.breaksTwoMonthRule()).isTrue();
            assertThat(r.heldAfter()).isEqualByComparingTo("30000.00");
        });
        assertThat(p.received()).isEqualByComparingTo("30000.00");
        assertThat(p.spent()).isEqualByComparingTo("6000.00");
        assertThat(p.held()).isEqualByComparingTo("24000.00");
        // two months after 2 April (3 April – 2 June, 61 days): 20,000 €; 24,000 € held already
        assertThat(p.mayRequest()).isEqualByComparingTo("0.00");
        assertThat(p.deadlines()).extracting(ProofDeadline::kind, ProofDeadline::year, ProofDeadline::due)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProofKind.ZWISCHEN, 2024, LocalDate.of(2025, 4, 30)),
                        org.assertj.core.groups.Tuple.tuple(ProofKind.SCHLUSS, 2025, LocalDate.of(2026, 6, 30)));
        f.service.markProofSubmitted(contract.id(), 2024, ProofKind.ZWISCHEN, LocalDate.of(2025, 4, 10));
        assertThat(f.queries.deadlines(contract.id(), LocalDate.of(2025, 5, 1)).get(0).submittedOn())
                .isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(f.queries.deadlines(contract.id(), LocalDate.of(2026, 7, 1)).get(1).overdue()).isTrue();
    }
}
