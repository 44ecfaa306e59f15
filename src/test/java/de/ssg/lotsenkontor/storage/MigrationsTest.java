package de.ssg.lotsenkontor.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import de.ssg.lotsenkontor.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

    @Test
    void latestNamesTheNewestMigrationFile() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(p -> VERSIONED.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            assertThat(Migrations.LATEST).isEqualTo(String.valueOf(newest));
        }
    }

    /**
     * A table added later must reserve its ids in large steps too (V9): with the default of 32,
     * bulk writes into it rewrite their pages thousands of times.
     */
    @Test
    void everyGeneratedIdReservesTenThousandValuesAtATime(@TempDir Path folder) {
        try (Database db = TestDatabases.open(folder)) {
            List<String> small = db.withConnection(c -> {
                List<String> out = new ArrayList<>();
                try (ResultSet rs = c.createStatement().executeQuery("SELECT table_name, identity_cache"
                        + " FROM information_schema.columns WHERE is_identity = 'YES' AND table_schema = 'PUBLIC'")) {
                    while (rs.next()) {
                        if (rs.getLong(2) < 10_000) {
                            out.add(rs.getString(1) + " " + rs.getLong(2));
                        }
                    }
                }
                return out;
            });
            assertThat(small).as("identity columns with a small cache").isEmpty();
            long identities = db.withConnection(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM information_schema.columns"
                        + " WHERE is_identity = 'YES' AND table_schema = 'PUBLIC'")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(identities).isGreaterThanOrEqualTo(24);
        }
    }
}
