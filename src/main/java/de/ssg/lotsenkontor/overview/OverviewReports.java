package de.ssg.lotsenkontor.overview;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.overview.Dashboard.DistrictLine;
import de.ssg.lotsenkontor.overview.Dashboard.MunicipalityLine;
import de.ssg.lotsenkontor.overview.Dashboard.SizeLine;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportChart;
import de.ssg.lotsenkontor.report.ReportTable;
import java.math.BigDecimal;
import de.ssg.lotsenkontor.projects.ProjectRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The printed overviews: the Programmübersicht and the Kreis-Bericht, built from the dashboard's figures. */
public final class OverviewReports {

    private static final String[] MONTHS = {"Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt",
        "Nov", "Dez"};

    private OverviewReports() {
    }

    /** Programmübersicht: the key figures, the map, the charts and the district table. */
    public static Report programme(Dashboard d, SaxonyGeometry geometry) {
        int year = d.today().getYear();
        Dashboard.Figures f = d.figures();
        Report.Builder b = Report.builder(I18n.text("overview.report.title"), d.today())
                .subtitle(I18n.text("overview.report.subtitle", String.valueOf(year)));
        b.section(I18n.text("overview.report.figures"));
        b.keyFigure(I18n.text("overview.kpi.coaches"), ColumnType.INTEGER, f.activeCoaches());
        b.keyFigure(I18n.text("overview.kpi.navigators"), ColumnType.INTEGER, f.activeNavigators());
        b.keyFigure(I18n.text("overview.kpi.reached", f.municipalities()), ColumnType.INTEGER, f.reached());
        b.keyFigure(I18n.text("overview.kpi.reachedShare"), ColumnType.PERCENT, f.reachedShare());
        b.keyFigure(I18n.text("overview.kpi.districts", f.districts()), ColumnType.INTEGER, f.districtsReached());
        b.keyFigure(I18n.text("overview.kpi.sessions", String.valueOf(year)), ColumnType.INTEGER, f.sessionsThisYear());
        b.keyFigure(I18n.text("overview.kpi.hours", String.valueOf(year)), ColumnType.DECIMAL, f.hoursThisYear());
        d.events().ifPresent(e -> {
            b.keyFigure(I18n.text("overview.kpi.events", String.valueOf(year)), ColumnType.INTEGER, e.events());
            b.keyFigure(I18n.text("overview.kpi.participants", String.valueOf(year)), ColumnType.INTEGER, e.participants());
        });
        d.projects().ifPresent(p -> p.byStatus().forEach((status, n) -> b.keyFigure(
                I18n.text("overview.kpi.projectsIn", I18n.text("overview.projectStatus." + status)), ColumnType.INTEGER, n)));
        d.budget().ifPresent(m -> {
            b.keyFigure(I18n.text("overview.kpi.budgetShare", String.valueOf(year)), ColumnType.PERCENT, m.spentShare());
            b.keyFigure(I18n.text("overview.kpi.budgetRemaining"), ColumnType.MONEY, m.remaining());
        });
        d.nextProofDeadline().ifPresent(dl -> b.keyFigure(I18n.text("overview.kpi.deadline") + ": " + dl.what(),
                ColumnType.DATE, dl.due()));
        List<String> missing = missing(d);
        if (!missing.isEmpty()) {
            b.paragraph(I18n.text("overview.report.notAvailable", String.join(", ", missing)));
        }

        // the maps and charts carry their own titles; a heading of their own would be left alone at a page's foot
        b.section(null);
        b.block(MapColouring.STATUS.map(d, geometry));
        b.block(MapColouring.COVERAGE.map(d, geometry));

        b.section(null);
        b.block(participationChart(d));
        b.block(sizeChart(d));
        b.block(sessionsChart(d));
        d.planVsSpent().filter(l -> !l.isEmpty()).ifPresentOrElse(lines -> b.block(planChart(lines)),
                () -> b.paragraph(I18n.text("overview.chart.planNotAvailable")));

        b.section(I18n.text("overview.report.districts"));
        b.table(districtTable(d));
        return b.build();
    }

