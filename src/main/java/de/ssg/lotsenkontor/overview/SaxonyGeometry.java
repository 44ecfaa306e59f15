package de.ssg.lotsenkontor.overview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ssg.lotsenkontor.report.ReportMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The boundaries of Saxony's 418 municipalities (BKG VG5000) and 13 districts (BKG VG250), read
 * once from the bundled GeoJSON and projected to kilometres: {@code x} east, {@code y} north, with
 * longitudes scaled by cos(51°) (an equirectangular projection true to scale across Saxony, which
 * spans 50.2–51.7° N). Read once, then cached for the life of the program.
 */
public final class SaxonyGeometry {

    /** The licence asks for this line wherever the boundaries are shown. */
    public static final String ATTRIBUTION =
            "Gemeinde- und Kreisgrenzen: © GeoBasis-DE / BKG 2021 bzw. 2020 (Daten verändert), dl-de/by-2-0";

    private static final double KM_PER_DEGREE_LAT = 111.2;
    private static final double KM_PER_DEGREE_LON = 111.32 * Math.cos(Math.toRadians(51.0));

    /** One boundary: its key (AGS), its name and its rings in kilometres. */
    public record Shape(String key, String name, List<ReportMap.Ring> rings) {
    }

    private static volatile SaxonyGeometry cached;

    private final Map<String, Shape> municipalities;
    private final List<Shape> districts;

    private SaxonyGeometry(Map<String, Shape> municipalities, List<Shape> districts) {
        this.municipalities = Collections.unmodifiableMap(municipalities);
        this.districts = List.copyOf(districts);
    }

    /** The bundled boundaries, read on first use. */
    public static SaxonyGeometry get() {
        SaxonyGeometry g = cached;
        if (g == null) {
            synchronized (SaxonyGeometry.class) {
                g = cached;
                if (g == null) {
                    g = new SaxonyGeometry(read("gemeinden.geojson"), List.copyOf(read("kreise.geojson").values()));
                    cached = g;
                }
            }
        }
        return g;
    }

    /** The municipalities by AGS, in file order. */
    public Map<String, Shape> municipalities() {
        return municipalities;
    }

    /** The district boundaries. */
    public List<Shape> districts() {
        return districts;
    }

    private static Map<String, Shape> read(String resource) {
        try (InputStream in = SaxonyGeometry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("boundary resource missing: " + resource);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Shape> out = new LinkedHashMap<>();
            for (JsonNode feature : root.path("features")) {
                JsonNode props = feature.path("properties");
                String key = props.path("AGS").asText();
                JsonNode geometry = feature.path("geometry");
                List<ReportMap.Ring> rings = new ArrayList<>();
                if ("Polygon".equals(geometry.path("type").asText())) {
                    polygon(geometry.path("coordinates"), rings);
                } else if ("MultiPolygon".equals(geometry.path("type").asText())) {
                    for (JsonNode p : geometry.path("coordinates")) {
                        polygon(p, rings);
                    }
                }
                out.put(key, new Shape(key, props.path("GEN").asText(), rings));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void polygon(JsonNode polygon, List<ReportMap.Ring> rings) {
        for (JsonNode ring : polygon) {
            double[] xy = new double[ring.size() * 2];
            int i = 0;
            for (JsonNode point : ring) {
                xy[i++] = point.get(0).asDouble() * KM_PER_DEGREE_LON;
                xy[i++] = point.get(1).asDouble() * KM_PER_DEGREE_LAT;
            }
            if (xy.length >= 6) {
                rings.add(new ReportMap.Ring(xy));
            }
        }
    }
}
