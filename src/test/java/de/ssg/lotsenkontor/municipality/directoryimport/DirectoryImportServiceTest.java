package de.ssg.lotsenkontor.municipality.directoryimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.municipality.DirectoryStand;
import de.ssg.lotsenkontor.municipality.MunicipalityType;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Field;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.FieldChange;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.UnitKind;
import de.ssg.lotsenkontor.municipality.directoryimport.DirectoryPreview.Vanished;
import de.ssg.lotsenkontor.municipality.directoryimport.GvIsysWorkbook.Col;
import de.ssg.lotsenkontor.storage.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diff and apply against a real H2 database: categories, one transaction, vanished municipalities kept. */
class DirectoryImportServiceTest {

    @TempDir
    Path dir;

    private Database db;
    private DirectoryImportService service;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir.resolve("db"));
        service = new DirectoryImportService(db, Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneId.of("Europe/Berlin")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private DirectoryFile file(GvIsysWorkbook workbook, String name) throws Exception {
        return service.read(workbook.write(dir, name), StateFilter.SAXONY, Progress.NONE);
    }

    /** The database as the older edition (before the merger) left it. */
    private void importOlderEdition() throws Exception {
        service.apply(file(GvIsysWorkbook.saxonyBeforeMerger(), "alt.xlsx"), Progress.NONE);
    }

    /** The newer edition: after the merger, with a renamed town, changed figures and a new association name. */
    private GvIsysWorkbook newerEdition() {
        GvIsysWorkbook w = GvIsysWorkbook.saxonyAfterMerger()
                .override("14521690", Col.NAME, "Zschopau, Stadt, Motorradstadt")
                .override("14521010", Col.POP, 3588)
                .override("14521010", Col.AREA, 23.280000000000001)
                .override("14521120", Col.POSTCODE, "09236");
        w.sheetName = "Onlineprodukt_Gemeinden31122023";
        w.gebietsstand = "Gebietsstand am 31.12.2023 (Jahr)";
        w.headerDate = "31.12.2023";
        return w;
    }

    @Test
    void anEmptyDatabaseGetsEverythingAsNew() throws Exception {
        DirectoryPreview p = service.preview(file(GvIsysWorkbook.saxonyAfterMerger(), "gv.xlsx"));
        assertThat(p.found()).isEqualTo(8);
        assertThat(p.added()).hasSize(8);
        assertThat(p.renamed()).isEmpty();
        assertThat(p.changed()).isEmpty();
        assertThat(p.vanished()).isEmpty();
        assertThat(p.units()).extracting(DirectoryPreview.UnitChange::kind)
                .containsOnly(UnitKind.DISTRICT_ADDED, UnitKind.ASSOCIATION_ADDED).hasSize(6);
        assertThat(p.current()).isNull();
        assertThat(count("municipality")).isZero(); // a preview changes nothing
    }

    @Test
    void theDiffShowsNewRenamedChangedAndVanished() throws Exception {
        importOlderEdition();
        DirectoryPreview p = service.preview(file(newerEdition(), "neu.xlsx"));

        assertThat(p.referenceDate()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(p.current().referenceDate()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(p.added()).extracting(DirectoryPreview.Added::ags, DirectoryPreview.Added::name,
                        DirectoryPreview.Added::districtName)
                .containsExactly(Tuple.tuple("14522275", "Jahnatal", "Mittelsachsen"));
        assertThat(p.renamed()).singleElement().satisfies(r -> {
            assertThat(r.ags()).isEqualTo("14521690");
            assertThat(r.oldName()).isEqualTo("Zschopau, Stadt");
            assertThat(r.newName()).isEqualTo("Zschopau, Stadt, Motorradstadt");
        });
        assertThat(p.changed()).extracting(DirectoryPreview.Changed::ags).containsExactly("14521010", "14521120");
        assertThat(p.changed().get(0).changes()).extracting(FieldChange::field, c -> String.valueOf(c.oldValue()),
                        c -> String.valueOf(c.newValue()))
                .containsExactly(Tuple.tuple(Field.POPULATION, "3600", "3588"),
                        Tuple.tuple(Field.AREA, "23.27", "23.28"));
        assertThat(DirectoryTexts.changes(p.changed().get(0)))
                .isEqualTo("Einwohner: 3.600 → 3.588; Fläche (km²): 23,27 → 23,28");
        assertThat(p.changed().get(1).changes()).extracting(FieldChange::field).containsExactly(Field.POSTCODE);
        assertThat(p.vanished()).extracting(Vanished::ags).containsExactly("14522420", "14522640");
        assertThat(p.toResolve()).isEmpty();
        // the VG Ostrau keeps its record: its former members are marked, not deleted, and still point to it
        assertThat(p.units()).noneMatch(u -> u.kind() == UnitKind.ASSOCIATION_REMOVED);
        assertThat(p.warnings()).isEmpty();
        assertThat(DirectoryTexts.counts(p))
                .isEqualTo("8 Gemeinden in der Datei: 1 neu, 1 umbenannt, 2 geändert, 2 nicht mehr vorhanden.");
    }

    @Test
    void applyingWritesTheDiffMarksVanishedOnesAndRecordsTheEdition() throws Exception {
        importOlderEdition();
        int versionBefore = intValue("SELECT version FROM municipality WHERE ags = '14521010'");

        DirectoryImportResult result = service.apply(file(newerEdition(), "neu.xlsx"), Progress.NONE);

        assertThat(result.applied().added()).hasSize(1);
        assertThat(string("SELECT name FROM municipality WHERE ags = '14521690'")).isEqualTo("Zschopau, Stadt, Motorradstadt");
        assertThat(intValue("SELECT population FROM municipality WHERE ags = '14521010'")).isEqualTo(3588);
        assertThat(string("SELECT area_km2 FROM municipality WHERE ags = '14521010'")).isEqualTo("23.28");
        assertThat(intValue("SELECT version FROM municipality WHERE ags = '14521010'")).isEqualTo(versionBefore + 1);
        assertThat(string("SELECT postcode FROM municipality WHERE ags = '14521120'")).isEqualTo("09236");
        assertThat(string("SELECT municipality_type FROM municipality WHERE ags = '14522275'"))
                .isEqualTo(MunicipalityType.GEMEINDE.name());
        // vanished: kept, marked with the new edition's reference date
        assertThat(string("SELECT dissolved_on FROM municipality WHERE ags = '14522420'")).isEqualTo("2023-12-31");
        assertThat(string("SELECT dissolved_on FROM municipality WHERE ags = '14522640'")).isEqualTo("2023-12-31");
        assertThat(count("municipality")).isEqualTo(10);
        // the edition and the data in use
        assertThat(count("directory_edition")).isEqualTo(2);
        DirectoryStand stand = service.current().orElseThrow();
        assertThat(stand.referenceDate()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(stand.stateFilter()).isEqualTo("14");
        assertThat(stand.source()).contains("neu.xlsx").contains("Onlineprodukt_Gemeinden31122023");
        assertThat(DirectoryTexts.stand(stand)).isEqualTo("Gemeindeverzeichnis, Stand 31.12.2023");
        assertThat(string("SELECT added || '/' || renamed || '/' || changed || '/' || vanished FROM directory_edition"
                + " ORDER BY id DESC LIMIT 1")).isEqualTo("1/1/2/2");

        // the same edition again: nothing left to do, and the vanished are not reported twice
        DirectoryPreview again = service.preview(file(newerEdition(), "neu2.xlsx"));
        assertThat(again.hasChanges()).isFalse();
    }

    @Test
    void aVanishedMunicipalityWithProgrammeDataIsMarkedNotDeletedAndListed() throws Exception {
        importOlderEdition();
        long ostrau = intValue("SELECT id FROM municipality WHERE ags = '14522420'");
        execute("INSERT INTO navigator (first_name, last_name, municipality_id, status, since)"
                + " VALUES ('Erika', 'Beispiel', " + ostrau + ", 'AKTIV', DATE '2024-01-15')");
        execute("INSERT INTO participation (municipality_id, status, valid_from, recorded_at)"
                + " VALUES (" + ostrau + ", 'AKTIV', DATE '2024-01-01', CURRENT_TIMESTAMP)");
        execute("UPDATE municipality SET participation_status = 'AKTIV' WHERE id = " + ostrau);

        DirectoryImportResult result = service.apply(file(newerEdition(), "neu.xlsx"), Progress.NONE);

        assertThat(result.toResolve()).singleElement().satisfies(v -> {
            assertThat(v.ags()).isEqualTo("14522420");
            assertThat(v.references().navigators()).isEqualTo(1);
            assertThat(v.references().participationEntries()).isEqualTo(1);
            assertThat(DirectoryTexts.references(v.references()))
                    .isEqualTo("1 Navigator, 1 Eintrag im Teilnahmeverlauf, Teilnahmestatus „aktiv“");
        });
        assertThat(result.applied().vanished()).filteredOn(v -> !v.needsResolution())
                .extracting(Vanished::ags).containsExactly("14522640");
        assertThat(string("SELECT dissolved_on FROM municipality WHERE id = " + ostrau)).isEqualTo("2023-12-31");
        assertThat(count("navigator")).isEqualTo(1);
        assertThat(count("participation")).isEqualTo(1);
    }

    @Test
    void aFailureHalfwayLeavesTheDatabaseAsItWas() throws Exception {
        importOlderEdition();
        String before = dump();
        DirectoryFile newer = file(newerEdition(), "neu.xlsx");
        List<Long> steps = new ArrayList<>();
        // Progress is reported between the steps; fail after districts, associations and
        // municipalities have been written but before the vanished ones are marked and the edition is recorded.
        Progress failing = (done, total, step) -> {
            steps.add(done);
            if (done == 2) {
                throw new IllegalStateException("disk full (simulated)");
            }
        };
        assertThatThrownBy(() -> service.apply(newer, failing)).hasMessageContaining("simulated");
        assertThat(steps).containsExactly(0L, 1L, 2L);
        assertThat(dump()).isEqualTo(before);

        // cancelling (what the status bar's cancel button does) rolls back the same way
        Progress cancel = (done, total, step) -> {
            if (done == 3) {
                throw new CancellationException();
            }
        };
        assertThatThrownBy(() -> service.apply(newer, cancel)).isInstanceOf(CancellationException.class);
        assertThat(dump()).isEqualTo(before);

        // and afterwards the import still works
        service.apply(newer, Progress.NONE);
        assertThat(dump()).isNotEqualTo(before);
    }

    @Test
    void aMunicipalityThatComesBackIsRestored() throws Exception {
        importOlderEdition();
        service.apply(file(newerEdition(), "neu.xlsx"), Progress.NONE);
        // an older edition again (only to test the way back): Jahnatal vanishes, Ostrau returns
        DirectoryPreview back = service.preview(file(GvIsysWorkbook.saxonyBeforeMerger(), "alt2.xlsx"));
        assertThat(back.olderThanCurrent()).isTrue();
        assertThat(back.warnings()).singleElement().asString()
                .contains("Gebietsstand 31.12.2022").contains("älter als der Stand der Daten (31.12.2023)");
        assertThat(back.vanished()).extracting(Vanished::ags).containsExactly("14522275");
        assertThat(back.added()).isEmpty();
        assertThat(back.changed()).filteredOn(c -> c.ags().equals("14522420")).singleElement()
                .satisfies(c -> assertThat(c.changes()).extracting(FieldChange::field).contains(Field.DISSOLVED));
        service.apply(file(GvIsysWorkbook.saxonyBeforeMerger(), "alt3.xlsx"), Progress.NONE);
        assertThat(string("SELECT dissolved_on FROM municipality WHERE ags = '14522420'")).isNull();
        assertThat(string("SELECT dissolved_on FROM municipality WHERE ags = '14522275'")).isEqualTo("2022-12-31");
    }

    @Test
    void aMunicipalityThatLeavesItsAssociationShowsTheChange() throws Exception {
        importOlderEdition();
        // Börnichen leaves the Verwaltungsverband Wildenstein and becomes verbandsfrei (new VB key)
        GvIsysWorkbook w = newerEdition().override("14521090", Col.VB, "0090");
        DirectoryPreview p = service.preview(file(w, "neu.xlsx"));
        assertThat(p.changed()).filteredOn(c -> c.ags().equals("14521090")).singleElement()
                .satisfies(c -> assertThat(DirectoryTexts.changes(c))
                        .isEqualTo("Verwaltungsgemeinschaft/-verband: Wildenstein → –; ARS: 145215405090 → 145210090090"));
        // Grünhainichen is still a member: the association stays
        assertThat(p.units()).noneMatch(u -> u.kind() == UnitKind.ASSOCIATION_REMOVED);
        assertThat(p.warnings()).anySatisfy(warning -> assertThat(warning).startsWith("Bei 1 Gemeinde fehlt"));
    }

    @Test
    void aDissolvedAssociationWithoutMembersIsRemoved() throws Exception {
        importOlderEdition();
        GvIsysWorkbook w = new GvIsysWorkbook();
        w.land("14", "Sachsen")
                .region("14", "5", "früher: Direktionsbezirk Chemnitz")
                .district("14511", "41", "Chemnitz, Stadt")
                .municipality("145110000000", "61", "Chemnitz, Stadt", 221.03, 250681, "09111", 12.921602, 50.833593)
                .district("14521", "44", "Erzgebirgskreis (neu)")
                .municipality("145210010010", "64", "Amtsberg", 23.27, 3600, "09439", 12.987465, 50.747579)
                .association("145215103", "54", "Burkhardtsdorf-Auerbach")
                .municipality("145215103040", "64", "Auerbach", 8.28, 2358, "09392", 12.914707, 50.685786)
                .municipality("145215103120", "64", "Burkhardtsdorf", 21.22, 6029, "09235", 12.929936, 50.734171)
                .municipality("145210090090", "64", "Börnichen/Erzgeb.", 15.46, 956, "09437", 13.14174, 50.7499)
                .municipality("145210270270", "64", "Grünhainichen", 28.72, 3226, "09579", 13.15194, 50.766691)
                .association("145215138", "54", "Zschopau")
                .municipality("145215138690", "63", "Zschopau, Stadt", 22.78, 8983, "09405", 13.072274, 50.747744)
                .district("14522", "44", "Mittelsachsen")
                .municipality("145220420420", "64", "Ostrau", 44.81, 3402, "04749", 13.16, 51.2)
                .municipality("145220640640", "64", "Zschaitz-Ottewig", 26.15, 1421, "04720", 13.07, 51.16);
        DirectoryFile f = file(w, "gv.xlsx");
        DirectoryPreview p = service.preview(f);
        assertThat(p.units()).extracting(u -> DirectoryTexts.unit(u)).containsExactly(
                "Landkreis umbenannt: 14521 Erzgebirgskreis → Erzgebirgskreis (neu)",
                "Verwaltungsgemeinschaft/-verband umbenannt: 145215103 Burkhardtsdorf → Burkhardtsdorf-Auerbach",
                "Verwaltungsgemeinschaft/-verband aufgelöst: 145215405 Wildenstein",
                "Verwaltungsgemeinschaft/-verband aufgelöst: 145225110 Ostrau");
        assertThat(p.warnings()).anySatisfy(warning -> assertThat(warning).contains("Zeile ihres Gemeindeverbands"));
        service.apply(f, Progress.NONE);
        assertThat(count("admin_association")).isEqualTo(2);
        assertThat(string("SELECT name FROM district WHERE district_key = '14521'")).isEqualTo("Erzgebirgskreis (neu)");
        assertThat(string("SELECT a.name FROM municipality m JOIN admin_association a ON a.id = m.association_id"
                + " WHERE m.ags = '14521040'")).isEqualTo("Burkhardtsdorf-Auerbach");
    }

    @Test
    void aFileWithoutPostcodesLeavesTheStoredOnes() throws Exception {
        importOlderEdition();
        GvIsysWorkbook w = GvIsysWorkbook.saxonyBeforeMerger().without(Col.POSTCODE);
        DirectoryPreview p = service.preview(file(w, "ohne-plz.xlsx"));
        assertThat(p.changed()).isEmpty();
        assertThat(p.warnings()).anySatisfy(warning -> assertThat(warning).contains("keine Spalte „Postleitzahl“"));
    }

    // ------------------------------------------------------------------ helpers

    private String dump() {
        return db.withConnection(c -> {
            StringBuilder s = new StringBuilder();
            for (String q : List.of(
                    "SELECT * FROM district ORDER BY id",
                    "SELECT * FROM admin_association ORDER BY id",
                    "SELECT * FROM municipality ORDER BY id",
                    "SELECT * FROM directory_edition ORDER BY id")) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(q)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= n; i++) {
                            s.append(rs.getString(i)).append('|');
                        }
                        s.append('\n');
                    }
                }
            }
            return s.toString();
        });
    }

    private int count(String table) {
        return intValue("SELECT COUNT(*) FROM " + table);
    }

    private int intValue(String sql) {
        return Integer.parseInt(string(sql));
    }

    private String string(String sql) {
        return db.withConnection(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    private void execute(String sql) {
        db.withConnection(c -> {
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            }
            commit(c);
            return null;
        });
    }

    private static void commit(Connection c) throws SQLException {
        c.commit();
    }
}
