package de.ssg.lotsenkontor.funding.ui;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.funding.BudgetActual;
import de.ssg.lotsenkontor.funding.BudgetStatus;
import de.ssg.lotsenkontor.funding.CategoryBudget;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.funding.FundingReports;
import de.ssg.lotsenkontor.funding.MonthlySpend;
import de.ssg.lotsenkontor.report.ReportFormat;
import de.ssg.lotsenkontor.report.ReportRenderers;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.ui.Command;
import de.ssg.lotsenkontor.ui.Printable;
import de.ssg.lotsenkontor.ui.TaskRunner;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Budget against actual of one contract year: the categories with plan, spending, pro-rata plan,
 * forecast and deviation, the findings of the 20 % rule as sentences, and the data of the two
 * charts; the proof-of-use export.
 */
public final class BudgetViewModel {

    /** One month of the cumulative chart: spent so far (null for months to come) and the pro-rata plan. */
    public record MonthPoint(int month, BigDecimal cumulativeSpent, BigDecimal proRataPlan) {
    }

    private final FundingQueries queries;
    private final TaskRunner tasks;
    private final FinanceDialogs dialogs;
    private final Clock clock;
    private final ObservableList<CategoryBudget> rows = FXCollections.observableArrayList();
    private final ObservableList<CategoryBudget> categoryRows = FXCollections.observableArrayList();
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ObservableList<MonthPoint> months = FXCollections.observableArrayList();
    private final ObjectProperty<BudgetActual> budget = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final Command export;
    private ContractRow contract;
    private int year;

    BudgetViewModel(FundingQueries queries, TaskRunner tasks, FinanceDialogs dialogs, Clock clock) {
        this.queries = queries;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.export = new Command(budget.isNotNull(), this::exportProofOfUse);
    }

    private record Loaded(BudgetActual budget, MonthlySpend monthly) {
    }

    public void load(ContractRow c, int y) {
        load(c, y, () -> { });
    }

    /** Loads the budget of a contract year, then runs {@code then} (also after a failure). */
    public void load(ContractRow c, int y, Runnable then) {
        this.contract = c;
        this.year = y;
        LocalDate today = LocalDate.now(clock);
        tasks.run(I18n.text("fundingui.loading"), () -> {
            FundingQueries.BudgetView view = queries.budgetView(c.id(), y, today);
            return new Loaded(view.budget(), view.monthly());
        }, loaded -> {
                    show(loaded);
                    then.run();
                }, error -> {
                    dialogs.showFailure(I18n.text("fundingui.loadFailed"), error);
                    then.run();
                });
    }

    private void show(Loaded loaded) {
        BudgetActual b = loaded.budget();
        budget.set(b);
        categoryRows.setAll(b.categories());
        CategoryBudget t = b.total();
        List<CategoryBudget> all = new ArrayList<>(b.categories());
        all.add(new CategoryBudget(0, I18n.text("fundingui.budget.total"), t.original(), t.current(), t.spentGross(),
                t.spentEligible(), t.remaining(), t.shareSpent(), t.proRata(), t.forecast(), t.deviation(),
                t.deviationShare(), b.totalExceeded() ? BudgetStatus.NOT_BALANCED : BudgetStatus.OK));
        rows.setAll(all);
        findings.setAll(findingsOf(b));
        summary.set(I18n.text("fundingui.budget.summary", Formats.money(b.total().current()),
                Formats.money(b.total().spentEligible()), Formats.percent(share(b.total().shareSpent())),
                Formats.money(b.total().remaining()), Formats.money(b.total().proRata()),
                Formats.money(b.total().forecast())));
        months.setAll(monthPoints(b, loaded.monthly()));
    }

    private static double share(BigDecimal s) {
        return s == null ? 0 : s.doubleValue();
    }

