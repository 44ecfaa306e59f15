package de.ssg.lotsenkontor.municipality.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.common.Violation;
import de.ssg.lotsenkontor.municipality.MunicipalityDetails;
import de.ssg.lotsenkontor.municipality.MunicipalityType;
import de.ssg.lotsenkontor.municipality.ParticipationEntry;
import de.ssg.lotsenkontor.municipality.ParticipationStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The form's rules, without a window. */
class MunicipalityDetailViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final Clock clock = Clock.fixed(LocalDate.of(2026, 11, 26).atStartOfDay(BERLIN).toInstant(), BERLIN);
    private MunicipalityDetailViewModel vm;

    @BeforeEach
    void show() {
        vm = new MunicipalityDetailViewModel(clock);
        vm.show(details(ParticipationStatus.INTERESSIERT, LocalDate.of(2026, 2, 1)));
    }

    @Test
    void freshlyLoadedIsNeitherDirtyNorSavable() {
        assertThat(vm.dirtyBinding().get()).isFalse();
        assertThat(vm.canSaveBinding().get()).isFalse();
        assertThat(vm.violations()).isEmpty();
    }

    @Test
    void aNewStatusGetsTodayAndMayBeSaved() {
        vm.statusProperty().set(ParticipationStatus.AKTIV);
        assertThat(vm.statusDateTextProperty().get()).isEqualTo("26.11.2026");
        assertThat(vm.canSaveBinding().get()).isTrue();
        assertThat(vm.change().statusDate()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(vm.change().expectedVersion()).isEqualTo(7);
    }

    @Test
    void anUnreadableDateBlocksSavingSaysWhyAndKeepsTheText() {
        vm.statusProperty().set(ParticipationStatus.AKTIV);
        vm.statusDateTextProperty().set("31.13.2026");
        assertThat(vm.canSaveBinding().get()).isFalse();
        assertThat(vm.violations()).extracting(Violation::message)
                .containsExactly("Gültig ab: ist kein gültiges Datum (bitte TT.MM.JJJJ eingeben)");
        assertThat(vm.statusDateTextProperty().get()).isEqualTo("31.13.2026");
    }

    @Test
    void aDateBeforeTheLastChangeIsRefused() {
        vm.statusProperty().set(ParticipationStatus.AKTIV);
        vm.statusDateTextProperty().set("15.01.2026");
        assertThat(vm.canSaveBinding().get()).isFalse();
        assertThat(vm.violationText()).contains("01.02.2026");
    }

    @Test
    void aTooLongNoteBlocksSaving() {
        vm.statusProperty().set(ParticipationStatus.AKTIV);
        vm.noteProperty().set("x".repeat(1001));
        assertThat(vm.canSaveBinding().get()).isFalse();
        assertThat(vm.violationText()).isEqualTo("Notiz: ist zu lang (höchstens 1.000 Zeichen)");
    }

    @Test
    void revertRestoresTheLoadedValues() {
        vm.statusProperty().set(ParticipationStatus.AUSGESCHIEDEN);
        vm.noteProperty().set("doch nicht");
        vm.revert();
        assertThat(vm.statusProperty().get()).isEqualTo(ParticipationStatus.INTERESSIERT);
        assertThat(vm.noteProperty().get()).isEmpty();
        assertThat(vm.dirtyBinding().get()).isFalse();
    }

    @Test
    void freshDetailsFromTheDatabaseKeepWhatWasTyped() {
        vm.statusProperty().set(ParticipationStatus.AKTIV);
        vm.noteProperty().set("Auftakt");
        MunicipalityDetails newer = details(ParticipationStatus.INTERESSIERT, LocalDate.of(2026, 2, 1));
        vm.refreshKeepingInput(new MunicipalityDetails(newer.id(), 9, newer.ags(), newer.name(), newer.type(),
                newer.districtName(), null, null, List.of(), newer.population(), newer.areaKm2(), newer.postcode(),
                newer.status(), newer.statusSince(), null, List.of(), newer.history()));
        assertThat(vm.noteProperty().get()).isEqualTo("Auftakt");
        assertThat(vm.statusProperty().get()).isEqualTo(ParticipationStatus.AKTIV);
        assertThat(vm.change().expectedVersion()).isEqualTo(9);
    }

    private static MunicipalityDetails details(ParticipationStatus status, LocalDate since) {
        return new MunicipalityDetails(1, 7, "14521010", "Amtsberg", MunicipalityType.GEMEINDE, "Erzgebirgskreis",
                null, null, List.of(), 3600, new BigDecimal("23.27"), "09439", status, since, null, List.of(),
                List.of(new ParticipationEntry(status, since, null, Instant.EPOCH)));
    }
}