    /** The figures the dashboard cannot show yet, by name. */
    public static List<String> missing(Dashboard d) {
        List<String> out = new ArrayList<>();
        if (d.events().isEmpty()) {
            out.add(I18n.text("overview.source.events"));
        }
        if (d.projects().isEmpty()) {
            out.add(I18n.text("overview.source.projects"));
        }
        if (d.budget().isEmpty()) {
            out.add(I18n.text("overview.source.budget"));
        }
        if (d.nextProofDeadline().isEmpty()) {
            out.add(I18n.text("overview.source.deadline"));
        }
        return out;
    }

    public static ReportChart participationChart(Dashboard d) {
        List<String> names = d.districts().stream().map(DistrictLine::name).toList();
        return ReportChart.bar(I18n.text("overview.chart.participation"), I18n.text("overview.column.district"),
                ColumnType.INTEGER).categories(names)
                .series(I18n.text("overview.column.municipalities"), d.districts().stream().map(DistrictLine::municipalities).toList())
                .series(I18n.text("overview.column.participating"), d.districts().stream().map(DistrictLine::participating).toList())
                .series(I18n.text("overview.column.reached"), d.districts().stream().map(DistrictLine::reached).toList())
                .build();
    }

    public static ReportChart sizeChart(Dashboard d) {
        return ReportChart.bar(I18n.text("overview.chart.sizes"), I18n.text("municipality.field.sizeClass"),
                ColumnType.INTEGER)
                .categories(d.sizes().stream().map(s -> I18n.text("municipality.sizeClass." + s.sizeClass())).toList())
                .series(I18n.text("overview.column.municipalities"), d.sizes().stream().map(SizeLine::municipalities).toList())
                .series(I18n.text("overview.column.reached"), d.sizes().stream().map(SizeLine::reached).toList())
                .build();
    }

    public static ReportChart sessionsChart(Dashboard d) {
        List<Long> values = new ArrayList<>();
        for (long n : d.sessionsPerMonth()) {
            values.add(n);
        }
        return ReportChart.line(I18n.text("overview.chart.sessions", String.valueOf(d.today().getYear())), I18n.text("overview.column.month"),
                ColumnType.INTEGER).categories(List.of(MONTHS)).series(I18n.text("overview.column.sessions"), values)
                .build();
    }

    public static ReportChart planChart(List<DashboardSources.CategoryLine> lines) {
        return ReportChart.bar(I18n.text("overview.chart.plan"), I18n.text("overview.column.category"), ColumnType.MONEY)
                .categories(lines.stream().map(DashboardSources.CategoryLine::category).toList())
                .series(I18n.text("overview.column.planned"), lines.stream().map(DashboardSources.CategoryLine::planned).toList())
                .series(I18n.text("overview.column.spent"), lines.stream().map(DashboardSources.CategoryLine::spent).toList())
                .build();
    }

    public static ReportTable districtTable(Dashboard d) {
        ReportTable.Builder<Object> t = ReportTable.builder(I18n.text("overview.report.districts"), List.of(
                new ReportTable.Column(I18n.text("overview.column.key"), ColumnType.TEXT, 7),
                new ReportTable.Column(I18n.text("overview.column.district"), ColumnType.TEXT, 26),
                new ReportTable.Column(I18n.text("overview.column.municipalities"), ColumnType.INTEGER, 9),
                new ReportTable.Column(I18n.text("overview.column.participating"), ColumnType.INTEGER, 9),
                new ReportTable.Column(I18n.text("overview.column.reached"), ColumnType.INTEGER, 9),
                new ReportTable.Column(I18n.text("overview.column.reachedShare"), ColumnType.PERCENT, 9),
                new ReportTable.Column(I18n.text("overview.column.navigators"), ColumnType.INTEGER, 9)));
        for (DistrictLine l : d.districts()) {
            t.values(l.key(), l.name(), l.municipalities(), l.participating(), l.reached(),
                    l.municipalities() == 0 ? 0.0 : (double) l.reached() / l.municipalities(), l.navigators());
        }
        if (!d.districts().isEmpty()) {
            t.total(I18n.text("overview.column.total"), 2, 3, 4, 6);
        }
        return t.build();
    }

