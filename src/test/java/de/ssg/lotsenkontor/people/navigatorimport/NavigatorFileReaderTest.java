package de.ssg.lotsenkontor.people.navigatorimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.excel.BadWorkbooks;
import de.ssg.lotsenkontor.excel.SheetCell;
import de.ssg.lotsenkontor.excel.SheetRow;
import de.ssg.lotsenkontor.importing.ImportFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading navigator lists: workbooks and CSV files as different people and programs write them. */
class NavigatorFileReaderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    private static ImportFile read(Path file) {
        return NavigatorFileReader.read(file, null, Progress.NONE);
    }

    /** Each data row as "number: text|text|…" over the header's columns. */
    private static List<String> rows(ImportFile f) {
        List<String> out = new ArrayList<>();
        for (SheetRow r : f.rows()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < f.columnCount(); c++) {
                String t = ImportValues.text(r.cell(c));
                cells.add(t == null ? "" : t);
            }
            out.add(r.number() + ": " + String.join("|", cells));
        }
        return out;
    }

    private String message(Path file) {
        Throwable e = Assertions.catchThrowable(() -> read(file));
        assertThat(e).isInstanceOf(DomainException.class);
        return e.getMessage();
    }

    // ------------------------------------------------------------------ workbooks

    @Test
    void aWorkbookWithATitleRowAndGapsFindsItsHeaderAndSkipsEmptyRows() throws Exception {
        ImportFile f = read(NavigatorLists.typical(dir.resolve("liste.xlsx")));

        assertThat(f.format()).isEqualTo(ImportFile.Format.XLSX);
        assertThat(f.sheetName()).isEqualTo("Navigatoren 2025");
        assertThat(f.headerRow()).isEqualTo(3);
        assertThat(f.headers()).containsExactly("Nachname", "Vorname", "Kommune", "Fachbereich", "E-Mail", "Telefon",
                "Status", "seit");
        assertThat(f.rows()).extracting(SheetRow::number).containsExactly(4, 5, 6, 8);
        // a real date cell stays a number (Excel's day count) until it is checked
        assertThat(f.rows().get(0).cell(7).kind()).isEqualTo(SheetCell.Kind.NUMBER);
        assertThat(ImportValues.date(f.rows().get(0).cell(7), f.date1904())).contains(LocalDate.of(2025, 3, 1));
        assertThat(f.describe()).isEqualTo("Datei liste.xlsx, Tabellenblatt „Navigatoren 2025“, Kopfzeile in Zeile 3");
        assertThat(f.columnLabel(4)).isEqualTo("E („E-Mail“)");
    }

    @Test
    void theFirstSheetWithAHeaderIsReadUnlessAnotherIsChosen() throws Exception {
        Path file = NavigatorLists.workbook()
                .sheet("Hinweise").row("Bitte nur Navigatoren eintragen.")
                .sheet("Bautzen").row("Vorname", "Nachname", "Kommune").row("Frieda", "Fiktiv", "Kamenz")
                .sheet("Görlitz").row("Vorname", "Nachname", "Kommune").row("Paul", "Probe", "Görlitz")
                .row("Petra", "Probe", "Zittau")
                .sheet("Leer")
                .write(dir.resolve("kreise.xlsx"));

        ImportFile first = read(file);
        assertThat(first.sheetName()).isEqualTo("Bautzen");
        assertThat(first.sheetNames()).containsExactly("Hinweise", "Bautzen", "Görlitz", "Leer");
        assertThat(rows(first)).containsExactly("2: Frieda|Fiktiv|Kamenz");

        ImportFile chosen = NavigatorFileReader.read(file, "Görlitz", Progress.NONE);
        assertThat(rows(chosen)).containsExactly("2: Paul|Probe|Görlitz", "3: Petra|Probe|Zittau");

        assertThatThrownBy(() -> NavigatorFileReader.read(file, "Dresden", Progress.NONE))
                .hasMessage("Die Arbeitsmappe kreise.xlsx hat kein Tabellenblatt „Dresden“. Vorhanden sind: "
                        + "„Hinweise“, „Bautzen“, „Görlitz“, „Leer“.");
        assertThatThrownBy(() -> NavigatorFileReader.read(file, "Leer", Progress.NONE))
                .hasMessage("Das Tabellenblatt „Leer“ der Arbeitsmappe kreise.xlsx ist leer.");
        assertThatThrownBy(() -> NavigatorFileReader.read(file, "Hinweise", Progress.NONE))
                .hasMessageStartingWith("Im Tabellenblatt „Hinweise“ der Arbeitsmappe kreise.xlsx fehlt eine Kopfzeile");
    }

    @Test
    void aTitleRowWithTwoTextsDoesNotPassForTheHeader() throws Exception {
        Path file = NavigatorLists.workbook()
                .row("Navigatoren", "Stand: 01.03.2025")
                .row("Lfd. Nr.", "Name, Vorname", "Gemeinde", "Mail")
                .row(1, "Fiktiv, Frieda", "Kamenz", "frieda@kamenz.example")
                .write(dir.resolve("titel.xlsx"));

        ImportFile f = read(file);
        assertThat(f.headerRow()).isEqualTo(2);
        assertThat(rows(f)).containsExactly("3: 1|Fiktiv, Frieda|Kamenz|frieda@kamenz.example");
    }

    @Test
    void badWorkbooksAreRefusedWithTheSharedReadersMessages() throws Exception {
        Path good = NavigatorLists.typical(dir.resolve("gut.xlsx"));

        assertThat(message(BadWorkbooks.truncated(good, dir, 0.6))).startsWith(
                "Die Datei abgeschnitten.xlsx ist unvollständig oder beschädigt");
        assertThat(message(BadWorkbooks.encrypted(good, dir))).startsWith(
                "Die Arbeitsmappe geschuetzt.xlsx ist mit einem Kennwort geschützt");
        assertThat(message(BadWorkbooks.xls(dir))).startsWith(
                "Die Datei alt.xls ist eine Arbeitsmappe im alten Excel-Format (.xls");
        assertThat(message(Files.write(dir.resolve("leer.xlsx"), new byte[0])))
                .isEqualTo("Die Datei leer.xlsx ist leer (0 Byte).");
        assertThat(message(dir.resolve("fehlt.xlsx"))).startsWith("Die Datei ").endsWith("fehlt.xlsx wurde nicht gefunden.");
        assertThat(message(NavigatorLists.workbook().sheet("Leer").write(dir.resolve("leeremappe.xlsx"))))
                .isEqualTo("Die Datei leeremappe.xlsx enthält keine Daten.");
        assertThat(message(NavigatorLists.workbook().row("nur eine Zelle").row(42).write(dir.resolve("ohne.xlsx"))))
                .startsWith("In der Datei ohne.xlsx fehlt eine Kopfzeile mit Spaltenüberschriften");
    }

    @Test
    void binaryContentIsNeitherWorkbookNorCsv() throws Exception {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[pdf.length + 64];
        System.arraycopy(pdf, 0, bytes, 0, pdf.length);
        assertThat(message(Files.write(dir.resolve("liste.pdf"), bytes)))
                .isEqualTo("Die Datei liste.pdf ist weder eine Excel-Arbeitsmappe (.xlsx) noch eine CSV-Datei und kann"
                        + " nicht gelesen werden.");
    }

    // ------------------------------------------------------------------ CSV

    @Test
    void utf8WithByteOrderMarkAndSemicolons() throws Exception {
        Path file = NavigatorLists.csv(dir.resolve("bom.csv"), StandardCharsets.UTF_8, true,
                "Vorname;Nachname;Kommune;E-Mail", "Frieda;Fiktiv;Görlitz;frieda@goerlitz.example",
                ";;;", "Bruno;Beispiel;Bautzen / Budyšin, Stadt;");

        ImportFile f = read(file);
        assertThat(f.format()).isEqualTo(ImportFile.Format.CSV);
        assertThat(f.encoding()).isEqualTo("UTF-8");
        assertThat(f.separator()).isEqualTo(';');
        assertThat(f.headers()).containsExactly("Vorname", "Nachname", "Kommune", "E-Mail");
        assertThat(rows(f)).containsExactly("2: Frieda|Fiktiv|Görlitz|frieda@goerlitz.example",
                "4: Bruno|Beispiel|Bautzen / Budyšin, Stadt|");
        assertThat(f.describe()).isEqualTo(
                "Datei bom.csv (CSV, Zeichensatz UTF-8, Trennzeichen Semikolon), Kopfzeile in Zeile 1");
    }

    @Test
    void windows1252UmlautsAsExcelWritesThemOnAGermanWindows() throws Exception {
        Path file = NavigatorLists.csv(dir.resolve("excel.csv"), CP1252, false,
                "Vorname;Nachname;Gemeinde;Fachbereich", "Jörg;Müßig;Görlitz;Bürgeramt");
        assertThat(Files.readAllBytes(file)).contains((byte) 0xF6); // ö as one cp1252 byte

        ImportFile f = read(file);
        assertThat(f.encoding()).isEqualTo("Windows-1252");
        assertThat(rows(f)).containsExactly("2: Jörg|Müßig|Görlitz|Bürgeramt");
    }

    @Test
    void utf8WithoutByteOrderMarkAndCommasWithQuotedFields() throws Exception {
        Path file = NavigatorLists.csv(dir.resolve("komma.csv"), StandardCharsets.UTF_8, false,
                "\"Name, Vorname\",Kommune,E-Mail,Fachbereich",
                "\"Fiktiv, Frieda\",\"Bautzen / Budyšin, Stadt\",frieda@bautzen.example,\"Amt für \"\"Digitales\"\"\"",
                "\"Probe, Paul\", Görlitz ,paul@goerlitz.example,IT");

        ImportFile f = read(file);
        assertThat(f.encoding()).isEqualTo("UTF-8");
        assertThat(f.separator()).isEqualTo(',');
        assertThat(f.headers()).containsExactly("Name, Vorname", "Kommune", "E-Mail", "Fachbereich");
        assertThat(rows(f)).containsExactly(
                "2: Fiktiv, Frieda|Bautzen / Budyšin, Stadt|frieda@bautzen.example|Amt für \"Digitales\"",
                "3: Probe, Paul|Görlitz|paul@goerlitz.example|IT");
    }

    @Test
    void aCombinedNameColumnDoesNotMakeCommaTheSeparatorOfASemicolonFile() throws Exception {
        Path file = NavigatorLists.csv(dir.resolve("gemischt.csv"), StandardCharsets.UTF_8, false,
                "Name, Vorname;Kommune;E-Mail", "Fiktiv, Frieda;Kamenz;frieda@kamenz.example",
                "Probe, Paul;Görlitz, Stadt;paul@goerlitz.example", "Beispiel, Bruno;Zittau;");

        ImportFile f = read(file);
        assertThat(f.separator()).isEqualTo(';');
        assertThat(rows(f)).containsExactly("2: Fiktiv, Frieda|Kamenz|frieda@kamenz.example",
                "3: Probe, Paul|Görlitz, Stadt|paul@goerlitz.example", "4: Beispiel, Bruno|Zittau|");
    }

    @Test
    void tabsQuotedLineBreaksAndTheLineNumbersOfTheFile() throws Exception {
        Path file = NavigatorLists.csv(dir.resolve("tab.txt"), StandardCharsets.UTF_8, false,
                "Vorname\tNachname\tKommune\tFachbereich", "Frieda\tFiktiv\tKamenz\t\"Hauptamt\nSachgebiet IT\"",
                "", "Paul\tProbe\tGörlitz\tIT");

        ImportFile f = read(file);
        assertThat(f.separator()).isEqualTo('\t');
        assertThat(rows(f)).containsExactly("2: Frieda|Fiktiv|Kamenz|Hauptamt\nSachgebiet IT", "5: Paul|Probe|Görlitz|IT");
    }

    @Test
    void excelsSeparatorLineIsHonoured() throws Exception {
        Path file = NavigatorLists.csv(dir.resolve("sep.csv"), StandardCharsets.UTF_8, false,
                "sep=,", "Vorname,Nachname,Kommune", "Frieda,Fiktiv,Kamenz");

        ImportFile f = read(file);
        assertThat(f.separator()).isEqualTo(',');
        assertThat(f.headerRow()).isEqualTo(2);
        assertThat(rows(f)).containsExactly("3: Frieda|Fiktiv|Kamenz");
    }

    @Test
    void utf16AsExcelsUnicodeText() throws Exception {
        byte[] text = "Vorname\tNachname\tKommune\r\nJörg\tMüßig\tGörlitz\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);

        ImportFile f = read(Files.write(dir.resolve("unicode.txt"), bytes));
        assertThat(f.encoding()).isEqualTo("UTF-16");
        assertThat(rows(f)).containsExactly("2: Jörg|Müßig|Görlitz");
    }

    @Test
    void badCsvFilesGetAClearMessage() throws Exception {
        assertThat(message(NavigatorLists.csv(dir.resolve("offen.csv"), StandardCharsets.UTF_8, false,
                "Vorname;Nachname;Kommune", "Frieda;Fiktiv;Kamenz", "Paul;\"Probe;Görlitz", "Bruno;Beispiel;Zittau")))
                .isEqualTo("Die CSV-Datei offen.csv ist fehlerhaft: Ein Anführungszeichen, das in Zeile 3 beginnt, wird"
                        + " nicht geschlossen. Bitte prüfen Sie die Datei in einem Texteditor oder speichern Sie sie"
                        + " aus Excel erneut.");
        assertThat(message(Files.write(dir.resolve("leer.csv"), new byte[0])))
                .isEqualTo("Die Datei leer.csv ist leer (0 Byte).");
        assertThat(message(NavigatorLists.csv(dir.resolve("nurleer.csv"), StandardCharsets.UTF_8, false, ";;", "")))
                .isEqualTo("Die Datei nurleer.csv enthält keine Daten.");
        assertThat(message(NavigatorLists.csv(dir.resolve("einspaltig.csv"), StandardCharsets.UTF_8, false,
                "Navigatoren", "Frieda Fiktiv")))
                .startsWith("In der Datei einspaltig.csv fehlt eine Kopfzeile mit Spaltenüberschriften");
    }

    @Test
    void theContentDecidesNotTheName() throws Exception {
        ImportFile f = read(BadWorkbooks.text(dir)); // a CSV file named .xlsx
        assertThat(f.format()).isEqualTo(ImportFile.Format.CSV);
        assertThat(f.headers()).containsExactly("AGS", "Name");
        assertThat(rows(f)).containsExactly("2: 14511000|Chemnitz");
    }
}
