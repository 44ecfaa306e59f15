package de.ssg.lotsenkontor.overview.ui;

import de.ssg.lotsenkontor.report.ReportMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;

/**
 * Draws a {@link ReportMap} on a canvas: the filled areas, the outlines over them; zoom with the
 * wheel around the pointer, pan by dragging, a tooltip for the area under the pointer, a click
 * hands the area's key on. The projected coordinates are kept as they are; only the view
 * transform changes while zooming, so a frame is one pass over ~12,000 points.
 */
public final class SaxonyMapView extends Region {

    private static final double MIN_ZOOM = 1;
    private static final double MAX_ZOOM = 24;

    private final Canvas canvas = new Canvas();
    private final Label tip = new Label();
    private final List<Shape> shapes = new ArrayList<>();
    private final List<double[]> outlines = new ArrayList<>();
    private Function<String, String> describe = key -> key;
    private Consumer<String> onOpen = key -> { };
    private double minX;
    private double minY;
    private double maxX;
    private double maxY;
    private double zoom = 1;
    private double panX;
    private double panY;
    private double dragX;
    private double dragY;
    private boolean dragged;
    private Shape hovered;
    private long lastPaintNanos;

    private record Shape(String key, Color fill, List<double[]> rings, double x0, double y0, double x1, double y1) {
    }

