package de.ssg.lotsenkontor.overview;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.funding.BudgetActual;
import de.ssg.lotsenkontor.funding.BudgetStatus;
import de.ssg.lotsenkontor.funding.CategoryBudget;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.funding.FundsPosition;
import de.ssg.lotsenkontor.funding.FundsRequestRow;
import de.ssg.lotsenkontor.funding.ProofDeadline;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportChart;
import de.ssg.lotsenkontor.report.ReportRow;
import de.ssg.lotsenkontor.report.ReportTable;
import de.ssg.lotsenkontor.report.RowKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Finanzstatus of one contract year: budget against actual per category with the findings of
 * the 20 % rule, the money received, spent and held, the funds requests of the year with the
 * two-month rule, and the proof-of-use deadlines. Every figure comes from the funding feature's
 * own queries and rules ({@link FundingQueries}), so it is exactly what Finanzen shows.
 */
public final class FinanceStatusReport {

    private FinanceStatusReport() {
    }

    /** The contract with reference {@code reference}; a German message listing the references when there is none. */
    public static ContractRow contract(FundingQueries funding, String reference) {
        String ref = reference == null ? "" : reference.strip();
        return funding.contractByReference(ref).orElseThrow(() -> new DomainException("funding.error.noContract",
                ref, String.join(", ", funding.contracts().stream().map(ContractRow::reference).toList())));
    }

    /**
     * Reads and builds the Finanzstatus of {@code year}. The budget and the money are taken as of
     * {@code today}, or the year's last day when the year has passed.
     */
    public static Report build(FundingQueries funding, ContractRow contract, int year, LocalDate today) {
        if (year < contract.firstYear() || year > contract.lastYear()) {
            throw new DomainException("funding.error.yearOutside", String.valueOf(year), contract.reference(),
                    String.valueOf(contract.firstYear()), String.valueOf(contract.lastYear()));
        }
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate asOf = today.isAfter(yearEnd) ? yearEnd : today;
        BudgetActual budget = funding.budgetActual(contract.id(), year, asOf);
        FundsPosition funds = funding.funds(contract.id(), asOf);
        BigDecimal[] requestTotals = funding.requestTotals(contract.id(), year);
        return build(contract, year, today, asOf, budget, funds, requestTotals);
    }

    static Report build(ContractRow contract, int year, LocalDate today, LocalDate asOf, BudgetActual budget,
            FundsPosition funds, BigDecimal[] requestTotals) {
        String y = String.valueOf(year);
        Report.Builder b = Report.builder(I18n.text("overview.funding.title", contract.reference(), y), today)
                .subtitle(I18n.text("overview.funding.subtitle", contract.title(), contract.funder(),
                        Formats.date(asOf)));
        CategoryBudget total = budget.total();

        b.section(I18n.text("overview.report.figures"));
        b.keyFigure(I18n.text("overview.funding.kpi.planned", y), ColumnType.MONEY, total.current());
        b.keyFigure(I18n.text("overview.funding.kpi.spent"), ColumnType.MONEY, total.spentEligible());
        b.keyFigure(I18n.text("overview.funding.kpi.share"), ColumnType.PERCENT,
                total.shareSpent() == null ? 0.0 : total.shareSpent().doubleValue());
        b.keyFigure(I18n.text("overview.funding.kpi.remaining"), ColumnType.MONEY, total.remaining());
        b.keyFigure(I18n.text("overview.funding.kpi.requested", y), ColumnType.MONEY, requestTotals[0]);
        b.keyFigure(I18n.text("overview.funding.kpi.received", y), ColumnType.MONEY, requestTotals[1]);
        b.keyFigure(I18n.text("overview.funding.kpi.held", Formats.date(asOf)), ColumnType.MONEY, funds.held());
        b.keyFigure(I18n.text("overview.funding.kpi.mayRequest"), ColumnType.MONEY, funds.mayRequest());

        b.section(I18n.text("overview.funding.findings"));
        for (String finding : findings(budget)) {
            b.paragraph(finding);
        }

        b.section(I18n.text("overview.funding.budget", y));
        b.table(budgetTable(budget, y));
        if (!budget.categories().isEmpty()) {
            b.block(ReportChart.bar(I18n.text("overview.chart.plan"), I18n.text("overview.column.category"),
                    ColumnType.MONEY)
                    .categories(budget.categories().stream().map(CategoryBudget::category).toList())
                    .series(I18n.text("overview.column.planned"),
                            budget.categories().stream().map(CategoryBudget::current).toList())
                    .series(I18n.text("overview.column.spent"),
                            budget.categories().stream().map(CategoryBudget::spentEligible).toList())
                    .build());
        }

        b.section(I18n.text("overview.funding.funds", Formats.date(asOf)));
        b.paragraph(I18n.text("overview.funding.fundsText", Formats.money(funds.received()),
                Formats.money(funds.spent()), Formats.money(funds.held()), Formats.money(funds.pending()),
                Formats.money(funds.twoMonthPlan()), Formats.money(funds.mayRequest())));
        b.table(requestTable(funds, year, y));

        b.section(I18n.text("overview.funding.deadlines"));
        b.table(deadlineTable(funds.deadlines(), contract));
        return b.build();
    }

