package de.ssg.lotsenkontor.projects.ui;

import de.ssg.lotsenkontor.ui.TaskRunner;
import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.projects.ProjectChange;
import de.ssg.lotsenkontor.projects.ProjectDetails;
import de.ssg.lotsenkontor.projects.ProjectQueries;
import de.ssg.lotsenkontor.projects.ProjectService;
import de.ssg.lotsenkontor.projects.ProjectStatus;
import de.ssg.lotsenkontor.storage.Database;
import de.ssg.lotsenkontor.ui.Choice;
import de.ssg.lotsenkontor.ui.Command;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The project view model's status change: next step, confirmed skip, refused skip and a concurrent change. */
class ProjectsViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path folder;

    Database db;
    ProjectService service;
    ProjectsViewModel model;
    final List<Throwable> failures = new ArrayList<>();
    final List<String> questions = new ArrayList<>();
    boolean answer;

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder);
        ReferenceData.loadIfEmpty(db);
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Clock clock = Clock.fixed(TODAY.atStartOfDay(berlin).toInstant(), berlin);
        MunicipalityQueries municipalities = new MunicipalityQueries(db);
        service = new ProjectService(db, clock);
        ProjectQueries queries = new ProjectQueries(db);
        long amtsberg = municipalities.options().stream().filter(m -> m.ags().equals("14521010"))
                .mapToLong(MunicipalityOption::id).findFirst().orElseThrow();
        service.save(new ProjectChange(null, 0, "Digitaler Mängelmelder", amtsberg, List.of(), null, null,
                "Bürgerservice", null, null, null, null, false));
        model = new ProjectsViewModel(queries, service, () -> new ProjectsViewModel.Data(queries.projects(),
                municipalities.districts(), List.of()), TaskRunner.DIRECT, (t, m, b) -> {
                    questions.add(m);
                    return answer;
                }, failures::add, clock);
        model.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void movesToTheNextStepAndAsksBeforeSkippingOne() {
        model.select(model.rows().all().get(0));
        assertThat(model.targetProperty().get()).isEqualTo(ProjectStatus.GEPLANT);
        assertThat(model.targets()).containsExactly(ProjectStatus.GEPLANT, ProjectStatus.IN_UMSETZUNG,
                ProjectStatus.ABGESCHLOSSEN, ProjectStatus.ABGEBROCHEN);
        model.changeStatus();
        assertThat(model.rows().all().get(0).status()).isEqualTo(ProjectStatus.GEPLANT);
        assertThat(questions).isEmpty();

        model.targetProperty().set(ProjectStatus.ABGESCHLOSSEN);
        answer = false;
        model.changeStatus();
        assertThat(questions).singleElement().asString().contains("in Umsetzung");
        assertThat(model.rows().all().get(0).status()).isEqualTo(ProjectStatus.GEPLANT);

        answer = true;
        model.changeStatus();
        assertThat(failures).isEmpty();
        assertThat(model.rows().all().get(0).status()).isEqualTo(ProjectStatus.ABGESCHLOSSEN);
        assertThat(model.shownProperty().get().history()).hasSize(3);
        assertThat(model.targets()).isEmpty();
    }

    @Test
    void aStatusChangeBySomeoneElseMeanwhileIsReported() {
        model.select(model.rows().all().get(0));
        ProjectDetails shown = model.shownProperty().get();
        service.changeStatus(shown.id(), shown.version(), ProjectStatus.ABGEBROCHEN, TODAY, null, false);
        model.changeStatus();
        assertThat(failures).singleElement().isInstanceOf(ConcurrentChangeException.class);
        assertThat(failures.get(0).getMessage()).contains("von jemand anderem geändert");
    }

    @Test
    void filtersByStatusAndBestPractice() {
        model.statusProperty().set(model.statusChoices().stream().filter(c -> c.value() == ProjectStatus.IDEE)
                .findFirst().orElseThrow());
        assertThat(model.rows().shown()).hasSize(1);
        model.onlyBestPracticeProperty().set(true);
        assertThat(model.rows().shown()).isEmpty();
        model.resetFilters();
        assertThat(model.rows().shown()).hasSize(1);
        assertThat(model.topicChoices()).extracting(Choice::label).contains("Bürgerservice");
    }
}
