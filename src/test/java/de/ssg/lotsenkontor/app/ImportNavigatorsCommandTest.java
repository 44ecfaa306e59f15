package de.ssg.lotsenkontor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ssg.lotsenkontor.people.navigatorimport.NavigatorLists;
import de.ssg.lotsenkontor.storage.DataPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-navigators} on a database with the bundled 418 Saxon municipalities. */
class ImportNavigatorsCommandTest {

    @TempDir
    Path dir;

    private Path db;

    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    void createDatabase() {
        db = dir.resolve("db");
        AppContext.open(DataPaths.of(db)).close();
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

    private List<String> navigators() {
        try (AppContext context = AppContext.open(DataPaths.of(db))) {
            return context.database().withConnection(c -> {
                List<String> out = new ArrayList<>();
                try (ResultSet rs = c.createStatement().executeQuery("""
                        SELECT n.first_name, n.last_name, m.ags FROM navigator n
                        JOIN municipality m ON m.id = n.municipality_id ORDER BY n.id""")) {
                    while (rs.next()) {
                        out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                    }
                }
                return out;
            });
        }
    }

    @Test
    void aDryRunPrintsTheSummaryAndTheRowErrorsAndChangesNothing() throws Exception {
        Path file = NavigatorLists.typical(dir.resolve("navigatoren.xlsx"));

        Run r = run("import-navigators", file.toString(), "--dry-run");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().replace("\r\n", "\n")).isEqualTo("""
                Datei navigatoren.xlsx, Tabellenblatt „Navigatoren 2025“, Kopfzeile in Zeile 3
                Zuordnung: Vorname ← Spalte B („Vorname“), Nachname ← Spalte A („Nachname“), Kommune ← Spalte C\
                 („Kommune“), Fachbereich ← Spalte D („Fachbereich“), E-Mail ← Spalte E („E-Mail“), Telefon ← Spalte F\
                 („Telefon“), Status ← Spalte G („Status“), Tätig seit ← Spalte H („seit“)
                4 Zeilen gelesen: 3 gültig, 1 mit Fehlern.

                Fehler (1):
                  Zeile 6, Spalte E („E-Mail“): „marta@hoyerswerda“ ist keine gültige E-Mail-Adresse

                Probelauf (--dry-run): Es wurde nichts geändert.
                """);
        assertThat(navigators()).isEmpty();
    }

    @Test
    void importsTheValidRowsAndSaysHowManyWereSkipped() throws Exception {
        Path file = NavigatorLists.typical(dir.resolve("navigatoren.xlsx"));

        Run r = run("import-navigators", file.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).endsWith("3 Navigatoren übernommen, 1 Zeile übersprungen." + System.lineSeparator());
        assertThat(navigators()).containsExactly("Frieda Fiktiv 14625020", "Bruno Beispiel 14625250",
                "Paul Probe 14626110");

        // the same list again: every row is a duplicate now, nothing is written
        Run again = run("import-navigators", file.toString());
        assertThat(again.code()).isEqualTo(Cli.FAILED);
        assertThat(again.err()).startsWith("Keine Zeile der Datei navigatoren.xlsx kann übernommen werden; es wurde"
                + " nichts geändert.");
        assertThat(navigators()).hasSize(3);
    }

    @Test
    void allOrNothingRefusesAListWithAnErrorRow() throws Exception {
        Path file = NavigatorLists.typical(dir.resolve("navigatoren.xlsx"));

        Run r = run("import-navigators", file.toString(), "--all-or-nothing");

        assertThat(r.code()).isEqualTo(Cli.FAILED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("Es wurde nichts übernommen: 1 von 4 Zeilen haben Fehler, und es sollte nur"
                + " übernommen werden, wenn alle Zeilen gültig sind.\n• Zeile 6, Spalte E („E-Mail“):"
                + " „marta@hoyerswerda“ ist keine gültige E-Mail-Adresse" + System.lineSeparator());
        assertThat(navigators()).isEmpty();
    }

    @Test
    void jsonForScripts() throws Exception {
        Path file = NavigatorLists.csv(dir.resolve("liste.csv"), StandardCharsets.UTF_8, true,
                "Name, Vorname;Gemeinde;AGS", "Fiktiv, Frieda;Neustadt;14628260", "Probe, Paul;Neustadt;");

        Run r = run("import-navigators", file.toString(), "--json");

        assertThat(r.code()).as(r.err()).isZero();
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertThat(o.get("format").asText()).isEqualTo("CSV");
        assertThat(o.get("encoding").asText()).isEqualTo("UTF-8");
        assertThat(o.get("separator").asText()).isEqualTo(";");
        assertThat(o.get("mapping").get("FULL_NAME").get("column").asText()).isEqualTo("A");
        assertThat(o.get("counts").get("imported").asInt()).isEqualTo(1);
        assertThat(o.get("counts").get("skipped").asInt()).isEqualTo(1);
        JsonNode error = o.get("rows").get(1).get("errors").get(0);
        assertThat(error.get("column").asText()).isEqualTo("B");
        assertThat(error.get("columnTitle").asText()).isEqualTo("Gemeinde");
        assertThat(error.get("message").asText()).startsWith("Zeile 3, Spalte B („Gemeinde“): „Neustadt“ ist nicht"
                + " eindeutig");
        assertThat(navigators()).containsExactly("Frieda Fiktiv 14628260");
    }

    @Test
    void badInputGetsAClearAnswerAndChangesNothing() throws Exception {
        Run empty = run("import-navigators", Files.write(dir.resolve("leer.csv"), new byte[0]).toString());
        assertThat(empty.code()).isEqualTo(Cli.FAILED);
        assertThat(empty.err()).isEqualTo("Die Datei leer.csv ist leer (0 Byte)." + System.lineSeparator());

        Path noPlace = NavigatorLists.csv(dir.resolve("ohne.csv"), StandardCharsets.UTF_8, false,
                "Vorname;Nachname;Wirkungsstätte", "Frieda;Fiktiv;Kamenz");
        Run missing = run("import-navigators", noPlace.toString());
        assertThat(missing.code()).isEqualTo(Cli.FAILED);
        assertThat(missing.err()).startsWith("In der Datei ohne.csv fehlt eine Spalte für: Kommune (Spalte „Kommune“"
                + " oder „AGS“). Die Datei hat die Spalten A („Vorname“), B („Nachname“), C („Wirkungsstätte“).");
        assertThat(missing.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(navigators()).isEmpty();

        Run help = run("import-navigators", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--all-or-nothing", "nur übernehmen, wenn alle Zeilen gültig sind");
    }
}
