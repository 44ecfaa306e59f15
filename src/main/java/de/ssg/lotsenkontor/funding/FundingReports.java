package de.ssg.lotsenkontor.funding;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.report.Computed;
import de.ssg.lotsenkontor.report.Formula;
import de.ssg.lotsenkontor.report.Highlight;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportRow;
import de.ssg.lotsenkontor.report.ReportTable;
import de.ssg.lotsenkontor.report.TableLayout;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbooks finance hands to the funder, built as neutral reports: the proof of use of one
 * contract year (Zahlenmäßiger Nachweis, Belegliste, Monatsübersicht) and the expense ledger.
 * Every sum and deviation is a formula over the cells of its table, carrying its value too.
 */
public final class FundingReports {

    /** Column indexes of the Zahlenmäßiger Nachweis. */
    static final int POSITION = 0;
    static final int ORIGINAL = 1;
    static final int CURRENT = 2;
    static final int GROSS = 3;
    static final int ELIGIBLE = 4;
    static final int DEVIATION = 5;
    static final int DEVIATION_SHARE = 6;

    private final FundingQueries queries;

    public FundingReports(FundingQueries queries) {
        this.queries = queries;
    }

    /** The proof of use (an interim proof for a year before the contract's last) of one contract year. */
    public Report proofOfUse(ContractRow contract, int year, LocalDate today) {
        FundingQueries.BudgetView view = queries.budgetView(contract.id(), year, today);
        BudgetActual budget = view.budget();
        BigDecimal[] funds = queries.requestTotals(contract.id(), year);
        List<ExpenseRow> expenses = queries.proofExpenses(contract.id(), year);
        MonthlySpend monthly = view.monthly();
        String kind = I18n.text(year < contract.lastYear() ? "funding.proof.interim" : "funding.proof.final");
        String title = I18n.text("funding.proof.title", kind, String.valueOf(year));
        String subtitle = I18n.text("funding.proof.subtitle", contract.title(), contract.reference(), contract.funder());
        return Report.builder(title, today).subtitle(subtitle)
                .table(statement(contract, year, budget, funds, today))
                .table(receiptList(contract, year, budget, expenses))
                .table(monthlyTable(contract, year, budget, monthly))
                .build();
    }

    private static String contractLine(ContractRow contract, Object year) {
        return I18n.text("funding.proof.contractLine", contract.reference(), contract.funder(), String.valueOf(year),
                contract.title());
    }

