package de.ssg.lotsenkontor.excel;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.report.Paragraph;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportBlock;
import de.ssg.lotsenkontor.report.ReportChart;
import de.ssg.lotsenkontor.report.ReportMap;
import de.ssg.lotsenkontor.report.ReportSection;
import de.ssg.lotsenkontor.report.ReportTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A workbook shows charts and maps as their figures: each {@link ReportChart} becomes a table of
 * categories by series (typed like the chart's values), each {@link ReportMap} a table of its
 * areas with their category, with the legend and the attribution as a paragraph. The rest of
 * the report is left as it is.
 */
final class ChartTables {

    private ChartTables() {
    }

    /** {@code report} with charts and maps replaced by tables (the same report when it has none). */
    static Report expand(Report report) {
        boolean any = report.blocks().stream().anyMatch(b -> b instanceof ReportChart || b instanceof ReportMap);
        if (!any) {
            return report;
        }
        List<ReportSection> sections = new ArrayList<>();
        for (ReportSection section : report.sections()) {
            List<ReportBlock> blocks = new ArrayList<>();
            for (ReportBlock block : section.blocks()) {
                if (block instanceof ReportChart chart) {
                    note(chart).ifPresent(blocks::add);
                    blocks.add(table(chart));
                } else if (block instanceof ReportMap map) {
                    blocks.add(new Paragraph(note(map)));
                    blocks.add(table(map));
                } else {
                    blocks.add(block);
                }
            }
            sections.add(new ReportSection(section.heading(), blocks));
        }
        return new Report(report.title(), report.subtitle(), report.created(), sections);
    }

    static ReportTable table(ReportChart chart) {
        List<ReportTable.Column> columns = new ArrayList<>();
        columns.add(new ReportTable.Column(chart.categoryTitle(), ColumnType.TEXT, 24));
        for (ReportChart.Series series : chart.series()) {
            columns.add(new ReportTable.Column(series.name(), chart.valueType(), 14));
        }
        var table = ReportTable.builder(chart.title(), columns);
        for (int i = 0; i < chart.categories().size(); i++) {
            Object[] cells = new Object[columns.size()];
            cells[0] = chart.categories().get(i);
            for (int s = 0; s < chart.series().size(); s++) {
                cells[s + 1] = chart.series().get(s).values().get(i);
            }
            table.values(cells);
        }
        return table.build();
    }

    static ReportTable table(ReportMap map) {
        boolean keys = map.areas().stream().anyMatch(a -> a.key() != null);
        List<ReportTable.Column> columns = new ArrayList<>();
        if (keys) {
            columns.add(new ReportTable.Column(I18n.text("workbookchart.key"), ColumnType.TEXT, 10));
        }
        columns.add(new ReportTable.Column(map.areaTitle(), ColumnType.TEXT, 30));
        columns.add(new ReportTable.Column(map.categoryTitle(), ColumnType.TEXT, 24));
        var table = ReportTable.builder(map.title(), columns);
        for (ReportMap.Area area : map.areas()) {
            table.values(keys ? new Object[] {area.key(), area.name(), area.category()}
                    : new Object[] {area.name(), area.category()});
        }
        return table.build();
    }

    private static java.util.Optional<ReportBlock> note(ReportChart chart) {
        List<String> parts = new ArrayList<>();
        if (chart.reference() != null) {
            parts.add(I18n.text("workbookchart.reference", chart.reference().label(),
                    format(chart.valueType(), chart.reference().value())));
        }
        if (chart.caption() != null) {
            parts.add(chart.caption());
        }
        return parts.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Paragraph(chart.title() + ": " + String.join(" · ", parts)));
    }

    private static String note(ReportMap map) {
        List<String> parts = new ArrayList<>();
        List<String> legend = map.legend().stream().map(ReportMap.LegendEntry::label).toList();
        if (!legend.isEmpty()) {
            parts.add(I18n.text("workbookchart.legend", String.join(", ", legend)));
        }
        if (map.caption() != null) {
            parts.add(map.caption());
        }
        if (map.attribution() != null) {
            parts.add(map.attribution());
        }
        return map.title() + (parts.isEmpty() ? "" : ": " + String.join(" · ", parts));
    }

    private static String format(ColumnType type, Number value) {
        BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        return switch (type) {
            case MONEY -> Formats.money(d);
            case PERCENT -> Formats.percent(d.doubleValue());
            case INTEGER -> Formats.integer(d.longValue());
            default -> Formats.decimal(d, 2);
        };
    }
}
