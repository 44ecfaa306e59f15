package de.ssg.lotsenkontor.overview;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.overview.Dashboard.Coverage;
import de.ssg.lotsenkontor.overview.Dashboard.MunicipalityLine;
import de.ssg.lotsenkontor.report.ReportMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the map's colours show, and the map of Saxony built from the dashboard's municipalities. */
public enum MapColouring {
    /** The municipality's participation status. */
    STATUS,
    /** Reached, reached through the association, not reached. */
    COVERAGE;

    /** Fill for a municipality the database does not know. */
    public static final int NO_DATA = 0xFFFFFF;

    private static final Map<String, Integer> STATUS_COLOURS = new LinkedHashMap<>();

    static {
        STATUS_COLOURS.put("AKTIV", 0x2E7D32);
        STATUS_COLOURS.put("PAUSIERT", 0xA5D6A7);
        STATUS_COLOURS.put("INTERESSIERT", 0xFFCA28);
        STATUS_COLOURS.put("AUSGESCHIEDEN", 0xBCAAA4);
        STATUS_COLOURS.put("NICHT_BETEILIGT", 0xE8E8E8);
    }

    private static final Map<Coverage, Integer> COVERAGE_COLOURS = Map.of(Coverage.REACHED, 0x1565C0,
            Coverage.THROUGH_ASSOCIATION, 0x90CAF9, Coverage.NOT_REACHED, 0xE8E8E8);

    /** The legend label of one municipality in this colouring. */
    public String category(MunicipalityLine m) {
        return this == STATUS ? I18n.text("municipality.status." + m.status()) : coverageLabel(m.coverage());
    }

    public int fill(MunicipalityLine m) {
        return this == STATUS ? STATUS_COLOURS.getOrDefault(m.status(), NO_DATA) : COVERAGE_COLOURS.get(m.coverage());
    }

    public static String coverageLabel(Coverage c) {
        return I18n.text("overview.coverage." + c.name());
    }

    /** The legend lines, in order. */
    public Map<String, Integer> legend() {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (this == STATUS) {
            STATUS_COLOURS.forEach((status, rgb) -> out.put(I18n.text("municipality.status." + status), rgb));
        } else {
            for (Coverage c : Coverage.values()) {
                out.put(coverageLabel(c), COVERAGE_COLOURS.get(c));
            }
        }
        return out;
    }

    /** The map of Saxony, coloured this way: 418 municipalities, the district borders over them. */
    public ReportMap map(Dashboard dashboard, SaxonyGeometry geometry) {
        ReportMap.Builder b = ReportMap.builder(I18n.text("overview.map.title." + name()), I18n.text("overview.map.area"),
                I18n.text("overview.map.category." + name()));
        Map<String, MunicipalityLine> byAgs = dashboard.byAgs();
        for (SaxonyGeometry.Shape shape : geometry.municipalities().values()) {
            MunicipalityLine m = byAgs.get(shape.key());
            if (m == null) {
                b.area(shape.key(), shape.name(), I18n.text("overview.map.noData"), NO_DATA, shape.rings());
            } else {
                b.area(m.ags(), m.name(), category(m), fill(m), shape.rings());
            }
        }
        for (SaxonyGeometry.Shape district : geometry.districts()) {
            b.outline(district.name(), district.rings());
        }
        legend().forEach(b::legend);
        return b.attribution(SaxonyGeometry.ATTRIBUTION).build();
    }
}
