package de.ssg.lotsenkontor.print;

import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportChart;
import de.ssg.lotsenkontor.report.ReportMap;
import de.ssg.lotsenkontor.report.ReportTable;
import de.ssg.lotsenkontor.report.TestImages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reports of every kind of block, with known contents, for the print tests. */
final class PrintFixtures {

    static final LocalDate CREATED = LocalDate.of(2026, 11, 26);
    static final String[] CATEGORIES = {"Personalausgaben", "Sachausgaben", "Reisekosten", "Veranstaltungen",
        "Öffentlichkeitsarbeit"};

    static final List<ReportTable.Column> EXPENSE_COLUMNS = List.of(
            new ReportTable.Column("Beleg-Nr.", ColumnType.TEXT, 10),
            new ReportTable.Column("Zahlungsdatum", ColumnType.DATE, 11),
            new ReportTable.Column("Empfänger", ColumnType.TEXT, 22),
            new ReportTable.Column("Zweck", ColumnType.TEXT, 28),
            new ReportTable.Column("Betrag", ColumnType.MONEY, 12),
            new ReportTable.Column("Anteil", ColumnType.PERCENT, 7));

    private PrintFixtures() {
    }

    /** The amount of expense {@code i}: 10,00 € to 2.009,99 € in cents that add up to known sums. */
    static BigDecimal amount(int i) {
        return BigDecimal.valueOf(1000 + (i * 7919L) % 200_000, 2);
    }

    /** A receipt list: one group per category with {@code perGroup} expenses, subtotals and a grand total. */
    static ReportTable expenses(int perGroup) {
        var table = ReportTable.builder("Belegliste", EXPENSE_COLUMNS);
        int i = 0;
        for (String category : CATEGORIES) {
            table.groupHeader(category);
            for (int k = 0; k < perGroup; k++, i++) {
                String purpose = k % 9 == 4
                        ? "Fahrt zur Schulung der Digital-Navigatoren nach Görlitz, Bautzen und Hoyerswerda mit "
                                + "Übernachtung, Verpflegungspauschale und Parkgebühren laut beigefügter Aufstellung"
                        : "Rechnung " + (k + 1) + " – Größe M";
                table.values(String.format("B-%05d", i), LocalDate.of(2025, 1, 1).plusDays(i % 360),
                        "Müller & Söhne GmbH " + (i % 13), purpose, amount(i), (i % 100) / 100.0);
            }
            table.subtotal("Summe " + category, 4);
        }
        return table.total("Gesamt", 4).build();
    }

