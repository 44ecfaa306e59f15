package de.ssg.lotsenkontor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export municipalities -o FILE.xlsx} on a real database, the workbook read back with POI. */
class ExportCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), p -> 0);
    }

    @Test
    void exportsAllMunicipalitiesWithAllColumnsSortedByName() throws IOException {
        Path db = folder.resolve("db");
        Path file = folder.resolve("Kommunen.xlsx");

        int code = run("--db", db.toString(), "export", "municipalities", "-o", file.toString());

        assertThat(code).as(err.toString()).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("418 Zeilen").contains("Kommunen.xlsx");
        try (XSSFWorkbook wb = open(file)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = wb.getSheet("Kommunen");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(1 + 418);
            Row header = sheet.getRow(0);
            List<String> titles = new ArrayList<>();
            header.forEach(c -> titles.add(c.getStringCellValue()));
            assertThat(titles).containsExactly("AGS", "Name", "Art", "Landkreis", "Verwaltungsgemeinschaft/-verband",
                    "Einwohner", "Größenklasse", "Teilnahmestatus", "Status seit");

            List<String> names = new ArrayList<>();
            for (int r = 1; r <= 418; r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(0).getStringCellValue()).matches("14\\d{6}");
                assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
                names.add(row.getCell(1).getStringCellValue());
            }
            Collator german = Collator.getInstance(Locale.GERMAN);
            assertThat(names).isSortedAccordingTo(german::compare).doesNotHaveDuplicates();
            Row dresden = null;
            for (Row row : sheet) {
                if ("14612000".equals(row.getCell(0).getStringCellValue())) {
                    dresden = row;
                }
            }
            assertThat(dresden.getCell(1).getStringCellValue()).startsWith("Dresden");
            assertThat(dresden.getCell(5).getNumericCellValue()).isGreaterThan(500_000);
            assertThat(dresden.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(sheet.getHeader().getLeft()).contains("Kommunen");
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("db", "Kommunen.xlsx");
        }
    }

    @Test
    void missingOutputIsAUsageError() {
        int code = run("--db", folder.resolve("db").toString(), "export", "municipalities");
        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("Es fehlt").contains("--output").contains("Aufruf:");
    }

    @Test
    void unknownListOrWrongFileTypeIsAUsageError() {
        assertThat(run("--db", folder.resolve("db").toString(), "export", "kommunen", "-o",
                folder.resolve("a.xlsx").toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("Unbekannte Liste „kommunen“").contains("municipalities");
        assertThat(run("--db", folder.resolve("db").toString(), "export", "municipalities", "-o",
                folder.resolve("a.csv").toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains(".xlsx");
        assertThat(run("--db", folder.resolve("db").toString(), "export")).isEqualTo(Cli.USAGE);
    }

    @Test
    void anUnwritableFileIsAFailureWithAGermanMessage() {
        Path file = folder.resolve("gibt-es-nicht").resolve("Kommunen.xlsx");
        int code = run("--db", folder.resolve("db").toString(), "export", "municipalities", "-o", file.toString());
        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("Kommunen.xlsx").contains("kann nicht gespeichert werden");
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void theHelpListsTheExportableLists() {
        assertThat(run("export", "--help")).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("municipalities").contains("--output");
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
