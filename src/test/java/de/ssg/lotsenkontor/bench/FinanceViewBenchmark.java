package de.ssg.lotsenkontor.bench;

import de.ssg.lotsenkontor.app.AppContext;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.funding.ContractRow;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.funding.YearTotals;
import de.ssg.lotsenkontor.funding.ui.FinanceDialogService;
import de.ssg.lotsenkontor.funding.ui.FinanceView;
import de.ssg.lotsenkontor.funding.ui.FinanceViewModel;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DialogService;
import de.ssg.lotsenkontor.storage.DataPaths;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

/**
 * The finance area at scale: (1) how long the budget-against-actual view takes to open for the
 * largest contract year, from choosing the year to the laid-out table with its figures (the
 * queries run in SQL), and (2) one keystroke in the ledger's search with every receipt of that
 * year loaded, from the key to the laid-out view. Headless (Monocle); run by
 * {@code src/bench/finance-view.sh}; not a unit test.
 */
public final class FinanceViewBenchmark {

    private FinanceViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        I18n.setLocale(Locale.GERMAN);
        AppContext context = AppContext.open(DataPaths.of(Path.of(args[0])));
        FundingQueries queries = context.fundingQueries();
        ContractRow largest = null;
        int year = 0;
        long most = -1;
        for (ContractRow c : queries.contracts()) {
            for (YearTotals y : queries.yearTotals(c)) {
                if (y.receipts() > most) {
                    most = y.receipts();
                    largest = c;
                    year = y.year();
                }
            }
        }
        System.out.printf(Locale.ROOT, "largest contract year: %s %d with %d receipts%n", largest.reference(), year,
                most);
        // the budget queries alone, warm
        List<Double> sql = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long t = System.nanoTime();
            queries.budgetView(largest.id(), year, LocalDate.now());
            sql.add((System.nanoTime() - t) / 1e6);
        }
        report("budget query (budget against actual with months, one grouped pass)", sql.subList(2, sql.size()));

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Stage[] stage = new Stage[1];
        FinanceView[] view = new FinanceView[1];
        onFx(() -> {
            stage[0] = new Stage();
            BackgroundTasks tasks = new BackgroundTasks();
            DialogService dialogs = new DialogService(() -> stage[0], context.paths().logs());
            view[0] = new FinanceView(new FinanceViewModel(queries, context.expenseLinks(), context.funding(),
                    tasks, new FinanceDialogService(dialogs), Clock.systemDefaultZone()),
                    new de.ssg.lotsenkontor.ui.PrintActions(tasks, dialogs));
            stage[0].setScene(new Scene((Parent) view[0].node(), 1366, 768));
            stage[0].show();
        });
        FinanceViewModel vm = view[0].viewModel();
        waitFor(() -> vm.contractProperty().get() != null && vm.budget().budgetProperty().get() != null);
        ContractRow c = largest;
        int y = year;
        List<Double> open = new ArrayList<>();
        List<Double> afterData = new ArrayList<>();
        List<Double> fxCpu = new ArrayList<>();
        long[] arrived = new long[1];
        Thread[] fxThread = new Thread[1];
        onFx(() -> {
            fxThread[0] = Thread.currentThread();
            // the moment the budget reaches the FX thread, before the table and the charts are filled
            vm.budget().budgetProperty().addListener((obs, o, n) -> arrived[0] = System.nanoTime());
        });
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 8; i++) {
            int other = y == c.firstYear() ? c.lastYear() : c.firstYear();
            choose(vm, c, other);
            // the other year's ledger has loaded: nothing else runs while the view opens
            waitFor(() -> vm.ledger().rows().all().size() > 0 && vm.ledger().rows().all().get(0).year() == other);
            Thread.sleep(300);
            long cpu = threads.getThreadCpuTime(fxThread[0].getId());
            long t = System.nanoTime();
            choose(vm, c, y);
            onFx(() -> {
                stage[0].getScene().getRoot().applyCss();
                stage[0].getScene().getRoot().layout();
            });
            long end = System.nanoTime();
            open.add((end - t) / 1e6);
            afterData.add((end - arrived[0]) / 1e6);
            fxCpu.add((threads.getThreadCpuTime(fxThread[0].getId()) - cpu) / 1e6);
            // let the other tabs finish loading before the next round
            waitFor(() -> vm.ledger().rows().all().size() > 0 && vm.ledger().rows().all().get(0).year() == y);
        }
        report("budget-against-actual view opens (choose year → table laid out)", open.subList(2, open.size()));
        report("  of it on the FX thread after the budget arrived (table, findings, charts filled and laid out)",
                afterData.subList(2, afterData.size()));
        report("  CPU time of the FX thread meanwhile", fxCpu.subList(2, fxCpu.size()));

        onFx(() -> {
            var tabs = (javafx.scene.control.TabPane) stage[0].getScene().lookup("#financeTabs");
            tabs.getSelectionModel().select(1);
        });
        TextField search = (TextField) stage[0].getScene().lookup("#ledgerSearch");
        List<String> keys = new ArrayList<>();
        for (String word : List.of("Reise", "Muster", "B-20", "Catering", "Ordner")) {
            for (int i = 1; i <= word.length(); i++) {
                keys.add(word.substring(0, i));
            }
            for (int i = word.length() - 1; i >= 0; i--) {
                keys.add(word.substring(0, i));
            }
        }
        for (int round = 0; round < 2; round++) {
            for (String k : keys) {
                keystroke(stage[0], search, k);
            }
        }
        List<Double> ms = new ArrayList<>();
        for (String k : keys) {
            ms.add(keystroke(stage[0], search, k));
        }
        report("ledger search, " + vm.ledger().rows().all().size() + " rows", ms);
        context.close();
        Platform.exit();
    }

    /** Chooses a contract year and waits until the budget of that year is shown. */
    private static void choose(FinanceViewModel vm, ContractRow c, int year) throws Exception {
        onFx(() -> {
            if (vm.contractProperty().get() == null || vm.contractProperty().get().id() != c.id()) {
                vm.contractProperty().set(vm.contracts().stream().filter(x -> x.id() == c.id()).findFirst()
                        .orElseThrow());
            }
            vm.yearProperty().set(year);
        });
        waitFor(() -> vm.budget().budgetProperty().get() != null && vm.budget().budgetProperty().get().year() == year);
    }

    /** Polls on the FX thread until {@code condition} holds. */
    private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
        long until = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < until) {
            boolean[] ok = new boolean[1];
            onFx(() -> ok[0] = condition.getAsBoolean());
            if (ok[0]) {
                return;
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("timed out");
    }

    private static double keystroke(Stage stage, TextField field, String text) throws Exception {
        double[] result = new double[1];
        onFx(() -> {
            long start = System.nanoTime();
            field.setText(text);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            result[0] = (System.nanoTime() - start) / 1e6;
        });
        return result[0];
    }

    private static void report(String what, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: median %.1f ms, 95th percentile %.1f ms, max %.1f ms (%d runs)%n", what,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.min(sorted.size() - 1, sorted.size() * 0.95)),
                sorted.get(sorted.size() - 1), sorted.size());
    }

    static void onFx(Runnable action) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] error = new Throwable[1];
        Platform.runLater(() -> {
            try {
                action.run();
            } catch (Throwable e) {
                error[0] = e;
            } finally {
                done.countDown();
            }
        });
        if (!done.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("FX thread did not answer");
        }
        if (error[0] != null) {
            throw new IllegalStateException(error[0]);
        }
    }
}
