package de.ssg.lotsenkontor.demo;

import static de.ssg.lotsenkontor.demo.DemoDataTest.count;
import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.coaching.CoachingQueries;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Other seeds and scales: the generator must not depend on one lucky seed to satisfy the schema and the rules. */
class DemoSeedsTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "scale {0}, seed {1}")
    @CsvSource({"1, 1", "1, 42", "1, 123456789", "3, 7"})
    void otherSeedsAndScalesGiveAConsistentProgramme(int scale, long seed) {
        try (Database db = TestDatabases.open(folder)) {
            ReferenceData.loadIfEmpty(db);
            DemoSummary summary = new DemoData(db, Clock.systemDefaultZone()).generate(scale, seed, Progress.NONE);

            assertThat(summary.navigators()).isEqualTo(110 * scale);
            assertThat(summary.coaches()).isEqualTo(4 * scale);
            assertThat(summary.sessions()).isEqualTo(1500 * scale);
            assertThat(summary.expenses()).isBetween(2700 * scale, 3300 * scale);
            assertThat(new CoachingQueries(db).activeAssignments(LocalDate.of(2026, 1, 1)))
                    .isGreaterThanOrEqualTo(90L * scale);
            assertThat(count(db, """
                    SELECT COUNT(*) FROM coaching_assignment a JOIN coaching_assignment b
                      ON a.navigator_id = b.navigator_id AND a.id < b.id
                    WHERE a.valid_from <= COALESCE(b.valid_until, DATE '9999-12-31')
                      AND b.valid_from <= COALESCE(a.valid_until, DATE '9999-12-31')""")).isZero();
            assertThat(count(db, """
                    SELECT COUNT(*) FROM (SELECT e.fiscal_year, c.annual_amount, SUM(e.gross_amount) spent
                        FROM expense e JOIN funding_contract c ON c.id = e.contract_id
                        GROUP BY e.fiscal_year, c.annual_amount)
                    WHERE spent > annual_amount * 1.05 OR spent < annual_amount * 0.7""")).isZero();
        }
    }
}
