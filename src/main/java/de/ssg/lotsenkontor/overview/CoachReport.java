package de.ssg.lotsenkontor.overview;

import de.ssg.lotsenkontor.coaching.CoachingRows.BoardCard;
import de.ssg.lotsenkontor.coaching.CoachingRows.CoachMonth;
import de.ssg.lotsenkontor.coaching.CoachingRows.Total;
import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.events.EventQueries.TrainerEvent;
import de.ssg.lotsenkontor.people.CoachRow;
import de.ssg.lotsenkontor.projects.ProjectRow;
import de.ssg.lotsenkontor.projects.ProjectStatus;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportChart;
import de.ssg.lotsenkontor.report.ReportTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Lotsen-Bericht of one coach: the navigators coached today, their municipalities with the
 * year's sessions there, sessions and hours by month, the events given as trainer in the year and
 * the coach's local projects. Built from the features' own queries ({@link Data}).
 */
public final class CoachReport {

    private static final String[] MONTHS = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
        "September", "Oktober", "November", "Dezember"};

    /**
     * What the report shows, as the features read it.
     *
     * @param navigators    the navigators coached on {@code today}
     * @param municipalities sessions and hours of the year per municipality ("Name (Landkreis)")
     * @param months        sessions and hours of the year per month (months without sessions missing)
     * @param events        events of the year given as trainer
     * @param projects      the coach's projects
     */
    public record Data(CoachRow coach, int year, LocalDate today, List<BoardCard> navigators,
            List<Total> municipalities, List<CoachMonth> months, List<TrainerEvent> events,
            List<ProjectRow> projects) {
    }

    private CoachReport() {
    }

    public static Report build(Data d) {
        CoachRow coach = d.coach();
        String year = String.valueOf(d.year());
        Report.Builder b = Report.builder(I18n.text("overview.coach.title", coach.fullName()), d.today())
                .subtitle(I18n.text("overview.coach.subtitle", year, Formats.date(coach.activeFrom()),
                        coach.activeUntil() == null ? I18n.text("overview.coach.open")
                                : Formats.date(coach.activeUntil())));

        long sessions = d.months().stream().mapToLong(CoachMonth::sessions).sum();
        BigDecimal hours = d.months().stream().map(CoachMonth::hours).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
        List<MunicipalityLine> municipalities = municipalities(d);
        long participants = d.events().stream().mapToLong(TrainerEvent::present).sum();
        long finished = d.projects().stream().filter(p -> p.status() == ProjectStatus.ABGESCHLOSSEN).count();

        b.section(I18n.text("overview.report.figures"));
        b.keyFigure(I18n.text("overview.coach.kpi.navigators"), ColumnType.INTEGER, d.navigators().size());
        b.keyFigure(I18n.text("overview.coach.kpi.capacity"), ColumnType.INTEGER, coach.capacity());
        b.keyFigure(I18n.text("overview.coach.kpi.municipalities"), ColumnType.INTEGER,
                d.navigators().stream().map(BoardCard::municipalityId).distinct().count());
        b.keyFigure(I18n.text("overview.kpi.sessions", year), ColumnType.INTEGER, sessions);
        b.keyFigure(I18n.text("overview.kpi.hours", year), ColumnType.DECIMAL, hours);
        b.keyFigure(I18n.text("overview.coach.kpi.events", year), ColumnType.INTEGER, d.events().size());
        b.keyFigure(I18n.text("overview.kpi.participants", year), ColumnType.INTEGER, participants);
        b.keyFigure(I18n.text("overview.kpi.projects"), ColumnType.INTEGER, d.projects().size());
        b.keyFigure(I18n.text("overview.coach.kpi.finished"), ColumnType.INTEGER, finished);
        if (coach.focusDistricts() != null && !coach.focusDistricts().isBlank()) {
            b.paragraph(I18n.text("overview.coach.focus", coach.focusDistricts()));
        }
        if (d.navigators().isEmpty()) {
            b.paragraph(I18n.text("overview.coach.noNavigators", Formats.date(d.today())));
        }

        b.section(I18n.text("overview.coach.navigators", Formats.date(d.today())));
        ReportTable.Builder<Object> n = ReportTable.builder(I18n.text("overview.coach.navigators",
                Formats.date(d.today())), List.of(
                new ReportTable.Column(I18n.text("overview.coach.column.navigator"), ColumnType.TEXT, 14),
                new ReportTable.Column(I18n.text("overview.map.area"), ColumnType.TEXT, 18),
                new ReportTable.Column(I18n.text("overview.column.district"), ColumnType.TEXT, 16),
                new ReportTable.Column(I18n.text("overview.coach.column.since"), ColumnType.DATE, 10)));
        for (BoardCard c : d.navigators()) {
            n.values(c.navigator(), c.municipality(), c.district(), c.since());
        }
        b.table(n.build());

        b.section(I18n.text("overview.coach.municipalities", year));
        ReportTable.Builder<Object> m = ReportTable.builder(I18n.text("overview.coach.municipalities", year), List.of(
                new ReportTable.Column(I18n.text("overview.map.area"), ColumnType.TEXT, 18),
                new ReportTable.Column(I18n.text("overview.column.district"), ColumnType.TEXT, 16),
                new ReportTable.Column(I18n.text("overview.column.navigators"), ColumnType.INTEGER, 11),
                new ReportTable.Column(I18n.text("overview.column.sessions"), ColumnType.INTEGER, 7),
                new ReportTable.Column(I18n.text("overview.coach.column.hoursShort"), ColumnType.DECIMAL, 7)));
        for (MunicipalityLine l : municipalities) {
            // "Name (Landkreis)": the district is the last bracket
            int bracket = l.label().lastIndexOf(" (");
            String name = bracket < 0 ? l.label() : l.label().substring(0, bracket);
            String district = bracket < 0 ? null : l.label().substring(bracket + 2, l.label().length() - 1);
            m.values(name, district, l.navigators(), l.sessions(), l.hours());
        }
        if (!municipalities.isEmpty()) {
            m.total(I18n.text("overview.coach.total"), 2, 3, 4);
        }
        b.table(m.build());

        b.section(I18n.text("overview.coach.months", year));
        long[] perMonth = new long[12];
        BigDecimal[] hoursPerMonth = new BigDecimal[12];
        java.util.Arrays.fill(hoursPerMonth, BigDecimal.ZERO.setScale(2));
        for (CoachMonth cm : d.months()) {
            perMonth[cm.month() - 1] += cm.sessions();
            hoursPerMonth[cm.month() - 1] = hoursPerMonth[cm.month() - 1].add(cm.hours());
        }
        ReportTable.Builder<Object> t = ReportTable.builder(I18n.text("overview.coach.months", year), List.of(
                new ReportTable.Column(I18n.text("overview.column.month"), ColumnType.TEXT, 16),
                new ReportTable.Column(I18n.text("overview.column.sessions"), ColumnType.INTEGER, 12),
                new ReportTable.Column(I18n.text("overview.coach.column.hoursShort"), ColumnType.DECIMAL, 12)));
        for (int i = 0; i < 12; i++) {
            t.values(MONTHS[i], perMonth[i], hoursPerMonth[i]);
        }
        t.total(I18n.text("overview.coach.total"), 1, 2);
        b.table(t.build());
        b.block(ReportChart.bar(I18n.text("overview.coach.chart", year), I18n.text("overview.column.month"),
                ColumnType.DECIMAL).categories(List.of("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep",
                        "Okt", "Nov", "Dez"))
                .series(I18n.text("overview.coach.column.hoursShort"), List.of(hoursPerMonth)).build());

        b.section(I18n.text("overview.coach.events", year));
        ReportTable.Builder<Object> e = ReportTable.builder(I18n.text("overview.coach.events", year), List.of(
                new ReportTable.Column(I18n.text("overview.coach.column.date"), ColumnType.DATE, 10),
                new ReportTable.Column(I18n.text("overview.coach.column.type"), ColumnType.TEXT, 10),
                new ReportTable.Column(I18n.text("overview.coach.column.event"), ColumnType.TEXT, 20),
                new ReportTable.Column(I18n.text("overview.coach.column.place"), ColumnType.TEXT, 12),
                new ReportTable.Column(I18n.text("overview.coach.column.registered"), ColumnType.INTEGER, 7),
                new ReportTable.Column(I18n.text("overview.coach.column.present"), ColumnType.INTEGER, 7)));
        for (TrainerEvent ev : d.events()) {
            String title = ev.module() == null || ev.module().equals(ev.title()) ? ev.title()
                    : ev.title() + " (" + ev.module() + ")";
            e.values(ev.startsOn(), I18n.text("events.type." + ev.type().name()), title, ev.place(), ev.registered(),
                    ev.present());
        }
        if (!d.events().isEmpty()) {
            e.total(I18n.text("overview.coach.total"), 4, 5);
        }
        b.table(e.build());

        b.section(I18n.text("overview.coach.projects"));
        b.table(projectTable(I18n.text("overview.coach.projects"), d.projects(), false));
        return b.build();
    }

    /** A table of projects: title, municipality (with or without district), status since, topic. */
    static ReportTable projectTable(String title, List<ProjectRow> projects, boolean withCoach) {
        List<ReportTable.Column> columns = new ArrayList<>(List.of(
                new ReportTable.Column(I18n.text("overview.project.column.title"), ColumnType.TEXT, 20),
                new ReportTable.Column(I18n.text("overview.map.area"), ColumnType.TEXT, 15),
                new ReportTable.Column(I18n.text("overview.project.column.status"), ColumnType.TEXT, 12),
                new ReportTable.Column(I18n.text("overview.project.column.since"), ColumnType.DATE, 9),
                new ReportTable.Column(I18n.text("overview.project.column.topic"), ColumnType.TEXT, 8)));
        if (withCoach) {
            columns.add(new ReportTable.Column(I18n.text("overview.column.coach"), ColumnType.TEXT, 18));
        }
        ReportTable.Builder<Object> p = ReportTable.builder(title, columns);
        for (ProjectRow r : projects) {
            String status = I18n.text("overview.projectStatus." + r.status().name())
                    + (r.bestPractice() ? " · " + I18n.text("overview.project.bestPractice") : "");
            List<Object> cells = new ArrayList<>(List.of(r.title(), r.municipality(), status));
            cells.add(r.statusSince() != null ? r.statusSince() : r.startedOn());
            cells.add(r.topic());
            if (withCoach) {
                cells.add(r.coach());
            }
            p.values(cells.toArray());
        }
        return p.build();
    }

    private record MunicipalityLine(String label, long navigators, long sessions, BigDecimal hours) {
    }

    /** The navigators' municipalities and those with sessions this year, by name. */
    private static List<MunicipalityLine> municipalities(Data d) {
        Map<String, long[]> navigators = new LinkedHashMap<>();
        for (BoardCard c : d.navigators()) {
            navigators.computeIfAbsent(c.municipality() + " (" + c.district() + ")", k -> new long[1])[0]++;
        }
        Map<String, Total> sessions = new LinkedHashMap<>();
        d.municipalities().forEach(t -> sessions.put(t.label(), t));
        java.util.TreeSet<String> labels = new java.util.TreeSet<>(java.text.Collator.getInstance(Formats.GERMAN));
        labels.addAll(navigators.keySet());
        labels.addAll(sessions.keySet());
        List<MunicipalityLine> out = new ArrayList<>();
        for (String label : labels) {
            Total t = sessions.get(label);
            out.add(new MunicipalityLine(label, navigators.getOrDefault(label, new long[1])[0],
                    t == null ? 0 : t.sessions(), t == null ? BigDecimal.ZERO.setScale(2) : t.hours()));
        }
        return out;
    }
}
