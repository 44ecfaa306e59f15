package de.ssg.lotsenkontor.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The money of hand-made contract years agrees to the cent in the database, in the service and
 * in the proof-of-use workbook with its formulas evaluated: many small amounts, amounts whose
 * binary sums round at half a cent, an empty category, a year without expenses, cancelled
 * receipts and a revision in the middle of the year.
 */
class ProofOfUseMoneyTest {

    @TempDir
    Path folder;

    private FundingFixture f;
    private ContractRow contract;

    @BeforeEach
    void open() {
        f = new FundingFixture(folder, LocalDate.of(2025, 3, 15));
        contract = f.contract("T-2023/24", 2023, 2024, "1100000.00");
        for (int year = 2023; year <= 2024; year++) {
            f.plan(contract, year, "PERS", "660000.00");
            f.plan(contract, year, "SACH", "77000.00");
            f.plan(contract, year, "REISE", "55000.00");
            f.plan(contract, year, "VERANST", "110000.00");
            f.plan(contract, year, "IT", "132000.00");
            f.plan(contract, year, "OEA", "66000.00");
        }
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void manySmallAmountsAddUpToTheCentEverywhere() throws Exception {
        // 0.1 + 0.2 is not 0.3 in binary: 1,600 such amounts would drift in a careless sum
        for (int i = 1; i <= 800; i++) {
            LocalDate day = LocalDate.of(2023, 1 + i % 12, 1 + i % 28);
            f.book(contract, "K" + i, day, "SACH", "0.10", null);
            f.book(contract, "L" + i, day, "REISE", "0.20", "0.19");
        }
        BudgetActual b = MoneyAgreement.check(f.db, f.queries, contract, 2023, LocalDate.of(2025, 3, 15),
                folder.resolve("small.xlsx"));
        assertThat(b.total().spentGross()).isEqualByComparingTo("240.00");
        assertThat(b.total().spentEligible()).isEqualByComparingTo("232.00");
    }

    @Test
    void amountsAtHalfACentOfBinaryErrorStayExact() throws Exception {
        // amounts whose doubles lie just below or above x.xx5 after summing
        String[] amounts = {"1.005", "2.675", "1.115", "0.285", "1234567.895"};
        int n = 0;
        for (String a : amounts) {
            BigDecimal gross = new BigDecimal(a).setScale(2, java.math.RoundingMode.DOWN);
            for (int k = 0; k < 7; k++) {
                f.book(contract, "H" + (++n), LocalDate.of(2023, 6, 1 + k), "IT", gross.add(new BigDecimal("0.01"))
                        .toPlainString(), gross.toPlainString());
            }
        }
        BudgetActual b = MoneyAgreement.check(f.db, f.queries, contract, 2023, LocalDate.of(2025, 3, 15),
                folder.resolve("half.xlsx"));
        assertThat(b.total().spentEligible()).isEqualByComparingTo("8642010.65");
    }

    @Test
    void anEmptyCategoryAndAYearWithoutExpensesShowZeros() throws Exception {
        f.book(contract, "A1", LocalDate.of(2023, 2, 1), "PERS", "5000.00", null);
        BudgetActual b2023 = MoneyAgreement.check(f.db, f.queries, contract, 2023, LocalDate.of(2025, 3, 15),
                folder.resolve("empty-category.xlsx"));
        CategoryBudget other = b2023.categories().stream().filter(c -> c.category().equals("Sonstiges")).findFirst()
                .orElseThrow();
        assertThat(other.current()).isEqualByComparingTo("0.00");
        assertThat(other.spentEligible()).isEqualByComparingTo("0.00");
        assertThat(other.deviationShare()).isNull();
        assertThat(other.status()).isEqualTo(BudgetStatus.OK);

        BudgetActual b2024 = MoneyAgreement.check(f.db, f.queries, contract, 2024, LocalDate.of(2025, 3, 15),
                folder.resolve("empty-year.xlsx"));
        assertThat(b2024.total().spentGross()).isEqualByComparingTo("0.00");
        assertThat(b2024.total().current()).isEqualByComparingTo("1100000.00");
        assertThat(b2024.total().deviation()).isEqualByComparingTo("-1100000.00");
    }

    @Test
    void cancelledReceiptsStayInTheLedgerAndLeaveEveryTotal() throws Exception {
        ExpenseRow kept = f.book(contract, "S1", LocalDate.of(2023, 4, 3), "REISE", "120.40", null);
        ExpenseRow cancelled = f.book(contract, "S2", LocalDate.of(2023, 4, 4), "REISE", "999.99", null);
        f.service.cancelExpense(cancelled.id(), cancelled.version(), "Doppelt erfasst");

        BudgetActual b = MoneyAgreement.check(f.db, f.queries, contract, 2023, LocalDate.of(2025, 3, 15),
                folder.resolve("cancelled.xlsx"));
        assertThat(b.total().spentGross()).isEqualByComparingTo(kept.gross());
        assertThat(f.queries.expenses(contract.id(), 2023)).extracting(ExpenseRow::receiptNo)
                .containsExactly("S1", "S2");
        ExpenseRow read = f.queries.expense(cancelled.id());
        assertThat(read.cancelled()).isTrue();
        assertThat(read.cancelReason()).isEqualTo("Doppelt erfasst");
        try (WorkbookMoney wb = new WorkbookMoney(folder.resolve("cancelled.xlsx"), true)) {
            // the Belegliste lists only the valid receipt
            assertThat(wb.rows("Belegliste")).containsKey("Reisekosten").doesNotContainKey("Stornierte Belege");
            boolean listed = false;
            for (Row row : wb.sheet("Belegliste")) {
                if (row.getCell(1) != null && "S2".equals(row.getCell(1).toString())) {
                    listed = true;
                }
            }
            assertThat(listed).isFalse();
        }
    }

    @Test
    void aRevisionInTheMiddleOfTheYearIsThePlanInForceBesideTheOriginal() throws Exception {
        f.book(contract, "R1", LocalDate.of(2023, 3, 1), "VERANST", "60000.00", null);
        f.book(contract, "R2", LocalDate.of(2023, 9, 1), "VERANST", "70000.00", null);
        f.service.revise(contract.id(), 2023, f.category("VERANST"), new BigDecimal("125000.00"),
                LocalDate.of(2023, 7, 1), "Änderungsbescheid vom 28.06.2023: mehr Netzwerktreffen");
        f.service.revise(contract.id(), 2023, f.category("PERS"), new BigDecimal("645000.00"),
                LocalDate.of(2023, 7, 1), "Änderungsbescheid vom 28.06.2023: Umwidmung");

        BudgetActual b = MoneyAgreement.check(f.db, f.queries, contract, 2023, LocalDate.of(2025, 3, 15),
                folder.resolve("revision.xlsx"));
        CategoryBudget events = b.categories().stream().filter(c -> c.category().equals("Veranstaltungen"))
                .findFirst().orElseThrow();
        assertThat(events.original()).isEqualByComparingTo("110000.00");
        assertThat(events.current()).isEqualByComparingTo("125000.00");
        assertThat(events.deviation()).isEqualByComparingTo("5000.00");
        // 4 % over the revised plan and the total is kept: covered by savings
        assertThat(events.status()).isEqualTo(BudgetStatus.BALANCED);
        assertThat(b.total().current()).isEqualByComparingTo("1100000.00");
        assertThat(f.queries.revisions(contract.id(), 2023)).filteredOn(r -> r.category().equals("Veranstaltungen"))
                .extracting(RevisionRow::revision, RevisionRow::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, new BigDecimal("110000.00")),
                        org.assertj.core.groups.Tuple.tuple(1, new BigDecimal("125000.00")));
    }
}
