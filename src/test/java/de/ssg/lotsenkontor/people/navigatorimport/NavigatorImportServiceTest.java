package de.ssg.lotsenkontor.people.navigatorimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.importing.ColumnMapping;
import de.ssg.lotsenkontor.importing.ImportFile;
import de.ssg.lotsenkontor.importing.ImportMode;
import de.ssg.lotsenkontor.importing.ImportPreview;
import de.ssg.lotsenkontor.importing.ImportResult;
import de.ssg.lotsenkontor.importing.ImportTexts;
import de.ssg.lotsenkontor.importing.RowProblem;
import de.ssg.lotsenkontor.municipality.MunicipalityQueries;
import de.ssg.lotsenkontor.people.CoachQueries;
import de.ssg.lotsenkontor.people.NavigatorQueries;
import de.ssg.lotsenkontor.people.PersonDeactivationListener;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.people.CoachService;
import de.ssg.lotsenkontor.people.NavigatorChange;
import de.ssg.lotsenkontor.people.NavigatorService;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.storage.Database;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
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

/** Checking and applying navigator lists on a real database with the 418 Saxon municipalities. */
class NavigatorImportServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    private Database db;
    private NavigatorService navigators;
    private NavigatorImportService service;
    private MunicipalityQueries municipalities;
    private NavigatorQueries navigatorQueries;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir.resolve("db"));
        ReferenceData.loadIfEmpty(db);
        Clock clock = Clock.fixed(TODAY.atStartOfDay(BERLIN).toInstant(), BERLIN);
        municipalities = new MunicipalityQueries(db);
        navigatorQueries = new NavigatorQueries(db, municipalities, new CoachQueries(db, municipalities, clock), clock);
        navigators = new NavigatorService(db, navigatorQueries, PersonDeactivationListener.NONE);
        service = new NavigatorImportService(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ImportPreview<NavigatorField, NavigatorImportRow> preview(Path file) {
        ImportFile f = service.read(file, null, Progress.NONE);
        return service.preview(f, NavigatorColumns.propose(f.headers()));
    }

    private static List<String> problems(ImportPreview<NavigatorField, NavigatorImportRow> p) {
        return p.problems().stream().map(RowProblem::text).toList();
    }

    private long municipality(String ags) {
        return municipalities.options().stream().filter(m -> m.ags().equals(ags)).findFirst().orElseThrow().id();
    }

    private void existing(String first, String last, String ags) {
        navigators.save(new NavigatorChange(null, 0, first, last, municipality(ags), List.of(), null, null, null,
                NavigatorStatus.AKTIV, LocalDate.of(2025, 3, 1), null));
    }

    private List<String> stored() {
        return db.withConnection(c -> {
            List<String> out = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("""
                    SELECT n.first_name, n.last_name, m.ags, n.department, n.email, n.phone, n.status, n.since, n.until,
                           (SELECT LISTAGG(f.ags, ',') WITHIN GROUP (ORDER BY f.ags) FROM navigator_municipality nm
                            JOIN municipality f ON f.id = nm.municipality_id WHERE nm.navigator_id = n.id)
                    FROM navigator n JOIN municipality m ON m.id = n.municipality_id ORDER BY n.id""")) {
                while (rs.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= 10; i++) {
                        values.add(String.valueOf(rs.getObject(i)));
                    }
                    out.add(String.join("|", values));
                }
            }
            return out;
        });
    }

    // ------------------------------------------------------------------ checking

    @Test
    void readsTheValuesAsPeopleWriteThem() throws Exception {
        Path file = NavigatorLists.workbook()
                .row("Name, Vorname", "Gemeinde", "AGS", "Amt", "Mail", "Tel.", "Status", "Beginn", "Ende")
                .row("Fiktiv, Frieda", "Bautzen", null, "Hauptamt", "mailto:frieda@bautzen.example", "03591 123-456",
                        "Aktiv", LocalDate.of(2025, 3, 1))
                .row("Bruno Beispiel", null, 14626110, null, null, 3581670, "in Qualifizierung", "1.4.2025")
                .row("Marta von Muster", "Goerlitz", null, null, null, null, "ausgeschieden", "2024-01-15",
                        "30.06.25")
                .row("Paul Probe", "Kamenz / Kamjenc, Stadt", "146250250250", null, null, null, null, null)
                .write(dir.resolve("werte.xlsx"));

        ImportPreview<NavigatorField, NavigatorImportRow> p = preview(file);

        assertThat(problems(p)).isEmpty();
        assertThat(p.rows()).extracting(NavigatorImportRow::row, NavigatorImportRow::firstName, NavigatorImportRow::lastName,
                r -> r.municipality().ags(), NavigatorImportRow::department, NavigatorImportRow::email, NavigatorImportRow::phone,
                NavigatorImportRow::status, NavigatorImportRow::since, NavigatorImportRow::until).containsExactly(
                Tuple.tuple(2, "Frieda", "Fiktiv", "14625020", "Hauptamt",
                        "frieda@bautzen.example", "03591 123-456", NavigatorStatus.AKTIV, LocalDate.of(2025, 3, 1), null),
                Tuple.tuple(3, "Bruno", "Beispiel", "14626110", null, null, "3581670",
                        NavigatorStatus.IN_QUALIFIZIERUNG, LocalDate.of(2025, 4, 1), null),
                Tuple.tuple(4, "Marta", "von Muster", "14626110", null, null, null,
                        NavigatorStatus.INAKTIV, LocalDate.of(2024, 1, 15), LocalDate.of(2025, 6, 30)),
                // the 12-digit Regionalschlüssel gives the AGS; no status means "aktiv", no date means today
                Tuple.tuple(5, "Paul", "Probe", "14625250", null, null, null,
                        NavigatorStatus.AKTIV, TODAY, null));
        assertThat(ImportTexts.counts(p)).isEqualTo("4 Zeilen gelesen: 4 gültig, 0 mit Fehlern.");
    }

    @Test
    void everyRowErrorNamesTheRowTheColumnAndTheReason() throws Exception {
        Path file = NavigatorLists.workbook()
                .row("Vorname", "Nachname", "Kommune", "E-Mail", "Telefon", "Status", "seit")
                .row("Frieda", "Fiktiv", "Bautzen", "frieda@bautzen.example", null, null, null)
                .row("Bruno", "Beispiel", "Hintertupfingen", null, null, null, null)
                .row("Marta", "Muster", "Görlitz", "marta@", "ruf an!", null, null)
                .row("Paul", null, "Kamenz", null, null, null, null)
                .row("Petra", "Probe", "Neustadt", null, null, null, null)
                .row("Olga", "Ohnedatum", "Zittau", null, null, "Elternzeit", "im Frühjahr")
                .row("Ina", "Inaktiv", "Zittau", null, null, "inaktiv", null)
                .row("Max", "Mustermann".repeat(9), "Zittau", null, null, null, null)
                .write(dir.resolve("fehler.xlsx"));

        ImportPreview<NavigatorField, NavigatorImportRow> p = preview(file);

        assertThat(problems(p)).containsExactly(
                "Zeile 3, Spalte C („Kommune“): „Hintertupfingen“ ist keine bekannte Kommune",
                "Zeile 4, Spalte D („E-Mail“): „marta@“ ist keine gültige E-Mail-Adresse",
                "Zeile 4, Spalte E („Telefon“): „ruf an!“ ist keine gültige Telefonnummer (erlaubt sind Ziffern,"
                        + " Leerzeichen, +, /, - und Klammern)",
                "Zeile 5, Spalte B („Nachname“): Nachname fehlt",
                "Zeile 6, Spalte C („Kommune“): „Neustadt“ ist nicht eindeutig, in Frage kommen: Neustadt in Sachsen,"
                        + " Stadt (AGS 14628260, Sächsische Schweiz-Osterzgebirge); Neustadt/Vogtl. (AGS 14523290,"
                        + " Vogtlandkreis). Bitte geben Sie in einer Spalte „AGS“ den Gemeindeschlüssel an",
                "Zeile 7, Spalte F („Status“): „Elternzeit“ ist kein bekannter Status (möglich: aktiv, in Qualifizierung,"
                        + " inaktiv)",
                "Zeile 7, Spalte G („seit“): „im Frühjahr“ ist kein gültiges Datum (erwartet TT.MM.JJJJ, z. B. 01.03.2025)",
                "Zeile 8, Spalte F („Status“): Tätig bis: muss angegeben werden, wenn der Status „inaktiv“ ist",
                // the value is echoed cut to 80 characters
                "Zeile 9, Spalte B („Nachname“): „" + "Mustermann".repeat(7) + "Musterman…“ ist zu lang (höchstens 80 Zeichen)");
        assertThat(p.rows()).extracting(NavigatorImportRow::valid).containsExactly(true, false, false, false, false, false,
                false, false);
        assertThat(ImportTexts.counts(p)).isEqualTo("8 Zeilen gelesen: 1 gültig, 7 mit Fehlern.");
    }

    @Test
    void theAgsDecidesAndAContradictingNameIsAnError() throws Exception {
        Path file = NavigatorLists.csv(dir.resolve("ags.csv"), StandardCharsets.UTF_8, false,
                "Vorname;Nachname;Kommune;AGS",
                "Frieda;Fiktiv;Neustadt;14628260",
                "Bruno;Beispiel;Görlitz;14625020",
                "Marta;Muster;;1462502",
                "Paul;Probe;;14999999",
                "Petra;Probe;Neustadt;",
                "Olga;Ohne;Bautzen;146250200");

        ImportPreview<NavigatorField, NavigatorImportRow> p = preview(file);

        assertThat(p.rows().get(0).municipality().name()).isEqualTo("Neustadt in Sachsen, Stadt");
        assertThat(problems(p)).containsExactly(
                "Zeile 3, Spalte C („Kommune“): „Görlitz“ passt nicht zum Gemeindeschlüssel 14625020 (Bautzen / Budyšin,"
                        + " Stadt)",
                "Zeile 4, Spalte D („AGS“): Zum Gemeindeschlüssel „1462502“ gibt es keine Kommune",
                "Zeile 5, Spalte D („AGS“): Zum Gemeindeschlüssel „14999999“ gibt es keine Kommune",
                "Zeile 6, Spalte C („Kommune“): „Neustadt“ ist nicht eindeutig, in Frage kommen: Neustadt in Sachsen,"
                        + " Stadt (AGS 14628260, Sächsische Schweiz-Osterzgebirge); Neustadt/Vogtl. (AGS 14523290,"
                        + " Vogtlandkreis). Bitte geben Sie in Spalte D („AGS“) den Gemeindeschlüssel an",
                "Zeile 7, Spalte D („AGS“): „146250200“ ist kein Gemeindeschlüssel (8 Ziffern, z. B. 14625020)");
    }

    @Test
    void duplicatesInTheDatabaseAndWithinTheFile() throws Exception {
        existing("Frieda", "Fiktiv", "14625020");
        Path file = NavigatorLists.csv(dir.resolve("doppelt.csv"), StandardCharsets.UTF_8, false,
                "Name;Vorname;Kommune",
                "FIKTIV;frieda;Bautzen",
                "Fiktiv;Frieda;Kamenz",
                "Probe;Paul;Görlitz",
                "Probe ; Paul ;Goerlitz",
                "Probe;Paul;Zittau");

        ImportPreview<NavigatorField, NavigatorImportRow> p = preview(file);

        assertThat(problems(p)).containsExactly(
                "Zeile 2, Spalte A („Name“): In Bautzen / Budyšin, Stadt ist bereits „Frieda Fiktiv“ als"
                        + " Digital-Navigator erfasst (aktiv, seit 01.03.2025). Bitte den vorhandenen Eintrag bearbeiten.",
                "Zeile 5, Spalte A („Name“): „Paul Probe“ (Görlitz, Stadt, Hochschulstadt) steht bereits in Zeile 4"
                        + " dieser Datei");
        assertThat(p.valid()).isEqualTo(3);
    }

    @Test
    void furtherMunicipalitiesOnlyWithinTheAssociation() throws Exception {
        Path file = NavigatorLists.csv(dir.resolve("weitere.csv"), StandardCharsets.UTF_8, false,
                "Vorname;Nachname;Kommune;Weitere Kommunen",
                "Frieda;Fiktiv;Zwönitz;Elterlein, Stadt",
                "Bruno;Beispiel;Zwönitz;Amtsberg",
                "Marta;Muster;Amtsberg;Zwönitz",
                "Paul;Probe;Zwönitz;\"Elterlein; Atlantis\"");

        ImportPreview<NavigatorField, NavigatorImportRow> p = preview(file);

        assertThat(p.rows().get(0).furtherMunicipalities()).extracting(m -> m.ags()).containsExactly("14521180");
        assertThat(problems(p)).containsExactly(
                "Zeile 3, Spalte D („Weitere Kommunen“): Weitere Kommunen: Amtsberg gehört nicht zu „Zwönitz“; weitere"
                        + " Kommunen müssen zur selben Verwaltungsgemeinschaft gehören wie die Kommune",
                "Zeile 4, Spalte D („Weitere Kommunen“): Weitere Kommunen: nicht möglich, weil Amtsberg keiner"
                        + " Verwaltungsgemeinschaft und keinem Verwaltungsverband angehört",
                "Zeile 5, Spalte D („Weitere Kommunen“): „Atlantis“ ist keine bekannte Kommune");
    }

    // ------------------------------------------------------------------ applying

    @Test
    void appliesTheValidRowsInOneTransactionAndSkipsTheOthers() throws Exception {
        existing("Paul", "Probe", "14626110");
        ImportFile f = service.read(NavigatorLists.typical(dir.resolve("liste.xlsx")), null, Progress.NONE);
        ColumnMapping<NavigatorField> mapping = NavigatorColumns.propose(f.headers());

        ImportResult<NavigatorField, NavigatorImportRow> result = service.apply(f, mapping, ImportMode.VALID_ROWS, Progress.NONE);

        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(2);
        assertThat(NavigatorImportTexts.result(result)).isEqualTo("2 Navigatoren übernommen, 2 Zeilen übersprungen.");
        assertThat(stored()).containsExactly(
                "Paul|Probe|14626110|null|null|null|AKTIV|2025-03-01|null|null",
                "Frieda|Fiktiv|14625020|Hauptamt|frieda.fiktiv@bautzen.example|03591 123-456|AKTIV|2025-03-01|null|null",
                "Bruno|Beispiel|14625250|Bürgeramt|bruno@kamenz.example|null|IN_QUALIFIZIERUNG|2025-04-15|null|null");
        // and the navigator list shows them like any other
        assertThat(navigatorQueries.list()).extracting(r -> r.fullName()).contains("Frieda Fiktiv", "Bruno Beispiel");
    }

    @Test
    void allOrNothingRefusesWhenAnyRowIsInvalidAndWritesNothing() throws Exception {
        ImportFile f = service.read(NavigatorLists.typical(dir.resolve("liste.xlsx")), null, Progress.NONE);

        assertThatThrownBy(() -> service.apply(f, NavigatorColumns.propose(f.headers()), ImportMode.ALL_OR_NOTHING,
                Progress.NONE))
                .isInstanceOf(DomainException.class)
                .hasMessage("Es wurde nichts übernommen: 1 von 4 Zeilen haben Fehler, und es sollte nur übernommen"
                        + " werden, wenn alle Zeilen gültig sind.\n• Zeile 6, Spalte E („E-Mail“): „marta@hoyerswerda“"
                        + " ist keine gültige E-Mail-Adresse");
        assertThat(stored()).isEmpty();
    }

    @Test
    void allOrNothingWritesEveryRowWhenAllAreValid() throws Exception {
        Path file = NavigatorLists.csv(dir.resolve("gut.csv"), StandardCharsets.UTF_8, false,
                "Vorname;Nachname;Kommune", "Frieda;Fiktiv;Kamenz", "Paul;Probe;Görlitz");
        ImportFile f = service.read(file, null, Progress.NONE);

        ImportResult<NavigatorField, NavigatorImportRow> r = service.apply(f, NavigatorColumns.propose(f.headers()), ImportMode.ALL_OR_NOTHING,
                Progress.NONE);

        assertThat(NavigatorImportTexts.result(r)).isEqualTo("2 Navigatoren übernommen, 0 Zeilen übersprungen.");
        assertThat(stored()).hasSize(2);
    }

    @Test
    void aFailureHalfwayLeavesNothingBehind() throws Exception {
        Path file = NavigatorLists.csv(dir.resolve("drei.csv"), StandardCharsets.UTF_8, false,
                "Vorname;Nachname;Kommune;Weitere Kommunen", "Frieda;Fiktiv;Kamenz;", "Paul;Probe;Zwönitz;Elterlein",
                "Bruno;Beispiel;Zittau;");
        ImportFile f = service.read(file, null, Progress.NONE);
        List<Long> written = new ArrayList<>();

        assertThatThrownBy(() -> service.apply(f, NavigatorColumns.propose(f.headers()), ImportMode.VALID_ROWS,
                (done, total, step) -> {
                    written.add(done);
                    if (done == 2) {
                        throw new CancellationException(); // e.g. the user cancelled, or the disk failed
                    }
                })).isInstanceOf(CancellationException.class);

        assertThat(written).containsExactly(1L, 2L); // two rows had been written when it failed
        assertThat(stored()).isEmpty();
        int further = db.withConnection(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM navigator_municipality")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(further).isZero();
    }

    @Test
    void applyChecksAgainstTheDatabaseAsItIsThen() throws Exception {
        Path file = NavigatorLists.csv(dir.resolve("zwei.csv"), StandardCharsets.UTF_8, false,
                "Vorname;Nachname;Kommune", "Frieda;Fiktiv;Kamenz", "Paul;Probe;Görlitz");
        ImportFile f = service.read(file, null, Progress.NONE);
        ColumnMapping<NavigatorField> mapping = NavigatorColumns.propose(f.headers());
        assertThat(service.preview(f, mapping).valid()).isEqualTo(2);

        existing("Paul", "Probe", "14626110"); // someone else entered him meanwhile

        assertThatThrownBy(() -> service.apply(f, mapping, ImportMode.ALL_OR_NOTHING, Progress.NONE))
                .hasMessageStartingWith("Es wurde nichts übernommen: 1 von 2 Zeilen haben Fehler");
        ImportResult<NavigatorField, NavigatorImportRow> r = service.apply(f, mapping, ImportMode.VALID_ROWS, Progress.NONE);
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(stored()).hasSize(2);
    }

    @Test
    void refusesAMappingWithoutNameOrMunicipalityAndAFileWithoutValidRows() throws Exception {
        Path file = NavigatorLists.csv(dir.resolve("ohne.csv"), StandardCharsets.UTF_8, false,
                "Vorname;Nachname;Wirkungsstätte", "Frieda;Fiktiv;Kamenz");
        ImportFile f = service.read(file, null, Progress.NONE);
        ColumnMapping<NavigatorField> proposed = NavigatorColumns.propose(f.headers());

        assertThat(NavigatorColumns.missing(proposed)).containsExactly("Kommune (Spalte „Kommune“ oder „AGS“)");
        assertThatThrownBy(() -> service.apply(f, proposed, ImportMode.VALID_ROWS, Progress.NONE))
                .hasMessage("In der Datei ohne.csv fehlt eine Spalte für: Kommune (Spalte „Kommune“ oder „AGS“). Ordnen"
                        + " Sie in der Vorschau unter „Spalten zuordnen“ die passende Spalte der Datei zu, oder ergänzen"
                        + " Sie die Spaltenüberschrift in der Datei.");
        // mapped by hand, it works
        ImportResult<NavigatorField, NavigatorImportRow> r = service.apply(f, proposed.with(NavigatorField.MUNICIPALITY, 2), ImportMode.VALID_ROWS,
                Progress.NONE);
        assertThat(r.imported()).isEqualTo(1);

        // now the only row is a duplicate: nothing to import
        assertThatThrownBy(() -> service.apply(f, proposed.with(NavigatorField.MUNICIPALITY, 2),
                ImportMode.VALID_ROWS, Progress.NONE))
                .hasMessageStartingWith("Keine Zeile der Datei ohne.csv kann übernommen werden; es wurde nichts"
                        + " geändert.\n• Zeile 2, Spalte B („Nachname“): In Kamenz / Kamjenc, Stadt ist bereits");
        assertThat(stored()).hasSize(1);
    }

    // ------------------------------------------------------------------ honest input

    @Test
    void aUtf8ListWithOneWindows1252LineIsRefusedNamingTheLineNeverGarbled() throws Exception {
        // before: read entirely as Windows-1252, "JÃ¶rg MÃ¼ller" imported as valid
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Vorname;Nachname;Kommune\r\nJörg;Müller;Görlitz\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("Käthe;Öhler;Zittau\r\n".getBytes(Charset.forName("windows-1252")));
        Path file = Files.write(dir.resolve("gemischt.csv"), bytes.toByteArray());

        assertThatThrownBy(() -> preview(file)).hasMessageStartingWith(
                "Die CSV-Datei gemischt.csv ist in UTF-8 geschrieben, aber Zeile 3 ist in einem anderen Zeichensatz");
    }

    @Test
    void aControlCharacterMakesItsRowInvalidWithRowAndColumnAndTheOthersStayValid() throws Exception {
        Path file = NavigatorLists.csv(dir.resolve("steuerzeichen.csv"), StandardCharsets.UTF_8, false,
                "Vorname;Nachname;Kommune", "Frieda;Fiktiv;Bautzen", "Bruno;Bei\u0007spiel;Kamenz", "Paul;Probe;Görlitz");

        ImportPreview<NavigatorField, NavigatorImportRow> p = preview(file);

        assertThat(ImportTexts.counts(p)).isEqualTo("3 Zeilen gelesen: 2 gültig, 1 mit Fehlern.");
        assertThat(problems(p)).containsExactly("Zeile 3, Spalte B („Nachname“): enthält ein Steuerzeichen (U+0007),"
                + " das in keiner Angabe stehen darf; bitte entfernen Sie es in der Datei");
    }

    @Test
    void aNameWithALineBreakOrATabIsRefusedWithRowAndColumn() throws Exception {
        Path file = NavigatorLists.workbook()
                .row("Vorname", "Nachname", "Kommune")
                .row("Frieda", "Fiktiv", "Bautzen")
                .row("Bruno\nKarl", "Beispiel", "Kamenz")
                .row("Paul", "Pro\tbe", "Görlitz")
                .write(dir.resolve("umbrueche.xlsx"));
        Path csv = NavigatorLists.csv(dir.resolve("name.csv"), StandardCharsets.UTF_8, false,
                "Name, Vorname;Kommune", "\"Fiktiv,\r\nFrieda\";Bautzen", "\"Probe, Paul\";Görlitz");

        assertThat(problems(preview(file))).containsExactly(
                "Zeile 3, Spalte A („Vorname“): „Bruno Karl“ enthält einen Zeilenumbruch oder Tabulator, das ist in"
                        + " einem Namen nicht erlaubt",
                "Zeile 4, Spalte B („Nachname“): „Pro be“ enthält einen Zeilenumbruch oder Tabulator, das ist in"
                        + " einem Namen nicht erlaubt");
        ImportPreview<NavigatorField, NavigatorImportRow> p = preview(csv);
        assertThat(problems(p)).containsExactly("Zeile 2, Spalte A („Name, Vorname“): „Fiktiv,  Frieda“ enthält einen"
                + " Zeilenumbruch oder Tabulator, das ist in einem Namen nicht erlaubt");
        assertThat(p.valid()).isEqualTo(1);
    }

    @Test
    void aLongValueIsEchoedCutTo80Characters() throws Exception {
        Path file = NavigatorLists.workbook()
                .row("Vorname", "Nachname", "Kommune")
                .row("Frieda", "Fiktiv", "x".repeat(10_000))
                .write(dir.resolve("lang.xlsx"));

        String problem = problems(preview(file)).get(0);
        assertThat(problem).isEqualTo("Zeile 2, Spalte C („Kommune“): „" + "x".repeat(79) + "…“ ist keine bekannte"
                + " Kommune");
    }
}
