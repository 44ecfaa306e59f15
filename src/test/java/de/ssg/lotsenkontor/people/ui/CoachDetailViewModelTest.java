package de.ssg.lotsenkontor.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.people.CoachDetails;
import de.ssg.lotsenkontor.people.CoachingPeriod;
import de.ssg.lotsenkontor.people.PersonHistory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The coach form's rules, without a window. */
class CoachDetailViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final Clock clock = Clock.fixed(LocalDate.of(2026, 11, 26).atStartOfDay(BERLIN).toInstant(), BERLIN);
    private CoachDetailViewModel vm;

    @BeforeEach
    void create() {
        vm = new CoachDetailViewModel(clock);
    }

    @Test
    void aNewFormIsActiveFromTodayAndNeedsNameAndCapacity() {
        vm.startNew();
        assertThat(vm.activeFromTextProperty().get()).isEqualTo("26.11.2026");
        assertThat(vm.title().get()).isEqualTo("Neuer Digital-Lotse");
        assertThat(messages()).containsExactly("Vorname: ist ein Pflichtfeld", "Nachname: ist ein Pflichtfeld",
                "Kapazität: ist ein Pflichtfeld");
        vm.firstNameProperty().set("Anna");
        vm.lastNameProperty().set("Lotsenfeld");
        vm.capacityTextProperty().set("30");
        vm.focusDistricts().add("14521");
        assertThat(vm.canSaveBinding().get()).isTrue();
        assertThat(vm.change().capacity()).isEqualTo(30);
        assertThat(vm.change().focusDistrictKeys()).containsExactly("14521");
        assertThat(vm.change().isNew()).isTrue();
    }

    @Test
    void aCapacityThatIsNoWholeNumberOrNegativeIsRefusedAndKept() {
        vm.show(details(30, 2));
        vm.capacityTextProperty().set("drei");
        assertThat(messages()).containsExactly("Kapazität: ist keine ganze Zahl");
        assertThat(vm.capacityTextProperty().get()).isEqualTo("drei");
        assertThat(vm.canSaveBinding().get()).isFalse();
        vm.capacityTextProperty().set("-1");
        assertThat(messages()).containsExactly("Kapazität: darf nicht negativ sein");
        vm.capacityTextProperty().set("");
        assertThat(messages()).containsExactly("Kapazität: ist ein Pflichtfeld");
    }

    @Test
    void moreNavigatorsThanTheCapacityIsAWarningNotABlock() {
        vm.show(details(3, 3));
        assertThat(vm.capacityWarning().get()).isEmpty();
        vm.capacityTextProperty().set("2");
        assertThat(vm.capacityWarning().get())
                .isEqualTo("Betreut derzeit 3 Navigatoren und damit mehr als die Kapazität von 2.");
        assertThat(vm.violations()).isEmpty();
        assertThat(vm.canSaveBinding().get()).isTrue();
    }

    @Test
    void theEndMayNotLieBeforeTheStartAndInvalidContactDataIsNamed() {
        vm.show(details(30, 0));
        vm.activeUntilTextProperty().set("31.12.2022");
        vm.emailProperty().set("anna@ssg");
        vm.phoneProperty().set("0351/abc");
        assertThat(messages()).containsExactly("E-Mail: ist keine gültige E-Mail-Adresse",
                "Telefon: ist keine gültige Telefonnummer (erlaubt sind Ziffern, Leerzeichen, +, /, - und Klammern)",
                "Aktiv bis: darf nicht vor 01.01.2023 liegen");
        vm.activeUntilTextProperty().set("1.13.2026");
        assertThat(messages()).contains("Aktiv bis: ist kein gültiges Datum (bitte TT.MM.JJJJ eingeben)");
    }

    @Test
    void focusDistrictsCountAsChangesAndRevertRestoresEverything() {
        vm.show(details(30, 0));
        assertThat(vm.dirtyBinding().get()).isFalse();
        assertThat(vm.canDeactivate()).isTrue();
        vm.focusDistricts().add("14628");
        assertThat(vm.dirtyBinding().get()).isTrue();
        assertThat(vm.canDeactivate()).isFalse();
        vm.capacityTextProperty().set("25");
        vm.revert();
        assertThat(vm.focusDistricts()).containsExactly("14521");
        assertThat(vm.capacityTextProperty().get()).isEqualTo("30");
        assertThat(vm.dirtyBinding().get()).isFalse();
    }

    @Test
    void freshDetailsKeepWhatWasTyped() {
        vm.show(details(30, 0));
        vm.emailProperty().set("anna.neu@ssg.example");
        CoachDetails d = details(30, 1);
        vm.refreshKeepingInput(new CoachDetails(d.id(), 6, d.firstName(), d.lastName(), d.email(), d.phone(),
                d.capacity(), d.activeFrom(), d.activeUntil(), d.focusDistrictKeys(), d.currentNavigators(),
                d.history()));
        assertThat(vm.emailProperty().get()).isEqualTo("anna.neu@ssg.example");
        assertThat(vm.change().expectedVersion()).isEqualTo(6);
    }

    private List<String> messages() {
        return vm.violations().stream().map(Violation::message).toList();
    }

    private static CoachDetails details(int capacity, int navigators) {
        List<CoachingPeriod> current = new java.util.ArrayList<>();
        for (int i = 0; i < navigators; i++) {
            current.add(new CoachingPeriod(100 + i, 4, "Anna Lotsenfeld", 200 + i, "Navi " + i, "Amtsberg",
                    LocalDate.of(2025, 1, 1), null));
        }
        return new CoachDetails(4, 5, "Anna", "Lotsenfeld", "anna.lotsenfeld@ssg.example", null, capacity,
                LocalDate.of(2023, 1, 1), null, List.of("14521"), current,
                navigators == 0 ? PersonHistory.NONE : new PersonHistory(navigators, 0, 0, 0));
    }
}
