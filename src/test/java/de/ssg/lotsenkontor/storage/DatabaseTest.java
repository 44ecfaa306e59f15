package de.ssg.lotsenkontor.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void migratesAnEmptyDatabaseAndValidatesTheMapping() {
        try (Database db = TestDatabases.open(folder)) {
            Integer applied = db.withConnection(c -> {
                try (ResultSet rs = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(applied).isGreaterThanOrEqualTo(1);
        }
        assertThat(folder.resolve("lotsenkontor.mv.db")).exists();
    }

    @Test
    void reopensAnExistingDatabaseWithoutMigratingAgain() {
        TestDatabases.open(folder).close();
        List<String> before = history();
        try (Database db = TestDatabases.open(folder)) {
            Long districts = db.read(s -> s.createSelectionQuery("select count(*) from District", Long.class)
                    .getSingleResult());
            assertThat(districts).isNotNull();
        }
        // no migration ran: the history is row for row what it was after the first opening
        assertThat(history()).isNotEmpty().isEqualTo(before);
    }

    @Test
    void aLargeWriteOnOneConnectionLeavesNoCopyBehindWhenItEnds() {
        try (Database db = TestDatabases.open(folder)) {
            db.withBulkConnection(c -> {
                assertThat(folder.resolve("lotsenkontor.before-bulk.zip")).exists();
                c.createStatement().executeUpdate("INSERT INTO district (district_key, name, district_type)"
                        + " VALUES ('14999', 'Testkreis', 'LANDKREIS')");
                c.commit();
                return null;
            });
        }
        assertThat(folder.resolve("lotsenkontor.before-bulk.zip")).doesNotExist();
        assertThat(districtsNamed("Testkreis")).isEqualTo(1);
    }

    @Test
    void aCopyLeftByALargeWriteThatDiedIsPutBackOnTheNextOpening() {
        try (Database db = TestDatabases.open(folder)) {
            // what a process killed inside the large write leaves: the copy from before it, then the torn write
            db.withConnection(c -> {
                c.createStatement().execute("BACKUP TO '" + folder.resolve("lotsenkontor.before-bulk.zip") + "'");
                c.createStatement().executeUpdate("INSERT INTO district (district_key, name, district_type)"
                        + " VALUES ('14998', 'Halber Kreis', 'LANDKREIS')");
                c.commit();
                return null;
            });
        }
        TestDatabases.open(folder).close();
        assertThat(folder.resolve("lotsenkontor.before-bulk.zip")).doesNotExist();
        assertThat(districtsNamed("Halber Kreis")).isZero();
    }

    private int districtsNamed(String name) {
        try (Connection c = DriverManager.getConnection("jdbc:h2:" + folder.resolve("lotsenkontor"), "sa", "");
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM district WHERE name = '" + name + "'")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** The migration history, one line per row with rank, version, checksum and installation time. */
    private List<String> history() {
        try (Connection c = DriverManager.getConnection("jdbc:h2:" + folder.resolve("lotsenkontor"), "sa", "");
                ResultSet rs = c.createStatement().executeQuery("SELECT \"installed_rank\", \"version\","
                        + " \"checksum\", \"installed_on\" FROM \"flyway_schema_history\" ORDER BY 1")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void refusesAFolderThatCannotBeCreated() throws Exception {
        Path file = folder.resolve("not-a-folder");
        java.nio.file.Files.writeString(file, "x");
        assertThatThrownBy(() -> TestDatabases.open(file.resolve("db")))
                .isInstanceOf(DatabaseOpenException.class)
                .hasMessageContaining("not-a-folder");
    }
}
