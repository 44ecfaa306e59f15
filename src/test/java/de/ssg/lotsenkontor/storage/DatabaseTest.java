package de.ssg.lotsenkontor.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.TestDatabases;
import java.nio.file.Path;
import java.sql.ResultSet;
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
        try (Database db = TestDatabases.open(folder)) {
            Long districts = db.read(s -> s.createSelectionQuery("select count(*) from District", Long.class)
                    .getSingleResult());
            assertThat(districts).isNotNull();
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
