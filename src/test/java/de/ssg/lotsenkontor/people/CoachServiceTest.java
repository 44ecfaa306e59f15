package de.ssg.lotsenkontor.people;

import static de.ssg.lotsenkontor.people.PeopleFixture.edit;
import static de.ssg.lotsenkontor.people.PeopleFixture.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.common.ConcurrentChangeException;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.ValidationException;
import de.ssg.lotsenkontor.events.Event;
import de.ssg.lotsenkontor.events.EventType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoachServiceTest {

    @TempDir
    Path folder;

    private PeopleFixture f;

    @BeforeEach
    void open() {
        f = new PeopleFixture(folder);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void createsACoachWithContactCapacityAndFocusDistricts() {
        CoachDetails created = f.coaches.save(new CoachChange(null, 0, " Anna ", "Lotsenfeld",
                "anna.lotsenfeld@ssg.example", "0351 8192-0", 30, LocalDate.of(2024, 1, 1), null,
                Set.of("14521", "14628")));

        CoachDetails read = f.coachQueries.details(created.id());
        assertThat(read.fullName()).isEqualTo("Anna Lotsenfeld");
        assertThat(read.email()).isEqualTo("anna.lotsenfeld@ssg.example");
        assertThat(read.capacity()).isEqualTo(30);
        assertThat(read.focusDistrictKeys()).containsExactly("14521", "14628");
        assertThat(read.history().isEmpty()).isTrue();
        CoachRow row = f.coachQueries.row(created.id());
        assertThat(row.focusDistricts()).isEqualTo("Erzgebirgskreis, Sächsische Schweiz-Osterzgebirge");
        assertThat(row.state()).isEqualTo(CoachState.AKTIV);
        assertThat(row.currentNavigators()).isZero();
        assertThat(f.coachQueries.table().districts()).hasSize(13);
    }

    @Test
    void editsACoachAndMovesTheVersionOn() {
        CoachDetails created = f.createCoach("Anna", "Lotsenfeld", 30);
        CoachDetails saved = f.coaches.save(new CoachChange(created.id(), created.version(), "Anna", "Lotsenfeld-Berg",
                null, "+49 351 1234", 25, created.activeFrom(), null, Set.of("14511")));
        assertThat(saved.version()).isGreaterThan(created.version());
        assertThat(saved.lastName()).isEqualTo("Lotsenfeld-Berg");
        assertThat(saved.focusDistrictKeys()).containsExactly("14511");
        assertThat(f.coachQueries.list()).extracting(CoachRow::lastName).containsExactly("Lotsenfeld-Berg");
    }

    @Test
    void everyBrokenRuleIsRefusedWithTheFieldNamedAndNothingIsWritten() {
        assertThatThrownBy(() -> f.coaches.save(new CoachChange(null, 0, " ", null, "anna(at)ssg", "call me", -1,
                LocalDate.of(2024, 1, 1), LocalDate.of(2023, 12, 31), Set.of())))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(messages(e)).containsExactly(
                        "Vorname: ist ein Pflichtfeld",
                        "Nachname: ist ein Pflichtfeld",
                        "E-Mail: ist keine gültige E-Mail-Adresse",
                        "Telefon: ist keine gültige Telefonnummer (erlaubt sind Ziffern, Leerzeichen, +, /, - und Klammern)",
                        "Kapazität: darf nicht negativ sein",
                        "Aktiv bis: darf nicht vor 01.01.2024 liegen"));
        assertThatThrownBy(() -> f.coaches.save(new CoachChange(null, 0, "Anna", "Lotsenfeld", null, null, null, null,
                null, Set.of())))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(messages(e)).containsExactly(
                        "Kapazität: ist ein Pflichtfeld", "Aktiv ab: ist ein Pflichtfeld"));
        assertThat(f.count("coach")).isZero();
    }

    @Test
    void countsTheNavigatorsCoachedTodayAndShowsWhenOverCapacity() {
        CoachDetails anna = f.createCoach("Anna", "Lotsenfeld", 1);
        long nora = f.createNavigator("Nora", "Beispiel", "14521010").id();
        long otto = f.createNavigator("Otto", "Muster", "14521060").id();
        long ended = f.createNavigator("Paula", "Probe", "14521340").id();
        f.coaching.assign(anna.id(), nora, LocalDate.of(2025, 1, 1), null);
        f.coaching.assign(anna.id(), otto, LocalDate.of(2026, 1, 1), null);
        f.coaching.assign(anna.id(), ended, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

        CoachRow row = f.coachQueries.row(anna.id());
        assertThat(row.currentNavigators()).isEqualTo(2);
        assertThat(row.overCapacity()).isTrue();
        assertThat(row.load()).isEqualTo(2.0);
        CoachDetails details = f.coachQueries.details(anna.id());
        assertThat(details.currentNavigators()).extracting(CoachingPeriod::navigatorName)
                .containsExactly("Nora Beispiel", "Otto Muster");
        assertThat(details.overCapacity()).isTrue();
        assertThat(f.coachQueries.options()).singleElement().satisfies(o -> {
            assertThat(o.full()).isTrue();
            assertThat(o.labelWithLoad()).isEqualTo("Anna Lotsenfeld (2 von 1)");
        });
    }

    @Test
    void deactivationSetsActiveUntilAndEndsTheRunningAssignmentsOnThatDay() {
        CoachDetails anna = f.createCoach("Anna", "Lotsenfeld", 30);
        long nora = f.createNavigator("Nora", "Beispiel", "14521010").id();
        f.coaching.assign(anna.id(), nora, LocalDate.of(2025, 1, 1), null);

        CoachDetails after = f.coaches.deactivate(anna.id(), anna.version(), LocalDate.of(2026, 10, 31));

        assertThat(after.activeUntil()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(after.currentNavigators()).isEmpty();
        assertThat(f.coachQueries.row(anna.id()).state()).isEqualTo(CoachState.AUSGESCHIEDEN);
        assertThat(f.navigatorQueries.details(nora).assignments()).singleElement()
                .satisfies(p -> assertThat(p.until()).isEqualTo(LocalDate.of(2026, 10, 31)));
        // still there for reports, never deleted
        assertThat(f.coachQueries.list()).hasSize(1);
    }

    @Test
    void deactivationBeforeTheStartIsRefused() {
        CoachDetails anna = f.createCoach("Anna", "Lotsenfeld", 30);
        assertThatThrownBy(() -> f.coaches.deactivate(anna.id(), anna.version(), LocalDate.of(2023, 6, 30)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Aktiv bis: darf nicht vor 01.01.2024 liegen");
        assertThat(f.coachQueries.details(anna.id()).activeUntil()).isNull();
    }

    @Test
    void anEndDateInTheFormEndsTheAssignmentsToo() {
        CoachDetails anna = f.createCoach("Anna", "Lotsenfeld", 30);
        long nora = f.createNavigator("Nora", "Beispiel", "14521010").id();
        f.coaching.assign(anna.id(), nora, LocalDate.of(2025, 1, 1), null);
        CoachChange change = edit(f.coachQueries.details(anna.id()));
        f.coaches.save(new CoachChange(change.id(), change.expectedVersion(), change.firstName(), change.lastName(),
                null, null, 30, change.activeFrom(), LocalDate.of(2026, 12, 31), Set.of()));
        assertThat(f.navigatorQueries.details(nora).currentAssignment().until()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aCoachWithoutHistoryMayBeDeleted() {
        CoachDetails anna = f.createCoach("Anna", "Lotsenfeld", 30);
        f.coaches.save(new CoachChange(anna.id(), anna.version(), "Anna", "Lotsenfeld", null, null, 30,
                anna.activeFrom(), null, Set.of("14521")));
        f.coaches.delete(anna.id(), f.coachQueries.details(anna.id()).version());
        assertThat(f.count("coach")).isZero();
        assertThat(f.count("coach_focus_district")).isZero();
    }

    @Test
    void aCoachWithHistoryIsNeverDeleted() {
        CoachDetails anna = f.createCoach("Anna", "Lotsenfeld", 30);
        long nora = f.createNavigator("Nora", "Beispiel", "14521010").id();
        f.coaching.assign(anna.id(), nora, LocalDate.of(2025, 1, 1), null);
        f.db.inTransactionDo(s -> {
            Event e = new Event(EventType.KURS, "Grundkurs", LocalDate.of(2025, 2, 1));
            e.setCoach(s.find(Coach.class, anna.id()));
            s.persist(e);
        });

        assertThatThrownBy(() -> f.coaches.delete(anna.id(), anna.version()))
                .isInstanceOf(DomainException.class)
                .hasMessage("Anna Lotsenfeld kann nicht gelöscht werden, weil es schon Einträge gibt"
                        + " (1 Betreuung, 1 Veranstaltung); Trainer bei: Grundkurs (01.02.2025). Deaktivieren Sie den"
                        + " Lotsen stattdessen mit einem Datum „Aktiv bis“.");
        assertThat(f.count("coach")).isEqualTo(1);
    }

    @Test
    void aCoachWhoOnlyTrainedAnEventIsNeverDeletedAndTheEventsAreNamed() {
        CoachDetails anna = f.createCoach("Anna", "Lotsenfeld", 30);
        CoachDetails lead = f.createCoach("Lea", "Leitung", 30);
        f.db.inTransactionDo(s -> {
            // Anna is a second trainer only: event.coach_id names the lead
            Event e = new Event(EventType.KURS, "E-Akte kompakt", LocalDate.of(2025, 3, 4));
            e.setCoach(s.find(Coach.class, lead.id()));
            e.getTrainers().add(s.find(Coach.class, lead.id()));
            e.getTrainers().add(s.find(Coach.class, anna.id()));
            s.persist(e);
            Event later = new Event(EventType.NETZWERKTREFFEN, "Netzwerktreffen Ost", LocalDate.of(2026, 12, 10));
            later.getTrainers().add(s.find(Coach.class, anna.id()));
            s.persist(later);
        });
        assertThat(f.count("event_trainer")).isEqualTo(3);

        assertThatThrownBy(() -> f.coaches.delete(anna.id(), anna.version()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("(2 Veranstaltungen)")
                .hasMessageContaining("Trainer bei: E-Akte kompakt (04.03.2025), Netzwerktreffen Ost (10.12.2026)");
        assertThat(f.count("coach")).isEqualTo(2);

        // leaving before an event she still trains is refused, naming it; the day after it is fine
        assertThatThrownBy(() -> f.coaches.deactivate(anna.id(), anna.version(), LocalDate.of(2026, 11, 30)))
                .isInstanceOf(ValidationException.class)
                .satisfies(x -> assertThat(messages(x)).singleElement().asString()
                        .contains("Aktiv bis").contains("30.11.2026").contains("Netzwerktreffen Ost (10.12.2026)")
                        .doesNotContain("E-Akte kompakt"));
        CoachChange edit = edit(f.coachQueries.details(anna.id()));
        assertThatThrownBy(() -> f.coaches.save(new CoachChange(edit.id(), edit.expectedVersion(), edit.firstName(),
                edit.lastName(), null, null, 30, edit.activeFrom(), LocalDate.of(2026, 12, 1), Set.of())))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Netzwerktreffen Ost");
        assertThat(f.coachQueries.details(anna.id()).activeUntil()).isNull();
        assertThat(f.coaches.deactivate(anna.id(), anna.version(), LocalDate.of(2026, 12, 10)).activeUntil())
                .isEqualTo(LocalDate.of(2026, 12, 10));
    }

    @Test
    void aConcurrentChangeIsReportedNotOverwritten() {
        CoachDetails read = f.createCoach("Anna", "Lotsenfeld", 30);
        // someone else saves first
        f.coaches.save(new CoachChange(read.id(), read.version(), "Anna", "Lotsenfeld", null, null, 40,
                read.activeFrom(), null, Set.of()));

        assertThatThrownBy(() -> f.coaches.save(new CoachChange(read.id(), read.version(), "Anna", "Lotsenfeld",
                null, null, 20, read.activeFrom(), null, Set.of())))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageStartingWith("Der Digital-Lotse Anna Lotsenfeld wurde inzwischen von jemand anderem geändert.");
        assertThatThrownBy(() -> f.coaches.deactivate(read.id(), read.version(), PeopleFixture.TODAY))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> f.coaches.delete(read.id(), read.version()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(f.coachQueries.details(read.id()).capacity()).isEqualTo(40);
    }
}