    /** Zahlenmäßiger Nachweis: plan, actual, deviation per category and in total; income; signatures. */
    ReportTable statement(ContractRow contract, int year, BudgetActual budget, BigDecimal[] funds, LocalDate today) {
        List<ReportTable.Column> columns = List.of(
                new ReportTable.Column(t("position"), ColumnType.TEXT, 34),
                new ReportTable.Column(t("original"), ColumnType.MONEY, 16),
                new ReportTable.Column(t("current"), ColumnType.MONEY, 16),
                new ReportTable.Column(t("gross"), ColumnType.MONEY, 16),
                new ReportTable.Column(t("eligible"), ColumnType.MONEY, 16),
                new ReportTable.Column(t("deviation"), ColumnType.MONEY, 15),
                new ReportTable.Column(t("deviationShare"), ColumnType.PERCENT, 12));
        var b = ReportTable.builder(I18n.text("funding.proof.sheet.statement"), columns);
        b.groupHeader(t("expenses"));
        int first = b.nextRow();
        for (CategoryBudget c : budget.categories()) {
            int r = b.nextRow();
            b.values(c.category(), c.original(), c.current(), c.spentGross(), c.spentEligible(),
                    deviation(r, c.deviation()), share(r, c.deviationShare()));
        }
        int last = b.nextRow() - 1;
        int totalRow = b.nextRow();
        CategoryBudget t = budget.total();
        List<Object> total = new ArrayList<>(ReportRow.total(t("totalExpenses"), 7, ORIGINAL, CURRENT, GROSS, ELIGIBLE)
                .cells());
        total.set(DEVIATION, deviation(totalRow, t.deviation()));
        total.set(DEVIATION_SHARE, share(totalRow, t.deviationShare()));
        b.add(new ReportRow(de.ssg.lotsenkontor.report.RowKind.TOTAL, total));

        // income: the grant, what was requested and received in the year, and what is held
        BigDecimal requested = funds[0];
        BigDecimal received = funds[1];
        b.groupHeader(t("income"));
        int grantRow = b.nextRow();
        b.values(t("grant"), contract.annualAmount(), contract.annualAmount(), null, null, null, null);
        b.values(t("requested"), null, null, null, requested, null, null);
        int receivedRow = b.nextRow();
        b.values(t("received"), null, null, null, received,
                new Computed(Formula.minus(Formula.cell(receivedRow, ELIGIBLE), Formula.cell(grantRow, CURRENT)),
                        received.subtract(contract.annualAmount())), null);
        b.values(t("held"), null, null, null,
                new Computed(Formula.minus(Formula.cell(receivedRow, ELIGIBLE), Formula.cell(totalRow, ELIGIBLE)),
                        received.subtract(t.spentEligible())), null, null);

        List<Highlight> highlights = new ArrayList<>();
        if (last >= first) {
            highlights.add(new Highlight(first, last, 0, DEVIATION_SHARE, DEVIATION_SHARE, BudgetRules.TOLERANCE,
                    I18n.text("funding.proof.highlight.category")));
        }
        highlights.add(new Highlight(totalRow, totalRow, 0, DEVIATION_SHARE, DEVIATION, BigDecimal.ZERO,
                I18n.text("funding.proof.highlight.total")));
        b.layout(new TableLayout(List.of(I18n.text("funding.proof.sheet.statement") + " " + year,
                contractLine(contract, year), I18n.text("funding.proof.rule", Formats.date(today))),
                highlights, List.of(I18n.text("funding.proof.sign.correct"), I18n.text("funding.proof.sign.place"),
                        I18n.text("funding.proof.sign.date"), I18n.text("funding.proof.sign.signature")), true));
        return b.build();
    }

    private static Computed deviation(int row, BigDecimal value) {
        return new Computed(Formula.minus(Formula.cell(row, ELIGIBLE), Formula.cell(row, CURRENT)), value);
    }

    private static Computed share(int row, BigDecimal value) {
        return new Computed(Formula.ratio(Formula.cell(row, DEVIATION), Formula.cell(row, CURRENT)), value);
    }

    /** Belegliste: every receipt by category, in date order, with a subtotal per category and a grand total. */
    ReportTable receiptList(ContractRow contract, int year, BudgetActual budget, List<ExpenseRow> expenses) {
        List<ReportTable.Column> columns = List.of(
                new ReportTable.Column(t("number"), ColumnType.INTEGER, 7),
                new ReportTable.Column(I18n.text("funding.field.receiptNo"), ColumnType.TEXT, 14),
                new ReportTable.Column(I18n.text("funding.field.paymentDate"), ColumnType.DATE, 12),
                new ReportTable.Column(I18n.text("funding.field.payee"), ColumnType.TEXT, 28),
                new ReportTable.Column(I18n.text("funding.field.purpose"), ColumnType.TEXT, 40),
                new ReportTable.Column(t("grossAmount"), ColumnType.MONEY, 14),
                new ReportTable.Column(t("eligibleAmount"), ColumnType.MONEY, 14));
        var b = ReportTable.builder(I18n.text("funding.proof.sheet.receipts"), columns);
        Map<Long, List<ExpenseRow>> byCategory = new HashMap<>();
        for (ExpenseRow e : expenses) {
            byCategory.computeIfAbsent(e.categoryId(), k -> new ArrayList<>()).add(e);
        }
        long number = 0;
        for (CategoryBudget c : budget.categories()) {
            b.groupHeader(c.category());
            for (ExpenseRow e : byCategory.getOrDefault(c.categoryId(), List.of())) {
                b.values(++number, e.receiptNo(), e.paymentDate(), e.payee(), e.purpose(), e.gross(), e.eligible());
            }
            b.subtotal(I18n.text("funding.proof.subtotal", c.category()), 5, 6);
        }
        b.total(t("grandTotal"), 5, 6);
        b.layout(new TableLayout(List.of(I18n.text("funding.proof.sheet.receipts") + " " + year,
                contractLine(contract, year)), List.of(), List.of(), true));
        return b.build();
    }

