package de.ssg.lotsenkontor.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.coaching.CoachingService;
import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.people.CoachChange;
import de.ssg.lotsenkontor.people.CoachDetails;
import de.ssg.lotsenkontor.people.CoachQueries;
import de.ssg.lotsenkontor.people.CoachService;
import de.ssg.lotsenkontor.people.NavigatorChange;
import de.ssg.lotsenkontor.people.NavigatorDetails;
import de.ssg.lotsenkontor.people.NavigatorQueries;
import de.ssg.lotsenkontor.people.NavigatorService;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.storage.Database;
import de.ssg.lotsenkontor.ui.DialogPort;
import de.ssg.lotsenkontor.ui.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands of the coach and navigator view models on a real database, without a toolkit:
 * the work runs at once ({@link TaskRunner#DIRECT}) and the dialogs are answered by the test.
 */
class PeopleViewModelCommandsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Answers every question with {@link #answer} and keeps what it was told. */
    static class Answers implements DialogPort {
        boolean answer = true;
        final List<String> questions = new ArrayList<>();
        final List<Throwable> failures = new ArrayList<>();

        @Override
        public boolean confirm(String title, String message, String confirmText) {
            questions.add(message);
            return answer;
        }

        @Override
        public boolean confirmDiscard(String entry) {
            questions.add("discard " + entry);
            return answer;
        }

        @Override
        public void showInfo(String title, String message) {
            questions.add(message);
        }

        @Override
        public void showFailure(String title, Throwable error) {
            failures.add(error);
        }

        @Override
        public Optional<String> showSaveFailure(Throwable error, String failedTitle, String conflictTitle,
                String conflictHint) {
            failures.add(error);
            return Optional.of(error.getMessage());
        }
    }

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(TODAY.atStartOfDay(BERLIN).toInstant(), BERLIN);
    private final Answers dialogs = new Answers();
    private final List<String> status = new ArrayList<>();
    private Database db;
    private MunicipalityQueries municipalities;
    private CoachQueries coachQueries;
    private CoachService coaches;
    private NavigatorQueries navigatorQueries;
    private NavigatorService navigators;
    private CoachingService coaching;
    private CoachViewModel coachVm;
    private NavigatorViewModel navigatorVm;
    private final List<LocalDate> lastDays = new ArrayList<>();

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder);
        ReferenceData.loadIfEmpty(db);
        municipalities = new MunicipalityQueries(db);
        coachQueries = new CoachQueries(db, municipalities, clock);
        navigatorQueries = new NavigatorQueries(db, municipalities, coachQueries, clock);
        coaching = new CoachingService(db);
        coaches = new CoachService(db, coachQueries, coaching);
        navigators = new NavigatorService(db, navigatorQueries, coaching);
        LastDayQuestion lastDay = (key, first, todaySelected, title, header, text) -> lastDays.isEmpty()
                ? Optional.empty() : Optional.of(lastDays.remove(0));
        coachVm = new CoachViewModel(coachQueries, coaches, TaskRunner.DIRECT, dialogs, lastDay, clock);
        coachVm.setStatusMessage(status::add);
        navigatorVm = new NavigatorViewModel(navigatorQueries, navigators, TaskRunner.DIRECT, dialogs, lastDay, clock);
        coachVm.reload();
        navigatorVm.reload();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CoachDetails storedCoach(String first, String last) {
        CoachDetails d = coaches.save(new CoachChange(null, 0, first, last, null, null, 20, LocalDate.of(2024, 1, 1),
                null, Set.of()));
        coachVm.reload();
        return d;
    }

    private void open(CoachDetails d) {
        coachVm.mayDiscard();
        coachVm.open(d.id());
    }

    @Test
    void saveCreatesACoachShowsItInTheTableAndSaysSo() {
        assertThat(coachVm.loadedProperty().get()).isTrue();
        assertThat(coachVm.saveCommand().canRunBinding().get()).isFalse();
        assertThat(coachVm.startNew()).isTrue();
        CoachDetailViewModel form = coachVm.detail();
        form.firstNameProperty().set("Anna");
        form.lastNameProperty().set("Lotsenfeld");
        form.capacityTextProperty().set("25");
        assertThat(coachVm.saveCommand().canRunBinding().get()).isTrue();

        coachVm.saveCommand().run();

        assertThat(dialogs.failures).isEmpty();
        assertThat(coachVm.rows().all()).extracting(r -> r.fullName()).containsExactly("Anna Lotsenfeld");
        assertThat(form.detailsProperty().get().id()).isPositive();
        assertThat(form.dirtyBinding().get()).isFalse();
        assertThat(form.busyProperty().get()).isFalse();
        assertThat(status).containsExactly("Gespeichert: Anna Lotsenfeld");
        assertThat(coachQueries.list()).hasSize(1);
    }

    @Test
    void invalidInputCannotBeSavedAndARefusalOfTheServiceStaysBesideTheForm() {
        storedCoach("Anna", "Lotsenfeld");
        coachVm.startNew();
        coachVm.detail().firstNameProperty().set("Bernd");
        coachVm.detail().capacityTextProperty().set("viele");
        // the form's own rules: no last name, no number
        assertThat(coachVm.saveCommand().canRunBinding().get()).isFalse();
        coachVm.saveCommand().run();
        assertThat(coachQueries.list()).hasSize(1);

        // the service's rule: a second navigator of the same name in the same municipality
        long bautzen = municipalities.options().stream().filter(m -> m.ags().equals("14625020")).findFirst()
                .orElseThrow().id();
        navigators.save(new NavigatorChange(null, 0, "Nora", "Navi", bautzen, List.of(), null, null, null,
                NavigatorStatus.AKTIV, LocalDate.of(2025, 3, 1), null));
        navigatorVm.reload();
        navigatorVm.startNew();
        NavigatorDetailViewModel form = navigatorVm.detail();
        form.firstNameProperty().set("nora");
        form.lastNameProperty().set("NAVI");
        form.municipalityProperty().set(municipalities.options().stream().filter(m -> m.id() == bautzen)
                .findFirst().orElseThrow());
        assertThat(navigatorVm.saveCommand().canRunBinding().get()).isTrue();
        navigatorVm.saveCommand().run();
        assertThat(navigatorVm.saveErrorProperty().get()).contains("bereits „Nora Navi“");
        assertThat(form.firstNameProperty().get()).isEqualTo("nora");
        assertThat(navigatorQueries.list()).hasSize(1);
    }

    @Test
    void aConcurrentChangeIsReportedAndNothingIsOverwritten() {
        CoachDetails anna = storedCoach("Anna", "Lotsenfeld");
        open(anna);
        assertThat(coachVm.detail().detailsProperty().get().id()).isEqualTo(anna.id());
        // someone else saves the coach meanwhile
        coaches.save(new CoachChange(anna.id(), anna.version(), "Anna", "Lotsenfeld-Berg", null, null, 20,
                LocalDate.of(2024, 1, 1), null, Set.of()));
        coachVm.detail().capacityTextProperty().set("40");

        coachVm.saveCommand().run();

        assertThat(dialogs.failures).singleElement().isInstanceOf(ConcurrentChangeException.class);
        assertThat(coachQueries.details(anna.id()).capacity()).isEqualTo(20);
        assertThat(coachQueries.details(anna.id()).lastName()).isEqualTo("Lotsenfeld-Berg");
        // reloading keeps the typed input and takes the new version, so the next save goes through
        coachVm.reloadCommand().run();
        assertThat(coachVm.detail().capacityTextProperty().get()).isEqualTo("40");
        coachVm.saveCommand().run();
        assertThat(coachQueries.details(anna.id()).capacity()).isEqualTo(40);
    }

    @Test
    void aDeleteIsRefusedOnceTheCoachHasHistoryAndOnlyAfterAConfirmation() {
        CoachDetails anna = storedCoach("Anna", "Lotsenfeld");
        open(anna);
        assertThat(coachVm.deleteCommand().canRunBinding().get()).isTrue();

        dialogs.answer = false;
        coachVm.deleteCommand().run();
        assertThat(coachQueries.list()).hasSize(1);
        assertThat(dialogs.questions).singleElement().asString().contains("Anna Lotsenfeld");

        // meanwhile Anna got a navigator: the service refuses, the coach stays
        long bautzen = municipalities.options().stream().filter(m -> m.ags().equals("14625020")).findFirst()
                .orElseThrow().id();
        NavigatorDetails nora = navigators.save(new NavigatorChange(null, 0, "Nora", "Navi", bautzen, List.of(), null,
                null, null, NavigatorStatus.AKTIV, LocalDate.of(2025, 3, 1), null));
        coaching.assign(anna.id(), nora.id(), LocalDate.of(2025, 3, 1), null);
        dialogs.answer = true;
        coachVm.deleteCommand().run();
        assertThat(dialogs.failures).singleElement().isInstanceOf(DomainException.class);
        assertThat(coachQueries.list()).hasSize(1);
        assertThat(coachVm.rows().all()).hasSize(1);
        assertThat(coachVm.detail().busyProperty().get()).isFalse();
    }

    @Test
    void deactivatingACoachEndsTheRunningAssignmentsInTheSameSave() {
        CoachDetails anna = storedCoach("Anna", "Lotsenfeld");
        long bautzen = municipalities.options().stream().filter(m -> m.ags().equals("14625020")).findFirst()
                .orElseThrow().id();
        NavigatorDetails nora = navigators.save(new NavigatorChange(null, 0, "Nora", "Navi", bautzen, List.of(), null,
                null, null, NavigatorStatus.AKTIV, LocalDate.of(2025, 3, 1), null));
        coaching.assign(anna.id(), nora.id(), LocalDate.of(2025, 3, 1), null);
        coachVm.reload();
        open(coachQueries.details(anna.id()));
        assertThat(coachVm.deactivateCommand().canRunBinding().get()).isTrue();

        lastDays.add(TODAY);
        coachVm.deactivateCommand().run();

        assertThat(dialogs.failures).isEmpty();
        assertThat(coachQueries.details(anna.id()).activeUntil()).isEqualTo(TODAY);
        assertThat(navigatorQueries.details(nora.id()).assignments()).singleElement()
                .satisfies(p -> assertThat(p.until()).isEqualTo(TODAY));
        assertThat(coachVm.rows().all()).singleElement().satisfies(r -> assertThat(r.activeUntil()).isEqualTo(TODAY));
        assertThat(coachVm.deactivateCommand().canRunBinding().get()).isFalse();
    }
}
