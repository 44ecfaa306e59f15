package de.ssg.lotsenkontor.municipality.directoryimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.municipality.AssociationType;
import de.ssg.lotsenkontor.municipality.MunicipalityType;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryFile.MunicipalityEntry;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Field;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.FieldChange;
import de.ssg.lotsenkontor.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The original Destatis file (31.12.2023, all of Germany) from the shared data folder. Skipped
 * where the file is not present (CI has no shared folder); set {@code -Dlotsenkontor.gvFile=…}
 * to point elsewhere.
 */
class RealDirectoryFileTest {

    private static Path file;

    @TempDir
    Path dir;

    @BeforeAll
    static void findFile() {
        String configured = System.getProperty("lotsenkontor.gvFile");
        file = Stream.of(configured == null ? null : Path.of(configured),
                        Path.of("../shared/data/31122023_Auszug_GV.xlsx"),
                        Path.of("../../shared/data/31122023_Auszug_GV.xlsx"))
                .filter(p -> p != null && Files.isRegularFile(p)).findFirst().orElse(null);
    }

    @Test
    void saxonyHas418Municipalities() {
        assumeTrue(file != null, "original GV-ISys file not present");
        DirectoryFile f = GvIsysReader.read(file, StateFilter.SAXONY, Progress.NONE);

        assertThat(f.sheetName()).isEqualTo("Onlineprodukt_Gemeinden31122023");
        assertThat(f.referenceDate()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(f.stateName()).isEqualTo("Sachsen");
        assertThat(f.municipalities()).hasSize(418);
        assertThat(f.municipalities().stream().filter(m -> m.type() == MunicipalityType.KREISFREIE_STADT)).hasSize(3);
        assertThat(f.municipalities().stream().filter(m -> m.type() == MunicipalityType.STADT)).hasSize(166);
        assertThat(f.municipalities().stream().filter(m -> m.type() == MunicipalityType.GEMEINDE)).hasSize(249);
        assertThat(f.districts()).hasSize(13);
        assertThat(f.associations().values().stream().filter(a -> a.type() == AssociationType.VERWALTUNGSGEMEINSCHAFT))
                .hasSize(64);
        assertThat(f.associations().values().stream().filter(a -> a.type() == AssociationType.VERWALTUNGSVERBAND))
                .hasSize(6);
        assertThat(f.municipalities().stream().mapToLong(MunicipalityEntry::population).sum()).isEqualTo(4_089_467L);
        MunicipalityEntry jahnatal = f.municipalities().stream().filter(m -> m.ags().equals("14522275")).findFirst()
                .orElseThrow();
        assertThat(jahnatal.name()).isEqualTo("Jahnatal");
        assertThat(jahnatal.postcode()).isEqualTo("04749");
    }

    @Test
    void allStatesGiveAllMunicipalitiesOfGermany() {
        assumeTrue(file != null, "original GV-ISys file not present");
        DirectoryFile f = GvIsysReader.read(file, StateFilter.ALL, Progress.NONE);
        assertThat(f.municipalities()).hasSize(10_773);
        assertThat(f.unincorporated()).isEqualTo(208); // gemeindefreie Gebiete, not taken
        assertThat(f.districts()).hasSize(400);
        assertThat(f.municipalities()).allSatisfy(m -> {
            assertThat(m.ags()).matches("\\d{8}");
            assertThat(m.ars()).matches("\\d{12}");
            assertThat(m.areaKm2().scale()).isEqualTo(2);
        });
    }

    /** What the 2023 edition says about the bundled data (edition 31.12.2024). */
    @Test
    void againstTheBundledDataTheOlderEditionDiffersInThreeNamesAndSixBoundaries() {
        assumeTrue(file != null, "original GV-ISys file not present");
        try (Database db = TestDatabases.open(dir)) {
            ReferenceData.loadIfEmpty(db);
            DirectoryImportService service = new DirectoryImportService(db, Clock.systemDefaultZone());
            DirectoryPreview p = service.preview(service.read(file, StateFilter.SAXONY, Progress.NONE));

            assertThat(p.found()).isEqualTo(418);
            assertThat(p.added()).isEmpty();
            assertThat(p.vanished()).isEmpty();
            assertThat(p.olderThanCurrent()).isTrue();
            // 2024 added honorary titles to three names
            assertThat(p.renamed()).extracting(r -> r.oldName() + " → " + r.newName()).containsExactly(
                    "Rochlitz, Stadt, Stadt des Roten Porphyr → Rochlitz, Stadt",
                    "Görlitz, Stadt, Hochschulstadt → Görlitz, Stadt",
                    "Zittau, Stadt, Hochschulstadt → Zittau, Stadt");
            // boundary changes between neighbours during 2024: area and population move together
            assertThat(p.changed()).extracting(DirectoryPreview.Changed::ags).containsExactly(
                    "14521090", "14521690", "14522260", "14522380", "14523120", "14523290");
            assertThat(p.changed()).flatExtracting(DirectoryPreview.Changed::changes).extracting(FieldChange::field)
                    .containsOnly(Field.POPULATION, Field.AREA);
            assertThat(p.units()).extracting(DirectoryTexts::unit).containsExactly(
                    "Verwaltungsgemeinschaft/-verband umbenannt: 147305311 Torgau/Dreiheide → Torgau");
        }
    }
}
