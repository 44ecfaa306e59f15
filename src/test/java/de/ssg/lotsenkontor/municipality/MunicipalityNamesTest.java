package de.ssg.lotsenkontor.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.municipality.MunicipalityNames.Ambiguous;
import de.ssg.lotsenkontor.municipality.MunicipalityNames.Dissolved;
import de.ssg.lotsenkontor.municipality.MunicipalityNames.Found;
import de.ssg.lotsenkontor.municipality.MunicipalityNames.Match;
import de.ssg.lotsenkontor.municipality.MunicipalityNames.Unknown;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Finding the 418 Saxon municipalities by what people write for them. */
class MunicipalityNamesTest {

    private static MunicipalityNames names;

    @BeforeAll
    static void bundledMunicipalities() throws Exception {
        List<MunicipalityOption> options = new ArrayList<>();
        try (Reader in = new InputStreamReader(MunicipalityNamesTest.class.getResourceAsStream(
                "/de/ssg/lotsenkontor/reference/sachsen_gemeinden.csv"), StandardCharsets.UTF_8)) {
            long id = 1;
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                    .get().parse(in)) {
                options.add(new MunicipalityOption(id++, r.get("ags"), r.get("name"), r.get("kreis_ags"),
                        r.get("kreis_name"), null, null, null));
            }
        }
        assertThat(options).hasSize(418);
        // merged into Jahnatal on 1 January 2023
        options.add(new MunicipalityOption(9001, "14522420", "Ostrau", "14522", "Mittelsachsen", null, null,
                LocalDate.of(2023, 1, 1)));
        names = MunicipalityNames.of(options);
    }

    private static String found(String written) {
        Match m = names.byName(written);
        assertThat(m).as(written).isInstanceOf(Found.class);
        return ((Found) m).municipality().ags();
    }

    @Test
    void officialNamesWithTheirAdditionsAndTheShortFormsPeopleWrite() {
        assertThat(found("Bautzen / Budyšin, Stadt")).isEqualTo("14625020");
        assertThat(found("Bautzen")).isEqualTo("14625020");
        assertThat(found("Budyšin")).isEqualTo("14625020");
        assertThat(found("Stadt Bautzen")).isEqualTo("14625020");
        assertThat(found("Bautzen (Stadt)")).isEqualTo("14625020");
        assertThat(found("Görlitz, Stadt, Hochschulstadt")).isEqualTo("14626110");
        assertThat(found("Görlitz, Stadt")).isEqualTo("14626110");
        assertThat(found("Görlitz")).isEqualTo("14626110");
        assertThat(found("Goerlitz")).isEqualTo("14626110");
        assertThat(found("GÖRLITZ")).isEqualTo("14626110");
        assertThat(found("  görlitz ")).isEqualTo("14626110");
        assertThat(found("Große Kreisstadt Görlitz")).isEqualTo("14626110");
        assertThat(found("Landeshauptstadt Dresden")).isEqualTo("14612000");
        assertThat(found("Lugau/Erzgeb., Stadt")).isEqualTo("14521380");
        assertThat(found("Lugau")).isEqualTo("14521380");
        assertThat(found("Kurort Oberwiesenthal")).isEqualTo("14521440");
        assertThat(found("Neustadt in Sachsen")).isEqualTo("14628260");
        assertThat(found("Neustadt/Vogtl.")).isEqualTo("14523290");
        assertThat(found("Hoyerswerda")).isEqualTo("14625240");
    }

    @Test
    void aNameOfSeveralMunicipalitiesIsAmbiguousNeverGuessed() {
        assertThat(names.byName("Neustadt")).isInstanceOfSatisfying(Ambiguous.class, a ->
                assertThat(a.candidates()).extracting(MunicipalityOption::ags).containsExactly("14628260", "14523290"));
        assertThat(names.byName("Oelsnitz")).isInstanceOf(Ambiguous.class);
        // one of them is officially just "Auerbach", but people in the Vogtland write that for Auerbach/Vogtl.
        assertThat(names.byName("Auerbach")).isInstanceOfSatisfying(Ambiguous.class, a ->
                assertThat(a.candidates()).hasSize(2));
    }

    @Test
    void unknownAndDissolvedAndByAgs() {
        assertThat(names.byName("Hintertupfingen")).isInstanceOf(Unknown.class);
        assertThat(names.byName("")).isInstanceOf(Unknown.class);
        assertThat(names.byName("Ostrau")).isInstanceOfSatisfying(Dissolved.class,
                d -> assertThat(d.municipality().dissolvedOn()).isEqualTo(LocalDate.of(2023, 1, 1)));
        assertThat(names.byAgs("14625020")).isInstanceOfSatisfying(Found.class,
                f -> assertThat(f.municipality().name()).isEqualTo("Bautzen / Budyšin, Stadt"));
        assertThat(names.byAgs("14522420")).isInstanceOf(Dissolved.class);
        assertThat(names.byAgs("14999999")).isInstanceOf(Unknown.class);
    }

    @Test
    void keysOfAnOfficialName() {
        assertThat(MunicipalityNames.keys("Großpostwitz/O.L. / Budestecy")).containsExactly(
                "grosspostwitz o l budestecy", "grosspostwitz o l", "grosspostwitz", "budestecy");
        assertThat(MunicipalityNames.keys("Neustadt in Sachsen, Stadt")).containsExactly(
                "neustadt in sachsen stadt", "neustadt in sachsen", "neustadt");
    }
}