    /** Monatsübersicht: eligible spending per month and category, with formula totals. */
    ReportTable monthlyTable(ContractRow contract, int year, BudgetActual budget, MonthlySpend monthly) {
        List<CategoryBudget> cats = budget.categories();
        List<ReportTable.Column> columns = new ArrayList<>();
        columns.add(new ReportTable.Column(t("month"), ColumnType.TEXT, 12));
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < monthly.categories().size(); i++) {
            index.put(monthly.categories().get(i).id(), i);
        }
        for (CategoryBudget c : cats) {
            columns.add(new ReportTable.Column(c.category(), ColumnType.MONEY, 15));
        }
        columns.add(new ReportTable.Column(t("monthTotal"), ColumnType.MONEY, 15));
        int n = columns.size();
        var b = ReportTable.builder(I18n.text("funding.proof.sheet.monthly"), columns);
        for (int m = 1; m <= 12; m++) {
            int r = b.nextRow();
            Object[] cells = new Object[n];
            cells[0] = I18n.text("funding.month." + m);
            BigDecimal sum = BigDecimal.ZERO.setScale(2);
            List<Formula> terms = new ArrayList<>();
            for (int c = 0; c < cats.size(); c++) {
                Integer i = index.get(cats.get(c).categoryId());
                BigDecimal a = i == null ? BigDecimal.ZERO.setScale(2) : monthly.amounts()[m - 1][i];
                cells[c + 1] = a;
                sum = sum.add(a);
                terms.add(Formula.cell(r, c + 1));
            }
            cells[n - 1] = new Computed(Formula.sum(terms), sum);
            b.values(cells);
        }
        int[] sums = new int[n - 1];
        Arrays.setAll(sums, i -> i + 1);
        b.total(t("yearTotal"), sums);
        b.layout(new TableLayout(List.of(I18n.text("funding.proof.sheet.monthly") + " " + year,
                contractLine(contract, year)), List.of(), List.of(), true));
        return b.build();
    }

    /** The ledger of a contract (one year or all): valid receipts, then cancelled ones, each with its sums. */
    public Report expenses(ContractRow contract, Integer year, LocalDate today) {
        List<ExpenseRow> rows = queries.expenses(contract.id(), year);
        var defs = ExpenseColumns.all();
        var b = ReportTable.forRows(I18n.text("funding.ledger.sheet"), defs);
        int gross = b.indexOf("gross");
        int eligible = b.indexOf("eligible");
        b.groupHeader(I18n.text("funding.ledger.valid"));
        b.rows(rows.stream().filter(r -> !r.cancelled()).toList());
        b.subtotal(I18n.text("funding.ledger.validSum"), gross, eligible);
        List<ExpenseRow> cancelled = rows.stream().filter(ExpenseRow::cancelled).toList();
        if (!cancelled.isEmpty()) {
            b.groupHeader(I18n.text("funding.ledger.cancelled"));
            b.rows(cancelled);
            b.subtotal(I18n.text("funding.ledger.cancelledSum"), gross, eligible);
        }
        String scope = year == null ? contract.firstYear() + "–" + contract.lastYear() : String.valueOf(year);
        b.layout(new TableLayout(List.of(I18n.text("funding.ledger.title", scope), contractLine(contract, scope)), List.of(), List.of(), true));
        return Report.builder(I18n.text("funding.ledger.title", scope), today)
                .subtitle(I18n.text("funding.proof.subtitle", contract.title(), contract.reference(), contract.funder()))
                .table(b.build()).build();
    }

    private static String t(String key) {
        return I18n.text("funding.proof.col." + key);
    }
}
