package de.ssg.lotsenkontor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTableTest {

    record Expense(String receipt, String category, BigDecimal amount, LocalDate paid) {
    }

    static final List<ColumnDef<Expense>> COLUMNS = List.of(
            ColumnDef.<Expense>of("receipt", "Beleg", ColumnType.TEXT, 10, Expense::receipt),
            ColumnDef.<Expense>of("category", "Kategorie", ColumnType.TEXT, 20, Expense::category),
            ColumnDef.<Expense>of("amount", "Betrag", ColumnType.MONEY, 12, Expense::amount),
            ColumnDef.<Expense>of("paid", "Bezahlt am", ColumnType.DATE, 11, Expense::paid));

    static final List<Expense> EXPENSES = List.of(
            new Expense("B-001", "Reisekosten", new BigDecimal("12.30"), LocalDate.of(2024, 1, 5)),
            new Expense("B-002", "Reisekosten", new BigDecimal("100.00"), LocalDate.of(2024, 2, 6)),
            new Expense("B-003", "Sachausgaben", new BigDecimal("1234.56"), null));

    @Test
    void aTableFromColumnDefinitionsHasTheirColumnsAndTypedValues() {
        ReportTable table = ReportTable.of("Belege", COLUMNS, EXPENSES);

        assertThat(table.columns()).containsExactly(
                new ReportTable.Column("Beleg", ColumnType.TEXT, 10),
                new ReportTable.Column("Kategorie", ColumnType.TEXT, 20),
                new ReportTable.Column("Betrag", ColumnType.MONEY, 12),
                new ReportTable.Column("Bezahlt am", ColumnType.DATE, 11));
        assertThat(table.rows()).hasSize(3).allMatch(r -> r.kind() == RowKind.DATA);
        assertThat(table.rows().get(0).cells()).containsExactly("B-001", "Reisekosten", new BigDecimal("12.30"),
                LocalDate.of(2024, 1, 5));
        assertThat(table.rows().get(2).cell(3)).isNull();
        assertThat(table.dataRowCount()).isEqualTo(3);
    }

    @Test
    void groupsSubtotalsAndTotalCoverTheRightRowsAndSumExactly() {
        var b = ReportTable.forRows("Belege", COLUMNS);
        int amount = b.indexOf("amount");
        ReportTable table = b.groupHeader("Reisekosten").rows(EXPENSES.subList(0, 2)).subtotal("Summe Reisekosten", amount)
                .groupHeader("Sachausgaben").rows(EXPENSES.subList(2, 3)).subtotal("Summe Sachausgaben", amount)
                .total("Gesamt", amount)
                .build();

        assertThat(table.rows()).extracting(ReportRow::kind).containsExactly(RowKind.GROUP_HEADER, RowKind.DATA,
                RowKind.DATA, RowKind.SUBTOTAL, RowKind.GROUP_HEADER, RowKind.DATA, RowKind.SUBTOTAL, RowKind.TOTAL);
        assertThat(table.rows().get(3).cells()).containsExactly("Summe Reisekosten", null, Aggregate.SUM, null);
        assertThat(table.aggregateRange(3)).isEqualTo(new ReportTable.RowRange(1, 2));
        assertThat(table.aggregateRange(6)).isEqualTo(new ReportTable.RowRange(5, 5));
        assertThat(table.aggregateRange(7)).isEqualTo(new ReportTable.RowRange(0, 6));
        assertThat(table.aggregate(3, amount)).isEqualTo(new BigDecimal("112.30"));
        assertThat(table.aggregate(6, amount)).isEqualTo(new BigDecimal("1234.56"));
        // the total counts data rows only, not the subtotals inside its range
        assertThat(table.aggregate(7, amount)).isEqualTo(new BigDecimal("1346.86"));
        assertThat(table.aggregate(7, 0)).isEqualTo("Gesamt");
        assertThat(table.dataRowCount()).isEqualTo(3);
    }

    @Test
    void subtotalsWithoutGroupHeadersCloseTheRowsSinceTheLastSubtotal() {
        ReportTable table = ReportTable.builder("T", List.of(new ReportTable.Column("n", ColumnType.INTEGER, 5)))
                .values(1).values(2).subtotal("a", 0).values(4).subtotal("b", 0).total("c", 0).build();
        assertThat(table.aggregate(2, 0)).isEqualTo(new BigDecimal("3"));
        assertThat(table.aggregate(4, 0)).isEqualTo(new BigDecimal("4"));
        assertThat(table.aggregate(5, 0)).isEqualTo(new BigDecimal("7"));
    }

    @Test
    void refusesValuesThatDoNotFitTheColumnType() {
        var columns = List.of(new ReportTable.Column("Betrag", ColumnType.MONEY, 10),
                new ReportTable.Column("Datum", ColumnType.DATE, 10));
        assertThatThrownBy(() -> ReportTable.builder("T", columns).values("12,30", null).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Betrag");
        assertThatThrownBy(() -> ReportTable.builder("T", columns).values(BigDecimal.ONE, "2024-01-01").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Datum");
        assertThatThrownBy(() -> ReportTable.builder("T", columns).values(BigDecimal.ONE).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 cells for 2 columns");
        // a sum only in a numeric column of a subtotal or total
        assertThatThrownBy(() -> ReportTable.builder("T", columns).total("x", 1).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportTable.builder("T", columns).values(Aggregate.SUM, null).build())
                .isInstanceOf(IllegalArgumentException.class);
        // labels may stand in any column of a total
        assertThat(ReportTable.builder("T", columns).add(new ReportRow(RowKind.TOTAL,
                java.util.Arrays.asList(Aggregate.SUM, "Stand"))).build().rows()).hasSize(1);
    }

    @Test
    void rowsAndTablesAreImmutable() {
        ReportTable table = ReportTable.of("Belege", COLUMNS, EXPENSES);
        assertThatThrownBy(() -> table.rows().get(0).cells().set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.rows().add(ReportRow.data("a", "b", null, null)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theReportBuilderCollectsSectionsAndKeyFigures() {
        byte[] png = TestImages.png(40, 30);
        Report report = Report.builder("Verwendungsnachweis", LocalDate.of(2024, 12, 31))
                .subtitle("2023–2024")
                .paragraph("Vorbemerkung")
                .section("Zahlen")
                .keyFigure("Ausgaben", ColumnType.MONEY, new BigDecimal("10.00"))
                .keyFigure("Belege", ColumnType.INTEGER, 3)
                .table(ReportTable.of("Belege", COLUMNS, EXPENSES))
                .image(png, "Karte")
                .build();

        assertThat(report.sections()).extracting(ReportSection::heading).containsExactly(null, "Zahlen");
        assertThat(report.sections().get(1).blocks()).hasSize(3);
        assertThat(report.sections().get(1).blocks().get(0)).isEqualTo(new KeyFigures(List.of(
                new KeyFigures.KeyFigure("Ausgaben", ColumnType.MONEY, new BigDecimal("10.00")),
                new KeyFigures.KeyFigure("Belege", ColumnType.INTEGER, 3))));
        assertThat(report.tables()).hasSize(1);
        ReportImage image = (ReportImage) report.sections().get(1).blocks().get(2);
        assertThat(image.widthPx()).isEqualTo(40);
        assertThat(image.heightPx()).isEqualTo(30);
        png[30] ^= 1;
        assertThat(image.png()).isNotEqualTo(png); // copied in
        assertThatThrownBy(() -> new KeyFigures.KeyFigure("x", ColumnType.DATE, "heute"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportImage(new byte[] {1, 2, 3}, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
