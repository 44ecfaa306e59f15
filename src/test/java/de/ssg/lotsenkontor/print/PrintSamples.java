package de.ssg.lotsenkontor.print;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes sample PDFs to look at ({@code -Dprint.samples=DIR}), including the real map of Saxony
 * when the boundary data lies beside the project (or {@code -Dprint.geojson=FILE}); not part of
 * the normal run.
 */
@EnabledIfSystemProperty(named = "print.samples", matches = ".+")
class PrintSamples {

    @Test
    void writeSamples() throws IOException {
        Path dir = Path.of(System.getProperty("print.samples"));
        Files.createDirectories(dir);
        render(PrintFixtures.overview(), dir.resolve("overview.pdf"));
        render(Report.ofTable("Belegliste 2025", "Fördervertrag 2025–2026", PrintFixtures.CREATED,
                PrintFixtures.expenses(40)), dir.resolve("expenses.pdf"));
        render(Report.ofTable("Kennzahlen", null, PrintFixtures.CREATED, PrintFixtures.wide(16, 60)),
                dir.resolve("wide.pdf"));
        Path geo = Path.of(System.getProperty("print.geojson", "../shared/data/sachsen_gemeinden_vg5000_2021.geojson"));
        if (Files.exists(geo)) {
            render(Report.builder("Karte", PrintFixtures.CREATED).block(saxony(geo)).build(), dir.resolve("map.pdf"));
        }
    }

    private static void render(Report report, Path file) {
        long start = System.nanoTime();
        new PdfRenderer().render(report, file, Progress.NONE);
        org.slf4j.LoggerFactory.getLogger(PrintSamples.class).info("{}: {} ms", file, (System.nanoTime() - start) / 1_000_000);
    }

    /** The municipalities of Saxony from GeoJSON (longitude/latitude), projected simply (equirectangular at 51°). */
    static ReportMap saxony(Path geo) throws IOException {
        JsonNode root = new ObjectMapper().readTree(geo.toFile());
        int[] colours = {0x2E7D32, 0x81C784, 0xFFB74D, 0xE0E0E0};
        String[] labels = {"aktiv", "in Vorbereitung", "pausiert", "keine Teilnahme"};
        var map = ReportMap.builder("Teilnahme der Kommunen in Sachsen", "Kommune", "Status");
        int i = 0;
        for (JsonNode feature : root.get("features")) {
            JsonNode geometry = feature.get("geometry");
            List<ReportMap.Ring> rings = new ArrayList<>();
            JsonNode polygons = geometry.get("type").asText().equals("MultiPolygon") ? geometry.get("coordinates")
                    : new ObjectMapper().createArrayNode().add(geometry.get("coordinates"));
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    double[] xy = new double[ring.size() * 2];
                    for (int p = 0; p < ring.size(); p++) {
                        xy[2 * p] = ring.get(p).get(0).asDouble() * Math.cos(Math.toRadians(51));
                        xy[2 * p + 1] = ring.get(p).get(1).asDouble();
                    }
                    rings.add(new ReportMap.Ring(xy));
                }
            }
            int k = (i++ * 7) % 4;
            JsonNode props = feature.get("properties");
            String name = props.has("GEN") ? props.get("GEN").asText() : "Gemeinde " + i;
            map.area(null, name, labels[k], colours[k], rings);
        }
        for (int k = 0; k < 4; k++) {
            map.legend(labels[k], colours[k]);
        }
        return map.attribution("© GeoBasis-DE / BKG 2021 (Daten verändert), dl-de/by-2-0").build();
    }
}
