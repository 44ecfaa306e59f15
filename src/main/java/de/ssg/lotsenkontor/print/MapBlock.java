package de.ssg.lotsenkontor.print;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.report.ReportMap;
import java.util.List;

/**
 * A map as vector graphics: every area filled with its colour and edged in white, the outlines
 * (district borders) drawn over them, north up, as large as the page allows without distortion;
 * below it the legend and the attribution line. The map stays on one page.
 */
final class MapBlock {

    private static final int OUTLINE = 0x37414B;
    private static final float LEGEND_SIZE = 8f;

    private final PageLayout layout;
    private final ReportMap map;

    MapBlock(PageLayout layout, ReportMap map) {
        this.layout = layout;
        this.map = map;
    }

    void draw() {
        PdfFont regular = layout.regular;
        PdfFont bold = layout.bold;
        float width = layout.contentWidth();
        List<String> title = bold.wrap(map.title(), 10.5f, width);
        List<String> attribution = map.attribution() == null ? List.of() : regular.wrap(map.attribution(), 6.5f, width);
        List<String> caption = map.caption() == null ? List.of() : regular.wrap(map.caption(), 8f, width);
        float titleH = title.size() * 13.5f + 4f;
        float legendH = legendHeight(width);
        float footH = legendH + attribution.size() * 8f + caption.size() * 10f + 8f;
        double[] box = bounds();
        if (box == null) {
            layout.ensure(titleH + 40f + footH);
            title(title);
            PageCanvas c = layout.canvas();
            c.strokeRect(layout.contentLeft(), layout.y, width, 34f, 0.5f, PageLayout.RULE);
            c.text(layout.contentLeft() + 8f, layout.y + 20f, regular, 9f, PageLayout.GREY,
                    regular.printable(I18n.text("print.map.empty")));
            layout.y += 38f;
            foot(width, attribution, caption);
            return;
        }
        double bw = Math.max(1e-9, box[2] - box[0]);
        double bh = Math.max(1e-9, box[3] - box[1]);
        float maxH = Math.max(80f, layout.pageContentHeight() * 0.8f - titleH - footH);
        float scale = (float) Math.min(width / bw, maxH / bh);
        float mapW = (float) (bw * scale);
        float mapH = (float) (bh * scale);
        layout.ensure(titleH + mapH + footH);
        title(title);
        float left = layout.contentLeft() + (width - mapW) / 2;
        float top = layout.y;
        PageCanvas c = layout.canvas();
        for (ReportMap.Area area : map.areas()) {
            if (area.rings().isEmpty()) {
                continue;
            }
            for (ReportMap.Ring ring : area.rings()) {
                c.ring(project(ring, box, left, top, scale), ring.points());
            }
            c.fillPath(area.fillRgb() & 0xffffff, 0.25f, 0xFFFFFF);
        }
        for (ReportMap.Outline outline : map.outlines()) {
            if (outline.rings().isEmpty()) {
                continue;
            }
            for (ReportMap.Ring ring : outline.rings()) {
                c.ring(project(ring, box, left, top, scale), ring.points());
            }
            c.strokePath(0.8f, OUTLINE);
        }
        layout.y = top + mapH + 6f;
        foot(width, attribution, caption);
    }

    private void title(List<String> title) {
        for (String line : title) {
            layout.y += 13.5f;
            layout.canvas().text(layout.contentLeft(), layout.y - 2f, layout.bold, 10.5f, PageLayout.TEXT, line);
        }
        layout.y += 4f;
    }

    private void foot(float width, List<String> attribution, List<String> caption) {
        PdfFont regular = layout.regular;
        PageCanvas c = layout.canvas();
        float left = layout.contentLeft();
        float at = 0;
        float top = layout.y;
        if (!map.legend().isEmpty()) {
            for (ReportMap.LegendEntry entry : map.legend()) {
                String text = regular.printable(entry.label());
                float w = 14f + regular.width(text, LEGEND_SIZE) + 14f;
                if (at > 0 && at + w > width) {
                    top += 12f;
                    at = 0;
                }
                c.fillRect(left + at, top + 1f, 9f, 8f, entry.fillRgb() & 0xffffff);
                c.strokeRect(left + at, top + 1f, 9f, 8f, 0.3f, 0x8A96A3);
                c.text(left + at + 14f, top + 8f, regular, LEGEND_SIZE, PageLayout.TEXT, text);
                at += w;
            }
            top += 14f;
        }
        for (String line : attribution) {
            top += 8f;
            c.text(left + width - regular.width(line, 6.5f), top - 1f, regular, 6.5f, PageLayout.GREY, line);
        }
        for (String line : caption) {
            top += 10f;
            c.text(left, top - 2f, regular, 8f, PageLayout.GREY, line);
        }
        layout.y = top + 2f;
    }

    private float legendHeight(float width) {
        if (map.legend().isEmpty()) {
            return 0;
        }
        int rows = 1;
        float at = 0;
        for (ReportMap.LegendEntry entry : map.legend()) {
            float w = 14f + layout.regular.width(layout.regular.printable(entry.label()), LEGEND_SIZE) + 14f;
            if (at > 0 && at + w > width) {
                rows++;
                at = 0;
            }
            at += w;
        }
        return rows * 12f + 2f;
    }

    /** minX, minY, maxX, maxY over all rings; null when there is nothing to draw. */
    private double[] bounds() {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        boolean any = false;
        for (ReportMap.Area area : map.areas()) {
            for (ReportMap.Ring ring : area.rings()) {
                any |= extend(box, ring);
            }
        }
        for (ReportMap.Outline outline : map.outlines()) {
            for (ReportMap.Ring ring : outline.rings()) {
                any |= extend(box, ring);
            }
        }
        return any ? box : null;
    }

    private static boolean extend(double[] box, ReportMap.Ring ring) {
        boolean any = false;
        for (int i = 0; i < ring.points(); i++) {
            double x = ring.x(i);
            double y = ring.y(i);
            if (Double.isFinite(x) && Double.isFinite(y)) {
                box[0] = Math.min(box[0], x);
                box[1] = Math.min(box[1], y);
                box[2] = Math.max(box[2], x);
                box[3] = Math.max(box[3], y);
                any = true;
            }
        }
        return any;
    }

    /** Layout coordinates of a ring: east to the right, north up. */
    private static float[] project(ReportMap.Ring ring, double[] box, float left, float top, float scale) {
        float[] xy = new float[ring.points() * 2];
        for (int i = 0; i < ring.points(); i++) {
            double x = ring.x(i);
            double y = ring.y(i);
            xy[2 * i] = (float) (left + (Double.isFinite(x) ? x - box[0] : 0) * scale);
            xy[2 * i + 1] = (float) (top + (Double.isFinite(y) ? box[3] - y : 0) * scale);
        }
        return xy;
    }
}
