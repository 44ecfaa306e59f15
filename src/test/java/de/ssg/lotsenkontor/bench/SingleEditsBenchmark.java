package de.ssg.lotsenkontor.bench;

import de.ssg.lotsenkontor.app.AppContext;
import de.ssg.lotsenkontor.app.LoggingSetup;
import de.ssg.lotsenkontor.people.NavigatorChange;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.storage.DataPaths;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code DIR N}: saves N navigators one by one through the navigator service (each one
 * transaction, as the form's "Speichern" does) and prints the milliseconds they took together.
 * Run with {@code -Dlotsenkontor.durability=h2-default|commit|sync} to compare the storage settings.
 */
public final class SingleEditsBenchmark {

    private SingleEditsBenchmark() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        LoggingSetup.useFolder(dir.resolve("logs"));
        try (AppContext context = AppContext.open(DataPaths.of(dir))) {
            long municipality = context.database().withConnection(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT MIN(id) FROM municipality")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            context.database().ready();
            context.navigators().save(change(municipality, -1)); // warms Hibernate up
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                context.navigators().save(change(municipality, i));
            }
            System.out.println((System.nanoTime() - start) / 1_000_000);
        }
    }

    private static NavigatorChange change(long municipality, int i) {
        return new NavigatorChange(null, 0, "Bench", "Edit" + System.nanoTime() + "x" + i, municipality, List.of(),
                null, null, null, NavigatorStatus.AKTIV, LocalDate.of(2025, 1, 1), null);
    }
}
