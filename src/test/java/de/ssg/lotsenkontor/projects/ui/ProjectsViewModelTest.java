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

    @Test
    void createsAProjectAndEditsEveryFieldThroughTheFormReadBackFromTheDatabase() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Clock clock = Clock.fixed(TODAY.atStartOfDay(berlin).toInstant(), berlin);
        MunicipalityQueries municipalities = new MunicipalityQueries(db);
        var coachQueries = new de.ssg.lotsenkontor.people.CoachQueries(db, municipalities, clock);
        var navigatorQueries = new de.ssg.lotsenkontor.people.NavigatorQueries(db, municipalities, coachQueries, clock);
        var coaches = new de.ssg.lotsenkontor.people.CoachService(db, coachQueries,
                de.ssg.lotsenkontor.people.PersonDeactivationListener.NONE);
        var navigators = new de.ssg.lotsenkontor.people.NavigatorService(db, navigatorQueries,
                de.ssg.lotsenkontor.people.PersonDeactivationListener.NONE);
        long anna = coaches.save(new de.ssg.lotsenkontor.people.CoachChange(null, 0, "Anna", "Lotsenfeld", null, null,
                30, LocalDate.of(2024, 1, 1), null, java.util.Set.of())).id();
        MunicipalityOption bautzen = municipalities.options().stream().filter(m -> m.ags().equals("14625020"))
                .findFirst().orElseThrow();
        long nora = navigators.save(new de.ssg.lotsenkontor.people.NavigatorChange(null, 0, "Nora", "Beispiel",
                bautzen.id(), List.of(), null, null, null, de.ssg.lotsenkontor.people.NavigatorStatus.AKTIV,
                LocalDate.of(2025, 3, 1), null)).id();
        long otto = navigators.save(new de.ssg.lotsenkontor.people.NavigatorChange(null, 0, "Otto", "Muster",
                bautzen.id(), List.of(), null, null, null, de.ssg.lotsenkontor.people.NavigatorStatus.AKTIV,
                LocalDate.of(2025, 3, 1), null)).id();
        ProjectQueries queries = new ProjectQueries(db);
        ProjectsViewModel form = new ProjectsViewModel(queries, service, () -> new ProjectsViewModel.Data(
                queries.projects(), municipalities.districts(), coachQueries.options()),
                () -> new ProjectsViewModel.FormChoices(municipalities.options(), navigatorQueries.list()),
                TaskRunner.DIRECT, (t, m, b) -> answer, failures::add, clock);
        form.load();
        ProjectFormModel f = form.form();

        form.startNew();
        assertThat(form.showingBinding().get()).isTrue();
        assertThat(form.navigators()).hasSize(2);
        f.titleProperty().set("Terminbuchung im Bürgeramt");
        // no municipality, an end before the start, a date that is none: messages naming the fields
        f.startedOnProperty().set("01.10.2026");
        f.finishedOnProperty().set("01.09.2026");
        assertThat(form.saveCommand().canRunBinding().get()).isFalse();
        assertThat(f.violationText()).contains("Kommune").contains("Ende");
        f.finishedOnProperty().set("31.02.2026");
        assertThat(f.violationText()).contains("Ende").contains("kein gültiges Datum");
        f.finishedOnProperty().set("");
        f.municipalityIdProperty().set(bautzen.id());
        f.coachIdProperty().set(anna);
        f.navigatorIds().setAll(nora, otto);
        f.contactIdProperty().set(otto);
        f.topicProperty().set("Online-Termine");
        f.descriptionProperty().set("Bürger buchen Termine online.");
        assertThat(f.violationText()).isEmpty();
        assertThat(form.saveCommand().canRunBinding().get()).isTrue();
        form.save();
        assertThat(failures).isEmpty();
        ProjectDetails created = form.shownProperty().get();
        assertThat(created.status()).isEqualTo(ProjectStatus.IDEE);
        assertThat(form.rows().all()).anyMatch(r -> r.id() == created.id() && r.title().equals(
                "Terminbuchung im Bürgeramt") && r.municipality().startsWith("Bautzen"));
        assertThat(stored(created.id())).isEqualTo("Terminbuchung im Bürgeramt|" + bautzen.id() + "|" + anna
                + "|Online-Termine|Bürger buchen Termine online.|null|2026-10-01|null|false|" + otto + "|2");

        // every field changed and saved again
        f.titleProperty().set("Online-Terminbuchung");
        f.navigatorIds().setAll(nora);
        f.contactIdProperty().set(nora);
        f.coachIdProperty().set(null);
        f.topicProperty().set("Bürgerservice");
        f.descriptionProperty().set("Termine für das Bürgeramt online.");
        f.outcomeProperty().set("Wartezeit halbiert.");
        f.startedOnProperty().set("02.10.2026");
        f.finishedOnProperty().set("20.11.2026");
        f.bestPracticeProperty().set(true);
        form.save();
        assertThat(failures).isEmpty();
        assertThat(stored(created.id())).isEqualTo("Online-Terminbuchung|" + bautzen.id() + "|null|Bürgerservice"
                + "|Termine für das Bürgeramt online.|Wartezeit halbiert.|2026-10-02|2026-11-20|true|" + nora + "|1");
        assertThat(f.dirtyBinding().get()).isFalse();

        // someone else saves meanwhile: reported, the typed input stays, nothing overwritten
        ProjectDetails now = form.shownProperty().get();
        service.save(new ProjectChange(now.id(), now.version(), "Fremde Änderung", bautzen.id(), List.of(), null,
                null, null, null, null, null, null, false));
        f.outcomeProperty().set("Wartezeit gedrittelt.");
        form.save();
        assertThat(failures).singleElement().isInstanceOf(ConcurrentChangeException.class);
        assertThat(f.outcomeProperty().get()).isEqualTo("Wartezeit gedrittelt.");
        assertThat(stored(created.id())).startsWith("Fremde Änderung|");
    }

    /** The project's fields as stored, and the size of its team. */
    private String stored(long id) {
        return db.withConnection(c -> {
            try (var q = c.prepareStatement("""
                    SELECT p.title, p.municipality_id, p.coach_id, p.topic, p.description, p.outcome, p.started_on,
                           p.finished_on, p.best_practice, p.contact_navigator_id,
                           (SELECT COUNT(*) FROM local_project_navigator pn WHERE pn.project_id = p.id)
                    FROM local_project p WHERE p.id = ?""")) {
                q.setLong(1, id);
                try (var rs = q.executeQuery()) {
                    rs.next();
                    StringBuilder b = new StringBuilder();
                    for (int i = 1; i <= 11; i++) {
                        b.append(i == 1 ? "" : "|").append(rs.getString(i));
                    }
                    return b.toString().replace("TRUE", "true").replace("FALSE", "false");
                }
            }
        });
    }
}
