package de.ssg.lotsenkontor.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local project through its states, with history, confirmation for a skipped step and a concurrent change. */
class ProjectServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path folder;

    Database db;
    ProjectService projects;
    ProjectQueries queries;
    long amtsberg;

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder);
        ReferenceData.loadIfEmpty(db);
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Clock clock = Clock.fixed(TODAY.atStartOfDay(berlin).toInstant(), berlin);
        projects = new ProjectService(db, clock);
        queries = new ProjectQueries(db);
        amtsberg = new MunicipalityQueries(db).options().stream().filter(m -> m.ags().equals("14521010"))
                .mapToLong(MunicipalityOption::id).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ProjectChange idea(Long municipality) {
        return new ProjectChange(null, 0, "Online-Terminvergabe", municipality, List.of(), null, null, "Bürgerservice",
                null, null, null, null, false);
    }

    @Test
    void refusesAProjectWithoutMunicipalityAndAnEndBeforeTheStart() {
        assertThatThrownBy(() -> projects.save(idea(null))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Kommune").hasMessageContaining("Pflichtfeld");
        ProjectChange reversed = new ProjectChange(null, 0, "X", amtsberg, List.of(), null, null, null, null, null,
                TODAY, TODAY.minusDays(1), false);
        assertThatThrownBy(() -> projects.save(reversed)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Ende");
        assertThat(queries.projects()).isEmpty();
    }

    @Test
    void movesThroughTheStatesWithDatedHistoryAndAsksBeforeSkippingAStep() {
        ProjectDetails p = projects.save(idea(amtsberg));
        assertThat(p.status()).isEqualTo(ProjectStatus.IDEE);
        assertThat(p.history()).hasSize(1);

        assertThatThrownBy(() -> projects.changeStatus(p.id(), p.version(), ProjectStatus.IN_UMSETZUNG,
                TODAY, null, false)).isInstanceOf(ProjectService.SkipNeedsConfirmation.class)
                .hasMessageContaining("geplant");
        ProjectDetails started = projects.changeStatus(p.id(), p.version(), ProjectStatus.IN_UMSETZUNG,
                TODAY, "zügig", true);
        assertThat(started.startedOn()).isEqualTo(TODAY);

        assertThatThrownBy(() -> projects.changeStatus(p.id(), p.version(), ProjectStatus.ABGESCHLOSSEN, TODAY,
                null, false)).isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("Online-Terminvergabe");
        assertThatThrownBy(() -> projects.changeStatus(p.id(), started.version(), ProjectStatus.IDEE, TODAY, null,
                true)).isInstanceOf(ValidationException.class).hasMessageContaining("nicht möglich");
        assertThatThrownBy(() -> projects.changeStatus(p.id(), started.version(), ProjectStatus.ABGESCHLOSSEN,
                TODAY.plusDays(1), null, false)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Zukunft");

        ProjectDetails done = projects.changeStatus(p.id(), started.version(), ProjectStatus.ABGESCHLOSSEN, TODAY,
                null, false);
        assertThat(done.finishedOn()).isEqualTo(TODAY);
        assertThat(done.history()).extracting(ProjectDetails.StatusStep::status).containsExactly(
                ProjectStatus.IDEE, ProjectStatus.IN_UMSETZUNG, ProjectStatus.ABGESCHLOSSEN);
        assertThatThrownBy(() -> projects.changeStatus(p.id(), done.version(), ProjectStatus.ABGEBROCHEN, TODAY, null,
                true)).isInstanceOf(ValidationException.class);

        ProjectRow row = queries.project(p.id());
        assertThat(row.status()).isEqualTo(ProjectStatus.ABGESCHLOSSEN);
        assertThat(row.statusSince()).isEqualTo(TODAY);
        assertThat(queries.figures(TODAY.minusDays(30), TODAY).get(null).finished()).isEqualTo(1);
    }

    @Test
    void abortsFromAnyOpenState() {
        ProjectDetails p = projects.save(idea(amtsberg));
        ProjectDetails aborted = projects.changeStatus(p.id(), p.version(), ProjectStatus.ABGEBROCHEN, TODAY, "kein Geld",
                false);
        assertThat(aborted.status()).isEqualTo(ProjectStatus.ABGEBROCHEN);
        assertThat(aborted.history().get(1).note()).isEqualTo("kein Geld");
    }
}
