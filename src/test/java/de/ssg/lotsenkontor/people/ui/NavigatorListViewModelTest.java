package de.ssg.lotsenkontor.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.people.CoachOption;
import de.ssg.lotsenkontor.people.CoachState;
import de.ssg.lotsenkontor.people.NavigatorRow;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.people.NavigatorTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NavigatorListViewModelTest {

    private static final CoachOption ANNA = new CoachOption(21, "Anna Lotsenfeld", 30, 2, CoachState.AKTIV,
            Set.of("14521"));
    private static final MunicipalityOption KOENIGSWALDE = new MunicipalityOption(3, "14521340", "Königswalde",
            "14521", "Erzgebirgskreis", 70L, "Bärenstein-Königswalde", null);

    private final NavigatorListViewModel vm = new NavigatorListViewModel();

    @BeforeEach
    void load() {
        vm.setData(new NavigatorTable(List.of(
                row(1, "Nora", "Beispiel", 2, "Bärenstein", "14521", List.of(3L), "nora@baerenstein.example",
                        NavigatorStatus.AKTIV, 21L),
                row(3, "Otto", "Muster", 1, "Amtsberg", "14521", List.of(), null, NavigatorStatus.INAKTIV, 21L),
                row(2, "Ömer", "Özkan", 10, "Görlitz, Stadt", "14626", List.of(), "oezkan@goerlitz.example",
                        NavigatorStatus.IN_QUALIFIZIERUNG, null)),
                List.of(new DistrictOption("14521", "Erzgebirgskreis"), new DistrictOption("14626", "Görlitz")),
                List.of(ANNA), List.of(KOENIGSWALDE)));
    }

    @Test
    void searchFindsNameInAnyOrderMunicipalityAndEmailIgnoringUmlauts() {
        vm.rows().searchProperty().set("beispiel nora");
        assertThat(names()).containsExactly("Nora Beispiel");
        vm.rows().searchProperty().set("OEZK");
        assertThat(names()).containsExactly("Ömer Özkan");
        vm.rows().searchProperty().set("görlitz");
        assertThat(names()).containsExactly("Ömer Özkan");
        vm.rows().searchProperty().set("konigswalde");
        assertThat(names()).as("further municipalities count").containsExactly("Nora Beispiel");
        vm.rows().searchProperty().set("@baerenstein");
        assertThat(names()).containsExactly("Nora Beispiel");
        assertThat(vm.rows().countText().get()).isEqualTo("1 von 3 Navigatoren");
    }

    @Test
    void filtersCombineAndReset() {
        vm.municipalityProperty().set(KOENIGSWALDE);
        assertThat(names()).containsExactly("Nora Beispiel");
        vm.municipalityProperty().set(null);
        vm.districtProperty().set(vm.districtChoices().stream()
                .filter(c -> !c.isAll() && c.value().key().equals("14521")).findFirst().orElseThrow());
        assertThat(names()).containsExactly("Nora Beispiel", "Otto Muster");
        vm.statusProperty().set(vm.statusChoices().stream()
                .filter(c -> c.value() == NavigatorStatus.INAKTIV).findFirst().orElseThrow());
        assertThat(names()).containsExactly("Otto Muster");
        vm.resetFilters();
        assertThat(names()).hasSize(3);
    }

    @Test
    void theCoachFilterKnowsTheCurrentCoachAndNavigatorsWithoutOne() {
        assertThat(vm.coachChoices()).extracting(c -> c.label())
                .containsExactly("Alle Lotsen", "ohne Lotse", "Anna Lotsenfeld");
        vm.coachProperty().set(vm.coachChoices().get(2));
        assertThat(names()).containsExactly("Nora Beispiel", "Otto Muster");
        vm.coachProperty().set(vm.coachChoices().get(1));
        assertThat(names()).containsExactly("Ömer Özkan");
    }

    @Test
    void aNewRowIsAddedWhereItsNameSortsAndAChangedOneReplaced() {
        vm.rows().replace(row(4, "Lea", "Neumann", 1, "Amtsberg", "14521", List.of(), null, NavigatorStatus.AKTIV, null));
        assertThat(vm.rows().all()).extracting(NavigatorRow::lastName)
                .containsExactly("Beispiel", "Muster", "Neumann", "Özkan");
        vm.rows().replace(row(2, "Ömer", "Özkan", 10, "Görlitz, Stadt", "14626", List.of(), null, NavigatorStatus.AKTIV,
                21L));
        assertThat(vm.rows().all()).hasSize(4);
        vm.rows().remove(4);
        assertThat(vm.rows().all()).hasSize(3);
    }

    @Test
    void twelveThousandNavigatorsFilterInstantly() {
        List<NavigatorRow> many = new ArrayList<>();
        String[] first = {"Anna", "Bernd", "Clara", "Dieter", "Erika", "Frank", "Greta", "Hans"};
        String[] last = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker"};
        for (int i = 0; i < 12_000; i++) {
            many.add(row(i + 1, first[i % 8], last[(i / 8) % 8] + i, i % 418, "Gemeinde " + (i % 418),
                    i % 2 == 0 ? "14521" : "14626", List.of(), "person" + i + "@kommune.example",
                    NavigatorStatus.values()[i % 3], i % 5 == 0 ? null : 21L));
        }
        vm.setData(new NavigatorTable(many, List.of(), List.of(ANNA), List.of()));
        long start = System.nanoTime();
        for (String typed : List.of("s", "sc", "sch", "schm", "schmi", "schmid", "schmidt", "schmidt1", "schmidt12")) {
            vm.rows().searchProperty().set(typed);
        }
        vm.statusProperty().set(vm.statusChoices().get(1));
        long millisPerStep = (System.nanoTime() - start) / 1_000_000 / 10;
        assertThat(vm.rows().shown()).isNotEmpty().allMatch(r -> r.lastName().startsWith("Schmidt12"));
        // generous for a shared build machine; on a desktop each step takes a few milliseconds
        assertThat(millisPerStep).as("ms per keystroke").isLessThan(150);
    }

    private List<String> names() {
        return vm.rows().shown().stream().map(NavigatorRow::fullName).toList();
    }

    private static NavigatorRow row(long id, String first, String last, long municipalityId, String municipality,
            String district, List<Long> further, String email, NavigatorStatus status, Long coachId) {
        return new NavigatorRow(id, first, last, municipalityId, municipality, "14521000", district,
                district.equals("14521") ? "Erzgebirgskreis" : "Görlitz", null, further,
                further.isEmpty() ? "" : "Königswalde", null, email, null, status, LocalDate.of(2025, 1, 1), null,
                coachId, coachId == null ? null : "Anna Lotsenfeld");
    }
}
