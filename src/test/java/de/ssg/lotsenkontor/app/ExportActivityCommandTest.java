package de.ssg.lotsenkontor.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.demo.DemoData;
import de.ssg.lotsenkontor.storage.DataPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export attendance|projects|best-practice|sachbericht}: the workbooks hold what the
 * database holds, counted straight from it; wrong options get a German message and exit code 2.
 */
class ExportActivityCommandTest {

    @TempDir
    static Path folder;

    static Path db;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void demo() {
        db = folder.resolve("db");
        try (AppContext c = AppContext.open(DataPaths.of(db))) {
            new DemoData(c.database(), c.clock()).generate(1, DemoData.DEFAULT_SEED, Progress.NONE);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                de.ssg.lotsenkontor.storage.Database.jdbcUrl(DataPaths.of(db)), "sa", "");
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theAttendanceListHasOneRowPerRegistrationAndTheTotals() throws Exception {
        long event = count("SELECT MIN(e.id) FROM event e WHERE EXISTS (SELECT 1 FROM attendance a"
                + " WHERE a.event_id = e.id AND a.guest_name IS NOT NULL)");
        Path file = folder.resolve("Teilnehmerliste.xlsx");
        assertThat(run("--db", db.toString(), "export", "attendance", "--event", String.valueOf(event), "-o",
                file.toString())).as(err.toString()).isEqualTo(Cli.OK);
        long registered = count("SELECT COUNT(*) FROM attendance WHERE event_id = " + event);
        long present = count("SELECT COUNT(*) FROM attendance WHERE status = 'TEILGENOMMEN' AND event_id = " + event);
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet sheet = wb.getSheet("Teilnehmerliste");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Unterschrift");
            int data = 0;
            boolean guest = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && row.getCell(0) != null && row.getCell(0).getCellType()
                        == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    data++;
                    guest |= row.getCell(1).getStringCellValue().endsWith("(Gast)");
                    assertThat(row.getCell(3) == null || row.getCell(3).getStringCellValue().isEmpty()).isTrue();
                }
            }
            assertThat(data).isEqualTo(registered);
            assertThat(guest).isTrue();
            String all = text(wb);
            assertThat(all).contains("Angemeldet: " + registered + ", anwesend: " + present);
        }
    }

    @Test
    void theAttendanceListIsPrintedAsPdfWithEveryPersonAndTheTotals() throws Exception {
        long event = count("SELECT MIN(e.id) FROM event e WHERE EXISTS (SELECT 1 FROM attendance a"
                + " WHERE a.event_id = e.id AND a.guest_name IS NOT NULL)");
        long registered = count("SELECT COUNT(*) FROM attendance WHERE event_id = " + event);
        long present = count("SELECT COUNT(*) FROM attendance WHERE status = 'TEILGENOMMEN' AND event_id = " + event);
        java.util.List<String> names = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection(
                de.ssg.lotsenkontor.storage.Database.jdbcUrl(DataPaths.of(db)), "sa", "");
                ResultSet rs = c.createStatement().executeQuery("SELECT COALESCE(n.last_name, a.guest_name)"
                        + " FROM attendance a LEFT JOIN navigator n ON n.id = a.navigator_id WHERE a.event_id = " + event)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        Path pdf = folder.resolve("Teilnehmerliste.pdf");
        assertThat(run("--db", db.toString(), "print", "attendance", "--event", String.valueOf(event), "-o",
                pdf.toString())).as(err.toString()).isEqualTo(Cli.OK);
        String text = pdfText(pdf);
        assertThat(text).contains("Teilnehmerliste", "Unterschrift", "Angemeldet: " + registered + ", anwesend: " + present);
        assertThat(names).hasSize((int) registered).allSatisfy(n -> assertThat(text).contains(n));

        // the same report through print report, with its detail as KEY=VALUE
        Path again = folder.resolve("Teilnehmerliste-2.pdf");
        assertThat(run("--db", db.toString(), "print", "report", "attendance", "event=" + event, "-o",
                again.toString())).as(err.toString()).isEqualTo(Cli.OK);
        assertThat(pdfText(again)).contains("Angemeldet: " + registered + ", anwesend: " + present);

        // an unknown event: a German message, exit code 1, no file
        StringWriter bad = new StringWriter();
        Path none = folder.resolve("keine.pdf");
        int code = Cli.run(new String[] {"--db", db.toString(), "print", "attendance", "--event", "999999", "-o",
            none.toString()}, new PrintWriter(out), new PrintWriter(bad), p -> 0);
        assertThat(code).isEqualTo(1);
        assertThat(bad.toString()).contains("Veranstaltung");
        assertThat(none).doesNotExist();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replace("\n", " ");
        }
    }

    @Test
    void projectsAndTheBestPracticeCatalogueHoldWhatTheDatabaseHolds() throws Exception {
        Path projects = folder.resolve("Projekte.xlsx");
        assertThat(run("--db", db.toString(), "export", "projects", "-o", projects.toString())).isEqualTo(Cli.OK);
        try (XSSFWorkbook wb = open(projects)) {
            XSSFSheet sheet = wb.getSheetAt(wb.getNumberOfSheets() - 1);
            assertThat(rowsBelowHeader(sheet)).isEqualTo(count("SELECT COUNT(*) FROM local_project"));
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Status");
        }
        Path best = folder.resolve("Best-Practice.xlsx");
        assertThat(run("--db", db.toString(), "export", "best-practice", "-o", best.toString())).isEqualTo(Cli.OK);
        try (XSSFWorkbook wb = open(best)) {
            XSSFSheet sheet = wb.getSheetAt(wb.getNumberOfSheets() - 1);
            assertThat(rowsBelowHeader(sheet)).isEqualTo(count(
                    "SELECT COUNT(*) FROM local_project WHERE best_practice AND status = 'ABGESCHLOSSEN'"));
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Ergebnis");
        }
    }

    @Test
    void theSachberichtWorkbookCountsTheSessionsOfThePeriod() throws Exception {
        Path file = folder.resolve("Sachbericht.xlsx");
        assertThat(run("--db", db.toString(), "export", "sachbericht", "--from", "01.01.2025", "--to", "2025-12-31",
                "-o", file.toString())).as(err.toString()).isEqualTo(Cli.OK);
        long sessions = count("SELECT COUNT(*) FROM coaching_session WHERE session_date BETWEEN DATE '2025-01-01'"
                + " AND DATE '2025-12-31'");
        try (XSSFWorkbook wb = open(file)) {
            XSSFSheet coaching = wb.getSheet("Coaching und Reichweite");
            Row total = coaching.getRow(coaching.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Sachsen gesamt");
            assertThat((long) total.getCell(1).getNumericCellValue()).isEqualTo(sessions);
            assertThat(wb.getSheet("Veranstaltungen")).isNotNull();
            assertThat(wb.getSheet("Vor-Ort-Projekte")).isNotNull();
        }
        Path one = folder.resolve("Sachbericht-Bautzen.xlsx");
        assertThat(run("--db", db.toString(), "export", "sachbericht", "--from", "2025-01-01", "--to", "2025-12-31",
                "--district", "14625", "-o", one.toString())).isEqualTo(Cli.OK);
        try (XSSFWorkbook wb = open(one)) {
            XSSFSheet coaching = wb.getSheet("Coaching und Reichweite");
            assertThat(rowsBelowHeader(coaching)).isEqualTo(1);
            assertThat(coaching.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Bautzen");
        }
    }

    @Test
    void wrongOptionsGetAGermanMessage() {
        Path file = folder.resolve("x.xlsx");
        assertThat(run("--db", db.toString(), "export", "attendance", "-o", file.toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("--event");
        assertThat(run("--db", db.toString(), "export", "sachbericht", "--from", "2025-13-01", "--to", "2025-12-31",
                "-o", file.toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("„2025-13-01“ ist kein gültiges Datum");
        assertThat(run("--db", db.toString(), "export", "sachbericht", "--from", "2025-12-31", "--to", "2025-01-01",
                "-o", file.toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("liegt vor --from");
        assertThat(run("--db", db.toString(), "export", "sachbericht", "--from", "2025-01-01", "--to", "2025-12-31",
                "--district", "99999", "-o", file.toString())).isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("Unbekannter Landkreis „99999“");
        assertThat(run("--db", db.toString(), "export", "attendance", "--event", "999999", "-o", file.toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("Die Veranstaltung wurde nicht gefunden");
        assertThat(Files.exists(file)).isFalse();
    }

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), p -> 0);
    }

    private static int rowsBelowHeader(XSSFSheet sheet) {
        int n = 0;
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && !row.getCell(0).toString().isBlank()) {
                n++;
            }
        }
        return n;
    }

    private static String text(XSSFWorkbook wb) {
        StringBuilder all = new StringBuilder();
        wb.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> all.append(cell).append(' '))));
        return all.toString();
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
