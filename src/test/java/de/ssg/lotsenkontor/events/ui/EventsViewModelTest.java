package de.ssg.lotsenkontor.events.ui;

import de.ssg.lotsenkontor.ui.TaskRunner;
import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.events.AttendanceStatus;
import de.ssg.lotsenkontor.events.EventQueries;
import de.ssg.lotsenkontor.events.EventService;
import de.ssg.lotsenkontor.events.EventType;
import de.ssg.lotsenkontor.events.GuestChange;
import de.ssg.lotsenkontor.events.QualificationRow;
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
import de.ssg.lotsenkontor.storage.Database;
import de.ssg.lotsenkontor.ui.Command;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The events view model's commands, without a toolkit, on a real database. */
class EventsViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path folder;

    Database db;
    EventsViewModel model;
    NavigatorService navigators;
    NavigatorQueries navigatorReads;
    final List<Throwable> failures = new ArrayList<>();
    boolean answer = true;
    long amtsberg;

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder.resolve("db"));
        ReferenceData.loadIfEmpty(db);
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Clock clock = Clock.fixed(TODAY.atStartOfDay(berlin).toInstant(), berlin);
        MunicipalityQueries municipalities = new MunicipalityQueries(db);
        CoachQueries coachQueries = new CoachQueries(db, municipalities, clock);
        NavigatorQueries navigatorQueries = new NavigatorQueries(db, municipalities, coachQueries, clock);
        CoachService coaches = new CoachService(db, coachQueries, PersonDeactivationListener.NONE);
        navigators = new NavigatorService(db, navigatorQueries, PersonDeactivationListener.NONE);
        navigatorReads = navigatorQueries;
        coaches.save(new CoachChange(null, 0, "Anna", "Lotsenfeld", null, null, 30, LocalDate.of(2024, 1, 1), null,
                Set.of()));
        amtsberg = municipalities.options().stream().filter(m -> m.ags().equals("14521010"))
                .mapToLong(MunicipalityOption::id).findFirst().orElseThrow();
        EventQueries queries = new EventQueries(db);
        EventService service = new EventService(db, queries, navigators, clock);
        model = new EventsViewModel(queries, service, () -> new EventChoices(queries.events(), queries.modules(),
                coachQueries.options(), municipalities.districts()),
                () -> new EventChoices.People(navigatorQueries.list(), municipalities.options()),
                TaskRunner.DIRECT, (t, m, b) -> answer, failures::add, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void plan(String title, LocalDate day, String capacity) {
        model.startNew();
        EventFormModel f = model.form();
        f.typeProperty().set(EventType.KURS);
        f.titleProperty().set(title);
        f.moduleIdProperty().set(model.modules().get(0).id());
        f.startsOnProperty().set(de.ssg.lotsenkontor.common.Formats.date(day));
        f.startsAtProperty().set("9");
        f.endsAtProperty().set("15.30");
        f.locationProperty().set("Schulungsraum");
        f.trainerIds().setAll(model.coaches().get(0).id());
        f.capacityProperty().set(capacity);
        assertThat(model.saveCommand().canRunBinding().get()).as(f.violationText()).isTrue();
        model.save();
    }

    @Test
    void plansACourseRegistersAndRecordsAttendanceWithACapacityWarning() {
        long otto = navigators.save(new NavigatorChange(null, 0, "Otto", "Özdemir", amtsberg, List.of(), null, null,
                null, NavigatorStatus.AKTIV, LocalDate.of(2025, 3, 1), null)).id();
        model.load();
        assertThat(model.registerCommand().canRunBinding().get()).isFalse();
        plan("Grundkurs Basiswissen", TODAY.minusDays(1), "1");
        assertThat(failures).isEmpty();
        assertThat(model.rows().all()).hasSize(1);
        assertThat(model.form().detailsProperty().get().startsAt()).hasToString("09:00");
        assertThat(model.registerCommand().canRunBinding().get()).isTrue();

        model.registerNavigator(model.navigators().stream().filter(n -> n.id() == otto).findFirst().orElseThrow());
        assertThat(model.capacityWarningProperty().get()).isEmpty();
        model.registerGuest(new GuestChange("Gerda Gast", amtsberg, "gerda@gast.example"));
        assertThat(model.participants()).hasSize(2);
        assertThat(model.capacityWarningProperty().get()).contains("überbucht");

        model.registerNavigator(model.navigators().get(0));
        assertThat(failures).singleElement().isInstanceOf(ValidationException.class);
        assertThat(model.participants()).hasSize(2);

        model.selectedParticipantProperty().set(model.participants().get(0));
        model.recordAttendance(AttendanceStatus.TEILGENOMMEN);
        assertThat(model.participants()).extracting(p -> p.status()).contains(AttendanceStatus.TEILGENOMMEN);
        assertThat(model.rows().all().get(0).present()).isEqualTo(1);

        answer = false;
        model.selectedParticipantProperty().set(model.participants().get(1));
        model.unregister();
        assertThat(model.participants()).hasSize(2);
    }

    @Test
    void aBadFormIsRefusedBeforeSavingAndKeepsWhatWasTyped() {
        model.load();
        model.startNew();
        model.form().titleProperty().set("Workshop");
        model.form().startsOnProperty().set("12.03.2026");
        model.form().endsOnProperty().set("11.03.2026");
        model.form().locationProperty().set("Leipzig");
        assertThat(model.saveCommand().canRunBinding().get()).isFalse();
        assertThat(model.form().violationText()).contains("bis").contains("nicht vor 12.03.2026");
        assertThat(model.form().titleProperty().get()).isEqualTo("Workshop");
    }

    @Test
    void offersActiveOnlyForACompleteNavigatorAndOnlyAfterConfirmation() throws Exception {
        long nora = navigators.save(new NavigatorChange(null, 0, "Nora", "Beispiel", amtsberg, List.of(), null, null,
                null, NavigatorStatus.IN_QUALIFIZIERUNG, LocalDate.of(2025, 3, 1), null)).id();
        model.load();
        LocalDate day = TODAY.minusDays(30);
        for (var m : model.modules().stream().filter(x -> x.basicQualification()).toList()) {
            plan("Grundkurs " + m.name(), day, "");
            model.form().moduleIdProperty().set(m.id());
            model.save();
            model.registerNavigator(model.navigators().stream().filter(n -> n.id() == nora).findFirst().orElseThrow());
            model.selectedParticipantProperty().set(model.participants().get(0));
            model.recordAttendance(AttendanceStatus.TEILGENOMMEN);
            day = day.plusDays(3);
        }
        assertThat(failures).isEmpty();
        model.loadQualification();
        QualificationRow row = model.qualification().stream().filter(q -> q.navigatorId() == nora).findFirst()
                .orElseThrow();
        assertThat(row.canBecomeActive()).isTrue();

        answer = false;
        model.activate(row);
        assertThat(navigatorReads.details(nora).status()).isEqualTo(NavigatorStatus.IN_QUALIFIZIERUNG);
        answer = true;
        model.activate(row);
        assertThat(navigatorReads.details(nora).status()).isEqualTo(NavigatorStatus.AKTIV);

        Path list = folder.resolve("Teilnehmerliste.xlsx");
        model.exportAttendanceList(list);
        Path ics = folder.resolve("Kurs.ics");
        model.exportCalendar(ics);
        assertThat(failures).isEmpty();
        assertThat(Files.size(list)).isPositive();
        Path pdf = folder.resolve("Teilnehmerliste.pdf");
        model.exportAttendanceList(pdf);
        assertThat(failures).isEmpty();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Teilnehmerliste", "Beispiel", "Unterschrift", "anwesend: 1");
        }
        assertThat(Files.readString(ics)).contains("BEGIN:VCALENDAR").contains("Grundkurs");

        // the print button gets the same attendance list, built from the event shown when it was chosen
        var printable = model.attendancePrintable();
        assertThat(printable.pdfFileName()).startsWith("Teilnehmerliste_").endsWith(".pdf").doesNotContain(" ");
        var report = printable.report().call();
        assertThat(report.title()).contains("Teilnehmerliste");
        model.form().detailsProperty().set(null);
        org.assertj.core.api.Assertions.assertThatThrownBy(model::attendancePrintable)
                .hasMessage("Bitte zuerst eine Veranstaltung auswählen.");
    }

    @Test
    void renamesAndDeactivatesAModuleWhichPastCoursesKeep() {
        model.load();
        plan("Website-Sprechstunde", TODAY.minusDays(10), "");
        var website = model.modules().stream().filter(m -> m.name().equals("Website/Barrierefreiheit")).findFirst()
                .orElseThrow();
        model.form().moduleIdProperty().set(website.id());
        model.save();
        assertThat(failures).isEmpty();

        model.editModule(website);
        assertThat(model.editedModuleNameProperty().get()).isEqualTo("Website/Barrierefreiheit");
        model.editedModuleNameProperty().set("Barrierefreie Website");
        model.editedModuleActiveProperty().set(false);
        assertThat(model.saveModuleCommand().canRunBinding().get()).isTrue();
        model.saveEditedModule();
        assertThat(failures).isEmpty();
        var renamed = model.modules().stream().filter(m -> m.id() == website.id()).findFirst().orElseThrow();
        assertThat(renamed.name()).isEqualTo("Barrierefreie Website");
        assertThat(renamed.active()).isFalse();
        // read back from the database: the past course keeps its module under the new name
        String stored = db.withConnection(c -> {
            try (var q = c.prepareStatement("SELECT cm.name, cm.active FROM event e JOIN course_module cm"
                    + " ON cm.id = e.module_id WHERE e.title = 'Website-Sprechstunde'"); var rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1) + "/" + rs.getBoolean(2);
            }
        });
        assertThat(stored).isEqualTo("Barrierefreie Website/false");
        model.resetFilters();
        assertThat(model.rows().shown()).anyMatch(r -> "Barrierefreie Website".equals(r.moduleName()));

        // a new course cannot choose it any more; the German message names the field
        plan("Neuer Kurs", TODAY.plusDays(10), "");
        model.form().moduleIdProperty().set(website.id());
        model.save();
        assertThat(failures).last().isInstanceOf(ValidationException.class).extracting(Throwable::getMessage)
                .asString().contains("Modul").contains("wird nicht mehr angeboten");

        // a module of the basic qualification stays offered; an empty name is not saved
        failures.clear();
        var required = model.modules().stream().filter(m -> m.basicQualification()).findFirst().orElseThrow();
        model.editModule(required);
        model.editedModuleActiveProperty().set(false);
        model.saveEditedModule();
        assertThat(failures).singleElement().extracting(Throwable::getMessage).asString()
                .contains("Grundqualifizierung");
        model.editedModuleNameProperty().set("");
        assertThat(model.saveModuleCommand().canRunBinding().get()).isFalse();
        assertThat(model.modules().stream().filter(m -> m.id() == required.id()).findFirst().orElseThrow().active())
                .isTrue();
    }
}
