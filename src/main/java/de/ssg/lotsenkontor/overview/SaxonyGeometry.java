package de.ssg.lotsenkontor.overview;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

    /**
     * Reads a GeoJSON feature collection with Jackson's streaming parser: the 290 KB of boundaries
     * in one pass, without building a tree (and without loading the object mapper, which cost
     * more than the parsing itself in a fresh process such as {@code print overview}).
     */
    private static Map<String, Shape> read(String resource) {
        try (InputStream in = SaxonyGeometry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("boundary resource missing: " + resource);
            }
            Map<String, Shape> out = new LinkedHashMap<>();
            try (JsonParser json = new JsonFactory().createParser(in)) {
                expect(json.nextToken(), JsonToken.START_OBJECT, resource);
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String field = json.currentName();
                    JsonToken value = json.nextToken();
                    if ("features".equals(field) && value == JsonToken.START_ARRAY) {
                        while (json.nextToken() == JsonToken.START_OBJECT) {
                            Shape shape = feature(json);
                            out.put(shape.key(), shape);
                        }
                    } else {
                        json.skipChildren();
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One feature, the parser on its opening brace: its AGS, name and rings. */
    private static Shape feature(JsonParser json) throws IOException {
        String key = "";
        String name = "";
        String type = "";
        Object coordinates = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            if ("properties".equals(field) && value == JsonToken.START_OBJECT) {
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String property = json.currentName();
                    JsonToken v = json.nextToken();
                    if ("AGS".equals(property) && v.isScalarValue()) {
                        key = json.getText();
                    } else if ("GEN".equals(property) && v.isScalarValue()) {
                        name = json.getText();
                    } else {
                        json.skipChildren();
                    }
                }
            } else if ("geometry".equals(field) && value == JsonToken.START_OBJECT) {
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String g = json.currentName();
                    JsonToken v = json.nextToken();
                    if ("type".equals(g) && v.isScalarValue()) {
                        type = json.getText();
                    } else if ("coordinates".equals(g) && v == JsonToken.START_ARRAY) {
                        coordinates = array(json);
                    } else {
                        json.skipChildren();
                    }
                }
            } else {
                json.skipChildren();
            }
        }
        List<ReportMap.Ring> rings = new ArrayList<>();
        if ("Polygon".equals(type) && coordinates instanceof List<?> polygon) {
            polygon(polygon, rings);
        } else if ("MultiPolygon".equals(type) && coordinates instanceof List<?> polygons) {
            for (Object p : polygons) {
                if (p instanceof List<?> polygon) {
                    polygon(polygon, rings);
                }
            }
        }
        return new Shape(key, name, rings);
    }

    /** A nested array, the parser on its opening bracket: a position as {@code double[]}, else a list. */
    private static Object array(JsonParser json) throws IOException {
        List<Object> items = new ArrayList<>();
        double[] numbers = new double[2];
        int count = 0;
        JsonToken t;
        while ((t = json.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.START_ARRAY) {
                items.add(array(json));
            } else if (t.isNumeric()) {
                if (count == numbers.length) {
                    numbers = java.util.Arrays.copyOf(numbers, count * 2);
                }
                numbers[count++] = json.getDoubleValue();
            } else {
                json.skipChildren();
            }
        }
        return items.isEmpty() && count > 0 ? java.util.Arrays.copyOf(numbers, count) : items;
    }

    private static void polygon(List<?> polygon, List<ReportMap.Ring> rings) {
        for (Object r : polygon) {
            if (!(r instanceof List<?> ring)) {
                continue;
            }
            double[] xy = new double[ring.size() * 2];
            int i = 0;
            for (Object point : ring) {
                if (point instanceof double[] lonLat && lonLat.length >= 2) {
                    xy[i++] = lonLat[0] * KM_PER_DEGREE_LON;
                    xy[i++] = lonLat[1] * KM_PER_DEGREE_LAT;
                }
            }
            if (i < xy.length) {
                xy = java.util.Arrays.copyOf(xy, i);
            }
            if (xy.length >= 6) {
                rings.add(new ReportMap.Ring(xy));
            }
        }
    }

    private static void expect(JsonToken actual, JsonToken expected, String resource) {
        if (actual != expected) {
            throw new IllegalStateException("boundary resource " + resource + " is not a GeoJSON object");
        }
    }
}
