package de.ssg.lotsenkontor.overview;

import de.ssg.lotsenkontor.coaching.CoachingFigures;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.events.EventFigures;
import de.ssg.lotsenkontor.events.EventQueries;
import de.ssg.lotsenkontor.events.EventType;
import de.ssg.lotsenkontor.municipality.DistrictOption;
import de.ssg.lotsenkontor.projects.ProjectFigures;
import de.ssg.lotsenkontor.projects.ProjectQueries;
import de.ssg.lotsenkontor.report.ColumnDef;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportRow;
import de.ssg.lotsenkontor.report.ReportTable;
import de.ssg.lotsenkontor.report.RowKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures for the Sachbericht of a period, in total and per district. Each feature computes
 * its own with aggregate SQL (coaching: sessions and hours; events: events, participants, reach
 * and qualification; projects: started, finished, aborted, best practices); this class, above all
 * of them in the dependency order, only puts them side by side and builds the report. Distinct
 * counts (navigators, municipalities) are not summed: the total row is counted on its own.
 */
public final class Sachbericht {

    /** The figures of one district, or the total ({@code districtKey} null). */
    public record Row(String districtKey, String districtName, CoachingFigures.Figures coaching, EventFigures events,
            ProjectFigures projects) {

        public boolean isTotal() {
            return districtKey == null;
        }
    }

    /** The result: the period, the district chosen (or null for all) and the rows, the total last. */
    public record Result(LocalDate from, LocalDate to, DistrictOption district, List<Row> rows) {

        public Row total() {
            return rows.get(rows.size() - 1);
        }
    }

    private final CoachingFigures coaching;
    private final EventQueries events;
    private final ProjectQueries projects;

    public Sachbericht(CoachingFigures coaching, EventQueries events, ProjectQueries projects) {
        this.coaching = coaching;
        this.events = events;
        this.projects = projects;
    }

    /** Computes the figures; {@code district} null for all districts (each a row) and the total. */
    public Result compute(LocalDate from, LocalDate to, List<DistrictOption> districts, DistrictOption district) {
        Map<String, CoachingFigures.Figures> c = coaching.figures(from, to);
        Map<String, EventFigures> e = events.figures(from, to);
        Map<String, ProjectFigures> p = projects.figures(from, to);
        List<Row> rows = new ArrayList<>();
        for (DistrictOption d : districts) {
            if (district == null || district.key().equals(d.key())) {
                rows.add(row(d.key(), d.name(), c, e, p));
            }
        }
        if (district == null) {
            rows.add(row(null, I18n.text("sachbericht.total"), c, e, p));
        }
        return new Result(from, to, district, rows);
    }

    private static Row row(String key, String name, Map<String, CoachingFigures.Figures> c,
            Map<String, EventFigures> e, Map<String, ProjectFigures> p) {
        return new Row(key, name, c.getOrDefault(key, CoachingFigures.Figures.NONE),
                e.getOrDefault(key, EventFigures.empty()), p.getOrDefault(key, ProjectFigures.NONE));
    }

