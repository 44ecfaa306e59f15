package de.ssg.lotsenkontor.bench;

import de.ssg.lotsenkontor.app.AppContext;
import de.ssg.lotsenkontor.coaching.CoachingFigures;
import de.ssg.lotsenkontor.storage.DataPaths;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

/** The time of each read behind the events list, the project board and the Sachbericht, to find the slow one. */
public final class ActivityQueryTimes {

    private ActivityQueryTimes() {
    }

    public static void main(String[] args) {
        try (AppContext c = AppContext.open(DataPaths.of(Path.of(args[0])))) {
            LocalDate from = LocalDate.of(2025, 1, 1);
            LocalDate to = LocalDate.of(2025, 12, 31);
            for (int round = 0; round < 3; round++) {
                time("events", () -> c.eventQueries().events().size());
                time("navigators", () -> c.navigatorQueries().list().size());
                time("coach options", () -> c.coachQueries().options().size());
                time("municipality options", () -> c.municipalityQueries().options().size());
                time("qualification", () -> c.eventQueries().qualification().size());
                time("projects", () -> c.projectQueries().projects().size());
                time("coaching figures", () -> new CoachingFigures(c.database()).figures(from, to).size());
                time("event figures", () -> c.eventQueries().figures(from, to).size());
                time("project figures", () -> c.projectQueries().figures(from, to).size());
            }
        }
    }

    private static void time(String what, Supplier<Object> work) {
        long start = System.nanoTime();
        Object result = work.get();
        System.out.printf(Locale.ROOT, "%-22s %6.0f ms  (%s)%n", what, (System.nanoTime() - start) / 1e6, result);
    }
}
