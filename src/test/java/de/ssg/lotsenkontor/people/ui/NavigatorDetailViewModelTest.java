package de.ssg.lotsenkontor.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.people.CoachingPeriod;
import de.ssg.lotsenkontor.people.NavigatorDetails;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.people.PersonHistory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The navigator form's rules, without a window. */
class NavigatorDetailViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final MunicipalityOption AMTSBERG = new MunicipalityOption(1, "14521010", "Amtsberg", "14521",
            "Erzgebirgskreis", null, null, null);
    private static final MunicipalityOption BAERENSTEIN = new MunicipalityOption(2, "14521060", "Bärenstein", "14521",
            "Erzgebirgskreis", 70L, "Bärenstein-Königswalde", null);
    private static final MunicipalityOption KOENIGSWALDE = new MunicipalityOption(3, "14521340", "Königswalde",
            "14521", "Erzgebirgskreis", 70L, "Bärenstein-Königswalde", null);
    private static final MunicipalityOption ZWOENITZ = new MunicipalityOption(4, "14521710", "Zwönitz, Stadt", "14521",
            "Erzgebirgskreis", 71L, "Zwönitz", null);
    private static final MunicipalityOption ELTERLEIN = new MunicipalityOption(5, "14521180", "Elterlein, Stadt",
            "14521", "Erzgebirgskreis", 71L, "Zwönitz", null);

    private final Clock clock = Clock.fixed(LocalDate.of(2026, 11, 26).atStartOfDay(BERLIN).toInstant(), BERLIN);
    private NavigatorDetailViewModel vm;

    @BeforeEach
    void create() {
        vm = new NavigatorDetailViewModel(clock);
        vm.setMunicipalities(List.of(AMTSBERG, BAERENSTEIN, KOENIGSWALDE, ZWOENITZ, ELTERLEIN));
    }

    @Test
    void aNewFormStartsInQualificationSinceTodayAndSaysWhatIsMissing() {
        vm.startNew();
        assertThat(vm.statusProperty().get()).isEqualTo(NavigatorStatus.IN_QUALIFIZIERUNG);
        assertThat(vm.sinceTextProperty().get()).isEqualTo("26.11.2026");
        assertThat(vm.title().get()).isEqualTo("Neuer Digital-Navigator");
        assertThat(vm.dirtyBinding().get()).isFalse();
        assertThat(vm.canSaveBinding().get()).isFalse();
        assertThat(messages()).containsExactly("Vorname: ist ein Pflichtfeld", "Nachname: ist ein Pflichtfeld",
                "Kommune: ist ein Pflichtfeld");

        vm.firstNameProperty().set("Nora");
        vm.lastNameProperty().set("Beispiel");
        vm.municipalityProperty().set(BAERENSTEIN);
        vm.setFurther(KOENIGSWALDE, true);

        assertThat(vm.violations()).isEmpty();
        assertThat(vm.canSaveBinding().get()).isTrue();
        assertThat(vm.municipalityTextProperty().get()).isEqualTo("Bärenstein (Erzgebirgskreis)");
        var change = vm.change();
        assertThat(change.isNew()).isTrue();
        assertThat(change.municipalityId()).isEqualTo(2L);
        assertThat(change.furtherMunicipalityIds()).containsExactly(3L);
        assertThat(change.since()).isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void typedTextThatNamesNoMunicipalityIsReportedAndKept() {
        vm.startNew();
        vm.municipalityTextProperty().set("Amtsbreg");
        assertThat(messages()).contains(
                "Kommune: ist keine bekannte Kommune; bitte einen Eintrag aus der Vorschlagsliste wählen")
                .doesNotContain("Kommune: ist ein Pflichtfeld");
        assertThat(vm.municipalityTextProperty().get()).isEqualTo("Amtsbreg");
        assertThat(vm.dirtyBinding().get()).isTrue();
    }

    @Test
    void furtherMunicipalitiesAreOfferedFromTheAssociationAndOthersAreRefused() {
        vm.startNew();
        vm.municipalityProperty().set(AMTSBERG);
        assertThat(vm.furtherCandidates()).isEmpty();
        assertThat(vm.furtherHint().get()).isEqualTo(
                "Amtsberg gehört keiner Verwaltungsgemeinschaft an; weitere Kommunen sind daher nicht möglich.");

        vm.municipalityProperty().set(BAERENSTEIN);
        assertThat(vm.furtherCandidates()).containsExactly(KOENIGSWALDE);
        vm.setFurther(KOENIGSWALDE, true);

        // moving to another association keeps the choice visible and says why it no longer fits
        vm.municipalityProperty().set(ZWOENITZ);
        assertThat(vm.furtherCandidates()).containsExactly(ELTERLEIN, KOENIGSWALDE);
        assertThat(messages()).contains("Weitere Kommunen: Königswalde gehört nicht zu „Zwönitz“; weitere Kommunen"
                + " müssen zur selben Verwaltungsgemeinschaft gehören wie die Kommune");
        vm.setFurther(KOENIGSWALDE, false);
        assertThat(messages()).noneMatch(m -> m.startsWith("Weitere Kommunen"));
    }

    @Test
    void unreadableDatesAreReportedAndTheTextIsKept() {
        vm.show(details());
        vm.sinceTextProperty().set("31.02.2024");
        assertThat(messages()).containsExactly("Tätig seit: ist kein gültiges Datum (bitte TT.MM.JJJJ eingeben)");
        assertThat(vm.sinceTextProperty().get()).isEqualTo("31.02.2024");
        assertThat(vm.canSaveBinding().get()).isFalse();
    }

    @Test
    void inactiveNeedsAnEndDateAndSuggestsToday() {
        vm.show(details());
        vm.statusProperty().set(NavigatorStatus.INAKTIV);
        assertThat(vm.untilTextProperty().get()).isEqualTo("26.11.2026");
        assertThat(vm.canSaveBinding().get()).isTrue();
        vm.untilTextProperty().set("");
        assertThat(messages()).containsExactly("Tätig bis: muss angegeben werden, wenn der Status „inaktiv“ ist");
        vm.untilTextProperty().set("01.01.2024");
        assertThat(messages()).containsExactly("Tätig bis: darf nicht vor 01.03.2025 liegen");
        vm.statusProperty().set(NavigatorStatus.AKTIV);
        assertThat(messages()).contains(
                "Status: muss „inaktiv“ sein, wenn „Tätig bis“ ausgefüllt ist (oder „Tätig bis“ leeren)");
    }

    @Test
    void invalidContactDataBlocksSavingWithTheFieldNamed() {
        vm.show(details());
        vm.emailProperty().set("nora(at)baerenstein");
        vm.phoneProperty().set("bitte anrufen");
        assertThat(messages()).containsExactly("E-Mail: ist keine gültige E-Mail-Adresse",
                "Telefon: ist keine gültige Telefonnummer (erlaubt sind Ziffern, Leerzeichen, +, /, - und Klammern)");
        assertThat(vm.canSaveBinding().get()).isFalse();
        assertThat(vm.emailProperty().get()).isEqualTo("nora(at)baerenstein");
    }

    @Test
    void loadedDetailsAreCleanEditsMakeItDirtyAndRevertRestores() {
        vm.show(details());
        assertThat(vm.dirtyBinding().get()).isFalse();
        assertThat(vm.canSaveBinding().get()).isFalse();
        assertThat(vm.canDeactivate()).isTrue();
        assertThat(vm.canDelete()).isFalse();
        assertThat(vm.further()).containsExactly(KOENIGSWALDE);

        vm.departmentProperty().set("Bürgeramt");
        vm.setFurther(KOENIGSWALDE, false);
        assertThat(vm.dirtyBinding().get()).isTrue();
        assertThat(vm.canSaveBinding().get()).isTrue();
        assertThat(vm.canDeactivate()).as("deactivating would drop the typed input").isFalse();

        vm.revert();
        assertThat(vm.departmentProperty().get()).isEqualTo("Hauptamt");
        assertThat(vm.further()).containsExactly(KOENIGSWALDE);
        assertThat(vm.dirtyBinding().get()).isFalse();
    }

    @Test
    void freshDetailsFromTheDatabaseKeepWhatWasTyped() {
        vm.show(details());
        vm.phoneProperty().set("037347 555");
        NavigatorDetails d = details();
        vm.refreshKeepingInput(new NavigatorDetails(d.id(), 9, d.firstName(), d.lastName(), d.municipality(),
                d.furtherMunicipalities(), d.department(), d.email(), d.phone(), d.status(), d.since(), d.until(),
                d.currentAssignment(), d.assignments(), d.history()));
        assertThat(vm.phoneProperty().get()).isEqualTo("037347 555");
        assertThat(vm.change().expectedVersion()).isEqualTo(9);
        assertThat(vm.change().id()).isEqualTo(7L);
    }

    @Test
    void aNavigatorWithoutHistoryMayBeDeleted() {
        NavigatorDetails d = details();
        vm.show(new NavigatorDetails(d.id(), d.version(), d.firstName(), d.lastName(), d.municipality(),
                d.furtherMunicipalities(), d.department(), d.email(), d.phone(), d.status(), d.since(), d.until(),
                null, List.of(), PersonHistory.NONE));
        assertThat(vm.canDelete()).isTrue();
        vm.clear();
        assertThat(vm.editingBinding().get()).isFalse();
        assertThat(vm.violations()).isEmpty();
    }

    private List<String> messages() {
        return vm.violations().stream().map(Violation::message).toList();
    }

    private static NavigatorDetails details() {
        CoachingPeriod p = new CoachingPeriod(11, 21, "Anna Lotsenfeld", 7, "Nora Beispiel", "Bärenstein",
                LocalDate.of(2025, 4, 1), null);
        return new NavigatorDetails(7, 3, "Nora", "Beispiel", BAERENSTEIN, List.of(KOENIGSWALDE), "Hauptamt",
                "nora.beispiel@baerenstein.example", "037347 123-45", NavigatorStatus.AKTIV, LocalDate.of(2025, 3, 1),
                null, p, List.of(p), new PersonHistory(1, 0, 0, 0));
    }
}
