package de.ssg.lotsenkontor.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.excel.SheetCell;
import de.ssg.lotsenkontor.excel.SheetRow;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as German office and accounting software writes it, and files that must be refused or reported. */
class CsvReaderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String[] BOOKINGS = {
        "Umsatz;Soll/Haben;Konto;Gegenkonto;Belegdatum;Buchungstext",
        "1.234,56;S;4930;1200;0103;Bürobedarf Müller",
        "89,9;S;4660;1000;1503;Fahrt nach Görlitz",
        "12;H;4930;1200;3103;Gutschrift Bürobedarf"};

    private static CsvReader.Table read(byte[] bytes) {
        return CsvReader.read(bytes, "buchungen.csv", 1000, "Buchungsliste", Progress.NONE);
    }

    private static byte[] bytes(Charset charset, boolean bom, String lineEnd, String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        for (String line : lines) {
            out.writeBytes((line + lineEnd).getBytes(charset));
        }
        return out.toByteArray();
    }

    /** Every row as "line: a|b|c" (empty cells empty). */
    private static List<String> rows(CsvReader.Table t) {
        List<String> out = new ArrayList<>();
        for (SheetRow r : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < r.width(); c++) {
                cells.add(r.text(c) == null ? "" : r.text(c));
            }
            out.add(r.number() + ": " + String.join("|", cells));
        }
        return out;
    }

    @Test
    void theSameBookingsInEitherEncodingSeparatorQuotingAndLineEndReadTheSame() {
        List<String> expected = rows(read(bytes(StandardCharsets.UTF_8, false, "\n", BOOKINGS)));
        assertThat(expected).hasSize(4).element(1).isEqualTo("2: 1.234,56|S|4930|1200|0103|Bürobedarf Müller");

        CsvReader.Table utf8Bom = read(bytes(StandardCharsets.UTF_8, true, "\r\n", BOOKINGS));
        assertThat(utf8Bom.encoding()).isEqualTo("UTF-8");
        assertThat(rows(utf8Bom)).isEqualTo(expected);

        CsvReader.Table cp1252 = read(bytes(CP1252, false, "\r\n", BOOKINGS));
        assertThat(cp1252.encoding()).isEqualTo("Windows-1252");
        assertThat(rows(cp1252)).isEqualTo(expected);

        // comma separated, every field quoted (the decimal comma must be inside quotes then)
        List<String> quoted = new ArrayList<>();
        for (String line : BOOKINGS) {
            quoted.add("\"" + line.replace(";", "\",\"") + "\"");
        }
        CsvReader.Table comma = read(bytes(CP1252, false, "\n", quoted.toArray(String[]::new)));
        assertThat(comma.separator()).isEqualTo(',');
        assertThat(rows(comma)).isEqualTo(expected);

        // tab separated with LF, bare fields
        List<String> tabs = new ArrayList<>();
        for (String line : BOOKINGS) {
            tabs.add(line.replace(';', '\t'));
        }
        CsvReader.Table tab = read(bytes(StandardCharsets.UTF_8, false, "\n", tabs.toArray(String[]::new)));
        assertThat(tab.separator()).isEqualTo('\t');
        assertThat(rows(tab)).isEqualTo(expected);
    }

    @Test
    void aDatevFileWithItsMetadataLineBeforeTheTitlesIsReadWithSemicolons() {
        CsvReader.Table t = read(bytes(CP1252, false, "\r\n",
                "\"EXTF\";700;21;\"Buchungsstapel\";13;20250110101010000;;\"RE\";\"\";\"\";29098;55003;20250101;4",
                "Umsatz (ohne Soll/Haben-Kz);Soll/Haben-Kennzeichen;WKZ Umsatz;Konto;Gegenkonto (ohne BU-Schlüssel)",
                "119,00;\"S\";\"EUR\";4930;1200"));
        assertThat(t.separator()).isEqualTo(';');
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(0).text(3)).isEqualTo("Buchungsstapel");
        assertThat(t.rows().get(2).text(0)).isEqualTo("119,00");
    }

    @Test
    void aUtf8FileWithOneWindows1252LineIsRefusedNamingTheLine() {
        // what a colleague's editor makes of a UTF-8 list when one line is pasted from an old file
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("Vorname;Nachname;Kommune\nJörg;Müller;Görlitz\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes("Käthe;Öhler;Zittau\n".getBytes(CP1252));
        out.writeBytes("Frieda;Fiktiv;Bautzen / Budyšin, Stadt\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> read(out.toByteArray()))
                .isInstanceOf(DomainException.class)
                .hasMessage("Die CSV-Datei buchungen.csv ist in UTF-8 geschrieben, aber Zeile 3 ist in einem anderen"
                        + " Zeichensatz (vermutlich Windows-1252). So gelesen, würden Umlaute falsch übernommen. Bitte"
                        + " speichern Sie die Datei einheitlich in einem Zeichensatz (in Excel: „CSV UTF-8“). Es wurde"
                        + " nichts geändert.");
    }

    @Test
    void aWindows1252FileWithUtf8SequencesIsRefusedNamingTheLines() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("Vorname;Nachname;Kommune\nKäthe;Öhler;Zittau\nJürgen;Weiß;Görlitz\nÄnne;Bär;Löbau\n"
                .getBytes(CP1252));
        out.writeBytes("Jörg;Müller;Görlitz\nFrieda;Fiktiv;Bautzen / Budyšin\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> read(out.toByteArray()))
                .hasMessageStartingWith("Die CSV-Datei buchungen.csv ist in Windows-1252 geschrieben, aber die Zeilen"
                        + " 5 und 6 enthalten UTF-8-Zeichen (etwa „Ã¶“ statt „ö“).");
    }

    @Test
    void aUtf8FileWithAByteOrderMarkAndBrokenLinesNamesThem() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(StandardCharsets.UTF_8, true, "\n", "Name;Ort", "Jörg;Görlitz"));
        for (int i = 0; i < 12; i++) {
            out.writeBytes(("Käthe" + i + ";Zittau\n").getBytes(CP1252));
        }
        assertThatThrownBy(() -> read(out.toByteArray()))
                .hasMessageContaining("aber die Zeilen 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 und 2 weitere sind in einem"
                        + " anderen Zeichensatz");
    }

    @Test
    void plainAsciiAndUtf16AreRead() {
        assertThat(read(bytes(StandardCharsets.US_ASCII, false, "\n", "a;b", "1;2")).encoding()).isEqualTo("UTF-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        out.writeBytes("Name\tOrt\r\nJörg\tGörlitz\r\n".getBytes(StandardCharsets.UTF_16LE));
        CsvReader.Table t = read(out.toByteArray());
        assertThat(t.encoding()).isEqualTo("UTF-16");
        assertThat(rows(t)).containsExactly("1: Name|Ort", "2: Jörg|Görlitz");
    }

    @Test
    void quotedFieldsKeepSeparatorsLineBreaksAndDoubledQuotes() {
        CsvReader.Table t = read(bytes(StandardCharsets.UTF_8, false, "\r\n",
                "Name;Bemerkung;Betrag", "\"Fiktiv, Frieda\";\"zwei\r\nZeilen; mit \"\"Zitat\"\"\";\"1.234,56\"",
                "Probe;;7"));
        assertThat(t.rows().get(1).text(0)).isEqualTo("Fiktiv, Frieda");
        assertThat(t.rows().get(1).text(1)).isEqualTo("zwei\r\nZeilen; mit \"Zitat\"");
        // a record over two lines: the next row is numbered by the line it starts on
        assertThat(t.rows().get(2).number()).isEqualTo(4);
        assertThat(t.fieldCounts()).containsExactly(3, 3, 3);
        assertThat(t.unterminated()).isFalse();
    }

    @Test
    void aQuoteThatNeverClosesNamesItsLine() {
        assertThatThrownBy(() -> read(bytes(StandardCharsets.UTF_8, false, "\n", "Name;Ort", "Frieda;Bautzen",
                "\"Bruno;Kamenz")))
                .hasMessage("Die CSV-Datei buchungen.csv ist fehlerhaft: Ein Anführungszeichen, das in Zeile 3 beginnt,"
                        + " wird nicht geschlossen. Bitte prüfen Sie die Datei in einem Texteditor oder speichern Sie sie"
                        + " aus Excel erneut.");
    }

    @Test
    void aFileThatEndsWithoutLineBreakIsMarked() {
        byte[] cut = "Umsatz;Konto;Text\n12,00;4930;Papier\n7,5".getBytes(StandardCharsets.UTF_8);
        CsvReader.Table t = read(cut);
        assertThat(t.unterminated()).isTrue();
        assertThat(t.fieldCounts()).containsExactly(3, 3, 1);
        assertThat(read("a;b\n1;2\n".getBytes(StandardCharsets.UTF_8)).unterminated()).isFalse();
    }

    @Test
    void aControlCharacterIsKeptWithItsRowAndColumnNotTheWholeFileRefused() {
        CsvReader.Table t = read(bytes(StandardCharsets.UTF_8, false, "\n", "Vorname;Nachname;Kommune",
                "Frieda;Fik\u0007tiv;Bautzen", "Bruno;Beispiel;Kamenz"));
        assertThat(t.rows()).hasSize(3);
        assertThat(t.controlChars()).containsExactly(new CsvReader.ControlChar(2, 1, 7));
        assertThat(t.controlChars().get(0).code()).isEqualTo("U+0007");
    }

    @Test
    void binaryContentIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> read(png)).hasMessage(
                "Die Datei buchungen.csv ist weder eine Excel-Arbeitsmappe (.xlsx) noch eine CSV-Datei und kann nicht"
                        + " gelesen werden.");
    }

    @Test
    void excelsSepLineChoosesTheSeparatorAndCountsAsALine() {
        CsvReader.Table t = read(bytes(StandardCharsets.UTF_8, false, "\r\n", "sep=,", "Name,Ort", "Fiktiv;Frieda,Bautzen"));
        assertThat(t.separator()).isEqualTo(',');
        assertThat(rows(t)).containsExactly("2: Name|Ort", "3: Fiktiv;Frieda|Bautzen");
    }

    @Test
    void farTooManyRowsAreRefused() {
        List<String> lines = new ArrayList<>();
        lines.add("a;b");
        for (int i = 0; i < 1001; i++) {
            lines.add(i + ";x");
        }
        assertThatThrownBy(() -> read(bytes(StandardCharsets.UTF_8, false, "\n", lines.toArray(String[]::new))))
                .hasMessage("Die Datei buchungen.csv hat mehr als 1.000 Zeilen und ist damit keine Buchungsliste.");
    }

    @Test
    void textCellsAreText() {
        CsvReader.Table t = read(bytes(StandardCharsets.UTF_8, false, "\n", "a;b", "0123;4"));
        assertThat(t.rows().get(1).cell(0)).isEqualTo(new SheetCell(0, SheetCell.Kind.TEXT, "0123"));
    }
}
