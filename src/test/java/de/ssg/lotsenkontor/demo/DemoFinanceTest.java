package de.ssg.lotsenkontor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.funding.BudgetActual;
import de.ssg.lotsenkontor.funding.BudgetStatus;
import de.ssg.lotsenkontor.funding.CategoryBudget;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.ExpenseRow;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.funding.FundsPosition;
import de.ssg.lotsenkontor.funding.FundsRequestRow;
import de.ssg.lotsenkontor.funding.MoneyAgreement;
import de.ssg.lotsenkontor.funding.ProofDeadline;
import de.ssg.lotsenkontor.funding.ProofKind;
import de.ssg.lotsenkontor.funding.RevisionRow;
import de.ssg.lotsenkontor.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's money: every contract year agrees to the cent in database, service and workbook,
 * and a new user finds every rule of the funder at work.
 */
class DemoFinanceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    @TempDir
    static Path folder;

    private static Database db;
    private static FundingQueries queries;

    @BeforeAll
    static void generate() {
        db = TestDatabases.open(folder.resolve("db"));
        de.ssg.lotsenkontor.municipality.ReferenceData.loadIfEmpty(db);
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant(), ZoneId.of("Europe/Berlin"));
        new DemoData(db, clock).generate(1, DemoData.DEFAULT_SEED, de.ssg.lotsenkontor.common.Progress.NONE);
        queries = new FundingQueries(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static ContractRow contract(int year) {
        return queries.contracts().stream().filter(c -> c.firstYear() <= year && c.lastYear() >= year).findFirst()
                .orElseThrow();
    }

    private static CategoryBudget category(BudgetActual b, String name) {
        return b.categories().stream().filter(c -> c.category().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyContractYearAgreesToTheCentInDatabaseServiceAndWorkbook() throws Exception {
        int years = 0;
        for (ContractRow c : queries.contracts()) {
            for (int y = c.firstYear(); y <= c.lastYear(); y++) {
                MoneyAgreement.check(db, queries, c, y, TODAY, folder.resolve("proof-" + y + ".xlsx"));
                years++;
            }
        }
        assertThat(years).isEqualTo(6);
    }

    @Test
    void travelIn2022BreaksTheTwentyPercentRule() {
        BudgetActual b = queries.budgetActual(contract(2022).id(), 2022, TODAY);
        assertThat(b.overLimit()).extracting(CategoryBudget::category).containsExactly("Reisekosten");
        assertThat(category(b, "Reisekosten").deviationShare()).isGreaterThan(new java.math.BigDecimal("0.20"));
        assertThat(b.totalExceeded()).isFalse();
    }

    @Test
    void eventsIn2024ExceedTheirPlanWithinTwentyPercentCoveredBySavings() {
        BudgetActual b = queries.budgetActual(contract(2024).id(), 2024, TODAY);
        CategoryBudget events = category(b, "Veranstaltungen");
        assertThat(events.status()).isEqualTo(BudgetStatus.BALANCED);
        assertThat(events.deviation()).isPositive();
        assertThat(b.totalExceeded()).isFalse();
        assertThat(b.overLimit()).isEmpty();
    }

    @Test
    void revisionsInTheMiddleOfTheYearWithTheirReason() {
        for (int year : List.of(2022, 2024)) {
            List<RevisionRow> revised = queries.revisions(contract(year).id(), year).stream()
                    .filter(r -> r.revision() > 0).toList();
            assertThat(revised).as("revisions %d", year).isNotEmpty().allSatisfy(r -> {
                assertThat(r.validFrom().getMonthValue()).isBetween(5, 9);
                assertThat(r.reason()).startsWith("Umwidmung laut Änderungsbescheid");
            });
        }
    }

    @Test
    void aCoachsTravelIsBookedForThatCoach() {
        List<ExpenseRow> all = queries.expenses(contract(2024).id(), 2024);
        assertThat(all).filteredOn(e -> e.coachId() != null).isNotEmpty()
                .allSatisfy(e -> assertThat(e.category()).isEqualTo("Reisekosten"));
    }

    @Test
    void everyYearHasCancelledReceiptsWithAReason() {
        for (ContractRow c : queries.contracts()) {
            List<ExpenseRow> all = queries.expenses(c.id(), null);
            for (int y = c.firstYear(); y <= c.lastYear(); y++) {
                int year = y;
                assertThat(all).filteredOn(e -> e.year() == year && e.cancelled()).as("cancelled in %d", y)
                        .isNotEmpty().allSatisfy(e -> assertThat(e.cancelReason()).isNotBlank());
            }
        }
    }

    @Test
    void exactlyTheMayRequestOf2025BreaksTheTwoMonthRule() {
        List<FundsRequestRow> breaking = new ArrayList<>();
        for (ContractRow c : queries.contracts()) {
            FundsPosition p = queries.funds(c.id(), TODAY);
            breaking.addAll(p.requests().stream().filter(FundsRequestRow::breaksTwoMonthRule).toList());
        }
        assertThat(breaking).extracting(FundsRequestRow::requestNo).containsExactly("MA-2025-3");
    }

    @Test
    void theInterimProofFor2025IsStillDue() {
        List<ProofDeadline> open = new ArrayList<>();
        for (ContractRow c : queries.contracts()) {
            open.addAll(queries.deadlines(c.id(), TODAY).stream().filter(ProofDeadline::open).toList());
        }
        assertThat(open).extracting(ProofDeadline::kind, ProofDeadline::year).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ProofKind.ZWISCHEN, 2025),
                org.assertj.core.groups.Tuple.tuple(ProofKind.SCHLUSS, 2026));
    }
}
