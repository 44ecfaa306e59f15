package de.ssg.lotsenkontor.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
import de.ssg.lotsenkontor.people.CoachQueries;
import de.ssg.lotsenkontor.people.NavigatorQueries;
import de.ssg.lotsenkontor.people.PersonDeactivationListener;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.people.CoachChange;
import de.ssg.lotsenkontor.people.CoachService;
import de.ssg.lotsenkontor.people.NavigatorChange;
import de.ssg.lotsenkontor.people.NavigatorService;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Planning events, registering navigators and guests, attendance and the qualification, on a real database. */
class EventServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path folder;

    Database db;
    EventQueries queries;
    EventService events;
    NavigatorService navigators;
    NavigatorQueries navigatorReads;
    long coach;
    long amtsberg;

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder);
        ReferenceData.loadIfEmpty(db);
        Clock clock = Clock.fixed(TODAY.atStartOfDay(BERLIN).toInstant(), BERLIN);
        MunicipalityQueries municipalities = new MunicipalityQueries(db);
        CoachQueries coachQueries = new CoachQueries(db, municipalities, clock);
        NavigatorQueries navigatorQueries = new NavigatorQueries(db, municipalities, coachQueries, clock);
        CoachService coaches = new CoachService(db, coachQueries, PersonDeactivationListener.NONE);
        navigators = new NavigatorService(db, navigatorQueries, PersonDeactivationListener.NONE);
        navigatorReads = navigatorQueries;
        queries = new EventQueries(db);
        events = new EventService(db, queries, navigators, clock);
        coach = coaches.save(new CoachChange(null, 0, "Anna", "Lotsenfeld", null, null, 30, LocalDate.of(2024, 1, 1),
                null, Set.of())).id();
        amtsberg = municipalities.options().stream().filter(m -> m.ags().equals("14521010"))
                .mapToLong(MunicipalityOption::id).findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long navigator(String first, String last, NavigatorStatus status) {
        return navigators.save(new NavigatorChange(null, 0, first, last, amtsberg, List.of(), null, null, null, status,
                LocalDate.of(2025, 3, 1), null)).id();
    }

    private EventChange course(Long moduleId, LocalDate day, Integer capacity) {
        return new EventChange(null, 0, EventType.KURS, "Grundkurs", moduleId, day, null, LocalTime.of(9, 0),
                LocalTime.of(15, 30), "Schulungsraum, Dresden", false, null, List.of(coach), capacity, null);
    }

    @Test
    void plansACourseRegistersNavigatorsAndAGuestAndWarnsAboveCapacity() {
        long module = queries.modules().get(0).id();
        EventDetails saved = events.save(course(module, TODAY.minusDays(3), 2));
        long otto = navigator("Otto", "Özdemir", NavigatorStatus.AKTIV);
        long nora = navigator("Nora", "Beispiel", NavigatorStatus.AKTIV);

        assertThat(events.registerNavigator(saved.id(), otto).overCapacity()).isFalse();
        assertThat(events.registerNavigator(saved.id(), nora).overCapacity()).isFalse();
        Registration guest = events.registerGuest(saved.id(), new GuestChange("Gerda Gast", amtsberg, "gerda@x.example"));
        assertThat(guest.overCapacity()).isTrue();
        assertThat(guest.registered()).isEqualTo(3);
        assertThat(guest.participant().guest()).isTrue();

        assertThatThrownBy(() -> events.registerNavigator(saved.id(), otto)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Digital-Navigator").hasMessageContaining("bereits angemeldet");
        assertThatThrownBy(() -> events.registerGuest(saved.id(), new GuestChange("gerda  gast", amtsberg, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Name des Gastes");

        EventRow row = queries.event(saved.id());
        assertThat(row.registered()).isEqualTo(3);
        assertThat(row.trainers()).isEqualTo("Anna Lotsenfeld");
        assertThat(row.moduleName()).isEqualTo("Basiswissen Digitalisierung");

        List<ParticipantRow> people = queries.participants(saved.id());
        ParticipantRow first = people.get(0);
        events.recordAttendance(first.id(), first.version(), AttendanceStatus.TEILGENOMMEN);
        assertThatThrownBy(() -> events.recordAttendance(first.id(), first.version(), AttendanceStatus.ENTSCHULDIGT))
                .isInstanceOf(ConcurrentChangeException.class).hasMessageContaining("inzwischen");
        assertThat(queries.event(saved.id()).present()).isEqualTo(1);

        Report list = AttendanceList.build(row, events.details(saved.id()), queries.participants(saved.id()), TODAY);
        assertThat(list.tables().get(0).dataRowCount()).isEqualTo(3);
        assertThat(list.tables().get(0).rows().get(0).cell(3)).isNull(); // the signature stays empty
        // the totals head the list, so that a long list never ends on a page with them alone
        List<de.ssg.lotsenkontor.report.ReportBlock> blocks = list.blocks();
        int figures = blocks.indexOf(blocks.stream().filter(b -> b instanceof de.ssg.lotsenkontor.report.KeyFigures)
                .findFirst().orElseThrow());
        assertThat(figures).isLessThan(blocks.indexOf(list.tables().get(0)));
    }

    @Test
    void refusesAnEndBeforeTheStartAnInactiveTrainerAndAttendanceInTheFuture() {
        EventChange reversed = new EventChange(null, 0, EventType.WORKSHOP, "Workshop", null, TODAY, TODAY.minusDays(1),
                null, null, "Leipzig", false, null, List.of(), null, null);
        assertThatThrownBy(() -> events.save(reversed)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("bis").hasMessageContaining("nicht vor");
        EventChange early = course(null, LocalDate.of(2023, 5, 2), null);
        assertThatThrownBy(() -> events.save(early)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Referent").hasMessageContaining("kein aktiver Digital-Lotse");

        EventDetails future = events.save(course(null, TODAY.plusDays(10), null));
        long otto = navigator("Otto", "Özdemir", NavigatorStatus.AKTIV);
        ParticipantRow p = events.registerNavigator(future.id(), otto).participant();
        assertThatThrownBy(() -> events.recordAttendance(p.id(), p.version(), AttendanceStatus.TEILGENOMMEN))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Anwesenheit");
        events.recordAttendance(p.id(), p.version(), AttendanceStatus.ENTSCHULDIGT); // excusing in advance is fine
        assertThat(queries.participants(future.id()).get(0).status()).isEqualTo(AttendanceStatus.ENTSCHULDIGT);
        assertThat(EventCalendar.text(future, "Anna Lotsenfeld")).contains("BEGIN:VEVENT")
                .contains("SUMMARY:Grundkurs").contains("DTSTART:20261206T080000Z");
    }

    @Test
    void aNavigatorWhoCompletesEveryRequiredModuleIsOfferedActiveAndChangedOnlyOnRequest() {
        long nora = navigator("Nora", "Beispiel", NavigatorStatus.IN_QUALIFIZIERUNG);
        List<ModuleRow> required = queries.modules().stream().filter(ModuleRow::basicQualification).toList();
        assertThat(required).hasSize(4);
        LocalDate day = TODAY.minusDays(40);
        for (ModuleRow m : required) {
            EventDetails e = events.save(course(m.id(), day, null));
            ParticipantRow p = events.registerNavigator(e.id(), nora).participant();
            assertThat(queries.qualificationOf(nora).complete()).isFalse();
            events.recordAttendance(p.id(), p.version(), AttendanceStatus.TEILGENOMMEN);
            day = day.plusDays(7);
        }
        QualificationRow done = queries.qualificationOf(nora);
        assertThat(done.missing()).isEmpty();
        assertThat(done.completedOn()).isEqualTo(TODAY.minusDays(40).plusDays(21));
        assertThat(done.canBecomeActive()).isTrue();
        // never silently: still in qualification until the office confirms
        assertThat(navigatorReads.details(nora).status()).isEqualTo(NavigatorStatus.IN_QUALIFIZIERUNG);

        assertThat(events.activateQualified(nora, done.navigatorVersion()).status()).isEqualTo(NavigatorStatus.AKTIV);
        assertThat(queries.qualificationOf(nora).canBecomeActive()).isFalse();

        // the office takes a module out of the basic qualification: nothing missing stays missing
        ModuleRow last = required.get(3);
        events.saveModule(last.id(), last.version(), last.name(), false);
        assertThat(queries.modules().stream().filter(ModuleRow::basicQualification)).hasSize(3);
        assertThatThrownBy(() -> events.saveModule(null, 0, "e-akte", true)).isInstanceOf(ValidationException.class);
    }

    @Test
    void theNavigatorFormShowsTheQualificationAndOffersActiveOnlyWhenConfirmed() {
        long nora = navigator("Nora", "Beispiel", NavigatorStatus.IN_QUALIFIZIERUNG);
        javafx.beans.property.ObjectProperty<de.ssg.lotsenkontor.people.NavigatorDetails> shown =
                new javafx.beans.property.SimpleObjectProperty<>();
        boolean[] answer = {false};
        int[] changed = {0};
        java.util.List<Throwable> failures = new java.util.ArrayList<>();
        var model = new de.ssg.lotsenkontor.events.ui.NavigatorQualificationModel(queries, events,
                de.ssg.lotsenkontor.ui.TaskRunner.DIRECT, (t, m, b) -> answer[0], failures::add, shown,
                new javafx.beans.property.SimpleBooleanProperty(false));
        model.setOnChanged(() -> {
            changed[0]++;
            shown.set(navigatorReads.details(nora));
        });
        shown.set(navigatorReads.details(nora));
        assertThat(model.stateProperty().get()).isEqualTo("0 von 4 Pflichtmodulen abgeschlossen");
        assertThat(model.missingProperty().get()).startsWith("Basiswissen Digitalisierung, E-Akte");
        assertThat(model.offeredBinding().get()).isFalse();

        List<ModuleRow> required = queries.modules().stream().filter(ModuleRow::basicQualification).toList();
        LocalDate day = TODAY.minusDays(30);
        for (ModuleRow m : required) {
            EventDetails e = events.save(course(m.id(), day, null));
            ParticipantRow p = events.registerNavigator(e.id(), nora).participant();
            events.recordAttendance(p.id(), p.version(), AttendanceStatus.TEILGENOMMEN);
            day = day.plusDays(5);
        }
        model.read();
        assertThat(model.stateProperty().get()).isEqualTo("Grundqualifizierung abgeschlossen am 11.11.2026");
        assertThat(model.completedProperty().get()).contains("E-Akte", "Informationssicherheit");
        assertThat(model.missingProperty().get()).isEqualTo("–");
        assertThat(model.offeredBinding().get()).isTrue();

        model.activate(); // declined: nothing changes
        assertThat(navigatorReads.details(nora).status()).isEqualTo(NavigatorStatus.IN_QUALIFIZIERUNG);
        answer[0] = true;
        model.activate();
        assertThat(failures).isEmpty();
        assertThat(changed[0]).isEqualTo(1);
        assertThat(navigatorReads.details(nora).status()).isEqualTo(NavigatorStatus.AKTIV);
        assertThat(model.offeredBinding().get()).isFalse();
        shown.set(null);
        assertThat(model.stateProperty().get()).isEmpty();
    }
}