    static BigDecimal groupSum(int group, int perGroup) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < perGroup; k++) {
            sum = sum.add(amount(group * perGroup + k));
        }
        return sum;
    }

    /** A table of {@code columns} columns, too wide for a portrait page. */
    static ReportTable wide(int columns, int rows) {
        List<ReportTable.Column> cols = new ArrayList<>();
        cols.add(new ReportTable.Column("Kommune", ColumnType.TEXT, 24));
        for (int c = 1; c < columns; c++) {
            cols.add(new ReportTable.Column("Kennzahl " + c, ColumnType.INTEGER, 10));
        }
        var table = ReportTable.builder("Kennzahlen je Kommune", cols);
        for (int r = 0; r < rows; r++) {
            Object[] cells = new Object[columns];
            cells[0] = "Gemeinde " + r;
            for (int c = 1; c < columns; c++) {
                cells[c] = r * 1000 + c;
            }
            table.values(cells);
        }
        return table.build();
    }

    static ReportChart districtChart() {
        List<String> districts = List.of("Bautzen", "Erzgebirgskreis", "Görlitz", "Leipzig", "Meißen",
                "Mittelsachsen", "Nordsachsen", "Sächsische Schweiz-Osterzgebirge", "Vogtlandkreis", "Zwickau",
                "Chemnitz, Stadt", "Dresden, Stadt", "Leipzig, Stadt");
        List<Integer> all = List.of(57, 59, 53, 30, 28, 53, 30, 36, 36, 31, 1, 1, 1);
        List<Integer> active = List.of(20, 18, 15, 12, 9, 14, 10, 11, 7, 12, 1, 1, 0);
        return ReportChart.bar("Teilnahme nach Landkreis", "Landkreis", ColumnType.INTEGER)
                .categories(districts).series("Kommunen", all).series("davon aktiv", active)
                .caption("Stand: 26.11.2026").build();
    }

    static ReportChart sizeChart() {
        return ReportChart.bar("Erreichte Kommunen nach Größenklasse", "Größenklasse", ColumnType.PERCENT)
                .categories(List.of("unter 2.000", "2.000–5.000", "5.000–10.000", "10.000–20.000", "über 20.000"))
                .series("Anteil erreicht", List.of(0.21, 0.34, 0.48, 0.62, 0.9))
                .build();
    }

    static ReportChart budgetChart() {
        return ReportChart.bar("Plan und Ist je Kategorie 2026", "Kategorie", ColumnType.MONEY)
                .categories(List.of("Personal", "Sachausgaben", "Reisekosten", "Veranstaltungen"))
                .series("Plan", List.of(new BigDecimal("700000.00"), new BigDecimal("150000.00"),
                        new BigDecimal("60000.00"), new BigDecimal("90000.00")))
                .series("Ist", List.of(new BigDecimal("652310.45"), new BigDecimal("171234.56"),
                        new BigDecimal("41000.00"), new BigDecimal("87999.99")))
                .build();
    }

    static ReportChart monthChart() {
        List<String> months = List.of("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov",
                "Dez");
        List<Integer> sessions = new ArrayList<>(List.of(41, 38, 52, 47, 44, 39, 22, 25, 50, 56, 48));
        sessions.add(null); // December not reached yet
        return ReportChart.line("Coaching-Termine je Monat 2026", "Monat", ColumnType.INTEGER)
                .categories(months).series("Termine", sessions).reference("Mittelwert 2025", 43).build();
    }

    /** A map of a 6 × 4 grid of square areas, outlined in two halves; x east, y north. */
    static ReportMap gridMap() {
        int[] colours = {0x2E7D32, 0x81C784, 0xFFB74D, 0xE0E0E0};
        String[] labels = {"aktiv", "in Vorbereitung", "pausiert", "keine Teilnahme"};
        var map = ReportMap.builder("Teilnahme der Kommunen", "Kommune", "Status");
        int i = 0;
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 6; col++, i++) {
                double x = 400_000 + col * 10_000;
                double y = 5_600_000 + row * 10_000;
                int k = (row * 6 + col) % 4;
                map.area(String.format("146%05d", i), "Gemeinde " + i, labels[k], colours[k],
                        List.of(square(x, y, 10_000)));
            }
        }
        map.outline("West", List.of(new ReportMap.Ring(new double[] {400_000, 5_600_000, 430_000, 5_600_000,
            430_000, 5_640_000, 400_000, 5_640_000})));
        map.outline("Ost", List.of(new ReportMap.Ring(new double[] {430_000, 5_600_000, 460_000, 5_600_000,
            460_000, 5_640_000, 430_000, 5_640_000})));
        for (int k = 0; k < 4; k++) {
            map.legend(labels[k], colours[k]);
        }
        return map.attribution("© GeoBasis-DE / BKG 2021 (Daten verändert)").build();
    }

    static ReportMap.Ring square(double x, double y, double size) {
        return new ReportMap.Ring(new double[] {x, y, x + size, y, x + size, y + size, x, y + size});
    }

    /** A report with every kind of block. */
    static Report overview() {
        return Report.builder("Programmübersicht Digital-Lotsen Sachsen", CREATED)
                .subtitle("Stand 26.11.2026 · alle Förderverträge")
                .section("Kennzahlen")
                .keyFigure("Aktive Digital-Lotsen", ColumnType.INTEGER, 4)
                .keyFigure("Aktive Digital-Navigatoren", ColumnType.INTEGER, 110)
                .keyFigure("Erreichte Kommunen (von 418)", ColumnType.PERCENT, 0.311)
                .keyFigure("Ausgaben 2026", ColumnType.MONEY, new BigDecimal("952544.99"))
                .keyFigure("Nächster Verwendungsnachweis", ColumnType.DATE, LocalDate.of(2027, 4, 30))
                .keyFigure("Projekte ohne Status", ColumnType.INTEGER, null)
                .paragraph("Die Zahlen stammen aus der Datenbank der Koordinierungsstelle. Beträge in Euro, brutto.")
                .section("Karte")
                .block(gridMap())
                .section("Diagramme")
                .block(districtChart())
                .block(sizeChart())
                .block(budgetChart())
                .block(monthChart())
                .section("Bild")
                .image(TestImages.png(120, 60), "Ein Bild mit Bildunterschrift")
                .section("Kreise")
                .table(expenses(3))
                .build();
    }

}
