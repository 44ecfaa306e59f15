package de.ssg.lotsenkontor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ssg.lotsenkontor.excel.BadWorkbooks;
import de.ssg.lotsenkontor.municipality.directoryimport.GvIsysWorkbooks;
import de.ssg.lotsenkontor.storage.DataPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-directory} on a database with the bundled 418 Saxon municipalities. */
class ImportDirectoryCommandTest {

    @TempDir
    Path dir;

    private Path db;

    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    void createDatabase() {
        db = dir.resolve("db");
        AppContext.open(DataPaths.of(db)).close(); // the bundled reference data: 418 municipalities, 31.12.2024
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err), paths -> {
            throw new AssertionError("no window in a command test");
        });
        return new Run(code, out.toString(), err.toString());
    }

    private String dump() {
        try (AppContext context = AppContext.open(DataPaths.of(db))) {
            return context.database().withConnection(c -> {
                StringBuilder s = new StringBuilder();
                for (String table : List.of("district", "admin_association", "municipality", "directory_edition")) {
                    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                            "SELECT * FROM " + table + " ORDER BY id")) {
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
    }

    @Test
    void aDryRunPrintsTheSummaryAndChangesNothing() throws Exception {
        String before = dump();
        Path file = GvIsysWorkbooks.afterMerger(dir, "gv.xlsx");

        Run r = run("import-directory", file.toString(), "--dry-run");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                .contains("Gemeindeverzeichnis: Datei gv.xlsx, Tabelle „Onlineprodukt_Gemeinden31122022“,"
                        + " Gebietsstand 31.12.2022, Sachsen (14)")
                .contains("8 Gemeinden in der Datei: 0 neu, 1 umbenannt, 0 geändert, 410 nicht mehr vorhanden.")
                .contains("  14521690  Zschopau, Stadt, Motorradstadt → Zschopau, Stadt")
                .contains("Stand der Daten bisher: Gemeindeverzeichnis, Stand 31.12.2024")
                .contains("ist älter als der Stand der Daten (31.12.2024)")
                .contains("410 von 418 Gemeinden fehlen in der Datei")
                .contains("Nicht mehr vorhanden (410):")
                .contains("  14521020  Annaberg-Buchholz, Stadt (Erzgebirgskreis)")
                .endsWith("Probelauf (--dry-run): Es wurde nichts geändert." + System.lineSeparator());
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void jsonIsOneObjectWithCountsAndNames() throws Exception {
        String before = dump();
        Path file = GvIsysWorkbooks.afterMerger(dir, "gv.xlsx");

        Run r = run("import-directory", file.toString(), "--dry-run", "--json", "--state", "all");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("dryRun").asBoolean()).isTrue();
        assertThat(json.get("applied").asBoolean()).isFalse();
        assertThat(json.get("referenceDate").asText()).isEqualTo("2022-12-31");
        assertThat(json.get("currentReferenceDate").asText()).isEqualTo("2024-12-31");
        assertThat(json.get("olderThanCurrent").asBoolean()).isTrue();
        assertThat(json.get("state").asText()).isEqualTo("all");
        assertThat(json.get("found").asInt()).isEqualTo(11);
        JsonNode counts = json.get("counts");
        assertThat(counts.get("new").asInt()).isEqualTo(3);
        assertThat(counts.get("vanished").asInt()).isEqualTo(410);
        assertThat(counts.get("toResolve").asInt()).isZero();
        assertThat(json.get("new")).extracting(n -> n.get("ags").asText())
                .containsExactly("01001000", "16077003", "16077043");
        assertThat(json.get("new").get(0).get("population").asInt()).isEqualTo(92667);
        assertThat(json.get("vanished").get(0).get("references").get("navigators").asInt()).isZero();
        assertThat(json.get("warnings").size()).isGreaterThan(0);
        assertThat(dump()).isEqualTo(before);
    }

    @Test
    void withoutDryRunItAppliesAndReportsTheNewStand() throws Exception {
        Path file = GvIsysWorkbooks.afterMerger(dir, "gv.xlsx");

        Run r = run("import-directory", file.toString(), "--state", "16");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 Gemeinden in der Datei: 2 neu, 0 umbenannt, 0 geändert, 0 nicht mehr vorhanden.")
                .contains("Landkreis neu: 16077 Altenburger Land")
                .contains("Übernommen. Jetzt gilt: Gemeindeverzeichnis, Stand 31.12.2022.");
        Run again = run("import-directory", file.toString(), "--state", "16", "--dry-run", "--json");
        JsonNode json = new ObjectMapper().readTree(again.out());
        assertThat(json.get("counts").get("new").asInt()).isZero();
        assertThat(json.get("currentReferenceDate").asText()).isEqualTo("2022-12-31");
    }

    @Test
    void anUnknownStateIsAUsageError() throws Exception {
        Run r = run("import-directory", GvIsysWorkbooks.afterMerger(dir, "gv.xlsx").toString(), "--state", "99");
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("Unbekanntes Land „99“").contains("01 bis 16").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badFilesGetAGermanMessageAndChangeNothing() throws Exception {
        String before = dump();
        Path good = GvIsysWorkbooks.afterMerger(dir, "gut.xlsx");
        Path missingArea = GvIsysWorkbooks.withoutArea(dir, "ohne-flaeche.xlsx");
        Path badCell = GvIsysWorkbooks.withPopulation(dir, "kaputt.xlsx", "14521010", "abc");
        List<Object[]> cases = List.of(
                new Object[] {dir.resolve("fehlt.xlsx"), "Die Datei " + dir.resolve("fehlt.xlsx") + " wurde nicht gefunden."},
                new Object[] {BadWorkbooks.empty(dir), "Die Datei leer.xlsx ist leer"},
                new Object[] {BadWorkbooks.text(dir), "Die Datei gemeinden.xlsx ist keine Excel-Arbeitsmappe (.xlsx)."},
                new Object[] {BadWorkbooks.truncated(good, dir, 0.5), "Die Datei abgeschnitten.xlsx ist unvollständig"},
                new Object[] {BadWorkbooks.encrypted(good, dir), "Die Arbeitsmappe geschuetzt.xlsx ist mit einem Kennwort geschützt"},
                new Object[] {BadWorkbooks.xls(dir), "Die Datei alt.xls ist eine Arbeitsmappe im alten Excel-Format"},
                new Object[] {missingArea, "Die Datei ohne-flaeche.xlsx kann nicht übernommen werden: In der Tabelle"
                        + " „Onlineprodukt_Gemeinden31122022“ fehlen in der Kopfzeile (Zeile 3–5) die Spalten „Fläche“."},
                new Object[] {badCell, "Die Datei kaputt.xlsx kann nicht übernommen werden. Tabelle"
                        + " Onlineprodukt_Gemeinden31122022, Zeile 18, Spalte J: Bevölkerung insgesamt „abc“ ist keine Zahl."
                        + " Es wurde nichts geändert."});
        for (Object[] c : cases) {
            Run r = run("import-directory", c[0].toString());
            assertThat(r.code()).as("%s: %s", c[0], r.err()).isEqualTo(Cli.FAILED);
            assertThat(r.err()).as("%s", c[0]).contains((String) c[1])
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.out()).isEmpty();
        }
        assertThat(dump()).isEqualTo(before);
    }
}