    /** Kreis-Bericht: every municipality of one district with status, coverage, navigators and coach. */
    public static Report district(Dashboard d, String districtKey, List<ProjectRow> projects) {
        DistrictLine district = d.districts().stream().filter(l -> l.key().equals(districtKey)).findFirst()
                .orElseThrow(() -> new DomainException("overview.error.unknownDistrict", districtKey));
        List<MunicipalityLine> members = d.municipalities().stream().filter(m -> m.districtKey().equals(districtKey))
                .toList();
        Report.Builder b = Report.builder(I18n.text("overview.district.title", district.name()), d.today())
                .subtitle(I18n.text("overview.district.subtitle", district.key()));
        b.section(I18n.text("overview.report.figures"));
        b.keyFigure(I18n.text("overview.column.municipalities"), ColumnType.INTEGER, district.municipalities());
        b.keyFigure(I18n.text("overview.column.participating"), ColumnType.INTEGER, district.participating());
        b.keyFigure(I18n.text("overview.column.reached"), ColumnType.INTEGER, district.reached());
        b.keyFigure(I18n.text("overview.column.navigators"), ColumnType.INTEGER, district.navigators());
        if (district.participating() == 0 && district.reached() == 0) {
            b.paragraph(I18n.text("overview.district.noParticipation"));
        }
        b.keyFigure(I18n.text("overview.kpi.projects"), ColumnType.INTEGER, projects.size());
        Map<Long, Long> projectsPer = new HashMap<>();
        projects.forEach(p -> projectsPer.merge(p.municipalityId(), 1L, Long::sum));
        b.section(I18n.text("overview.district.municipalities"));
        ReportTable.Builder<Object> t = ReportTable.builder(I18n.text("overview.district.municipalities"), List.of(
                new ReportTable.Column(I18n.text("overview.column.ags"), ColumnType.TEXT, 9),
                new ReportTable.Column(I18n.text("overview.map.area"), ColumnType.TEXT, 26),
                new ReportTable.Column(I18n.text("municipality.field.status"), ColumnType.TEXT, 13),
                new ReportTable.Column(I18n.text("overview.map.category.COVERAGE"), ColumnType.TEXT, 15),
                new ReportTable.Column(I18n.text("overview.column.navigators"), ColumnType.TEXT, 24),
                new ReportTable.Column(I18n.text("overview.column.coach"), ColumnType.TEXT, 18),
                new ReportTable.Column(I18n.text("overview.column.projects"), ColumnType.INTEGER, 8)));
        for (MunicipalityLine m : members) {
            t.values(m.ags(), m.name(), I18n.text("municipality.status." + m.status()),
                    MapColouring.coverageLabel(m.coverage()), String.join(", ", m.navigators()),
                    String.join(", ", m.coaches()), projectsPer.getOrDefault(m.id(), 0L));
        }
        if (!members.isEmpty()) {
            t.total(I18n.text("overview.district.total"), 6);
        }
        b.table(t.build());

        b.section(I18n.text("overview.district.projects"));
        if (projects.isEmpty()) {
            b.paragraph(I18n.text("overview.district.noProjects"));
        }
        b.table(CoachReport.projectTable(I18n.text("overview.district.projects"), projects, true));
        return b.build();
    }

    /** A district key as the command line gives it: five digits. */
    public static String checkedDistrictKey(String key) {
        String k = key == null ? "" : key.strip();
        if (!k.matches("\\d{5}")) {
            throw new DomainException("overview.error.badDistrictKey", key);
        }
        return k;
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
