package de.ssg.lotsenkontor.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.storage.Database;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDataTest {

    @TempDir
    Path folder;

    @Test
    void loadsSaxonyOnceWithAllAttributes() {
        try (Database db = TestDatabases.open(folder)) {
            assertThat(ReferenceData.loadIfEmpty(db)).isTrue();
            assertThat(ReferenceData.loadIfEmpty(db)).as("second start loads nothing").isFalse();

            db.read(s -> {
                assertThat(count(s, "select count(*) from District")).isEqualTo(13);
                assertThat(count(s, "select count(*) from AdminAssociation")).isEqualTo(70);
                assertThat(count(s, "select count(*) from Municipality")).isEqualTo(418);
                assertThat(count(s, "select count(*) from Municipality m where m.type = KREISFREIE_STADT"))
                        .isEqualTo(3);
                assertThat(count(s, "select count(*) from Municipality m where m.type = STADT")).isEqualTo(166);
                assertThat(s.createSelectionQuery("select sum(m.population) from Municipality m", Long.class)
                        .getSingleResult()).isEqualTo(4_089_467L);

                Municipality bautzen = s.createSelectionQuery("from Municipality m where m.ags = '14625020'",
                        Municipality.class).getSingleResult();
                assertThat(bautzen.getName()).isEqualTo("Bautzen / Budyšin, Stadt");
                assertThat(bautzen.getDistrict().getName()).isEqualTo("Bautzen");
                assertThat(bautzen.getPostcode()).hasSize(5);
                assertThat(bautzen.getAreaKm2()).isGreaterThan(BigDecimal.ZERO);
                assertThat(bautzen.getLatitude()).isBetween(new BigDecimal("51"), new BigDecimal("52"));
                assertThat(bautzen.getParticipationStatus()).isEqualTo(ParticipationStatus.NICHT_BETEILIGT);

                Municipality amtsberg = s.createSelectionQuery("from Municipality m where m.ags = '14521010'",
                        Municipality.class).getSingleResult();
                assertThat(amtsberg.getAssociation()).isNull();
                long inAssociation = count(s, "select count(*) from Municipality m where m.association is not null");
                assertThat(inAssociation).isEqualTo(179);
                return null;
            });
        }
    }

    private static long count(org.hibernate.Session s, String hql) {
        return s.createSelectionQuery(hql, Long.class).getSingleResult();
    }
}
