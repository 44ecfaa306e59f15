package de.ssg.lotsenkontor.bench;

import de.ssg.lotsenkontor.app.AppContext;
import de.ssg.lotsenkontor.coaching.CoachingRows.CoachMonth;
import de.ssg.lotsenkontor.coaching.ui.CoachingArea;
import de.ssg.lotsenkontor.coaching.ui.CoachingAreaModels;
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
        // in turns, each on a fresh connection of its own (no result cached from the run before)
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            List<CoachMonth> rows = context.coachingQueries().coachMonths(year, null);
            ours.add((System.nanoTime() - t) / 1e6);
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                long t2 = System.nanoTime();
                BigDecimal sum = plainTotals(c, year);
                plain.add((System.nanoTime() - t2) / 1e6);
                if (i == 0) {
                    System.out.printf("year %d: CoachingQueries %s h in %d cells, plain JDBC %s h%n", year,
                            rows.stream().map(CoachMonth::hours).reduce(BigDecimal.ZERO, BigDecimal::add),
                            rows.size(), sum);
                }
            }
        }
        List<Double> boardTimes = new ArrayList<>();
        List<Double> coverageTimes = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            context.coachingQueries().board(LocalDate.now());
            long t2 = System.nanoTime();
            context.coachingQueries().coverage(LocalDate.now(), LocalDate.now().withDayOfYear(1));
            context.coachingQueries().participatingWithoutNavigator(LocalDate.now());
            context.coachingQueries().nextSteps(LocalDate.now());
            long t3 = System.nanoTime();
            boardTimes.add((t2 - t) / 1e6);
            coverageTimes.add((t3 - t2) / 1e6);
        }
        report("board data (CoachingQueries.board)", boardTimes);
        report("coverage data (per district and the lists)", coverageTimes);
        report("totals per coach and month (CoachingQueries)", ours);
        report("totals per coach and month (plain JDBC)", plain);
        System.out.printf("ratio of medians: %.2f%n", median(ours) / median(plain));

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        // each run closes its window; the toolkit must not end with the last one
        Platform.setImplicitExit(false);
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
        try (PreparedStatement q = c.prepareStatement("SELECT c.id, c.first_name, c.last_name,"
                + " MONTH(s.session_date) AS mon, COUNT(*), SUM(s.hours) FROM coaching_session s JOIN coach c"
                + " ON c.id = s.coach_id WHERE s.session_date BETWEEN ? AND ?"
                + " GROUP BY c.id, c.first_name, c.last_name, MONTH(s.session_date)"
                + " ORDER BY c.last_name, c.first_name, c.id, mon")) {
            q.setObject(1, LocalDate.of(year, 1, 1));
            q.setObject(2, LocalDate.of(year, 12, 31));
            BigDecimal sum = BigDecimal.ZERO;
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    sum = sum.add(rs.getBigDecimal(6));
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
        String[] state = {""};
        Platform.runLater(() -> {
          try {
            stage[0] = new Stage();
            BackgroundTasks tasks = new BackgroundTasks();
            DialogService dialogs = new DialogService(() -> stage[0], ctx.paths().logs());
            start[0] = System.nanoTime();
            CoachingArea area = new CoachingArea(new CoachingAreaModels(new CoachingAreaModels.Sources(ctx.coachingQueries(),
                    ctx.coaching(), ctx.coachQueries(), ctx.navigatorQueries(), ctx.municipalityQueries()), tasks,
                    dialogs, Clock.systemDefaultZone(), () -> { }, s -> { }), tasks, dialogs, Clock.systemDefaultZone(),
                    () -> { }, de.ssg.lotsenkontor.people.ui.PeopleView.STYLESHEET);
            stage[0].setScene(new Scene((javafx.scene.Parent) area.node(), 1366, 768));
            stage[0].show();
            // the lists fill on the FX thread when their background reads are done: check on each change
            // (a Timeline does not run on a headless toolkit that has nothing to pulse)
            boolean[] finished = {false};
            Runnable check = () -> {
                boolean ready = !area.board().columns().isEmpty() && !area.coverage().rows().isEmpty();
                state[0] = area.board().columns().size() + " columns, " + area.coverage().rows().size()
                        + " coverage rows, tasks " + tasks.running().size();
                if (ready && !finished[0]) {
                    finished[0] = true;
                    area.node().getScene().getRoot().applyCss();
                    area.node().getScene().getRoot().layout();
                    end[0] = System.nanoTime();
                    stage[0].close();
                    done.countDown();
                }
            };
            area.board().columns().addListener((javafx.collections.ListChangeListener<Object>) c -> check.run());
            area.coverage().rows().addListener((javafx.collections.ListChangeListener<Object>) c -> check.run());
            check.run();
          } catch (RuntimeException e) {
            e.printStackTrace();
            state[0] = e.toString();
          }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("area did not fill within 60 s: " + state[0]);
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
