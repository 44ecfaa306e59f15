package de.ssg.lotsenkontor.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A chart, independent of how it is drawn: a bar chart (one bar per category and series) or a
 * line chart (one point per category and series, joined in order, with an optional horizontal
 * reference line such as a plan or an average). Printed pages draw it as vector graphics; a
 * workbook shows its figures as a table.
 *
 * <pre>
 * ReportChart chart = ReportChart.bar("Teilnahme nach Landkreis", "Landkreis", ColumnType.INTEGER)
 *         .categories(districtNames)
 *         .series("Kommunen", municipalities)
 *         .series("davon mit Navigator", withNavigator)
 *         .build();
 * ReportChart months = ReportChart.line("Coaching-Termine je Monat", "Monat", ColumnType.INTEGER)
 *         .categories(List.of("Jan", "Feb", "Mär"))
 *         .series("Termine", List.of(41, 38, 52))
 *         .reference("Mittelwert 2025", 44)
 *         .build();
 * </pre>
 *
 * @param title         the chart's heading
 * @param categoryTitle what the categories are ("Landkreis", "Monat"); a workbook's first column
 * @param valueType     the type of every value: INTEGER, DECIMAL, MONEY or PERCENT (a share 0–1)
 * @param categories    the labels along the category axis, in order
 * @param series        one or more series (renderers show up to {@value #MAX_SERIES}), each with one value per category
 * @param reference     a horizontal reference line (line charts and bar charts), or null
 * @param caption       a note under the chart (a source, a period), or null
 */
public record ReportChart(Kind kind, String title, String categoryTitle, ColumnType valueType, List<String> categories,
        List<Series> series, Reference reference, String caption) implements ReportBlock {

    /** The most series a chart may have. */
    public static final int MAX_SERIES = 4;

    /** How the values are drawn. */
    public enum Kind {
        /** Bars from zero, side by side per category. */
        BAR,
        /** Points joined by a line, in category order. */
        LINE
    }

    /** One row of values: its name (for the legend) and one value per category (null for none). */
    public record Series(String name, List<Number> values) {

        public Series {
            Objects.requireNonNull(name, "name");
            values = Collections.unmodifiableList(new ArrayList<>(values)); // values may be null
        }
    }

    /** A horizontal line at {@code value}, labelled. */
    public record Reference(String label, Number value) {

        public Reference {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    public ReportChart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(categoryTitle, "categoryTitle");
        Objects.requireNonNull(valueType, "valueType");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (valueType != ColumnType.INTEGER && valueType != ColumnType.DECIMAL && valueType != ColumnType.MONEY
                && valueType != ColumnType.PERCENT) {
            throw new IllegalArgumentException("chart '" + title + "': values must be numeric, not " + valueType);
        }
        if (series.isEmpty() || series.size() > MAX_SERIES) {
            throw new IllegalArgumentException("chart '" + title + "' needs 1 to " + MAX_SERIES + " series");
        }
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("chart '" + title + "', series '" + s.name() + "' has "
                        + s.values().size() + " values for " + categories.size() + " categories");
            }
        }
    }

    public static Builder bar(String title, String categoryTitle, ColumnType valueType) {
        return new Builder(Kind.BAR, title, categoryTitle, valueType);
    }

    public static Builder line(String title, String categoryTitle, ColumnType valueType) {
        return new Builder(Kind.LINE, title, categoryTitle, valueType);
    }

    /** Whether there is any value to draw. */
    public boolean hasValues() {
        return series.stream().anyMatch(s -> s.values().stream().anyMatch(Objects::nonNull));
    }

    /** Builds a chart: categories first, then its series. */
    public static final class Builder {

        private final Kind kind;
        private final String title;
        private final String categoryTitle;
        private final ColumnType valueType;
        private List<String> categories = List.of();
        private final List<Series> series = new ArrayList<>();
        private Reference reference;
        private String caption;

        private Builder(Kind kind, String title, String categoryTitle, ColumnType valueType) {
            this.kind = kind;
            this.title = title;
            this.categoryTitle = categoryTitle;
            this.valueType = valueType;
        }

        public Builder categories(List<String> labels) {
            this.categories = List.copyOf(labels);
            return this;
        }

        public Builder series(String name, List<? extends Number> values) {
            series.add(new Series(name, new ArrayList<>(values)));
            return this;
        }

        public Builder reference(String label, Number value) {
            this.reference = new Reference(label, value);
            return this;
        }

        public Builder caption(String text) {
            this.caption = text;
            return this;
        }

        public ReportChart build() {
            return new ReportChart(kind, title, categoryTitle, valueType, categories, series, reference, caption);
        }
    }
}
