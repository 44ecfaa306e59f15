package de.ssg.lotsenkontor.overview;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.overview.Dashboard.Coverage;
import de.ssg.lotsenkontor.overview.Dashboard.DistrictLine;
import de.ssg.lotsenkontor.overview.Dashboard.MunicipalityLine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every dashboard figure against the hand-computed figure of {@link OverviewFixture}. */
class DashboardQueriesTest {

    @TempDir
    Path folder;

    private OverviewFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.db.close();
        }
    }

    @Test
    void keyFiguresMatchTheHandComputedOnes() {
        fixture = new OverviewFixture(folder, true);
        Dashboard d = fixture.queries().dashboard();
        Dashboard.Figures f = d.figures();
        assertThat(d.today()).isEqualTo(OverviewFixture.TODAY);
        assertThat(f.activeCoaches()).isEqualTo(1);
        assertThat(f.activeNavigators()).isEqualTo(3);
        assertThat(f.municipalities()).isEqualTo(418);
        assertThat(f.reached()).isEqualTo(4);
        assertThat(f.reachedDirectly()).isEqualTo(3);
        assertThat(f.reachedShare()).isEqualTo(4.0 / 418);
        assertThat(f.districts()).isEqualTo(13);
        assertThat(f.districtsReached()).isEqualTo(3);
        assertThat(f.sessionsThisYear()).isEqualTo(3);
        assertThat(f.hoursThisYear()).isEqualByComparingTo(new BigDecimal("4.75"));
        assertThat(f.hoursThisYear().scale()).isEqualTo(2);
        assertThat(d.sessionsPerMonth()).containsExactly(1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void districtAndSizeLinesAddUp() {
        fixture = new OverviewFixture(folder, true);
        Dashboard d = fixture.queries().dashboard();
        Map<String, DistrictLine> byKey = d.districts().stream().collect(Collectors.toMap(DistrictLine::key, l -> l));
        assertThat(byKey).hasSize(13);
        assertThat(byKey.get("14612")).isEqualTo(new DistrictLine("14612", byKey.get("14612").name(), 1, 1, 1, 1));
        assertThat(byKey.get("14511").participating()).isEqualTo(1);
        assertThat(byKey.get("14713")).extracting(DistrictLine::participating, DistrictLine::reached,
                DistrictLine::navigators).containsExactly(0L, 0L, 0L);
        DistrictLine bautzen = byKey.get("14625");
        assertThat(bautzen.municipalities()).isEqualTo(fixture.count("SELECT COUNT(*) FROM municipality WHERE ags LIKE '14625%'"));
        assertThat(bautzen.reached()).isEqualTo(2);
        assertThat(bautzen.navigators()).isEqualTo(1);
        assertThat(d.districts().stream().mapToLong(DistrictLine::municipalities).sum()).isEqualTo(418);
        assertThat(d.sizes()).hasSize(5);
        assertThat(d.sizes().stream().mapToLong(Dashboard.SizeLine::municipalities).sum()).isEqualTo(418);
        assertThat(d.sizes().stream().mapToLong(Dashboard.SizeLine::reached).sum()).isEqualTo(4);
        // Dresden and Chemnitz are the two largest reached: both over 20,000
        assertThat(d.sizes().get(4).reached()).isGreaterThanOrEqualTo(2);
        assertThat(d.sizes().get(4).municipalities()).isEqualTo(
                fixture.count("SELECT COUNT(*) FROM municipality WHERE population >= 20000"));
    }

    @Test
    void municipalitiesCarryCoverageNavigatorsAndCoach() {
        fixture = new OverviewFixture(folder, true);
        Map<String, MunicipalityLine> m = fixture.queries().dashboard().byAgs();
        assertThat(m).hasSize(418);
        assertThat(m.get("14612000").coverage()).isEqualTo(Coverage.REACHED);
        assertThat(m.get("14612000").navigators()).containsExactly("Nora Eins");
        assertThat(m.get("14612000").coaches()).containsExactly("Anna Albrecht");
        assertThat(m.get("14612000").status()).isEqualTo("AKTIV");
        assertThat(m.get("14511000").coaches()).isEmpty();
        assertThat(m.get("14713000").coverage()).isEqualTo(Coverage.NOT_REACHED);
        assertThat(m.get("14713000").navigators()).isEmpty();
        assertThat(m.get(fixture.bautzen1).coverage()).isEqualTo(Coverage.REACHED);
        assertThat(m.get(fixture.bautzen2).coverage()).isEqualTo(Coverage.THROUGH_ASSOCIATION);
        assertThat(m.get(fixture.bautzen2).navigators()).containsExactly("Nina Fünf");
        // her assignment ended in 2025: nobody coaches her today
        assertThat(m.get(fixture.bautzen2).coaches()).isEmpty();
    }

    @Test
    void emptyProgrammGivesZerosAndNoMissingSourceFigures() {
        fixture = new OverviewFixture(folder, false);
        Dashboard d = fixture.queries().dashboard();
        assertThat(d.figures().activeCoaches()).isZero();
        assertThat(d.figures().reached()).isZero();
        assertThat(d.figures().hoursThisYear()).isEqualByComparingTo("0");
        assertThat(d.events()).isEmpty();
        assertThat(d.budget()).isEmpty();
        assertThat(OverviewReports.missing(d)).hasSize(4);
    }
}
