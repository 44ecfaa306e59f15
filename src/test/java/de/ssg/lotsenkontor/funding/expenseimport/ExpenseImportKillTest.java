package de.ssg.lotsenkontor.funding.expenseimport;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.ExternalProcess;
import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.app.Launcher;
import de.ssg.lotsenkontor.storage.Backups;
import de.ssg.lotsenkontor.storage.Database;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An expense import is there whole or not at all, whenever the program dies. A real child JVM runs
 * {@code import-expenses} (the command line, as a user starts it) of a DATEV booking batch of
 * {@value #BOOKINGS} bookings into a real database and is killed with SIGKILL at a random moment
 * between its start and a little after it ended; some kills come right after it printed its
 * summary (the import reported as done). After every kill the database must open, every table
 * must be readable, and it holds either every booking of the file or none, never part of them;
 * after a reported import, every one. {@code -Dexpimport.kills=N} (6 by default),
 * {@code -Dexpimport.seed=S} repeats a run. The long crash test of the storage is {@code CrashTest}.
 */
class ExpenseImportKillTest {

    private static final int BOOKINGS = 10_000;
    private static final int KILLS = Integer.getInteger("expimport.kills", 6);
    private static final long SEED = Long.getLong("expimport.seed", System.nanoTime());

    @TempDir
    Path temp;

    @Test
    void aKilledImportLeavesEveryBookingOrNone() throws Exception {
        Path templateFolder = temp.resolve("template");
        try (ExpenseImportFixture f = new ExpenseImportFixture(templateFolder)) {
            assertThat(f.contract.reference()).isEqualTo("ZB-2024/25");
        }
        Path template = templateFolder.resolve("db").resolve("lotsenkontor.mv.db");
        List<DatevFiles.Booking> bookings = new ArrayList<>();
        String[] accounts = {"4930", "4660", "4910", "4940"};
        for (int i = 1; i <= BOOKINGS; i++) {
            bookings.add(DatevFiles.Booking.of((i % 700 + 1) + "," + String.format("%02d", i % 100), "S",
                    accounts[i % 4], "1200", String.format("%02d02", i % 28 + 1), String.format("KT-%05d", i),
                    "Beleg " + i + " Büro"));
        }
        Path file = DatevFiles.write(temp.resolve("EXTF_Kill.csv"), DatevFiles.Style.standard(), bookings, false);
        Random random = new Random(SEED);

        // once without a kill: how long a whole run takes, and that it imports every booking
        Path db = fresh(template, "whole");
        long start = System.nanoTime();
        Run whole = Run.start(db, file);
        assertThat(whole.process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(whole.process.exitValue()).as("exit code, stderr %s", whole.err()).isZero();
        assertThat(whole.out()).contains("\"imported\":" + BOOKINGS);
        assertThat(imported(db, file)).isEqualTo(BOOKINGS);

        int none = 0;
        int all = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            db = fresh(template, "kill-" + kill);
            Run run = Run.start(db, file);
            boolean afterReport = kill % 3 == 2;
            long delay;
            if (afterReport) {
                // right after the summary was printed: the import was reported as done
                delay = -1;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
                while (!run.out().contains("\"imported\"") && System.nanoTime() < deadline && run.process.isAlive()) {
                    Thread.sleep(1);
                }
                Thread.sleep(random.nextInt(3));
            } else {
                delay = (long) (millis * (0.15 + random.nextDouble()));
                Thread.sleep(delay);
            }
            run.process.destroyForcibly();
            assertThat(run.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            run.drain();
            boolean reported = run.out().contains("\"imported\":" + BOOKINGS);
            int found = imported(db, file);
            assertThat(found).as("bookings found after a kill %s (seed %d, kill %d, reported %s)",
                    delay < 0 ? "after the report" : "after " + delay + " ms", SEED, kill, reported)
                    .isIn(0, BOOKINGS);
            if (reported) {
                assertThat(found).as("a reported import stays (seed %d, kill %d)", SEED, kill).isEqualTo(BOOKINGS);
            }
            if (found == 0) {
                none++;
            } else {
                all++;
            }
        }
        System.out.printf("expense import kill test: %d kills, whole run %d ms, %d left nothing, %d everything"
                + " (seed %d)%n", KILLS, millis, none, all, SEED);
    }

    private Path fresh(Path template, String name) throws IOException {
        Path folder = temp.resolve(name);
        Files.createDirectories(folder);
        Files.copy(template, folder.resolve("lotsenkontor.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        return folder;
    }

    /** Opens the database as the next start does and counts the expenses from the file; every row must be readable. */
    private static int imported(Path folder, Path file) {
        try (Database db = TestDatabases.open(folder)) {
            assertThat(Backups.describe(db, "test").rowCounts()).containsKey("expense");
            return db.withConnection(c -> {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT COUNT(*), COUNT(DISTINCT import_batch_id) FROM expense WHERE source_file = '"
                                + file.getFileName() + "'")) {
                    rs.next();
                    assertThat(rs.getInt(2)).as("batches").isLessThanOrEqualTo(1);
                    return rs.getInt(1);
                }
            });
        }
    }

    /** A running {@code import-expenses}: its output collected as it comes. */
    private static final class Run {
        final Process process;
        private final StringBuffer out = new StringBuffer();
        private final StringBuffer err = new StringBuffer();
        private final Thread[] readers;

        private Run(Process process) {
            this.process = process;
            readers = new Thread[] {reader(process.getInputStream(), out), reader(process.getErrorStream(), err)};
        }

        static Run start(Path db, Path file) throws IOException {
            return new Run(ExternalProcess.start(Launcher.class, "--db", db.toString(), "import-expenses",
                    file.toString(), "--contract", "ZB-2024/25", "--json"));
        }

        private static Thread reader(InputStream in, StringBuffer into) {
            Thread t = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try {
                    for (int n; (n = in.read(buffer)) > 0;) {
                        into.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    // the process died
                }
            });
            t.setDaemon(true);
            t.start();
            return t;
        }

        void drain() throws InterruptedException {
            for (Thread t : readers) {
                t.join(10_000);
            }
        }

        String out() {
            return out.toString();
        }

        String err() {
            return err.toString();
        }
    }
}
