package de.ssg.lotsenkontor.bench;

import de.ssg.lotsenkontor.app.AppContext;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.overview.Sachbericht;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.storage.DataPaths;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The Sachbericht figures of 2025 computed {@code RUNS} times (default 9, after 3 warm-up runs) on
 * an existing database: median wall and CPU time (H2 runs embedded, in the calling thread), and
 * the 14 rows as text ({@code -Dbench.rows=1}) to compare results between versions.
 */
public final class SachberichtTimes {

    private SachberichtTimes() {
    }

    public static void main(String[] args) {
        I18n.setLocale(Locale.GERMAN);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 9;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        try (AppContext c = AppContext.open(DataPaths.of(Path.of(args[0])))) {
            List<DistrictOption> districts = c.municipalityQueries().districts();
            LocalDate from = LocalDate.of(2025, 1, 1);
            LocalDate to = LocalDate.of(2025, 12, 31);
            List<Double> wall = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            Sachbericht.Result r = null;
            for (int i = 0; i < runs + 3; i++) {
                long w = System.nanoTime();
                long t = mx.getCurrentThreadCpuTime();
                r = c.sachbericht().compute(from, to, districts, null);
                if (i >= 3) {
                    wall.add((System.nanoTime() - w) / 1e6);
                    cpu.add((mx.getCurrentThreadCpuTime() - t) / 1e6);
                }
            }
            if (System.getProperty("bench.rows") != null) {
                List<ColumnDef<Sachbericht.Row>> cols = Sachbericht.columns();
                for (Sachbericht.Row row : r.rows()) {
                    System.out.println(cols.stream().map(col -> String.valueOf(col.valueOf(row)))
                            .collect(Collectors.joining(";")));
                }
            }
            System.out.printf(Locale.ROOT, "Sachbericht 2025: wall median %.0f ms (%s), CPU median %.0f ms%n",
                    median(wall), wall.stream().map(d -> String.format(Locale.ROOT, "%.0f", d))
                            .collect(Collectors.joining(" ")), median(cpu));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
