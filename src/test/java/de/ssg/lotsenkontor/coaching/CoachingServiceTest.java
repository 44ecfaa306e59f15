package de.ssg.lotsenkontor.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.municipality.Municipality;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.people.Coach;
import de.ssg.lotsenkontor.people.Navigator;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.storage.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoachingServiceTest {

    @TempDir
    Path folder;

    private Database db;
    private CoachingService service;
    private long anna;
    private long bernd;
    private long navigator;

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder);
        ReferenceData.loadIfEmpty(db);
        service = new CoachingService(db);
        db.inTransactionDo(s -> {
            Coach a = new Coach("Anna", "Lotsenfeld", 30, LocalDate.of(2021, 1, 1));
            Coach b = new Coach("Bernd", "Wegweiser", 30, LocalDate.of(2021, 1, 1));
            s.persist(a);
            s.persist(b);
            Municipality m = s.createSelectionQuery("from Municipality m where m.ags = '14521010'", Municipality.class)
                    .getSingleResult();
            Navigator n = new Navigator("Nora", "Beispiel", m, NavigatorStatus.AKTIV, LocalDate.of(2022, 1, 1));
            s.persist(n);
            s.flush();
            anna = a.getId();
            bernd = b.getId();
            navigator = n.getId();
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNewOpenAssignmentEndsTheOpenOneBeforeIt() {
        service.assign(anna, navigator, LocalDate.of(2022, 1, 1), null);
        service.assign(bernd, navigator, LocalDate.of(2024, 7, 1), null);

        List<CoachingAssignment> all = assignments();
        assertThat(all).hasSize(2);
        assertThat(all.get(0).getValidUntil()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(all.get(1).getValidUntil()).isNull();
        for (LocalDate day = LocalDate.of(2021, 12, 1); day.isBefore(LocalDate.of(2025, 1, 1)); day = day.plusDays(1)) {
            LocalDate d = day;
            assertThat(all.stream().filter(a -> a.isActiveOn(d)).count()).as("active on %s", d).isLessThanOrEqualTo(1);
        }
        assertThat(new CoachingQueries(db).activeAssignments(LocalDate.of(2024, 7, 1))).isEqualTo(1);
    }

    @Test
    void anOverlapWithAClosedPeriodIsRefusedAndNothingChanges() {
        service.assign(anna, navigator, LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31));
        assertThatThrownBy(() -> service.assign(bernd, navigator, LocalDate.of(2023, 6, 1), null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Nora Beispiel")
                .hasMessageContaining("Anna Lotsenfeld")
                .hasMessageContaining("31.12.2023");
        assertThat(assignments()).hasSize(1);
        assertThat(assignments().get(0).getValidUntil()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void anAssignmentStartingBeforeAnOpenOneIsRefused() {
        service.assign(anna, navigator, LocalDate.of(2024, 1, 1), null);
        assertThatThrownBy(() -> service.assign(bernd, navigator, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 3, 1)))
                .isInstanceOf(DomainException.class);
        assertThat(assignments()).hasSize(1);
    }

    @Test
    void untilBeforeFromIsAValidationError() {
        assertThatThrownBy(() -> service.assign(anna, navigator, LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Betreut bis");
    }

    @Test
    void endingAnAssignmentLeavesNoneActive() {
        long id = service.assign(anna, navigator, LocalDate.of(2022, 1, 1), null);
        service.endAssignment(id, LocalDate.of(2025, 12, 31));
        assertThat(new CoachingQueries(db).activeAssignments(LocalDate.of(2026, 1, 1))).isZero();
        assertThat(new CoachingQueries(db).activeAssignments(LocalDate.of(2025, 12, 31))).isEqualTo(1);
    }

    private List<CoachingAssignment> assignments() {
        return db.read(s -> s.createSelectionQuery("from CoachingAssignment a order by a.validFrom",
                CoachingAssignment.class).getResultList());
    }
}
