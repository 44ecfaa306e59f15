package de.ssg.lotsenkontor.municipality.directoryimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.municipality.AssociationType;
import de.ssg.lotsenkontor.municipality.DistrictType;
import de.ssg.lotsenkontor.municipality.MunicipalityType;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryFile.MunicipalityEntry;
import de.ssg.lotsenkontor.municipality.directoryimport.GvIsysWorkbook.Col;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GV-ISys reader finds sheet and columns by their content, in any edition and after re-saves. */
class GvIsysReaderTest {

    @TempDir
    Path dir;

    private DirectoryFile read(GvIsysWorkbook workbook, StateFilter state) throws Exception {
        return GvIsysReader.read(workbook.write(dir, "gv.xlsx"), state, Progress.NONE);
    }

    private static Map<String, MunicipalityEntry> byAgs(DirectoryFile f) {
        return f.municipalities().stream().collect(Collectors.toMap(MunicipalityEntry::ags, Function.identity()));
    }

    @Test
    void findsTheDataSheetAndItsColumnsBehindAContentsSheetAndAMergedHeader() throws Exception {
        DirectoryFile f = read(GvIsysWorkbook.saxonyAfterMerger(), StateFilter.SAXONY);

        assertThat(f.sheetName()).isEqualTo("Onlineprodukt_Gemeinden31122022");
        assertThat(f.referenceDate()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(f.stateName()).isEqualTo("Sachsen");
        assertThat(f.columns()).containsAll(EnumSet.allOf(GvColumn.class));
        assertThat(f.municipalities()).extracting(MunicipalityEntry::ags)
                .containsExactly("14511000", "14521010", "14521040", "14521120", "14521090", "14521270", "14521690",
                        "14522275");

        MunicipalityEntry chemnitz = byAgs(f).get("14511000");
        assertThat(chemnitz.name()).isEqualTo("Chemnitz, Stadt");
        assertThat(chemnitz.ars()).isEqualTo("145110000000");
        assertThat(chemnitz.type()).isEqualTo(MunicipalityType.KREISFREIE_STADT);
        assertThat(chemnitz.population()).isEqualTo(250681);
        assertThat(chemnitz.areaKm2()).isEqualByComparingTo("221.03");
        assertThat(chemnitz.postcode()).isEqualTo("09111");
        assertThat(chemnitz.longitude()).isEqualByComparingTo("12.921602");
        assertThat(chemnitz.latitude()).isEqualByComparingTo("50.833593");
        assertThat(chemnitz.associationKey()).isNull();

        MunicipalityEntry auerbach = byAgs(f).get("14521040");
        assertThat(auerbach.areaKm2()).isEqualTo(new BigDecimal("8.28")); // 8.2799999999999994 rounded
        assertThat(auerbach.associationKey()).isEqualTo("145215103");
        assertThat(byAgs(f).get("14521690").type()).isEqualTo(MunicipalityType.STADT);
        assertThat(byAgs(f).get("14521010").type()).isEqualTo(MunicipalityType.GEMEINDE);

        assertThat(f.districts()).containsOnlyKeys("14511", "14521", "14522");
        assertThat(f.districts().get("14511").type()).isEqualTo(DistrictType.KREISFREIE_STADT);
        assertThat(f.districts().get("14521").type()).isEqualTo(DistrictType.LANDKREIS);
        assertThat(f.districts().get("14521").regionName()).isEqualTo("früher: Direktionsbezirk Chemnitz");
        assertThat(f.associations()).containsOnlyKeys("145215103", "145215405", "145215138");
        assertThat(byAgs(f).get("14521010").associationKey()).isNull(); // verbandsfrei (Textkennzeichen 50)
        assertThat(f.associations().get("145215103").type()).isEqualTo(AssociationType.VERWALTUNGSGEMEINSCHAFT);
        assertThat(f.associations().get("145215405").type()).isEqualTo(AssociationType.VERWALTUNGSVERBAND);
        assertThat(f.associations().get("145215405").name()).isEqualTo("Wildenstein");
    }

    @Test
    void aResavedCopyWithNumericKeysAndCoordinatesGivesTheSameResult() throws Exception {
        DirectoryFile original = read(GvIsysWorkbook.saxonyAfterMerger(), StateFilter.SAXONY);
        GvIsysWorkbook resaved = GvIsysWorkbook.saxonyAfterMerger();
        resaved.numericKeys = true;
        resaved.sheetName = "Tabelle1";
        resaved.contentsSheet = false;
        DirectoryFile copy = GvIsysReader.read(resaved.write(dir, "kopie.xlsx"), StateFilter.SAXONY, Progress.NONE);

        assertThat(copy.municipalities()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("row")
                .isEqualTo(original.municipalities().stream().toList());
        assertThat(byAgs(copy).get("14511000").postcode()).isEqualTo("09111");
        assertThat(copy.associations().keySet()).isEqualTo(original.associations().keySet());
        assertThat(copy.referenceDate()).isEqualTo(original.referenceDate());
    }

    @Test
    void takesEveryStateWithAll() throws Exception {
        DirectoryFile f = read(GvIsysWorkbook.saxonyAfterMerger(), StateFilter.ALL);
        assertThat(f.municipalities()).hasSize(11);
        assertThat(byAgs(f).get("01001000").name()).isEqualTo("Flensburg, Stadt");
        // erfüllende Gemeinde (Thuringia) is kept as a Verwaltungsgemeinschaft
        assertThat(f.associations().get("160775052").type()).isEqualTo(AssociationType.VERWALTUNGSGEMEINSCHAFT);
        assertThat(f.stateName()).isNull();
    }

    @Test
    void findsColumnsThatMovedAndIgnoresExtraOnes() throws Exception {
        GvIsysWorkbook w = GvIsysWorkbook.saxonyAfterMerger();
        w.columns.remove(Col.POSTCODE);
        w.columns.add(2, Col.POSTCODE); // postcode now third
        w.columns.remove(Col.POP);
        w.columns.add(Col.POP); // population last, away from its group
        DirectoryFile f = read(w, StateFilter.SAXONY);
        assertThat(byAgs(f).get("14511000").postcode()).isEqualTo("09111");
        assertThat(byAgs(f).get("14511000").population()).isEqualTo(250681);
    }

    @Test
    void withoutOptionalColumnsTheirFieldsAreLeftOut() throws Exception {
        GvIsysWorkbook w = GvIsysWorkbook.saxonyAfterMerger().without(Col.POSTCODE).without(Col.LON).without(Col.LAT);
        DirectoryFile f = read(w, StateFilter.SAXONY);
        assertThat(f.has(GvColumn.POSTCODE)).isFalse();
        assertThat(byAgs(f).get("14511000").postcode()).isNull();
        assertThat(byAgs(f).get("14511000").population()).isEqualTo(250681);
    }

    @Test
    void withoutTextCodesTypesComeFromTheNames() throws Exception {
        GvIsysWorkbook w = GvIsysWorkbook.saxonyAfterMerger().without(Col.TEXTKENNZEICHEN);
        DirectoryFile f = read(w, StateFilter.SAXONY);
        assertThat(byAgs(f).get("14511000").type()).isEqualTo(MunicipalityType.KREISFREIE_STADT);
        assertThat(byAgs(f).get("14521690").type()).isEqualTo(MunicipalityType.STADT);
        assertThat(byAgs(f).get("14521010").type()).isEqualTo(MunicipalityType.GEMEINDE);
        assertThat(byAgs(f).get("14521040").associationKey()).isEqualTo("145215103");
        assertThat(byAgs(f).get("14522275").associationKey()).isNull();
    }

    @Test
    void theReferenceDateComesFromTheSheetNameWhenTheHeaderHasNone() throws Exception {
        GvIsysWorkbook w = GvIsysWorkbook.saxonyAfterMerger();
        w.title = "Gemeinden in Deutschland";
        w.gebietsstand = "Gebietsstand";
        w.headerDate = null;
        w.sheetName = "Onlineprodukt_Gemeinden30062021";
        assertThat(read(w, StateFilter.SAXONY).referenceDate()).isEqualTo(LocalDate.of(2021, 6, 30));
    }

    @Test
    void withoutAnyReferenceDateTheFileIsRefused() throws Exception {
        GvIsysWorkbook w = GvIsysWorkbook.saxonyAfterMerger();
        w.title = "Gemeinden in Deutschland";
        w.gebietsstand = "Gebietsstand";
        w.headerDate = null;
        w.sheetName = "Daten";
        assertThatThrownBy(() -> GvIsysReader.read(w.write(dir, "gemeinden.xlsx"), StateFilter.SAXONY, Progress.NONE))
                .isInstanceOf(DirectoryFormatException.class)
                .hasMessageContaining("gemeinden.xlsx")
                .hasMessageContaining("Gebietsstand")
                .hasMessageContaining("„Daten“");
    }

    @Test
    void aWorkbookWithoutTheAreaColumnIsRefusedNamingSheetHeaderAndColumn() throws Exception {
        GvIsysWorkbook w = GvIsysWorkbook.saxonyAfterMerger().without(Col.AREA);
        assertThatThrownBy(() -> read(w, StateFilter.SAXONY))
                .isInstanceOf(DirectoryFormatException.class)
                .hasMessageContaining("gv.xlsx")
                .hasMessageContaining("Tabelle „Onlineprodukt_Gemeinden31122022“")
                .hasMessageContaining("Zeile 3–5")
                .hasMessageContaining("fehlen")
                .hasMessageContaining("„Fläche“")
                .hasMessageContaining("Es wurde nichts geändert");
    }

    @Test
    void aWorkbookWithoutPopulationAndNameNamesBoth() throws Exception {
        GvIsysWorkbook w = GvIsysWorkbook.saxonyAfterMerger().without(Col.POP).without(Col.NAME);
        assertThatThrownBy(() -> read(w, StateFilter.SAXONY))
                .hasMessageContaining("„Gemeindename“")
                .hasMessageContaining("„Bevölkerung insgesamt“");
    }

    @Test
    void aWorkbookThatIsNoDirectoryIsRefused() throws Exception {
        Path file = dir.resolve("liste.xlsx");
        try (var wb = new XSSFWorkbook(); var out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("Kommunen");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("AGS");
            header.createCell(1).setCellValue("Name");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("14511000");
            row.createCell(1).setCellValue("Chemnitz");
            wb.write(out);
        }
        assertThatThrownBy(() -> GvIsysReader.read(file, StateFilter.SAXONY, Progress.NONE))
                .isInstanceOf(DirectoryFormatException.class)
                .hasMessageContaining("liste.xlsx ist kein Gemeindeverzeichnis")
                .hasMessageContaining("„Kommunen“")
                .hasMessageContaining("Satzart");
    }

    @Test
    void anUnreadablePopulationNamesSheetRowColumnAndReason() throws Exception {
        GvIsysWorkbook w = GvIsysWorkbook.saxonyAfterMerger().override("14521010", Col.POP, "abc");
        assertThatThrownBy(() -> read(w, StateFilter.SAXONY))
                .isInstanceOf(DirectoryFormatException.class)
                .hasMessage("Die Datei gv.xlsx kann nicht übernommen werden. Tabelle Onlineprodukt_Gemeinden31122022,"
                        + " Zeile 18, Spalte J: Bevölkerung insgesamt „abc“ ist keine Zahl. Es wurde nichts geändert.");
    }

    @Test
    void allBadCellsAreListedTogether() throws Exception {
        GvIsysWorkbook w = GvIsysWorkbook.saxonyAfterMerger()
                .override("14521010", Col.AREA, "groß")
                .override("14521040", Col.LAND, "1a")
                .override("14521120", Col.POSTCODE, "PLZ 0923")
                .override("14521090", Col.LON, "13,1x")
                .override("14521690", Col.POP, 12.5);
        assertThatThrownBy(() -> read(w, StateFilter.ALL))
                .isInstanceOf(DirectoryFormatException.class)
                .satisfies(e -> {
                    DirectoryFormatException d = (DirectoryFormatException) e;
                    assertThat(d.problems()).hasSize(5);
                    assertThat(d.getMessage())
                            .contains("5 Angaben sind ungültig")
                            .contains("Zeile 18, Spalte I: Fläche „groß“ ist keine Zahl")
                            .contains("Zeile 20, Spalte C: Land „1a“ ist kein gültiger Schlüssel (bis zu 2 Ziffern erwartet)")
                            .contains("Zeile 21, Spalte N: Postleitzahl „PLZ 0923“ ist keine gültige Postleitzahl")
                            .contains("Zeile 23, Spalte O: Längengrad „13,1x“ ist keine Zahl")
                            .contains("Zeile 26, Spalte J: Bevölkerung insgesamt „12,5“ ist keine ganze Zahl");
                });
    }

    /** What a detour through CSV in an English LibreOffice does to "51,078": the number 51078. */
    @Test
    void coordinatesOutOfRangeAndNegativeFiguresAreRefused() throws Exception {
        GvIsysWorkbook w = GvIsysWorkbook.saxonyAfterMerger()
                .override("14521010", Col.LAT, 51078)
                .override("14521040", Col.AREA, -3.5)
                .override("14521120", Col.POP, -12);
        assertThatThrownBy(() -> read(w, StateFilter.SAXONY))
                .hasMessageContaining("Zeile 18, Spalte P: Breitengrad „51078“ liegt außerhalb des möglichen Bereichs (-90 bis 90)")
                .hasMessageContaining("Zeile 20, Spalte I: Fläche „-3,5“ ist negativ")
                .hasMessageContaining("Zeile 21, Spalte J: Bevölkerung insgesamt „-12“ ist negativ");
    }

    @Test
    void badCellsOutsideTheChosenStateDoNotMatter() throws Exception {
        GvIsysWorkbook w = GvIsysWorkbook.saxonyAfterMerger().override("01001000", Col.POP, "abc");
        assertThat(read(w, StateFilter.SAXONY).municipalities()).hasSize(8);
    }

    @Test
    void aDataRowAfterTheFootnotesIsNotSilentlyDropped() throws Exception {
        GvIsysWorkbook w = GvIsysWorkbook.saxonyAfterMerger().override("14521010", Col.SATZART, "6O");
        assertThatThrownBy(() -> read(w, StateFilter.SAXONY))
                .hasMessageContaining("Zeile 18, Spalte A: Satzart „6O“ ist unbekannt");
    }

    @Test
    void aStateThatIsNotInTheFileIsRefused() throws Exception {
        assertThatThrownBy(() -> read(GvIsysWorkbook.saxonyAfterMerger(), StateFilter.parse("9")))
                .isInstanceOf(DirectoryFormatException.class)
                .hasMessage("Die Datei gv.xlsx enthält keine Gemeinden des Landes 09 (enthaltene Länder: 01, 14, 16)."
                        + " Es wurde nichts geändert.");
    }

    @Test
    void unknownStatesAreRefusedInGerman() {
        assertThat(StateFilter.parse("14")).isEqualTo(StateFilter.SAXONY);
        assertThat(StateFilter.parse("1").code()).isEqualTo("01");
        assertThat(StateFilter.parse("ALL").isAll()).isTrue();
        assertThatThrownBy(() -> StateFilter.parse("99")).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Unbekanntes Land „99“");
        assertThatThrownBy(() -> StateFilter.parse("Sachsen")).hasMessageContaining("„Sachsen“");
    }

    @Test
    void labelsAreNormalized() {
        assertThat(GvIsysReader.normalize("Satz-\nart")).isEqualTo("satzart");
        assertThat(GvIsysReader.normalize("Fläche km2 1)")).isEqualTo("flaechekm2");
        assertThat(GvIsysReader.normalize("Bevölkerung2)")).isEqualTo("bevoelkerung");
        assertThat(GvIsysReader.normalize("Postleit-\nzahl3)")).isEqualTo("postleitzahl");
    }
}