    /** The figure columns, defined once for the screen table and the workbook. */
    public static List<ColumnDef<Row>> columns() {
        List<ColumnDef<Row>> cols = new ArrayList<>();
        cols.add(ColumnDef.of("district", t("district"), ColumnType.TEXT, 24, Row::districtName));
        cols.add(ColumnDef.of("sessions", t("sessions"), ColumnType.INTEGER, 10, r -> r.coaching().sessions()));
        cols.add(ColumnDef.of("hours", t("hours"), ColumnType.DECIMAL, 10, r -> r.coaching().hours()));
        for (EventType type : EventType.values()) {
            String name = I18n.of("events.type", type);
            String id = type.name().toLowerCase(java.util.Locale.ROOT);
            cols.add(ColumnDef.of(id, I18n.text("sachbericht.eventsOfType", name), ColumnType.INTEGER, 10,
                    r -> r.events().eventsByType().get(type)));
            cols.add(ColumnDef.of(id + "Participants", I18n.text("sachbericht.participantsOfType", name),
                    ColumnType.INTEGER, 12, r -> r.events().participantsByType().get(type)));
            cols.add(ColumnDef.of(id + "Navigators", I18n.text("sachbericht.navigatorsOfType", name),
                    ColumnType.INTEGER, 12, r -> r.events().navigatorsByType().get(type)));
        }
        cols.add(figure("navigatorsAttending", r -> r.events().navigatorsAttending()));
        cols.add(figure("projectsStarted", r -> r.projects().started()));
        cols.add(figure("projectsFinished", r -> r.projects().finished()));
        cols.add(figure("projectsAborted", r -> r.projects().aborted()));
        cols.add(figure("bestPractices", r -> r.projects().bestPractices()));
        cols.add(figure("municipalitiesReached", r -> r.events().municipalitiesReached()));
        cols.add(figure("navigatorsReached", r -> r.events().navigatorsReached()));
        cols.add(figure("navigatorsQualified", r -> r.events().navigatorsQualified()));
        return cols;
    }

    private static ColumnDef<Row> figure(String id, Function<Row, Object> value) {
        return ColumnDef.of(id, t(id), ColumnType.INTEGER, 12, value);
    }

    private static String t(String id) {
        return I18n.text("sachbericht." + id);
    }

    /** The period as text: "01.01.2024 – 31.12.2024", with the district if one was chosen. */
    public static String periodText(Result r) {
        String period = Formats.date(r.from()) + " – " + Formats.date(r.to());
        return r.district() == null ? period : period + ", " + r.district().name();
    }

    /** The report: the total (or the chosen district) as a list of figures, and one row per district. */
    public static Report report(Result result, LocalDate today) {
        List<ColumnDef<Row>> cols = columns();
        Row headline = result.total();
        Report.Builder report = Report.builder(I18n.text("sachbericht.title"), today)
                .subtitle(periodText(result))
                .section(I18n.text("sachbericht.summary"));
        for (ColumnDef<Row> col : cols.subList(1, cols.size())) {
            report.keyFigure(col.title(), col.type(), col.valueOf(headline));
        }
        report.paragraph(I18n.text("sachbericht.note"));
        // three narrower tables rather than one of 19 columns, so that each prints legibly
        List<String> coachingIds = List.of("district", "sessions", "hours", "municipalitiesReached",
                "navigatorsReached", "navigatorsQualified");
        List<String> projectIds = List.of("district", "projectsStarted", "projectsFinished", "projectsAborted",
                "bestPractices");
        List<ColumnDef<Row>> eventCols = new ArrayList<>();
        for (ColumnDef<Row> col : cols) {
            if (col.id().equals("district") || !coachingIds.contains(col.id()) && !projectIds.contains(col.id())) {
                eventCols.add(col);
            }
        }
        report.section(I18n.text("sachbericht.byDistrict"));
        report.table(districtTable(result, "sachbericht.sheet.coaching", pick(cols, coachingIds)));
        report.table(districtTable(result, "sachbericht.sheet.events", eventCols));
        report.table(districtTable(result, "sachbericht.sheet.projects", pick(cols, projectIds)));
        return report.build();
    }

    private static List<ColumnDef<Row>> pick(List<ColumnDef<Row>> cols, List<String> ids) {
        return ids.stream().map(id -> cols.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow())
                .toList();
    }

    /** One row per district and the total row (its own counts, not a sum: distinct counts do not add up). */
    private static ReportTable districtTable(Result result, String titleKey, List<ColumnDef<Row>> cols) {
        ReportTable.Builder<Row> table = ReportTable.forRows(I18n.text(titleKey), cols);
        for (Row r : result.rows()) {
            if (r.isTotal()) {
                List<Object> cells = new ArrayList<>();
                for (ColumnDef<Row> col : cols) {
                    cells.add(col.valueOf(r));
                }
                table.add(new ReportRow(RowKind.TOTAL, cells));
            } else {
                table.row(r);
            }
        }
        return table.build();
    }
}
