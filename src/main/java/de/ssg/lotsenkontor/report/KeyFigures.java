package de.ssg.lotsenkontor.report;

import java.util.List;
import java.util.Objects;

/**
 * A short list of labelled figures ("Ausgaben gesamt: 1.234,56 €"), each with a typed value so
 * that a workbook gets a real number or date.
 */
public record KeyFigures(List<KeyFigure> figures) implements ReportBlock {

    public KeyFigures {
        figures = List.copyOf(figures);
    }

    /**
     * One figure; {@code value} follows the rules of {@link ColumnDef} for its {@code type}
     * ({@code BigDecimal} for MONEY, {@code LocalDate} for DATE …), null for "none".
     */
    public record KeyFigure(String label, ColumnType type, Object value) {

        public KeyFigure {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(type, "type");
            CellValues.check(type, value, label);
        }
    }
}
