package de.ssg.lotsenkontor.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document, independent of how it is rendered: a title, an optional subtitle, the day it was
 * made and its sections. Features build reports; {@code excel} renders them as workbooks and
 * {@code print} as pages, so every output of the app looks the same.
 *
 * <pre>
 * Report report = Report.builder("Verwendungsnachweis 2024", today)
 *         .subtitle("Fördervertrag 2023–2024")
 *         .section("Zahlenmäßiger Nachweis")
 *         .keyFigure("Ausgaben gesamt", ColumnType.MONEY, total)
 *         .paragraph("Alle Beträge brutto.")
 *         .table(ReportTable.of("Belegliste", ExpenseColumns.all(), expenses))
 *         .build();
 * </pre>
 *
 * @param subtitle a second line under the title (a period, a filter), or null
 * @param created  the day the report was made; shown in page headers
 */
public record Report(String title, String subtitle, LocalDate created, List<ReportSection> sections) {

    public Report {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(created, "created");
        sections = List.copyOf(sections);
    }

    /** A report that is one table and nothing else, e.g. a table on screen exported as it is. */
    public static Report ofTable(String title, String subtitle, LocalDate created, ReportTable table) {
        return new Report(title, subtitle, created, List.of(new ReportSection(null, List.of(table))));
    }

    public static Builder builder(String title, LocalDate created) {
        return new Builder(title, created);
    }

    /** All tables of the report, in order. */
    public List<ReportTable> tables() {
        return blocks().stream().filter(ReportTable.class::isInstance).map(ReportTable.class::cast).toList();
    }

    /** All blocks of all sections, in order. */
    public List<ReportBlock> blocks() {
        return sections.stream().flatMap(s -> s.blocks().stream()).toList();
    }

    /** Builds a report section by section; blocks go into the section opened last. */
    public static final class Builder {

        private final String title;
        private final LocalDate created;
        private String subtitle;
        private final List<ReportSection> sections = new ArrayList<>();
        private String heading;
        private List<ReportBlock> blocks = new ArrayList<>();
        private List<KeyFigures.KeyFigure> figures = new ArrayList<>();

        private Builder(String title, LocalDate created) {
            this.title = title;
            this.created = created;
        }

        public Builder subtitle(String text) {
            this.subtitle = text;
            return this;
        }

        /** Starts a new section; blocks before the first call form a section without heading. */
        public Builder section(String sectionHeading) {
            closeSection();
            this.heading = sectionHeading;
            return this;
        }

        public Builder paragraph(String text) {
            return block(new Paragraph(text));
        }

        /** Adds a key figure; consecutive key figures form one {@link KeyFigures} block. */
        public Builder keyFigure(String label, ColumnType type, Object value) {
            figures.add(new KeyFigures.KeyFigure(label, type, value));
            return this;
        }

        public Builder table(ReportTable table) {
            return block(table);
        }

        public Builder image(byte[] png, String caption) {
            return block(new ReportImage(png, caption));
        }

        public Builder block(ReportBlock block) {
            closeFigures();
            blocks.add(Objects.requireNonNull(block));
            return this;
        }

        public Report build() {
            closeSection();
            return new Report(title, subtitle, created, sections);
        }

        private void closeFigures() {
            if (!figures.isEmpty()) {
                blocks.add(new KeyFigures(figures));
                figures = new ArrayList<>();
            }
        }

        private void closeSection() {
            closeFigures();
            if (heading != null || !blocks.isEmpty()) {
                sections.add(new ReportSection(heading, blocks));
            }
            heading = null;
            blocks = new ArrayList<>();
        }
    }
}
