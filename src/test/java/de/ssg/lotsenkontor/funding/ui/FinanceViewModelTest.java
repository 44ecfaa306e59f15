package de.ssg.lotsenkontor.funding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.events.EventQueries;
import de.ssg.lotsenkontor.funding.CategoryOption;
import de.ssg.lotsenkontor.funding.ContractInput;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.ExpenseInput;
import de.ssg.lotsenkontor.funding.ExpenseLink;
import de.ssg.lotsenkontor.funding.ExpenseLinkQueries;
import de.ssg.lotsenkontor.funding.ExpenseRow;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.funding.FundingService;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
import de.ssg.lotsenkontor.people.CoachChange;
import de.ssg.lotsenkontor.people.CoachQueries;
import de.ssg.lotsenkontor.people.CoachService;
import de.ssg.lotsenkontor.people.PersonDeactivationListener;
import de.ssg.lotsenkontor.storage.Database;
import de.ssg.lotsenkontor.ui.TaskRunner;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The finance view models on a real database, without a toolkit: work runs at once, dialogs are answered. */
class FinanceViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path folder;

    private Database db;
    private FundingQueries queries;
    private ExpenseLinkQueries links;
    private FundingService service;
    private FinanceViewModel vm;
    private final Deque<Optional<String>> reasons = new ArrayDeque<>();
    private final List<String> failures = new ArrayList<>();
    private ContractRow contract;

    private final TaskRunner now = TaskRunner.DIRECT;

    private final FinanceDialogs answers = new FinanceDialogs() {
        @Override
        public Optional<String> askReason(String title, String message, String confirmText) {
            return reasons.isEmpty() ? Optional.empty() : reasons.pop();
        }

        @Override
        public void showFailure(String title, Throwable error) {
            failures.add(title + ": " + error.getMessage());
        }

        @Override
        public void showInfo(String title, String message) {
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String initialName) {
            return Optional.of(folder.resolve(initialName));
        }
    };

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder.resolve("db"));
        Clock clock = Clock.fixed(LocalDate.of(2024, 7, 1).atStartOfDay(BERLIN).toInstant(), BERLIN);
        queries = new FundingQueries(db);
        service = new FundingService(db, queries, clock);
        contract = service.saveContract(new ContractInput(null, 0, "VM-2024/25", "Test", "Freistaat Sachsen", 2024,
                2025, new BigDecimal("120000.00"), null, null));
        service.setPlan(contract.id(), 2024, category("REISE"), new BigDecimal("1000.00"));
        service.setPlan(contract.id(), 2024, category("PERS"), new BigDecimal("119000.00"));
        links = new ExpenseLinkQueries(new CoachQueries(db, new MunicipalityQueries(db), clock), new EventQueries(db));
        vm = new FinanceViewModel(queries, links, service, now, answers, clock);
        vm.loadContracts();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long category(String code) {
        return queries.categories().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
    }

    private CategoryOption option(String code) {
        return vm.ledger().categories().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private void type(String receipt, String date, String code, String gross, String eligible) {
        ExpenseFormModel f = vm.ledger().form();
        f.receiptNoProperty().set(receipt);
        f.dateTextProperty().set(date);
        f.payeeProperty().set("Bahn");
        f.purposeProperty().set("Fahrt");
        f.categoryProperty().set(option(code));
        f.grossTextProperty().set(gross);
        f.eligibleTextProperty().set(eligible);
    }

    @Test
    void choosesTheContractRunningTodayAndItsYear() {
        assertThat(vm.contractProperty().get().reference()).isEqualTo("VM-2024/25");
        assertThat(vm.yearProperty().get()).isEqualTo(2024);
        assertThat(vm.years()).containsExactly(2024, 2025);
        assertThat(vm.budget().rows()).extracting(c -> c.category()).contains("Reisekosten", "Gesamt");
        assertThat(vm.budget().findings()).containsExactly("Alle Kategorien liegen im Plan.");
    }

    @Test
    void fastEntryKeepsDateAndCategoryForTheNextReceipt() {
        LedgerViewModel ledger = vm.ledger();
        type("R-1", "03.04.2024", "REISE", "1.234,50", "");
        assertThat(ledger.saveCommand().canRunBinding().get()).isTrue();
        ledger.saveCommand().run();
        assertThat(ledger.rows().all()).extracting(ExpenseRow::receiptNo).containsExactly("R-1");
        assertThat(ledger.rows().all().get(0).eligible()).isEqualByComparingTo("1234.50");
        // the next receipt: empty form, date and category kept
        assertThat(ledger.form().receiptNoProperty().get()).isEmpty();
        assertThat(ledger.form().grossTextProperty().get()).isEmpty();
        assertThat(ledger.form().dateTextProperty().get()).isEqualTo("03.04.2024");
        assertThat(ledger.form().categoryProperty().get().code()).isEqualTo("REISE");
        assertThat(ledger.totalsProperty().get()).contains("brutto 1.234,50 €");
    }

    @Test
    void anExpenseIsLinkedToACoachsTravelAndTheLinkIsShownAgain() {
        new CoachService(db, new CoachQueries(db, new MunicipalityQueries(db), Clock.systemUTC()),
                PersonDeactivationListener.NONE).save(new CoachChange(null, 0, "Anna", "Lotsenfeld", null, null, 30,
                        LocalDate.of(2024, 1, 1), null, Set.of()));
        vm.loadContracts();
        LedgerViewModel ledger = vm.ledger();
        ExpenseLink anna = ledger.links().stream().filter(l -> l.label().equals("Lotse: Anna Lotsenfeld"))
                .findFirst().orElseThrow();
        type("R-7", "03.04.2024", "REISE", "89,90", "");
        ledger.form().linkProperty().set(anna);
        assertThat(ledger.saveCommand().canRunBinding().get()).isTrue();
        ledger.saveCommand().run();
        assertThat(ledger.saveErrorProperty().get()).isEmpty();
        assertThat(failures).isEmpty();

        ExpenseRow saved = queries.expenses(contract.id(), 2024).get(0);
        assertThat(saved.coachId()).isEqualTo(anna.id());
        assertThat(saved.eventId()).isNull();
        assertThat(ledger.form().linkProperty().get()).isNull(); // the next receipt starts without a link
        ledger.selectedProperty().set(ledger.rows().all().get(0));
        assertThat(ledger.form().linkProperty().get()).isEqualTo(anna);
    }

    @Test
    void badInputIsNamedAndKept() {
        LedgerViewModel ledger = vm.ledger();
        type("R-1", "03.04.2024", "REISE", "12,345", "");
        assertThat(ledger.form().violationText()).isEqualTo("Betrag brutto: darf höchstens zwei Nachkommastellen haben");
        type("R-1", "03.04.2024", "REISE", "0", "");
        assertThat(ledger.form().violationText()).isEqualTo("Betrag brutto: muss größer als 0 sein");
        type("R-1", "03.04.2024", "REISE", "10,00", "10,01");
        assertThat(ledger.form().violationText())
                .isEqualTo("zuwendungsfähig: darf nicht größer als der Bruttobetrag sein");
        type("R-1", "03.04.2023", "REISE", "10,00", "");
        assertThat(ledger.form().violationText()).contains("Zahlungsdatum: liegt außerhalb der Laufzeit");
        assertThat(ledger.saveCommand().canRunBinding().get()).isFalse();
        assertThat(ledger.form().dateTextProperty().get()).isEqualTo("03.04.2023");

        // a duplicate receipt number is refused by the service; what was typed stays
        type("R-1", "03.04.2024", "REISE", "10,00", "");
        ledger.saveCommand().run();
        type("R-1", "04.04.2024", "REISE", "20,00", "");
        ledger.saveCommand().run();
        assertThat(ledger.saveErrorProperty().get()).isEqualTo("Belegnr.: „R-1“ ist im Jahr 2024 schon vergeben");
        assertThat(ledger.form().grossTextProperty().get()).isEqualTo("20,00");
        assertThat(ledger.rows().all()).hasSize(1);
    }

    @Test
    void aConcurrentChangeIsReportedAndTheInputKept() {
        LedgerViewModel ledger = vm.ledger();
        type("R-1", "03.04.2024", "REISE", "10,00", "");
        ledger.saveCommand().run();
        ExpenseRow row = ledger.rows().all().get(0);
        ledger.selectedProperty().set(row);
        // someone else corrects it meanwhile
        service.saveExpense(new ExpenseInput(row.id(), row.version(), contract.id(), "R-1", row.paymentDate(), "DB",
                "Fahrt", row.categoryId(), row.gross(), null, null, null, null, null, "Empfänger"));
        ledger.form().grossTextProperty().set("11,00");
        ledger.form().correctionReasonProperty().set("Tippfehler");
        ledger.saveCommand().run();
        assertThat(ledger.saveErrorProperty().get()).contains("inzwischen von jemand anderem geändert");
        assertThat(ledger.form().grossTextProperty().get()).isEqualTo("11,00");
        assertThat(queries.expense(row.id()).gross()).isEqualByComparingTo("10.00");
    }

    @Test
    void cancellingAsksForTheReasonAndTheTotalsLeaveTheReceiptOut() {
        LedgerViewModel ledger = vm.ledger();
        type("R-1", "03.04.2024", "REISE", "10,00", "");
        ledger.saveCommand().run();
        type("R-2", "03.04.2024", "REISE", "90,00", "");
        ledger.saveCommand().run();
        ExpenseRow second = ledger.rows().all().stream().filter(r -> r.receiptNo().equals("R-2")).findFirst()
                .orElseThrow();
        ledger.selectedProperty().set(second);
        reasons.push(Optional.empty()); // the user declines
        ledger.cancelCommand().run();
        assertThat(queries.expense(second.id()).cancelled()).isFalse();
        reasons.push(Optional.of("Doppelt erfasst"));
        ledger.cancelCommand().run();
        assertThat(queries.expense(second.id()).cancelReason()).isEqualTo("Doppelt erfasst");
        assertThat(ledger.cancelCommand().canRunBinding().get()).isFalse();
        assertThat(ledger.totalsProperty().get()).contains("brutto 10,00 €").contains("ohne 1 stornierte");
        ledger.showCancelledProperty().set(false);
        assertThat(ledger.rows().shown()).extracting(ExpenseRow::receiptNo).containsExactly("R-1");
    }

    @Test
    void filtersBySearchCategoryMonthAndAmount() {
        LedgerViewModel ledger = vm.ledger();
        type("R-1", "03.04.2024", "REISE", "10,00", "");
        ledger.saveCommand().run();
        type("P-1", "30.05.2024", "PERS", "5.000,00", "");
        ledger.saveCommand().run();
        ledger.rows().searchProperty().set("p-1");
        assertThat(ledger.rows().shown()).extracting(ExpenseRow::receiptNo).containsExactly("P-1");
        ledger.resetFilters();
        ledger.monthFilterProperty().set(4);
        assertThat(ledger.rows().shown()).extracting(ExpenseRow::receiptNo).containsExactly("R-1");
        ledger.resetFilters();
        ledger.minAmountProperty().set("100");
        assertThat(ledger.rows().shown()).extracting(ExpenseRow::receiptNo).containsExactly("P-1");
        ledger.resetFilters();
        ledger.categoryFilterProperty().set(option("REISE"));
        assertThat(ledger.rows().shown()).extracting(ExpenseRow::receiptNo).containsExactly("R-1");
        assertThat(ledger.totalsProperty().get()).contains("brutto 10,00 €");
    }

    @Test
    void theBudgetFlagsAndTheFundsWarningFollowTheBookings() {
        vm.ledger().form().dateTextProperty().set("");
        type("R-1", "03.04.2024", "REISE", "1.300,00", "");
        vm.ledger().saveCommand().run();
        vm.reloadShown();
        assertThat(vm.budget().findings()).singleElement().asString().startsWith("Reisekosten: 300,00 € (30,0 %)");
        assertThat(vm.budget().exportCommand().canRunBinding().get()).isTrue();
        vm.budget().exportCommand().run();
        assertThat(folder.resolve("Verwendungsnachweis_VM-2024_25_2024.xlsx")).exists();

        FundsViewModel funds = vm.funds();
        // plan 120,000 € a year: about 20,000 € for two months
        funds.amountTextProperty().set("15.000,00");
        assertThat(funds.warningProperty().get()).isEmpty();
        funds.amountTextProperty().set("25.000,00");
        assertThat(funds.warningProperty().get()).startsWith("Achtung: Nach diesem Abruf lägen");
        funds.amountTextProperty().set("25.000,001");
        assertThat(funds.problemsProperty().get()).contains("höchstens zwei Nachkommastellen");
        assertThat(funds.saveCommand().canRunBinding().get()).isFalse();
        assertThat(funds.nextDeadlineProperty().get()).isEqualTo("Nächste Frist: Zwischennachweis 2024 bis 30.04.2025");
    }

    @Test
    void theOfficeRenamesReordersAndDeactivatesItsCategoriesWithoutLosingAny() {
        PlanViewModel plan = vm.plan();
        CategoryOption travel = plan.categories().stream().filter(c -> c.code().equals("REISE")).findFirst().orElseThrow();
        plan.listedCategoryProperty().set(travel);
        assertThat(plan.categoryNameProperty().get()).isEqualTo("Reisekosten");
        assertThat(plan.renameCategoryCommand().canRunBinding().get()).isFalse(); // nothing changed yet

        plan.categoryNameProperty().set("Reise- und Fahrtkosten");
        plan.renameCategoryCommand().run();
        plan.moveCategoryUpCommand().run();
        plan.toggleCategoryCommand().run();

        List<CategoryOption> after = queries.categories();
        assertThat(after).hasSize(7);
        assertThat(after).extracting(CategoryOption::name).containsSequence("Reise- und Fahrtkosten", "Sachausgaben");
        CategoryOption renamed = after.stream().filter(c -> c.code().equals("REISE")).findFirst().orElseThrow();
        assertThat(renamed.active()).isFalse();
        assertThat(plan.listedCategoryProperty().get()).isEqualTo(renamed);
        // a deactivated category is no longer offered for new receipts, but its plan stays in the budget
        vm.loadContracts();
        assertThat(vm.ledger().categories()).extracting(CategoryOption::code).doesNotContain("REISE");
        assertThat(vm.budget().rows()).extracting(c -> c.category()).contains("Reise- und Fahrtkosten");
        assertThat(failures).isEmpty();
    }

    @Test
    void aSecondCategoryOfTheSameNameIsRefusedNamingIt() {
        PlanViewModel plan = vm.plan();
        plan.listedCategoryProperty().set(plan.categories().get(0));
        plan.categoryNameProperty().set("reisekosten");
        plan.renameCategoryCommand().run();
        assertThat(failures).singleElement().asString().contains("„reisekosten“ gibt es schon");
        assertThat(queries.categories()).extracting(CategoryOption::name).contains("Personalausgaben");
    }

    @Test
    void aRevisionWithoutReasonCannotBeSaved() {
        PlanViewModel plan = vm.plan();
        plan.categoryProperty().set(plan.categories().stream().filter(c -> c.code().equals("REISE")).findFirst()
                .orElseThrow());
        plan.amountTextProperty().set("2.000,00");
        plan.validFromTextProperty().set("01.06.2024");
        assertThat(plan.problemsProperty().get()).isEqualTo("Begründung: ist ein Pflichtfeld");
        assertThat(plan.reviseCommand().canRunBinding().get()).isFalse();
        plan.reasonProperty().set("Änderungsbescheid vom 28.05.2024");
        assertThat(plan.reviseCommand().canRunBinding().get()).isTrue();
        plan.reviseCommand().run();
        assertThat(plan.revisions()).filteredOn(r -> r.category().equals("Reisekosten"))
                .extracting(r -> r.amount().toPlainString()).containsExactly("1000.00", "2000.00");
        assertThat(vm.budget().rows().get(2).current()).isEqualByComparingTo("2000.00");
    }
}
