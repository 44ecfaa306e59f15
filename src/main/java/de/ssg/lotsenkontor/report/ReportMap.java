package de.ssg.lotsenkontor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A map, independent of how it is drawn: filled areas (the municipalities), outlines drawn over
 * them (the district borders), a legend and an attribution line. Printed pages draw it as vector
 * graphics, north up, scaled to the page; a workbook lists the areas with their category.
 *
 * <p>Coordinates are projected (e.g. UTM zone 33N in metres): {@code x} grows to the east,
 * {@code y} to the north, the same unit on both axes. A polygon with holes or several parts is
 * given as several rings of one area and filled with the even-odd rule.
 *
 * <pre>
 * ReportMap map = ReportMap.builder("Teilnahme der Kommunen", "Kommune", "Status")
 *         .area("14612000", "Dresden", "aktiv", 0x2E7D32, rings)
 *         .outline("Dresden", districtRings)
 *         .legend("aktiv", 0x2E7D32)
 *         .attribution("© GeoBasis-DE / BKG 2021 (Daten verändert)")
 *         .build();
 * </pre>
 *
 * @param title         the map's heading
 * @param areaTitle     what the areas are ("Kommune"); a workbook's column title
 * @param categoryTitle what the colours mean ("Status"); a workbook's column title
 * @param attribution   the source line shown on the map (required by the data licence), or null
 * @param caption       a note under the map, or null
 */
public record ReportMap(String title, String areaTitle, String categoryTitle, List<Area> areas, List<Outline> outlines,
        List<LegendEntry> legend, String attribution, String caption) implements ReportBlock {

    public ReportMap {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(areaTitle, "areaTitle");
        Objects.requireNonNull(categoryTitle, "categoryTitle");
        areas = List.copyOf(areas);
        outlines = List.copyOf(outlines);
        legend = List.copyOf(legend);
    }

    /**
     * One filled area.
     *
     * @param key      a stable key (an AGS), or null
     * @param category the legend label it belongs to ("aktiv"), or null
     * @param fillRgb  its fill colour as {@code 0xRRGGBB}
     */
    public record Area(String key, String name, String category, int fillRgb, List<Ring> rings) {

        public Area {
            Objects.requireNonNull(name, "name");
            rings = List.copyOf(rings);
        }
    }

    /** A line drawn over the areas, e.g. a district border; not filled. */
    public record Outline(String name, List<Ring> rings) {

        public Outline {
            rings = List.copyOf(rings);
        }
    }

    /** One line of the legend: a colour and what it means. */
    public record LegendEntry(String label, int fillRgb) {

        public LegendEntry {
            Objects.requireNonNull(label, "label");
        }
    }

    /** A closed ring of points: {@code x0, y0, x1, y1, …}; at least three points. Copied in and out. */
    public record Ring(double[] xy) {

        public Ring {
            Objects.requireNonNull(xy, "xy");
            if (xy.length % 2 != 0 || xy.length < 6) {
                throw new IllegalArgumentException("a ring needs at least three x,y points, got " + xy.length + " numbers");
            }
            xy = xy.clone();
        }

        @Override
        public double[] xy() {
            return xy.clone();
        }

        public int points() {
            return xy.length / 2;
        }

        public double x(int i) {
            return xy[2 * i];
        }

        public double y(int i) {
            return xy[2 * i + 1];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Ring other && java.util.Arrays.equals(xy, other.xy);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(xy);
        }

        @Override
        public String toString() {
            return "Ring[" + points() + " points]";
        }
    }

    public static Builder builder(String title, String areaTitle, String categoryTitle) {
        return new Builder(title, areaTitle, categoryTitle);
    }

    /** Builds a map area by area. */
    public static final class Builder {

        private final String title;
        private final String areaTitle;
        private final String categoryTitle;
        private final List<Area> areas = new ArrayList<>();
        private final List<Outline> outlines = new ArrayList<>();
        private final List<LegendEntry> legend = new ArrayList<>();
        private String attribution;
        private String caption;

        private Builder(String title, String areaTitle, String categoryTitle) {
            this.title = title;
            this.areaTitle = areaTitle;
            this.categoryTitle = categoryTitle;
        }

        public Builder area(String key, String name, String category, int fillRgb, List<Ring> rings) {
            areas.add(new Area(key, name, category, fillRgb, rings));
            return this;
        }

        public Builder outline(String name, List<Ring> rings) {
            outlines.add(new Outline(name, rings));
            return this;
        }

        public Builder legend(String label, int fillRgb) {
            legend.add(new LegendEntry(label, fillRgb));
            return this;
        }

        public Builder attribution(String text) {
            this.attribution = text;
            return this;
        }

        public Builder caption(String text) {
            this.caption = text;
            return this;
        }

        public ReportMap build() {
            return new ReportMap(title, areaTitle, categoryTitle, areas, outlines, legend, attribution, caption);
        }
    }
}
