package de.ssg.lotsenkontor.excel;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.report.ReportTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {

    @Test
    void textGrowsWithItsContentUpToHalfAgainTheHint() {
        List<ReportTable.Column> columns = List.of(new ReportTable.Column("Landkreis", ColumnType.TEXT, 26),
                new ReportTable.Column("Verband", ColumnType.TEXT, 20), new ReportTable.Column("Art", ColumnType.TEXT, 14));
        ReportTable table = ReportTable.builder("T", columns)
                .values("Sächsische Schweiz-Osterzgebirge", "x".repeat(57), "Stadt")
                .build();
        assertThat(ColumnWidths.of(table)).containsExactly(33, 30, 14);
    }

    @Test
    void numbersAlwaysFitAndSumsCount() {
        List<ReportTable.Column> columns = List.of(new ReportTable.Column("Betrag", ColumnType.MONEY, 8),
                new ReportTable.Column("n", ColumnType.INTEGER, 4), new ReportTable.Column("Am", ColumnType.DATE, 4));
        ReportTable table = ReportTable.builder("T", columns)
                .values(new BigDecimal("999999.99"), 1_234_567, LocalDate.of(2024, 1, 1))
                .values(new BigDecimal("999999.99"), -5, null)
                .total("Gesamtsumme aller Ausgaben", 0)
                .build();
        // "1.999.999,98 €" = 14 characters + 2; "1.234.567" = 9 + 2; a date 10 + 2
        assertThat(ColumnWidths.of(table)).containsExactly(16, 11, 12);
        assertThat(ColumnWidths.length(ColumnType.PERCENT, 0.314)).isEqualTo("31,4 %".length());
        assertThat(ColumnWidths.length(ColumnType.DECIMAL, -1234.5)).isEqualTo("-1.234,50".length());
        assertThat(ColumnWidths.length(ColumnType.INTEGER, 0)).isEqualTo(1);
    }

    @Test
    void widthsAreClamped() {
        List<ReportTable.Column> columns = List.of(new ReportTable.Column("a", ColumnType.TEXT, 1),
                new ReportTable.Column("b", ColumnType.TEXT, 300));
        assertThat(ColumnWidths.of(ReportTable.builder("T", columns).build()))
                .containsExactly(ColumnWidths.MIN, ColumnWidths.MAX);
    }
}
