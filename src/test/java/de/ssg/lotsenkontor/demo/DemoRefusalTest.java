package de.ssg.lotsenkontor.demo;

import static de.ssg.lotsenkontor.demo.DemoDataTest.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.people.Coach;
import de.ssg.lotsenkontor.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Demo data goes only into an empty database, all or nothing. */
class DemoRefusalTest {

    private static final List<String> TABLES = List.of("participation", "contact_person", "coach", "navigator",
            "coaching_assignment", "coaching_session", "event", "attendance", "local_project", "funding_contract",
            "cost_category", "budget_line", "expense", "funds_request");

    @TempDir
    Path folder;

    private Database db;

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder);
        ReferenceData.loadIfEmpty(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void refusesADatabaseThatAlreadyHoldsPeopleAndChangesNothing() {
        db.inTransactionDo(s -> s.persist(new Coach("Erika", "Musterfrau", 30, LocalDate.of(2024, 1, 1))));
        String before = snapshot();

        assertThatThrownBy(() -> new DemoData(db, Clock.systemDefaultZone()).generate(1, 1L, Progress.NONE))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("enthält bereits Programmdaten")
                .hasMessageContaining("1 Digital-Lotsen")
                .satisfies(e -> assertThat(((DomainException) e).key()).isEqualTo("demo.error.notEmpty"));

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aCancelledRunLeavesNothingBehind() {
        String before = snapshot();
        Progress cancelDuringEvents = (done, total, step) -> {
            if (step.startsWith("Veranstaltungen")) {
                throw new CancellationException("cancelled by the user");
            }
        };

        assertThatThrownBy(() -> new DemoData(db, Clock.systemDefaultZone()).generate(1, 1L, cancelDuringEvents))
                .isInstanceOf(CancellationException.class);

        assertThat(snapshot()).isEqualTo(before);
        // and the database can still take the demo data afterwards
        DemoSummary summary = new DemoData(db, Clock.systemDefaultZone()).generate(1, 1L, Progress.NONE);
        assertThat(summary.navigators()).isEqualTo(count(db, "SELECT COUNT(*) FROM navigator"));
    }

    @Test
    void refusesAScaleOutsideOneToAHundred() {
        assertThatThrownBy(() -> new DemoData(db, Clock.systemDefaultZone()).generate(0, 1L, Progress.NONE))
                .isInstanceOf(DomainException.class)
                .hasMessage("Der Umfang der Demodaten muss zwischen 1 und 100 liegen.");
        assertThatThrownBy(() -> new DemoData(db, Clock.systemDefaultZone()).generate(101, 1L, Progress.NONE))
                .isInstanceOf(DomainException.class);
    }

    private String snapshot() {
        StringBuilder out = new StringBuilder();
        for (String table : TABLES) {
            out.append(table).append('=').append(count(db, "SELECT COUNT(*) FROM " + table)).append(' ');
        }
        out.append("participating=").append(count(db,
                "SELECT COUNT(*) FROM municipality WHERE participation_status <> 'NICHT_BETEILIGT'"));
        out.append(" versions=").append(count(db, "SELECT SUM(version) FROM municipality"));
        out.append(' ').append(DemoDataTest.referenceFingerprint(db).hashCode());
        return out.toString();
    }
}
