package de.ssg.lotsenkontor.funding;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportFormat;
import de.ssg.lotsenkontor.report.ReportRenderers;
import de.ssg.lotsenkontor.storage.Database;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;

/**
 * Proves that the money of one contract year agrees to the cent three ways: summed by the
 * database (plain SQL written here, independent of the app's queries), computed by the service
 * ({@link FundingQueries#budgetActual}), and in the proof-of-use workbook re-read with its
 * formulas evaluated (or with the results another program stored).
 */
public final class MoneyAgreement {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private MoneyAgreement() {
    }

    /** What the database says, per category name: {gross, eligible}; and per month the eligible sum. */
    public record DbSums(Map<String, BigDecimal[]> byCategory, BigDecimal gross, BigDecimal eligible,
            BigDecimal[] months) {
    }

    public static DbSums database(Database db, long contractId, int year) {
        return db.withConnection(c -> {
            Map<String, BigDecimal[]> by = new HashMap<>();
            BigDecimal gross = ZERO;
            BigDecimal eligible = ZERO;
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT k.name, SUM(e.gross_amount), SUM(e.eligible_amount) FROM expense e
                    JOIN cost_category k ON k.id = e.category_id
                    WHERE e.contract_id = ? AND e.fiscal_year = ? AND e.cancelled_on IS NULL GROUP BY k.name""")) {
                q.setLong(1, contractId);
                q.setInt(2, year);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        by.put(rs.getString(1), new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3)});
                        gross = gross.add(rs.getBigDecimal(2));
                        eligible = eligible.add(rs.getBigDecimal(3));
                    }
                }
            }
            BigDecimal[] months = new BigDecimal[12];
            java.util.Arrays.fill(months, ZERO);
            try (PreparedStatement q = c.prepareStatement("""
                    SELECT MONTH(payment_date), SUM(eligible_amount) FROM expense
                    WHERE contract_id = ? AND fiscal_year = ? AND cancelled_on IS NULL GROUP BY MONTH(payment_date)""")) {
                q.setLong(1, contractId);
                q.setInt(2, year);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        months[rs.getInt(1) - 1] = rs.getBigDecimal(2);
                    }
                }
            }
            return new DbSums(by, gross, eligible, months);
        });
    }

    /** Renders the proof of use of the year to {@code file} and checks all three against each other. */
    public static BudgetActual check(Database db, FundingQueries queries, ContractRow contract, int year, LocalDate today,
            Path file) throws IOException {
        Report report = new FundingReports(queries).proofOfUse(contract, year, today);
        ReportRenderers.render(report, ReportFormat.XLSX, file, null);
        BudgetActual service = queries.budgetActual(contract.id(), year, today);
        DbSums sql = database(db, contract.id(), year);
        try (WorkbookMoney wb = new WorkbookMoney(file, true)) {
            checkWorkbook(wb, sql, service);
        }
        return service;
    }

    public static void checkWorkbook(WorkbookMoney wb, DbSums sql, BudgetActual service) {
        // the service against the database
        assertThat(service.total().spentGross()).isEqualByComparingTo(sql.gross());
        assertThat(service.total().spentEligible()).isEqualByComparingTo(sql.eligible());
        for (CategoryBudget c : service.categories()) {
            BigDecimal[] s = sql.byCategory().getOrDefault(c.category(), new BigDecimal[] {ZERO, ZERO});
            assertThat(c.spentGross()).as("gross %s", c.category()).isEqualByComparingTo(s[0]);
            assertThat(c.spentEligible()).as("eligible %s", c.category()).isEqualByComparingTo(s[1]);
        }

        // Zahlenmäßiger Nachweis
        Map<String, Row> statement = wb.rows("Zahlenmäßiger Nachweis");
        for (CategoryBudget c : service.categories()) {
            Row row = statement.get(c.category());
            assertThat(row).as("row of %s", c.category()).isNotNull();
            assertThat(wb.money(row, FundingReports.CURRENT)).as("plan %s", c.category()).isEqualByComparingTo(c.current());
            assertThat(wb.money(row, FundingReports.ORIGINAL)).isEqualByComparingTo(c.original());
            assertThat(wb.money(row, FundingReports.GROSS)).isEqualByComparingTo(c.spentGross());
            assertThat(wb.money(row, FundingReports.ELIGIBLE)).isEqualByComparingTo(c.spentEligible());
            assertThat(wb.money(row, FundingReports.DEVIATION)).as("deviation %s", c.category())
                    .isEqualByComparingTo(c.deviation());
            if (c.deviationShare() == null) {
                assertThat(wb.share(row, FundingReports.DEVIATION_SHARE)).isNull();
            } else {
                assertThat(wb.share(row, FundingReports.DEVIATION_SHARE)).as("share %s", c.category())
                        .isEqualByComparingTo(c.deviationShare().setScale(4, java.math.RoundingMode.HALF_UP));
            }
        }
        Row total = statement.get("Summe Ausgaben");
        assertThat(wb.money(total, FundingReports.CURRENT)).isEqualByComparingTo(service.total().current());
        assertThat(wb.money(total, FundingReports.ORIGINAL)).isEqualByComparingTo(service.total().original());
        assertThat(wb.money(total, FundingReports.GROSS)).isEqualByComparingTo(sql.gross());
        assertThat(wb.money(total, FundingReports.ELIGIBLE)).isEqualByComparingTo(sql.eligible());
        assertThat(wb.money(total, FundingReports.DEVIATION)).isEqualByComparingTo(service.total().deviation());
        Row received = statement.get("Mittel erhalten");
        Row held = statement.get("Bestand (erhalten − Ausgaben)");
        assertThat(wb.money(held, FundingReports.ELIGIBLE))
                .isEqualByComparingTo(wb.money(received, FundingReports.ELIGIBLE).subtract(sql.eligible()));

        // Belegliste: the subtotal of every category and the grand total
        Map<String, Row> receipts = wb.rows("Belegliste");
        for (CategoryBudget c : service.categories()) {
            Row sub = receipts.get("Summe " + c.category());
            assertThat(sub).as("subtotal of %s", c.category()).isNotNull();
            assertThat(wb.money(sub, 5)).as("Belegliste gross %s", c.category()).isEqualByComparingTo(c.spentGross());
            assertThat(wb.money(sub, 6)).as("Belegliste eligible %s", c.category())
                    .isEqualByComparingTo(c.spentEligible());
        }
        Row grand = receipts.get("Gesamtsumme");
        assertThat(wb.money(grand, 5)).isEqualByComparingTo(sql.gross());
        assertThat(wb.money(grand, 6)).isEqualByComparingTo(sql.eligible());

        // Monatsübersicht: every month's total and the year's total per category
        Map<String, Row> monthly = wb.rows("Monatsübersicht");
        String[] names = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
            "Oktober", "November", "Dezember"};
        int last = service.categories().size() + 1;
        for (int m = 0; m < 12; m++) {
            assertThat(wb.money(monthly.get(names[m]), last)).as("month %s", names[m])
                    .isEqualByComparingTo(sql.months()[m]);
        }
        Row year = monthly.get("Summe Jahr");
        for (int c = 0; c < service.categories().size(); c++) {
            assertThat(wb.money(year, c + 1)).as("year %s", service.categories().get(c).category())
                    .isEqualByComparingTo(service.categories().get(c).spentEligible());
        }
        assertThat(wb.money(year, last)).isEqualByComparingTo(sql.eligible());
    }
}