    public SaxonyMapView() {
        setId("saxonyMap");
        getStyleClass().add("saxony-map");
        tip.getStyleClass().add("map-tooltip");
        tip.setStyle("-fx-background-color: rgba(255,255,255,0.95); -fx-border-color: #888; -fx-padding: 4 8 4 8;");
        tip.setMouseTransparent(true);
        tip.setVisible(false);
        tip.setManaged(false);
        tip.setWrapText(true);
        tip.setMaxWidth(320);
        getChildren().addAll(canvas, tip);
        setMinSize(200, 160);
        setPrefSize(800, 600);
        canvas.setOnScroll(this::zoomed);
        canvas.setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
        });
        canvas.setOnMouseDragged(e -> {
            panX += e.getX() - dragX;
            panY += e.getY() - dragY;
            dragged |= Math.abs(e.getX() - dragX) + Math.abs(e.getY() - dragY) > 0;
            dragX = e.getX();
            dragY = e.getY();
            tip.setVisible(false);
            paint();
        });
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> {
            hovered = null;
            tip.setVisible(false);
        });
        canvas.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && !dragged && e.isStillSincePress()) {
                Shape s = at(e.getX(), e.getY());
                if (s != null && s.key() != null) {
                    onOpen.accept(s.key());
                }
            }
        });
    }

    /** Shows {@code map}; keeps zoom and position. */
    public void setMap(ReportMap map) {
        shapes.clear();
        outlines.clear();
        minX = Double.MAX_VALUE;
        minY = Double.MAX_VALUE;
        maxX = -Double.MAX_VALUE;
        maxY = -Double.MAX_VALUE;
        for (ReportMap.Area area : map.areas()) {
            List<double[]> rings = new ArrayList<>();
            double x0 = Double.MAX_VALUE;
            double y0 = Double.MAX_VALUE;
            double x1 = -Double.MAX_VALUE;
            double y1 = -Double.MAX_VALUE;
            for (ReportMap.Ring ring : area.rings()) {
                double[] xy = ring.xy();
                rings.add(xy);
                for (int i = 0; i < xy.length; i += 2) {
                    x0 = Math.min(x0, xy[i]);
                    x1 = Math.max(x1, xy[i]);
                    y0 = Math.min(y0, xy[i + 1]);
                    y1 = Math.max(y1, xy[i + 1]);
                }
            }
            minX = Math.min(minX, x0);
            minY = Math.min(minY, y0);
            maxX = Math.max(maxX, x1);
            maxY = Math.max(maxY, y1);
            int rgb = area.fillRgb();
            shapes.add(new Shape(area.key(), Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF), rings,
                    x0, y0, x1, y1));
        }
        for (ReportMap.Outline outline : map.outlines()) {
            for (ReportMap.Ring ring : outline.rings()) {
                outlines.add(ring.xy());
            }
        }
        paint();
    }

    /** The text of the tooltip for an area's key. */
    public void setDescription(Function<String, String> describe) {
        this.describe = describe;
    }

    /** What a click on an area does with its key. */
    public void setOnOpen(Consumer<String> onOpen) {
        this.onOpen = onOpen;
    }

    /** Back to all of Saxony. */
    public void reset() {
        zoom = 1;
        panX = 0;
        panY = 0;
        paint();
    }

    public double zoom() {
        return zoom;
    }

    /** How long the last frame took to draw, in nanoseconds. */
    public long lastPaintNanos() {
        return lastPaintNanos;
    }

    /** The number of areas shown. */
    public int areaCount() {
        return shapes.size();
    }

    /** The key of the area at a point of the view, or null. */
    public String keyAt(double x, double y) {
        Shape s = at(x, y);
        return s == null ? null : s.key();
    }

    /** Where an area's centre of bounds lies in the view (for tests). */
    public double[] viewPointOf(String key) {
        for (Shape s : shapes) {
            if (key.equals(s.key())) {
                // a point inside: scan the middle line of the bounds for one that hits
                double my = (s.y0() + s.y1()) / 2;
                for (int i = 1; i < 40; i++) {
                    double mx = s.x0() + (s.x1() - s.x0()) * i / 40;
                    if (contains(s, mx, my)) {
                        return new double[] {screenX(mx), screenY(my)};
                    }
                }
            }
        }
        return null;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            paint();
        }
        tip.resize(tip.prefWidth(-1), tip.prefHeight(tip.prefWidth(-1)));
    }

    private double scale() {
        double w = Math.max(1, canvas.getWidth() - 16);
        double h = Math.max(1, canvas.getHeight() - 16);
        return Math.min(w / Math.max(1e-9, maxX - minX), h / Math.max(1e-9, maxY - minY)) * zoom;
    }

    private double screenX(double x) {
        return canvas.getWidth() / 2 + (x - (minX + maxX) / 2) * scale() + panX;
    }

    private double screenY(double y) {
        return canvas.getHeight() / 2 - (y - (minY + maxY) / 2) * scale() + panY;
    }

    private double worldX(double sx) {
        return (sx - canvas.getWidth() / 2 - panX) / scale() + (minX + maxX) / 2;
    }

    private double worldY(double sy) {
        return -(sy - canvas.getHeight() / 2 - panY) / scale() + (minY + maxY) / 2;
    }

    private void paint() {
        long start = System.nanoTime();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#f4f7fb"));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (shapes.isEmpty()) {
            return;
        }
        g.setFillRule(FillRule.EVEN_ODD);
        g.setLineWidth(0.5);
        g.setStroke(Color.web("#ffffff"));
        for (Shape s : shapes) {
            g.beginPath();
            for (double[] xy : s.rings()) {
                trace(g, xy);
            }
            g.setFill(s == hovered ? s.fill().darker() : s.fill());
            g.fill();
            g.stroke();
        }
        g.setStroke(Color.web("#37474f"));
        g.setLineWidth(1.4);
        g.beginPath();
        for (double[] xy : outlines) {
            trace(g, xy);
        }
        g.stroke();
        lastPaintNanos = System.nanoTime() - start;
    }

    private void trace(GraphicsContext g, double[] xy) {
        double s = scale();
        double cx = canvas.getWidth() / 2 - (minX + maxX) / 2 * s + panX;
        double cy = canvas.getHeight() / 2 + (minY + maxY) / 2 * s + panY;
        g.moveTo(cx + xy[0] * s, cy - xy[1] * s);
        for (int i = 2; i < xy.length; i += 2) {
            g.lineTo(cx + xy[i] * s, cy - xy[i + 1] * s);
        }
        g.closePath();
    }

    private void zoomed(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        double factor = Math.pow(1.0015, e.getDeltaY());
        double next = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * factor));
        // keep the point under the pointer where it is
        double wx = worldX(e.getX());
        double wy = worldY(e.getY());
        zoom = next;
        panX += e.getX() - screenX(wx);
        panY += e.getY() - screenY(wy);
        tip.setVisible(false);
        paint();
        e.consume();
    }

    private void hover(MouseEvent e) {
        Shape s = at(e.getX(), e.getY());
        if (s != hovered) {
            hovered = s;
            paint();
        }
        if (s == null) {
            tip.setVisible(false);
            return;
        }
        tip.setText(describe.apply(s.key()));
        tip.setVisible(true);
        double w = tip.prefWidth(-1);
        double h = tip.prefHeight(w);
        tip.resize(w, h);
        double x = e.getX() + 16 + w > getWidth() ? e.getX() - w - 8 : e.getX() + 16;
        double y = e.getY() + 16 + h > getHeight() ? e.getY() - h - 8 : e.getY() + 16;
        tip.relocate(Math.max(0, x), Math.max(0, y));
    }

    private Shape at(double sx, double sy) {
        double x = worldX(sx);
        double y = worldY(sy);
        for (Shape s : shapes) {
            if (x >= s.x0() && x <= s.x1() && y >= s.y0() && y <= s.y1() && contains(s, x, y)) {
                return s;
            }
        }
        return null;
    }

    private static boolean contains(Shape s, double x, double y) {
        boolean inside = false;
        for (double[] xy : s.rings()) {
            int n = xy.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = xy[2 * i];
                double yi = xy[2 * i + 1];
                double xj = xy[2 * j];
                double yj = xy[2 * j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