    /** The findings of the 20 % rule as sentences; "all within plan" when there are none. */
    static List<String> findings(BudgetActual b) {
        List<String> out = new ArrayList<>();
        for (CategoryBudget c : b.categories()) {
            String share = c.deviationShare() == null ? "–" : Formats.percent(c.deviationShare().doubleValue());
            if (c.status() == BudgetStatus.OVER_LIMIT) {
                out.add(I18n.text("overview.funding.finding.overLimit", c.category(), Formats.money(c.deviation()),
                        share));
            } else if (c.status() == BudgetStatus.BALANCED) {
                out.add(I18n.text("overview.funding.finding.balanced", c.category(), Formats.money(c.deviation()),
                        share));
            } else if (c.status() == BudgetStatus.NOT_BALANCED) {
                out.add(I18n.text("overview.funding.finding.notBalanced", c.category(), Formats.money(c.deviation())));
            }
        }
        if (b.totalExceeded()) {
            out.add(I18n.text("overview.funding.finding.total", Formats.money(b.total().deviation())));
        }
        if (out.isEmpty()) {
            out.add(I18n.text("overview.funding.finding.none"));
        }
        return out;
    }

    private static ReportTable budgetTable(BudgetActual budget, String year) {
        List<ReportTable.Column> columns = List.of(
                new ReportTable.Column(I18n.text("overview.column.category"), ColumnType.TEXT, 24),
                new ReportTable.Column(I18n.text("overview.funding.column.original"), ColumnType.MONEY, 15),
                new ReportTable.Column(I18n.text("overview.funding.column.current"), ColumnType.MONEY, 15),
                new ReportTable.Column(I18n.text("overview.funding.column.spent"), ColumnType.MONEY, 15),
                new ReportTable.Column(I18n.text("overview.funding.column.remaining"), ColumnType.MONEY, 15),
                new ReportTable.Column(I18n.text("overview.funding.column.deviationShare"), ColumnType.PERCENT, 10),
                new ReportTable.Column(I18n.text("overview.funding.column.rule"), ColumnType.TEXT, 14));
        ReportTable.Builder<Object> t = ReportTable.builder(I18n.text("overview.funding.budget", year), columns);
        for (CategoryBudget c : budget.categories()) {
            t.values(c.category(), c.original(), c.current(), c.spentEligible(), c.remaining(),
                    c.deviationShare() == null ? null : c.deviationShare().doubleValue(), flag(c.status()));
        }
        if (!budget.categories().isEmpty()) {
            CategoryBudget total = budget.total();
            t.add(new ReportRow(RowKind.TOTAL, Arrays.asList(I18n.text("overview.funding.total"), total.original(),
                    total.current(), total.spentEligible(), total.remaining(),
                    total.deviationShare() == null ? null : total.deviationShare().doubleValue(),
                    budget.totalExceeded() ? I18n.text("overview.funding.flag.totalExceeded")
                            : I18n.text("overview.funding.flag.OK"))));
        }
        return t.build();
    }

    /** The short mark of the 20 % rule: a flag a reader sees at once. */
    static String flag(BudgetStatus status) {
        return I18n.text("overview.funding.flag." + status.name());
    }

    private static ReportTable requestTable(FundsPosition funds, int year, String y) {
        List<ReportTable.Column> columns = List.of(
                new ReportTable.Column(I18n.text("overview.funding.column.requestNo"), ColumnType.TEXT, 13),
                new ReportTable.Column(I18n.text("overview.funding.column.requestedOn"), ColumnType.DATE, 11),
                new ReportTable.Column(I18n.text("overview.funding.column.requested"), ColumnType.MONEY, 15),
                new ReportTable.Column(I18n.text("overview.funding.column.receivedOn"), ColumnType.DATE, 11),
                new ReportTable.Column(I18n.text("overview.funding.column.received"), ColumnType.MONEY, 15),
                new ReportTable.Column(I18n.text("overview.funding.column.heldAfter"), ColumnType.MONEY, 15),
                new ReportTable.Column(I18n.text("overview.funding.column.twoMonthPlan"), ColumnType.MONEY, 15),
                new ReportTable.Column(I18n.text("overview.funding.column.twoMonthRule"), ColumnType.TEXT, 12));
        ReportTable.Builder<Object> t = ReportTable.builder(I18n.text("overview.funding.requests", y), columns);
        int rows = 0;
        for (FundsRequestRow r : funds.requests()) {
            if (r.year() != year) {
                continue;
            }
            rows++;
            t.values(r.requestNo(), r.requestedOn(), r.requested(), r.receivedOn(), r.received(), r.heldAfter(),
                    r.twoMonthPlan(), r.breaksTwoMonthRule() ? I18n.text("overview.funding.twoMonth.broken")
                            : I18n.text("overview.funding.twoMonth.ok"));
        }
        if (rows > 0) {
            t.total(I18n.text("overview.funding.total"), 2, 4);
        }
        return t.build();
    }

    private static ReportTable deadlineTable(List<ProofDeadline> deadlines, ContractRow contract) {
        List<ReportTable.Column> columns = List.of(
                new ReportTable.Column(I18n.text("overview.funding.column.proof"), ColumnType.TEXT, 30),
                new ReportTable.Column(I18n.text("overview.funding.column.due"), ColumnType.DATE, 12),
                new ReportTable.Column(I18n.text("overview.funding.column.submitted"), ColumnType.DATE, 12),
                new ReportTable.Column(I18n.text("overview.funding.column.state"), ColumnType.TEXT, 18));
        ReportTable.Builder<Object> t = ReportTable.builder(I18n.text("overview.funding.deadlines"), columns);
        for (ProofDeadline d : deadlines) {
            String what = I18n.of("funding.proofKind", d.kind()) + " " + (d.kind().name().equals("SCHLUSS")
                    ? contract.firstYear() + "–" + contract.lastYear() : String.valueOf(d.year()));
            String state = !d.open() ? I18n.text("overview.funding.deadline.submitted")
                    : d.overdue() ? I18n.text("overview.funding.deadline.overdue")
                            : I18n.text("overview.funding.deadline.open");
            t.values(what, d.due(), d.submittedOn(), state);
        }
        return t.build();
    }
}
