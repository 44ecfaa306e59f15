package de.ssg.lotsenkontor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chart and map blocks check their shape and stay immutable. */
class ReportChartMapTest {

    @Test
    void aChartNeedsNumericValuesOnePerCategoryAndOneToFourSeries() {
        ReportChart chart = ReportChart.line("Termine", "Monat", ColumnType.INTEGER)
                .categories(List.of("Jan", "Feb")).series("2026", Arrays.asList(3, null)).reference("Plan", 4).build();
        assertThat(chart.kind()).isEqualTo(ReportChart.Kind.LINE);
        assertThat(chart.hasValues()).isTrue();
        assertThat(chart.series().get(0).values()).containsExactly(3, null);
        assertThatThrownBy(() -> ReportChart.bar("x", "y", ColumnType.TEXT).categories(List.of("a"))
                .series("s", List.of(1)).build()).hasMessageContaining("numeric");
        assertThatThrownBy(() -> ReportChart.bar("x", "y", ColumnType.INTEGER).categories(List.of("a", "b"))
                .series("s", List.of(1)).build()).hasMessageContaining("1 values for 2 categories");
        assertThatThrownBy(() -> ReportChart.bar("x", "y", ColumnType.INTEGER).build())
                .hasMessageContaining("1 to 4 series");
        assertThat(ReportChart.bar("x", "y", ColumnType.INTEGER).categories(List.of("a"))
                .series("s", Arrays.asList((Integer) null)).build().hasValues()).isFalse();
    }

    @Test
    void aMapRingHasAtLeastThreePointsAndIsCopied() {
        double[] xy = {0, 0, 1, 0, 1, 1};
        ReportMap.Ring ring = new ReportMap.Ring(xy);
        xy[0] = 99;
        assertThat(ring.x(0)).isZero();
        ring.xy()[1] = 99;
        assertThat(ring.y(0)).isZero();
        assertThat(ring.points()).isEqualTo(3);
        assertThat(ring).isEqualTo(new ReportMap.Ring(new double[] {0, 0, 1, 0, 1, 1}));
        assertThatThrownBy(() -> new ReportMap.Ring(new double[] {0, 0, 1, 1})).hasMessageContaining("three");
        ReportMap map = ReportMap.builder("Karte", "Kommune", "Status").area("1", "A", "aktiv", 0x00ff00, List.of(ring))
                .legend("aktiv", 0x00ff00).attribution("Quelle").build();
        assertThat(map.areas()).hasSize(1);
        assertThat(map.legend().get(0).label()).isEqualTo("aktiv");
    }
}
