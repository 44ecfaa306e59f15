package de.ssg.lotsenkontor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.overview.ProgrammeFigures;
import de.ssg.lotsenkontor.overview.ProgrammeStatistics;
import de.ssg.lotsenkontor.storage.Database;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same seed gives the same programme; another seed gives another one. */
class DemoDeterminismTest {

    @TempDir
    Path folder;

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherNames() {
        // different clocks on purpose: the content must not depend on the day the generator runs
        Run first = run(folder.resolve("a"), DemoData.DEFAULT_SEED, Clock.systemDefaultZone());
        Run second = run(folder.resolve("b"), DemoData.DEFAULT_SEED,
                Clock.fixed(Instant.parse("2031-03-01T10:00:00Z"), ZoneId.of("Europe/Berlin")));
        Run other = run(folder.resolve("c"), 7L, Clock.systemDefaultZone());

        assertThat(second.figures()).isEqualTo(first.figures());
        assertThat(second.navigators()).isEqualTo(first.navigators());
        assertThat(second.content()).isEqualTo(first.content());

        assertThat(other.navigators()).isNotEqualTo(first.navigators());
        assertThat(other.content()).isNotEqualTo(first.content());
        assertThat(other.figures().districts()).isEqualTo(first.figures().districts());
    }

    private record Run(ProgrammeFigures figures, List<String> navigators, List<String> content) {
    }

    private static Run run(Path dir, long seed, Clock clock) {
        try (Database db = TestDatabases.open(dir)) {
            ReferenceData.loadIfEmpty(db);
            new DemoData(db, clock).generate(1, seed, Progress.NONE);
            ProgrammeFigures figures = new ProgrammeStatistics(db, DemoDataTest.MID_2026).figures();
            List<String> navigators = rows(db, """
                    SELECT n.first_name || ' ' || n.last_name || ', ' || m.ags || ', ' || n.since
                    FROM navigator n JOIN municipality m ON m.id = n.municipality_id ORDER BY n.id""");
            List<String> content = new ArrayList<>();
            content.addAll(rows(db, """
                    SELECT m.ags || ' ' || p.status || ' ' || p.valid_from || ' ' || p.recorded_at
                    FROM participation p JOIN municipality m ON m.id = p.municipality_id ORDER BY p.id"""));
            content.addAll(rows(db, """
                    SELECT coach_id || ' ' || navigator_id || ' ' || valid_from || ' ' || COALESCE(CAST(valid_until AS VARCHAR), '-')
                    FROM coaching_assignment ORDER BY id"""));
            content.addAll(rows(db, """
                    SELECT coach_id || ' ' || session_date || ' ' || hours || ' ' || topic
                    FROM coaching_session ORDER BY id"""));
            content.addAll(rows(db, """
                    SELECT session_id || ' ' || navigator_id FROM coaching_session_navigator
                    ORDER BY session_id, navigator_id"""));
            content.addAll(rows(db, "SELECT title || ' ' || starts_on FROM event ORDER BY id"));
            content.addAll(rows(db, "SELECT title || ' ' || status FROM local_project ORDER BY id"));
            content.addAll(rows(db, """
                    SELECT receipt_no || ' ' || payment_date || ' ' || payee || ' ' || gross_amount || ' '
                        || eligible_amount FROM expense ORDER BY id"""));
            return new Run(figures, navigators, content);
        }
    }

    private static List<String> rows(Database db, String sql) {
        return db.withConnection(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        });
    }
}
