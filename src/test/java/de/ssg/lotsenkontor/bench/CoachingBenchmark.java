package de.ssg.lotsenkontor.bench;

import de.ssg.lotsenkontor.app.AppContext;
import de.ssg.lotsenkontor.coaching.CoachingRows.CoachMonth;
import de.ssg.lotsenkontor.coaching.ui.CoachingArea;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.storage.DataPaths;
import de.ssg.lotsenkontor.storage.Database;
import de.ssg.lotsenkontor.ui.BackgroundTasks;
import de.ssg.lotsenkontor.ui.DialogService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The area "Betreuung" on a large database ({@code demo --scale 100}): how long the board and the
 * coverage take to open with data, and the totals per coach and month through
 * {@code CoachingQueries} against a plain JDBC query on its own connection computing the same.
 * Started by {@code src/bench/coaching.sh}; not a unit test.
 */
public final class CoachingBenchmark {

    private static final int RUNS = 7;

    private CoachingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        I18n.setLocale(Locale.GERMAN);
        Path folder = Path.of(args[0]);
        AppContext context = AppContext.open(DataPaths.of(folder));
        int year = LocalDate.now().getYear() - 1;
        System.out.printf("sessions: %d, navigators: %d%n", context.coachingQueries().figures(LocalDate.now())
                .sessions(), context.navigatorQueries().count());

        List<Double> ours = new ArrayList<>();
        List<Double> plain = new ArrayList<>();
        String url = Database.jdbcUrl(DataPaths.of(folder));
        context.close();
        // the plain query runs on a connection of its own, while the app's database is closed; then the other way
        for (int i = 0; i < RUNS; i++) {
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                long t = System.nanoTime();
                BigDecimal sum = plainTotals(c, year);
                plain.add((System.nanoTime() - t) / 1e6);
                if (i == 0) {
                    System.out.printf("plain JDBC total %d: %s h%n", year, sum);
                }
            }
        }
        context = AppContext.open(DataPaths.of(folder));
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            List<CoachMonth> rows = context.coachingQueries().coachMonths(year, null);
            ours.add((System.nanoTime() - t) / 1e6);
            if (i == 0) {
                System.out.printf("CoachingQueries total %d: %s h in %d cells%n", year,
                        rows.stream().map(CoachMonth::hours).reduce(BigDecimal.ZERO, BigDecimal::add), rows.size());
            }
        }
        report("totals per coach and month (CoachingQueries)", ours);
        report("totals per coach and month (plain JDBC)", plain);
        System.out.printf("ratio of medians: %.2f%n", median(ours) / median(plain));

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AppContext ctx = context;
        List<Double> open = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            open.add(openArea(ctx));
        }
        report("area Betreuung opens with board and coverage data", open);
        ctx.close();
        Platform.exit();
        System.exit(0);
    }

    private static BigDecimal plainTotals(Connection c, int year) throws Exception {
        try (PreparedStatement q = c.prepareStatement("SELECT coach_id, MONTH(session_date), COUNT(*), SUM(hours)"
                + " FROM coaching_session WHERE session_date BETWEEN ? AND ? GROUP BY coach_id, MONTH(session_date)")) {
            q.setObject(1, LocalDate.of(year, 1, 1));
            q.setObject(2, LocalDate.of(year, 12, 31));
            BigDecimal sum = BigDecimal.ZERO;
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    sum = sum.add(rs.getBigDecimal(4));
                }
            }
            return sum;
        }
    }

    /** From building the area to its board and coverage filled and laid out, in ms. */
    private static double openArea(AppContext ctx) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        long[] start = new long[1];
        long[] end = new long[1];
        Stage[] stage = new Stage[1];
        Platform.runLater(() -> {
            stage[0] = new Stage();
            BackgroundTasks tasks = new BackgroundTasks();
            DialogService dialogs = new DialogService(() -> stage[0], ctx.paths().logs());
            start[0] = System.nanoTime();
            CoachingArea area = new CoachingArea(new CoachingArea.Sources(ctx.coachingQueries(), ctx.coaching(),
                    ctx.coachQueries(), ctx.navigatorQueries(), ctx.municipalityQueries()), tasks, dialogs,
                    Clock.systemDefaultZone(), () -> { }, s -> { }, null);
            stage[0].setScene(new Scene((javafx.scene.Parent) area.node(), 1366, 768));
            stage[0].show();
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                boolean ready = !area.board().columns().isEmpty() && !area.coverage().rows().isEmpty();
                if (ready) {
                    area.node().getScene().getRoot().applyCss();
                    area.node().getScene().getRoot().layout();
                    end[0] = System.nanoTime();
                    stage[0].close();
                    done.countDown();
                } else {
                    Platform.runLater(check[0]);
                }
            };
            Platform.runLater(check[0]);
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("area did not fill within 60 s");
        }
        return (end[0] - start[0]) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static void report(String what, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf("%s: median %.1f ms, min %.1f ms, max %.1f ms (%d runs)%n", what, median(values),
                sorted.get(0), sorted.get(sorted.size() - 1), values.size());
    }
}
