package de.ssg.lotsenkontor.storage;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.TestDatabases;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrades keep the data: a database written by the previous release opens in the current build,
 * is migrated by Flyway to {@link Migrations#LATEST} and still holds every row it held before.
 *
 * <p>Two databases of the previous release are used: a stored copy of a real data folder of
 * release 0.1.0 ({@code upgrade/release-0.1.0.zip}: the demo programme at scale 1, written by that
 * release's own H2 and Flyway, schema version 1), and a database migrated here to the previous
 * release's schema version only. When a release is made, add its file beside the others (a
 * compacted data folder after {@code demo}) and raise {@link #PREVIOUS_RELEASE_SCHEMA}.
 */
class UpgradeTest {

    /** The newest migration of the previous release (0.1.0: only V1__domain_model.sql). */
    static final String PREVIOUS_RELEASE_SCHEMA = "1";

    private static final String HISTORY = "flyway_schema_history";

    @TempDir
    Path folder;

    @Test
    void aDataFolderOfRelease010KeepsEveryRowAndGetsTheCurrentSchema() throws Exception {
        Path old = folder.resolve("release-0.1.0");
        unzip("/upgrade/release-0.1.0.zip", old);
        Snapshot before = snapshot(old);
        assertThat(schemaVersion(old)).isEqualTo("1");
        // the stored file is the demo programme: every table of the domain model holds rows
        assertThat(before.rows().get("COACHING_SESSION")).hasSize(1500);
        assertThat(before.rows().get("MUNICIPALITY")).hasSize(418);
        assertThat(before.rows().entrySet()).allSatisfy(table ->
                assertThat(table.getValue()).as("rows of %s in the stored file", table.getKey()).isNotEmpty());

        assertUpgradeKeepsEveryRow(old, before);
        // V5: every session of the old release has exactly its one navigator in the join table
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(DataPaths.of(old)), "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT session_id)"
                        + " FROM coaching_session_navigator")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1500);
            assertThat(rs.getInt(2)).isEqualTo(1500);
        }
        // V5: the month totals are built from the sessions the old release recorded
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(DataPaths.of(old)), "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT (SELECT SUM(sessions) FROM coaching_month_total),"
                        + " (SELECT SUM(hours) FROM coaching_month_total), (SELECT SUM(hours) FROM coaching_session)")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1500);
            assertThat(rs.getBigDecimal(2)).isEqualByComparingTo(rs.getBigDecimal(3));
        }
    }

    @Test
    void aDatabaseAtThePreviousReleasesSchemaKeepsItsRows() throws Exception {
        Path old = folder.resolve("previous-schema");
        Files.createDirectories(old);
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(DataPaths.of(old)), "sa", "")) {
            Flyway.configure(UpgradeTest.class.getClassLoader())
                    .dataSource(Database.jdbcUrl(DataPaths.of(old)), "sa", "")
                    .locations("classpath:db/migration")
                    .target(PREVIOUS_RELEASE_SCHEMA)
                    .load()
                    .migrate();
            try (Statement s = c.createStatement()) {
                // columns as they were in the previous release's schema
                s.executeUpdate("INSERT INTO district (id, district_key, name, district_type, region_name)"
                        + " VALUES (1, '14625', 'Bautzen', 'LANDKREIS', 'Oberlausitz')");
                s.executeUpdate("INSERT INTO coach (id, first_name, last_name, email, phone, capacity, active_from)"
                        + " VALUES (1, 'Jana', 'Kühn', 'jana.kuehn@example.org', '0351 123', 30, DATE '2023-01-01')");
                s.executeUpdate("INSERT INTO coach (id, first_name, last_name, capacity, active_from, active_until)"
                        + " VALUES (2, 'Uwe', 'Böhme', 25, DATE '2021-04-01', DATE '2024-12-31')");
                s.executeUpdate("INSERT INTO coach_focus_district (coach_id, district_id) VALUES (1, 1)");
            }
        }
        assertThat(schemaVersion(old)).isEqualTo(PREVIOUS_RELEASE_SCHEMA);
        Snapshot before = snapshot(old);
        assertThat(before.rows().get("COACH")).hasSize(2);
        assertThat(before.rows().get("COACH").get(0)).contains("Kühn", LocalDate.of(2023, 1, 1).toString());

        assertUpgradeKeepsEveryRow(old, before);
    }

    /** Opens {@code folder} with the current bootstrap and compares every table with {@code before}. */
    private static void assertUpgradeKeepsEveryRow(Path dataFolder, Snapshot before) throws SQLException {
        try (Database db = TestDatabases.open(dataFolder)) {
            // the mapping of the current build validates against the migrated schema
            Long coaches = db.read(s -> s.createSelectionQuery("select count(*) from Coach", Long.class)
                    .getSingleResult());
            assertThat(coaches).isEqualTo(before.rows().get("COACH").size());
        }
        assertThat(schemaVersion(dataFolder)).isEqualTo(Migrations.LATEST);
        Snapshot after = snapshot(dataFolder, before.columns());
        assertThat(after.rows().keySet()).as("tables").containsExactlyElementsOf(before.rows().keySet());
        for (Map.Entry<String, List<List<String>>> table : before.rows().entrySet()) {
            // every row is still there; a later migration may add rows (V2: the office's default categories)
            assertThat(after.rows().get(table.getKey())).as("rows of %s", table.getKey())
                    .containsAll(table.getValue());
        }
    }

    private static String schemaVersion(Path dataFolder) throws SQLException {
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(DataPaths.of(dataFolder)), "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"" + HISTORY + "\" WHERE \"success\""
                        + " AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** Every row of every table (without Flyway's) by primary key, as text, with the columns read. */
    private record Snapshot(Map<String, List<String>> columns, Map<String, List<List<String>>> rows) {
    }

    private static Snapshot snapshot(Path dataFolder) throws SQLException {
        return snapshot(dataFolder, null);
    }

    /**
     * The same, restricted to the tables and columns of {@code previous} when given: a later
     * migration may add tables and columns, but the data the previous release had must all be there.
     */
    private static Snapshot snapshot(Path dataFolder, Map<String, List<String>> previous) throws SQLException {
        Map<String, List<String>> columnsRead = new TreeMap<>();
        Map<String, List<List<String>>> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(DataPaths.of(dataFolder)), "sa", "")) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, "PUBLIC", "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    String name = rs.getString("TABLE_NAME");
                    if (!name.equalsIgnoreCase(HISTORY) && (previous == null || previous.containsKey(name))) {
                        names.add(name);
                    }
                }
            }
            for (String table : names) {
                List<String> columns = previous == null ? columns(meta, table) : previous.get(table);
                List<String> keys = primaryKey(meta, table);
                List<List<String>> rows = new ArrayList<>();
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT " + selectList(table, columns, previous != null) + " FROM \"" + table
                                + "\" ORDER BY " + quoted(keys.isEmpty() ? columns : keys))) {
                    int count = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= count; i++) {
                            row.add(rs.getString(i));
                        }
                        rows.add(row);
                    }
                }
                columnsRead.put(table, columns);
                tables.put(table, rows);
            }
        }
        return new Snapshot(columnsRead, tables);
    }

    /**
     * Columns a later migration deliberately replaced, with the expression that must give the old
     * value from the new columns: the data is carried over, not lost.
     */
    private static final Map<String, String> REPLACED = Map.of(
            // V3: the yes/no "attended" became a state per registration
            "ATTENDANCE.ATTENDED", "CASE WHEN \"STATUS\" = 'TEILGENOMMEN' THEN TRUE ELSE FALSE END",
            // V5: a session's one navigator moved into the join table of its navigators
            "COACHING_SESSION.NAVIGATOR_ID", "(SELECT MIN(sn.navigator_id) FROM coaching_session_navigator sn"
                    + " WHERE sn.session_id = \"COACHING_SESSION\".\"ID\")");

    private static String selectList(String table, List<String> columns, boolean upgraded) {
        if (!upgraded) {
            return quoted(columns);
        }
        return String.join(", ", columns.stream()
                .map(n -> REPLACED.getOrDefault(table + "." + n, "\"" + n + "\"")).toList());
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }

    private static List<String> columns(DatabaseMetaData meta, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, "PUBLIC", table, "%")) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String table) throws SQLException {
        Map<Short, String> keys = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, "PUBLIC", table)) {
            while (rs.next()) {
                keys.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return new ArrayList<>(keys.values());
    }

    private static void unzip(String resource, Path target) throws IOException {
        Files.createDirectories(target);
        try (InputStream in = UpgradeTest.class.getResourceAsStream(resource);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Files.copy(zip, target.resolve(Path.of(entry.getName()).getFileName().toString()));
            }
        }
    }
}