    /** The findings of the 20 % rule, as sentences; "all within plan" when there are none. */
    static List<String> findingsOf(BudgetActual b) {
        List<String> out = new ArrayList<>();
        for (CategoryBudget c : b.categories()) {
            if (c.status() == BudgetStatus.OVER_LIMIT) {
                out.add(I18n.text("fundingui.finding.overLimit", c.category(), Formats.money(c.deviation()),
                        c.deviationShare() == null ? "–" : Formats.percent(c.deviationShare().doubleValue())));
            } else if (c.status() == BudgetStatus.BALANCED) {
                out.add(I18n.text("fundingui.finding.balanced", c.category(), Formats.money(c.deviation()),
                        Formats.percent(c.deviationShare().doubleValue())));
            } else if (c.status() == BudgetStatus.NOT_BALANCED) {
                out.add(I18n.text("fundingui.finding.notBalanced", c.category(), Formats.money(c.deviation())));
            }
        }
        if (b.totalExceeded()) {
            out.add(I18n.text("fundingui.finding.total", Formats.money(b.total().deviation())));
        }
        if (out.isEmpty()) {
            out.add(I18n.text("fundingui.finding.none"));
        }
        return out;
    }

    /** Cumulative eligible spending per month against the pro-rata plan (the straight line to the year's plan). */
    static List<MonthPoint> monthPoints(BudgetActual b, MonthlySpend monthly) {
        List<MonthPoint> out = new ArrayList<>();
        BigDecimal plan = b.total().current();
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        int days = LocalDate.of(b.year(), 1, 1).lengthOfYear();
        for (int m = 1; m <= 12; m++) {
            YearMonth ym = YearMonth.of(b.year(), m);
            sum = sum.add(monthly.month(m));
            int elapsed = ym.atEndOfMonth().getDayOfYear();
            BigDecimal proRata = plan.multiply(BigDecimal.valueOf(elapsed)).divide(BigDecimal.valueOf(days), 2,
                    RoundingMode.HALF_UP);
            boolean future = ym.atDay(1).isAfter(b.asOf());
            out.add(new MonthPoint(m, future ? null : sum, proRata));
        }
        return out;
    }

    /** The proof of use of the shown contract year for the print button: the same report as the export. */
    public Printable proofPrintable() {
        if (budget.get() == null || contract == null) {
            throw new DomainException("fundingui.print.noContract");
        }
        ContractRow c = contract;
        int y = year;
        String name = I18n.text("fundingui.export.fileName", c.reference().replaceAll("[^A-Za-z0-9-]", "_"),
                String.valueOf(y));
        return new Printable(I18n.text("fundingui.print.proofTitle", c.reference(), String.valueOf(y)), name.replaceAll("\\.xlsx$", ""),
                () -> new FundingReports(queries).proofOfUse(c, y, LocalDate.now(clock)));
    }

    /** Asks for a file and writes the proof of use of the shown year. */
    public void exportProofOfUse() {
        BudgetActual b = budget.get();
        if (b == null) {
            return;
        }
        String name = I18n.text("fundingui.export.fileName", contract.reference().replaceAll("[^A-Za-z0-9-]", "_"),
                String.valueOf(year));
        Optional<Path> file = dialogs.chooseSaveFile(I18n.text("fundingui.export.proofTitle"), name);
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get().getFileName().toString().toLowerCase().endsWith(".xlsx") ? file.get()
                : file.get().resolveSibling(file.get().getFileName() + ".xlsx");
        ContractRow c = contract;
        int y = year;
        export.busyProperty().set(true);
        tasks.run(I18n.text("fundingui.export.running"), () -> {
            ReportRenderers.render(new FundingReports(queries).proofOfUse(c, y, LocalDate.now(clock)),
                    ReportFormat.XLSX, target, null);
            return target;
        }, written -> {
            export.busyProperty().set(false);
            dialogs.showInfo(I18n.text("fundingui.export.proofTitle"), I18n.text("fundingui.export.done", written));
        }, error -> {
            export.busyProperty().set(false);
            dialogs.showFailure(I18n.text("fundingui.export.failed"), error);
        });
    }

    /** The categories and, last, the total. */
    public ObservableList<CategoryBudget> rows() {
        return rows;
    }

    /** The categories without the total row. */
    public ObservableList<CategoryBudget> categoryRows() {
        return categoryRows;
    }

    public ObservableList<String> findings() {
        return findings;
    }

    public ObservableList<MonthPoint> months() {
        return months;
    }

    public ObjectProperty<BudgetActual> budgetProperty() {
        return budget;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public Command exportCommand() {
        return export;
    }
}
