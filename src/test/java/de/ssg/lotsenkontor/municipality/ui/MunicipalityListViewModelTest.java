package de.ssg.lotsenkontor.municipality.ui;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.municipality.MunicipalityRow;
import de.ssg.lotsenkontor.municipality.MunicipalityType;
import de.ssg.lotsenkontor.municipality.ParticipationStatus;
import de.ssg.lotsenkontor.municipality.SizeClass;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MunicipalityListViewModelTest {

    private final MunicipalityListViewModel vm = new MunicipalityListViewModel();

    @BeforeEach
    void load() {
        vm.setData(List.of(
                row(1, "14626110", "Görlitz, Stadt", "14626", 56_000, ParticipationStatus.AKTIV),
                row(2, "14626010", "Bad Muskau, Stadt", "14626", 3_500, ParticipationStatus.NICHT_BETEILIGT),
                row(3, "14521010", "Amtsberg", "14521", 3_600, ParticipationStatus.INTERESSIERT),
                row(4, "14511000", "Chemnitz, Stadt", "14511", 250_681, ParticipationStatus.AKTIV)),
                List.of(new DistrictOption("14511", "Chemnitz, Stadt"), new DistrictOption("14521", "Erzgebirgskreis"),
                        new DistrictOption("14626", "Görlitz")));
    }

    @Test
    void searchIgnoresCaseAndUmlautsAndFindsKeys() {
        vm.rows().searchProperty().set("goerl");
        assertThat(names()).containsExactly("Görlitz, Stadt");
        vm.rows().searchProperty().set("GORLITZ");
        assertThat(names()).containsExactly("Görlitz, Stadt");
        vm.rows().searchProperty().set("14521");
        assertThat(names()).containsExactly("Amtsberg");
        vm.rows().searchProperty().set("stadt");
        assertThat(names()).hasSize(3);
        assertThat(vm.rows().countText().get()).isEqualTo("3 von 4 Kommunen");
    }

    @Test
    void filtersCombine() {
        vm.districtProperty().set(vm.districtChoices().stream()
                .filter(c -> !c.isAll() && c.value().key().equals("14626")).findFirst().orElseThrow());
        assertThat(names()).containsExactlyInAnyOrder("Görlitz, Stadt", "Bad Muskau, Stadt");
        vm.statusProperty().set(vm.statusChoices().stream()
                .filter(c -> c.value() == ParticipationStatus.AKTIV).findFirst().orElseThrow());
        assertThat(names()).containsExactly("Görlitz, Stadt");
        vm.resetFilters();
        assertThat(names()).hasSize(4);
    }

    @Test
    void sizeClassFilter() {
        vm.sizeClassProperty().set(vm.sizeChoices().stream()
                .filter(c -> c.value() == SizeClass.BIS_5000).findFirst().orElseThrow());
        assertThat(names()).containsExactlyInAnyOrder("Bad Muskau, Stadt", "Amtsberg");
    }

    @Test
    void aChangedRowReplacesTheOldOneAndIsFoundByItsNewName() {
        vm.rows().replace(row(3, "14521010", "Amtsberg-Neu", "14521", 3_600, ParticipationStatus.AKTIV));
        vm.rows().searchProperty().set("neu");
        assertThat(names()).containsExactly("Amtsberg-Neu");
        assertThat(vm.rows().all()).hasSize(4);
    }

    private List<String> names() {
        return vm.rows().shown().stream().map(MunicipalityRow::name).toList();
    }

    private static MunicipalityRow row(long id, String ags, String name, String district, int population,
            ParticipationStatus status) {
        return new MunicipalityRow(id, ags, name, MunicipalityType.GEMEINDE, district, "Kreis " + district, null,
                population, null, status, null, null);
    }
}
