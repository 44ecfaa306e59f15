package de.ssg.lotsenkontor.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The yardstick of the expense import's apply: a bare program that inserts the same rows the
 * benchmark's DATEV file gives (100,000 expenses of the first demo contract's first year) into
 * the {@code expense} table with one prepared statement in JDBC batches of 1,000, in one
 * transaction, on the database URL the app uses ({@code WRITE_DELAY=0}; {@code -Dfloor.relax=500}
 * relaxes it to H2's default while the rows go in, an experiment the crash test refused for the
 * app), then {@code CHECKPOINT SYNC}; no file reading, no check, no bulk copy, no command line. Run by
 * {@code src/bench/expense-import.sh}; not a unit test. Arguments: data folder, number of rows,
 * year. Prints the milliseconds of the insert and commit and the file size after.
 */
public final class ExpenseImportFloor {

    private static final String[] ACCOUNTS = {"4930", "4940", "4660", "4910", "4920", "4950", "4600", "4806"};

    /** Rows per commit; all in one transaction unless {@code -Dfloor.commitEvery=N} (an experiment). */
    private static final int COMMIT_EVERY = Integer.getInteger("floor.commitEvery", Integer.MAX_VALUE);

    private ExpenseImportFloor() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        int year = Integer.parseInt(args[2]);
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:h2:" + root.resolve("lotsenkontor").toAbsolutePath()
                + System.getProperty("floor.url", ";WRITE_DELAY=0"), "sa", "")) {
            c.setAutoCommit(false);
            // the app keeps the write delay 0 also during bulk writes
            String relax = System.getProperty("floor.relax", "none");
            if (!relax.equals("none")) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET WRITE_DELAY " + relax);
                }
            }
            long contract;
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT id FROM funding_contract WHERE ? BETWEEN first_year AND last_year ORDER BY id")) {
                q.setInt(1, year);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    contract = rs.getLong(1);
                }
            }
            long category;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(id) FROM cost_category")) {
                rs.next();
                category = rs.getLong(1);
            }
            Timestamp now = Timestamp.valueOf(LocalDateTime.now().withNano(0));
            try (PreparedStatement q = c.prepareStatement("""
                    INSERT INTO expense (contract_id, fiscal_year, receipt_no, payment_date, payee, purpose, category_id,
                        gross_amount, eligible_amount, source, source_file, source_line, imported_on, import_batch_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 1; i <= n; i++) {
                    BigDecimal gross = BigDecimal.valueOf((i % 900 + 1) * 100L + i % 100, 2);
                    String text = "Beleg " + i + " Bürobedarf – Lieferant " + i % 97;
                    q.setLong(1, contract);
                    q.setInt(2, year);
                    q.setString(3, String.format("BM-%06d", i));
                    q.setDate(4, Date.valueOf(LocalDate.of(year, i % 12 + 1, i % 28 + 1)));
                    q.setString(5, text);
                    q.setString(6, text);
                    q.setLong(7, category + (ACCOUNTS[i % 8].hashCode() & 1));
                    q.setBigDecimal(8, gross);
                    q.setBigDecimal(9, gross);
                    q.setString(10, "IMPORT");
                    q.setString(11, "EXTF_Buchungsstapel_bench.csv");
                    q.setInt(12, i + 2);
                    q.setTimestamp(13, now);
                    q.setString(14, "IMP-FLOOR");
                    q.addBatch();
                    if (i % 1000 == 0 || i == n) {
                        q.executeBatch();
                        if (i % COMMIT_EVERY == 0) {
                            c.commit();
                        }
                    }
                }
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                if (!relax.equals("none")) {
                    s.execute("SET WRITE_DELAY 0");
                }
                s.execute("CHECKPOINT SYNC");
            }
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("floor: " + n + " rows inserted and committed in " + ms + " ms, file "
                + Files.size(root.resolve("lotsenkontor.mv.db")) / (1 << 20) + " MB");
    }
}
