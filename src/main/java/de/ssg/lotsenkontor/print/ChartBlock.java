package de.ssg.lotsenkontor.print;

import de.ssg.lotsenkontor.common.Formats;
import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.report.ReportChart;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart as vector graphics: axes with rounded ticks and grid lines, bars or a line with points,
 * an optional dashed reference line, a legend when there is more than one series (or a
 * reference) and the caption below. A bar chart with many categories or long labels lies on its
 * side (categories down the left), so every label stays readable. The whole chart stays on one
 * page.
 */
final class ChartBlock {

    static final int[] PALETTE = {0x2B6CB0, 0xE08A2E, 0x2F9E6E, 0x8E5EA2};
    private static final int REFERENCE = 0xC0392B;
    private static final int GRID = 0xE1E6EC;
    private static final int AXIS = 0x8A96A3;
    private static final float PLOT_HEIGHT = 170f;
    private static final float LABEL = 7f;
    private static final float LABEL_LEADING = 8.5f;

    private final PageLayout layout;
    private final ReportChart chart;
    private final PdfFont regular;
    private final PdfFont bold;
    private double lo;
    private double hi;
    private double step;

    ChartBlock(PageLayout layout, ReportChart chart) {
        this.layout = layout;
        this.chart = chart;
        this.regular = layout.regular;
        this.bold = layout.bold;
    }

    void draw() {
        float width = layout.contentWidth();
        List<String> title = bold.wrap(chart.title(), 10.5f, width);
        List<String> caption = chart.caption() == null ? List.of() : regular.wrap(chart.caption(), 8f, width);
        float titleH = title.size() * 13.5f + 4f;
        float captionH = caption.isEmpty() ? 0 : caption.size() * 10f + 4f;
        if (chart.categories().isEmpty() || !chart.hasValues()) {
            layout.ensure(titleH + 40f + captionH);
            titleAndCaption(title, List.of());
            PageCanvas c = layout.canvas();
            c.strokeRect(layout.contentLeft(), layout.y, width, 34f, 0.5f, PageLayout.RULE);
            c.text(layout.contentLeft() + 8f, layout.y + 20f, regular, 9f, PageLayout.GREY,
                    regular.printable(I18n.text("print.chart.empty")));
            layout.y += 38f;
            titleAndCaption(List.of(), caption);
            return;
        }
        domain();
        float legendH = legendHeight(width);
        boolean horizontal = chart.kind() == ReportChart.Kind.BAR && lying(width);
        float plotH = horizontal ? horizontalHeight(width, titleH + legendH + captionH) : verticalHeight(width);
        layout.ensure(titleH + legendH + plotH + captionH);
        titleAndCaption(title, List.of());
        drawLegend(width);
        if (horizontal) {
            drawHorizontal(width, plotH);
        } else {
            drawVertical(width, plotH);
        }
        titleAndCaption(List.of(), caption);
    }

    private void titleAndCaption(List<String> title, List<String> caption) {
        for (String line : title) {
            layout.y += 13.5f;
            layout.canvas().text(layout.contentLeft(), layout.y - 2f, bold, 10.5f, PageLayout.TEXT, line);
        }
        if (!title.isEmpty()) {
            layout.y += 4f;
        }
        if (!caption.isEmpty()) {
            layout.y += 4f;
            for (String line : caption) {
                layout.y += 10f;
                layout.canvas().text(layout.contentLeft(), layout.y - 2f, regular, 8f, PageLayout.GREY, line);
            }
        }
    }

    // ---- scale ---------------------------------------------------------------------------------

