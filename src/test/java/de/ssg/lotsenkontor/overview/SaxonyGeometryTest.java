package de.ssg.lotsenkontor.overview;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.storage.Database;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaxonyGeometryTest {

    @TempDir
    Path folder;

    @Test
    void everyMunicipalityOfTheReferenceDataHasAPolygon() {
        Set<String> ags = new HashSet<>();
        try (Database db = TestDatabases.open(folder)) {
            ReferenceData.loadIfEmpty(db);
            db.withConnection(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT ags FROM municipality")) {
                    while (rs.next()) {
                        ags.add(rs.getString(1));
                    }
                }
                return null;
            });
        }
        SaxonyGeometry g = SaxonyGeometry.get();
        assertThat(ags).hasSize(418);
        assertThat(g.municipalities().keySet()).containsExactlyInAnyOrderElementsOf(ags);
        g.municipalities().values().forEach(s -> assertThat(s.rings()).as(s.key()).isNotEmpty());
        assertThat(g.districts()).hasSize(13);
        // projected to kilometres: Saxony spans about 215 km west–east and 168 km (50.17–51.68° N) south–north
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (SaxonyGeometry.Shape s : g.municipalities().values()) {
            for (var r : s.rings()) {
                for (int i = 0; i < r.points(); i++) {
                    minX = Math.min(minX, r.x(i));
                    maxX = Math.max(maxX, r.x(i));
                    minY = Math.min(minY, r.y(i));
                    maxY = Math.max(maxY, r.y(i));
                }
            }
        }
        assertThat(maxX - minX).isBetween(190.0, 240.0);
        assertThat(maxY - minY).isBetween(155.0, 180.0);
        assertThat(SaxonyGeometry.get()).isSameAs(g);
    }
}
