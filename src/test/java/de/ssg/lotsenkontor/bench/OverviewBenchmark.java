package de.ssg.lotsenkontor.bench;

import de.ssg.lotsenkontor.app.DomainModel;
import de.ssg.lotsenkontor.overview.Dashboard;
import de.ssg.lotsenkontor.overview.DashboardQueries;
import de.ssg.lotsenkontor.funding.FundingQueries;
import de.ssg.lotsenkontor.overview.DashboardSources;
import de.ssg.lotsenkontor.overview.FeatureDashboardSources;
import de.ssg.lotsenkontor.overview.MapColouring;
import de.ssg.lotsenkontor.overview.SaxonyGeometry;
import de.ssg.lotsenkontor.overview.ui.SaxonyMapView;
import de.ssg.lotsenkontor.report.ReportMap;
import de.ssg.lotsenkontor.storage.DataPaths;
import de.ssg.lotsenkontor.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The Übersicht's speed on a database: the dashboard figures right after the database is open (cold,
 * then warm), and the map's first paint (boundaries read and projected, both colourings built, the
 * canvas drawn at 1366×768). Run by {@code src/bench/overview.sh}.
 */
public final class OverviewBenchmark {

    private OverviewBenchmark() {
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double time(java.util.function.Supplier<?> work) {
        long s = System.nanoTime();
        work.get();
        return (System.nanoTime() - s) / 1e6;
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        long t0 = System.nanoTime();
        try (Database database = Database.open(DataPaths.of(db), DomainModel.ENTITIES)) {
            long opened = System.nanoTime();
            // the dashboard as the app reads it: with the figures of events, projects and funding
            DashboardSources sources = new FeatureDashboardSources(database, new FundingQueries(database));
            DashboardQueries queries = new DashboardQueries(database, sources, Clock.systemDefaultZone());
            long cpu0 = cpu();
            Dashboard first = queries.dashboard();
            long cold = System.nanoTime();
            long coldCpu = cpu() - cpu0;
            // where the time goes (warm): the dashboard's own reads, and each source
            DashboardQueries own = new DashboardQueries(database, DashboardSources.NONE, Clock.systemDefaultZone());
            int year = first.today().getYear();
            System.out.printf("  parts, warm: own reads %.0f ms, events %.0f ms, projects %.0f ms, budget %.0f ms, "
                    + "deadline %.0f ms, plan per category %.0f ms%n",
                    time(own::dashboard), time(() -> sources.events(year)), time(sources::projects),
                    time(() -> sources.budget(year)), time(() -> sources.nextProofDeadline(first.today())),
                    time(() -> sources.planVsSpent(year)));
            long geometryStart = System.nanoTime();
            SaxonyGeometry geometry = SaxonyGeometry.get();
            ReportMap status = MapColouring.STATUS.map(first, geometry);
            MapColouring.COVERAGE.map(first, geometry);
            long geometryDone = System.nanoTime();
            double[] warm = new double[7];
            double[] warmCpu = new double[7];
            for (int i = 0; i < warm.length; i++) {
                long s = System.nanoTime();
                long c = cpu();
                queries.dashboard();
                warm[i] = (System.nanoTime() - s) / 1e6;
                warmCpu[i] = (cpu() - c) / 1e6;
            }
            Arrays.sort(warm);
            Arrays.sort(warmCpu);
            System.out.printf("database open: %.0f ms%n", (opened - t0) / 1e6);
            System.out.printf("dashboard, first read after open: %.0f ms (%d municipalities, %d active navigators, %d sessions this year)%n",
                    (cold - opened) / 1e6, first.figures().municipalities(), first.figures().activeNavigators(),
                    first.figures().sessionsThisYear());
            System.out.printf("dashboard, warm: median %.0f ms, max %.0f ms%n", warm[warm.length / 2], warm[warm.length - 1]);
            // CPU time of the whole process (all threads: queries, JIT, GC): what the reads cost whatever the load
            System.out.printf("  CPU time of the process: first read %.0f ms, warm median %.0f ms%n", coldCpu / 1e6,
                    warmCpu[warmCpu.length / 2]);
            System.out.printf("map data (boundaries read, projected, both colourings): %.0f ms%n",
                    (geometryDone - geometryStart) / 1e6);

            CompletableFuture<String> paint = new CompletableFuture<>();
            Platform.startup(() -> {
                try {
                    SaxonyMapView view = new SaxonyMapView();
                    Stage stage = new Stage();
                    long s = System.nanoTime();
                    stage.setScene(new Scene(view, 1366, 768));
                    view.setMap(status);
                    stage.show();
                    view.layout();
                    long shown = System.nanoTime();
                    double[] zoom = new double[20];
                    for (int i = 0; i < zoom.length; i++) {
                        long z = System.nanoTime();
                        view.getChildrenUnmodifiable().get(0).fireEvent(new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL, 683, 384,
                                683, 384, false, false, false, false, false, false, 0, 40, 0, 40,
                                javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
                        zoom[i] = view.lastPaintNanos() / 1e6;
                    }
                    Arrays.sort(zoom);
                    paint.complete(String.format("map first paint (scene, 418 polygons, 13 borders, 1366x768): %.0f ms "
                            + "(canvas pass %.1f ms); zoom frame median %.1f ms, max %.1f ms",
                            (shown - s) / 1e6, view.lastPaintNanos() / 1e6, zoom[zoom.length / 2], zoom[zoom.length - 1]));
                    stage.close();
                } catch (RuntimeException e) {
                    paint.completeExceptionally(e);
                }
            });
            System.out.println(paint.get());
            Platform.exit();
        }
    }
}