    private void domain() {
        double min = 0;
        double max = 0;
        for (ReportChart.Series s : chart.series()) {
            for (Number v : s.values()) {
                if (v != null && Double.isFinite(v.doubleValue())) {
                    min = Math.min(min, v.doubleValue());
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        if (chart.reference() != null) {
            min = Math.min(min, chart.reference().value().doubleValue());
            max = Math.max(max, chart.reference().value().doubleValue());
        }
        if (max - min <= 0) {
            max = min + (chart.valueType() == ColumnType.PERCENT ? 0.1 : 1);
        }
        step = nice((max - min) / 5);
        if (chart.valueType() == ColumnType.INTEGER || chart.valueType() == ColumnType.MONEY) {
            step = Math.max(1, step);
        }
        lo = Math.floor(min / step + 1e-9) * step;
        hi = Math.ceil(max / step - 1e-9) * step;
        if (hi <= lo) {
            hi = lo + step;
        }
    }

    private static double nice(double x) {
        double exp = Math.pow(10, Math.floor(Math.log10(x)));
        double f = x / exp;
        double n = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return n * exp;
    }

    private String tick(double value) {
        return switch (chart.valueType()) {
            case MONEY -> step >= 1 ? Formats.integer(Math.round(value)) + " €"
                    : Formats.money(java.math.BigDecimal.valueOf(value));
            case PERCENT -> step * 100 >= 1 ? Formats.integer(Math.round(value * 100)) + " %"
                    : Formats.percent(value);
            case INTEGER -> Formats.integer(Math.round(value));
            default -> step >= 1 ? Formats.integer(Math.round(value))
                    : Formats.decimal(java.math.BigDecimal.valueOf(value), 2);
        };
    }

    private String valueText(Number value) {
        return regular.printable(CellText.of(chart.valueType(), value));
    }

    private float axisWidth() {
        float max = 0;
        for (double t = lo; t <= hi + step / 2; t += step) {
            max = Math.max(max, regular.width(regular.printable(tick(t)), LABEL));
        }
        return max + 5f;
    }

    // ---- legend --------------------------------------------------------------------------------

    private boolean hasLegend() {
        return chart.series().size() > 1 || chart.reference() != null;
    }

    private List<String> legendTexts() {
        List<String> texts = new ArrayList<>();
        for (ReportChart.Series s : chart.series()) {
            texts.add(regular.printable(s.name()));
        }
        if (chart.reference() != null) {
            texts.add(regular.printable(chart.reference().label() + ": " + CellText.of(chart.valueType(),
                    chart.reference().value())));
        }
        return texts;
    }

    private float legendHeight(float width) {
        if (!hasLegend()) {
            return 0;
        }
        int rows = 1;
        float at = 0;
        for (String text : legendTexts()) {
            float w = 14f + regular.width(text, 8f) + 14f;
            if (at > 0 && at + w > width) {
                rows++;
                at = 0;
            }
            at += w;
        }
        return rows * 12f + 4f;
    }

    private void drawLegend(float width) {
        if (!hasLegend()) {
            return;
        }
        List<String> texts = legendTexts();
        float left = layout.contentLeft();
        float at = 0;
        float top = layout.y;
        PageCanvas c = layout.canvas();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            float w = 14f + regular.width(text, 8f) + 14f;
            if (at > 0 && at + w > width) {
                top += 12f;
                at = 0;
            }
            boolean reference = i >= chart.series().size();
            if (reference) {
                c.dashedLine(left + at, top + 5f, left + at + 10f, top + 5f, 1.2f, REFERENCE);
            } else {
                c.fillRect(left + at, top + 1f, 9f, 8f, PALETTE[i % PALETTE.length]);
            }
            c.text(left + at + 14f, top + 8f, regular, 8f, PageLayout.TEXT, text);
            at += w;
        }
        layout.y = top + 16f;
    }

    // ---- vertical bars and lines ---------------------------------------------------------------

    private List<List<String>> categoryLines(float slot, int maxLines) {
        List<List<String>> result = new ArrayList<>();
        for (String category : chart.categories()) {
            List<String> lines = regular.wrap(category, LABEL, Math.max(8f, slot - 3f));
            if (lines.size() > maxLines) {
                lines = new ArrayList<>(lines.subList(0, maxLines));
            }
            result.add(lines);
        }
        return result;
    }

    /** Whether a bar chart is better drawn lying on its side: many categories or labels wider than their slot. */
    private boolean lying(float width) {
        int n = chart.categories().size();
        if (n > 10) {
            return true;
        }
        float slot = (width - axisWidth()) / n;
        for (String category : chart.categories()) {
            if (regular.wrap(category, LABEL, Math.max(8f, slot - 3f)).size() > 2) {
                return true;
            }
        }
        return false;
    }

    /** Every how many categories a label is written on a line chart, so that labels do not overlap. */
    private int labelEvery(float slot) {
        float widest = 0;
        for (String category : chart.categories()) {
            widest = Math.max(widest, regular.width(regular.printable(category), LABEL));
        }
        return Math.max(1, (int) Math.ceil((widest + 4f) / Math.max(1f, slot)));
    }

    private float verticalHeight(float width) {
        float slot = (width - axisWidth()) / chart.categories().size();
        int lines = 1;
        if (chart.kind() == ReportChart.Kind.BAR) {
            for (List<String> l : categoryLines(slot, 2)) {
                lines = Math.max(lines, l.size());
            }
        }
        return PLOT_HEIGHT + 6f + lines * LABEL_LEADING + 6f;
    }

    private void drawVertical(float width, float totalHeight) {
        PageCanvas c = layout.canvas();
        float axisW = axisWidth();
        float plotLeft = layout.contentLeft() + axisW;
        float plotW = width - axisW - 4f;
        float plotTop = layout.y + 4f;
        float plotBottom = plotTop + PLOT_HEIGHT - 4f;
        int n = chart.categories().size();
        float slot = plotW / n;
        // grid and ticks
        for (double t = lo; t <= hi + step / 2; t += step) {
            float ty = (float) (plotBottom - (t - lo) / (hi - lo) * (plotBottom - plotTop));
            c.line(plotLeft, ty, plotLeft + plotW, ty, Math.abs(t) < step / 1e6 ? 0.7f : 0.4f,
                    Math.abs(t) < step / 1e6 ? AXIS : GRID);
            String label = regular.printable(tick(t));
            c.text(plotLeft - 4f - regular.width(label, LABEL), ty + 2.4f, regular, LABEL, PageLayout.GREY, label);
        }
        float zero = (float) (plotBottom - (0 - lo) / (hi - lo) * (plotBottom - plotTop));
        int series = chart.series().size();
        if (chart.kind() == ReportChart.Kind.BAR) {
            float groupW = slot * 0.74f;
            float barW = groupW / series;
            boolean values = true;
            for (int s = 0; s < series && values; s++) {
                for (Number v : chart.series().get(s).values()) {
                    if (v != null && regular.width(valueText(v), 6.5f) > barW + 2f) {
                        values = false;
                        break;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                for (int s = 0; s < series; s++) {
                    Number v = chart.series().get(s).values().get(i);
                    if (v == null) {
                        continue;
                    }
                    float bx = plotLeft + i * slot + (slot - groupW) / 2 + s * barW;
                    float vy = (float) (plotBottom - (v.doubleValue() - lo) / (hi - lo) * (plotBottom - plotTop));
                    c.fillRect(bx, Math.min(vy, zero), Math.max(0.5f, barW - 0.8f), Math.abs(zero - vy),
                            PALETTE[s % PALETTE.length]);
                    if (values) {
                        String text = valueText(v);
                        c.text(bx + (barW - 0.8f - regular.width(text, 6.5f)) / 2, Math.min(vy, zero) - 2f, regular,
                                6.5f, PageLayout.TEXT, text);
                    }
                }
            }
            List<List<String>> labels = categoryLines(slot, 2);
            for (int i = 0; i < n; i++) {
                float baseline = plotBottom + 3f;
                for (String line : labels.get(i)) {
                    baseline += LABEL_LEADING;
                    float cx = plotLeft + i * slot + slot / 2;
                    c.text(cx - regular.width(line, LABEL) / 2, baseline, regular, LABEL, PageLayout.TEXT, line);
                }
            }
        } else {
            for (int s = 0; s < series; s++) {
                int colour = PALETTE[s % PALETTE.length];
                List<Number> values = chart.series().get(s).values();
                List<Float> run = new ArrayList<>();
                for (int i = 0; i <= n; i++) {
                    Number v = i < n ? values.get(i) : null;
                    if (v != null) {
                        run.add(plotLeft + slot * (i + 0.5f));
                        run.add((float) (plotBottom - (v.doubleValue() - lo) / (hi - lo) * (plotBottom - plotTop)));
                    } else {
                        if (run.size() >= 4) {
                            float[] xy = new float[run.size()];
                            for (int k = 0; k < xy.length; k++) {
                                xy[k] = run.get(k);
                            }
                            c.polyline(xy, 1.4f, colour);
                        }
                        run.clear();
                    }
                }
                for (int i = 0; i < n; i++) {
                    Number v = values.get(i);
                    if (v != null) {
                        float py = (float) (plotBottom - (v.doubleValue() - lo) / (hi - lo) * (plotBottom - plotTop));
                        c.circle(plotLeft + slot * (i + 0.5f), py, n > 40 ? 1.1f : 2f, colour);
                    }
                }
            }
            int every = labelEvery(slot);
            for (int i = 0; i < n; i += every) {
                String line = regular.printable(chart.categories().get(i));
                float cx = plotLeft + slot * (i + 0.5f);
                c.line(cx, plotBottom, cx, plotBottom + 2.5f, 0.5f, AXIS);
                c.text(cx - regular.width(line, LABEL) / 2, plotBottom + 3f + LABEL_LEADING, regular, LABEL,
                        PageLayout.TEXT, line);
            }
        }
        if (chart.reference() != null) {
            double v = chart.reference().value().doubleValue();
            float ry = (float) (plotBottom - (v - lo) / (hi - lo) * (plotBottom - plotTop));
            c.dashedLine(plotLeft, ry, plotLeft + plotW, ry, 1.1f, REFERENCE);
        }
        c.line(plotLeft, plotTop, plotLeft, plotBottom, 0.6f, AXIS);
        layout.y += totalHeight;
    }

    // ---- bars lying on their side --------------------------------------------------------------

    private float labelWidth(float width) {
        float widest = 0;
        for (String category : chart.categories()) {
            widest = Math.max(widest, regular.width(regular.printable(category), LABEL + 0.5f));
        }
        return Math.min(widest + 2f, width * 0.34f);
    }

    private float valueRoom() {
        float widest = 0;
        for (ReportChart.Series s : chart.series()) {
            for (Number v : s.values()) {
                if (v != null) {
                    widest = Math.max(widest, regular.width(valueText(v), 6.5f));
                }
            }
        }
        return widest + 6f;
    }

    private float rowHeight(float width) {
        float labelW = labelWidth(width);
        int lines = 1;
        for (String category : chart.categories()) {
            lines = Math.max(lines, Math.min(2, regular.wrap(category, LABEL + 0.5f, labelW).size()));
        }
        return Math.max(chart.series().size() * 8f + 5f, lines * LABEL_LEADING + 4f);
    }

    private float rowHeightFitted(float width, float around) {
        float row = rowHeight(width);
        float room = layout.pageContentHeight() - around - 20f;
        int n = chart.categories().size();
        if (n * row > room) {
            row = Math.max(6f, room / n);
        }
        return row;
    }

    private float horizontalHeight(float width, float around) {
        return chart.categories().size() * rowHeightFitted(width, around) + 20f;
    }

    private void drawHorizontal(float width, float totalHeight) {
        PageCanvas c = layout.canvas();
        float labelW = labelWidth(width);
        float row = (totalHeight - 20f) / chart.categories().size();
        float plotLeft = layout.contentLeft() + labelW + 6f;
        float plotW = width - labelW - 6f - valueRoom();
        float plotTop = layout.y + 2f;
        int n = chart.categories().size();
        float plotBottom = plotTop + n * row;
        float labelSize = Math.min(LABEL + 0.5f, row * 0.8f);
        for (double t = lo; t <= hi + step / 2; t += step) {
            float tx = (float) (plotLeft + (t - lo) / (hi - lo) * plotW);
            c.line(tx, plotTop, tx, plotBottom, Math.abs(t) < step / 1e6 ? 0.7f : 0.4f,
                    Math.abs(t) < step / 1e6 ? AXIS : GRID);
            String label = regular.printable(tick(t));
            c.text(tx - regular.width(label, LABEL) / 2, plotBottom + 10f, regular, LABEL, PageLayout.GREY, label);
        }
        float zero = (float) (plotLeft + (0 - lo) / (hi - lo) * plotW);
        int series = chart.series().size();
        float groupH = row * 0.76f;
        float barH = groupH / series;
        for (int i = 0; i < n; i++) {
            float top = plotTop + i * row;
            List<String> lines = regular.wrap(chart.categories().get(i), labelSize, labelW);
            if (lines.size() > 2) {
                lines = new ArrayList<>(lines.subList(0, 2));
                lines.set(1, lines.get(1) + "…");
            }
            float textTop = top + (row - lines.size() * labelSize * 1.2f) / 2;
            for (int k = 0; k < lines.size(); k++) {
                String line = lines.get(k);
                c.text(plotLeft - 6f - regular.width(line, labelSize), textTop + (k + 0.85f) * labelSize * 1.2f,
                        regular, labelSize, PageLayout.TEXT, line);
            }
            for (int s = 0; s < series; s++) {
                Number v = chart.series().get(s).values().get(i);
                if (v == null) {
                    continue;
                }
                float by = top + (row - groupH) / 2 + s * barH;
                float vx = (float) (plotLeft + (v.doubleValue() - lo) / (hi - lo) * plotW);
                c.fillRect(Math.min(vx, zero), by, Math.abs(vx - zero), Math.max(0.5f, barH - 0.8f),
                        PALETTE[s % PALETTE.length]);
                if (barH >= 5f) {
                    String text = valueText(v);
                    float size = Math.min(6.5f, barH * 0.9f);
                    c.text(Math.max(vx, zero) + 3f, by + barH / 2 + size * 0.35f, regular, size, PageLayout.TEXT, text);
                }
            }
        }
        if (chart.reference() != null) {
            double v = chart.reference().value().doubleValue();
            float rx = (float) (plotLeft + (v - lo) / (hi - lo) * plotW);
            c.dashedLine(rx, plotTop, rx, plotBottom, 1.1f, REFERENCE);
        }
        c.line(plotLeft, plotBottom, plotLeft + plotW, plotBottom, 0.6f, AXIS);
        layout.y += totalHeight;
    }
}
