package de.ssg.lotsenkontor.coaching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.coaching.CoachSuggestion;
import de.ssg.lotsenkontor.coaching.CoachingQueries;
import de.ssg.lotsenkontor.coaching.CoachingService;
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
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Lotse zuweisen" without a toolkit: which coach is proposed, when it can run, and what it stores. */
class AssignCoachViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(TODAY.atStartOfDay(BERLIN).toInstant(), BERLIN);
    private final List<Throwable> failures = new ArrayList<>();
    private final List<String> infos = new ArrayList<>();
    private final DialogPort dialogs = new DialogPort() {
        @Override
        public boolean confirm(String title, String message, String confirmText) {
            return true;
        }

        @Override
        public boolean confirmDiscard(String entry) {
            return true;
        }

        @Override
        public void showInfo(String title, String message) {
            infos.add(message);
        }

        @Override
        public void showFailure(String title, Throwable error) {
            failures.add(error);
        }

        @Override
        public Optional<String> showSaveFailure(Throwable error, String a, String b, String c) {
            failures.add(error);
            return Optional.empty();
        }
    };
    private Database db;
    private CoachQueries coachQueries;
    private CoachService coaches;
    private NavigatorService navigators;
    private NavigatorQueries navigatorQueries;
    private CoachingService coaching;
    private long bautzen;

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder);
        ReferenceData.loadIfEmpty(db);
        MunicipalityQueries municipalities = new MunicipalityQueries(db);
        coachQueries = new CoachQueries(db, municipalities, clock);
        navigatorQueries = new NavigatorQueries(db, municipalities, coachQueries, clock);
        coaching = new CoachingService(db);
        coaches = new CoachService(db, coachQueries, coaching);
        navigators = new NavigatorService(db, navigatorQueries, coaching);
        bautzen = municipalities.options().stream().filter(m -> m.ags().equals("14625020")).findFirst().orElseThrow()
                .id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CoachDetails coach(String first, String last, int capacity, LocalDate until, String... focus) {
        return coaches.save(new CoachChange(null, 0, first, last, null, null, capacity, LocalDate.of(2024, 1, 1), until,
                Set.of(focus)));
    }

    private NavigatorDetails nora() {
        return navigators.save(new NavigatorChange(null, 0, "Nora", "Navi", bautzen, List.of(), null, null, null,
                NavigatorStatus.AKTIV, LocalDate.of(2025, 3, 1), null));
    }

    @Test
    void theProposalIsACoachWithTheDistrictAsFocusRoomLeftAndNotTheCurrentOne() {
        coach("Anna", "Alle", 30, null);
        CoachDetails full = coach("Fritz", "Voll", 0, null, "14625");
        CoachDetails bernd = coach("Bernd", "Bautzen", 30, null, "14625");
        coach("Ella", "Ehemals", 30, LocalDate.of(2025, 1, 1), "14625");

        List<de.ssg.lotsenkontor.people.CoachOption> assignable = CoachSuggestion.assignable(coachQueries.options());
        assertThat(assignable).extracting(o -> o.name()).containsExactlyInAnyOrder("Anna Alle", "Fritz Voll",
                "Bernd Bautzen");
        assertThat(CoachSuggestion.propose(assignable, "14625", null)).get().extracting(o -> o.id())
                .isEqualTo(bernd.id());
        assertThat(CoachSuggestion.propose(assignable, "14625", bernd.id())).isEmpty();
        assertThat(CoachSuggestion.propose(assignable, "14612", null)).isEmpty();
        assertThat(full.capacity()).isZero();
    }

    @Test
    void assigningStoresTheAssignmentFromTodayAndTellsTheForm() {
        CoachDetails bernd = coach("Bernd", "Bautzen", 30, null, "14625");
        NavigatorDetails nora = nora();
        SimpleObjectProperty<NavigatorDetails> shown = new SimpleObjectProperty<>();
        SimpleBooleanProperty formBusy = new SimpleBooleanProperty(false);
        AssignCoachViewModel vm = new AssignCoachViewModel(coachQueries, coaching, TaskRunner.DIRECT, dialogs, clock,
                shown, formBusy);
        List<String> status = new ArrayList<>();
        int[] changed = {0};
        vm.setStatusMessage(status::add);
        vm.setOnChanged(() -> changed[0]++);
        List<String> asked = new ArrayList<>();
        vm.setForm(model -> {
            asked.add(model.label(model.coachProperty().get()) + " ab " + model.fromTextProperty().get());
            return !model.invalidBinding().get();
        });

        assertThat(vm.assignCommand().canRunBinding().get()).isFalse(); // nobody shown
        shown.set(nora);
        assertThat(vm.assignCommand().canRunBinding().get()).isTrue();
        formBusy.set(true);
        assertThat(vm.assignCommand().canRunBinding().get()).isFalse();
        formBusy.set(false);

        vm.assignCommand().run();

        assertThat(failures).isEmpty();
        assertThat(asked).singleElement().asString().startsWith("Bernd Bautzen").contains("Schwerpunkt Bautzen")
                .endsWith("ab 26.11.2026");
        assertThat(navigatorQueries.details(nora.id()).currentAssignment()).satisfies(p -> {
            assertThat(p.coachId()).isEqualTo(bernd.id());
            assertThat(p.from()).isEqualTo(TODAY);
            assertThat(p.until()).isNull();
        });
        assertThat(new CoachingQueries(db).activeAssignments(TODAY)).isEqualTo(1);
        assertThat(status).containsExactly("Nora Navi wird jetzt von Bernd Bautzen betreut.");
        assertThat(changed[0]).isEqualTo(1);
        assertThat(vm.assignCommand().busyProperty().get()).isFalse();

        // an inactive navigator gets no coach
        shown.set(navigators.deactivate(nora.id(), navigatorQueries.details(nora.id()).version(), TODAY));
        assertThat(vm.assignCommand().canRunBinding().get()).isFalse();
    }

    @Test
    void withoutActiveCoachesTheUserIsToldSoAndNothingIsAsked() {
        coach("Ella", "Ehemals", 30, LocalDate.of(2025, 1, 1));
        SimpleObjectProperty<NavigatorDetails> shown = new SimpleObjectProperty<>(nora());
        AssignCoachViewModel vm = new AssignCoachViewModel(coachQueries, coaching, TaskRunner.DIRECT, dialogs, clock,
                shown, new SimpleBooleanProperty(false));
        List<String> asked = new ArrayList<>();
        vm.setForm(model -> asked.add("asked"));
        vm.assignCommand().run();
        assertThat(asked).isEmpty();
        assertThat(infos).singleElement().asString().contains("keinen aktiven Digital-Lotsen");
        assertThat(new CoachingQueries(db).activeAssignments(TODAY)).isZero();
    }
}
