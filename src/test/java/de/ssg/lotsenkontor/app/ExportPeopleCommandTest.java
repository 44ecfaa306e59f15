package de.ssg.lotsenkontor.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.municipality.MunicipalityOption;
import de.ssg.lotsenkontor.people.CoachChange;
import de.ssg.lotsenkontor.people.NavigatorChange;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.storage.DataPaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export navigators|coaches -o FILE.xlsx}: the people lists with all their columns, typed. */
class ExportPeopleCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void exportsNavigatorsAndCoachesWithAllColumnsInNameOrder() throws IOException {
        Path db = folder.resolve("db");
        try (AppContext context = AppContext.open(DataPaths.of(db))) {
            long coach = context.coaches().save(new CoachChange(null, 0, "Anna", "Lotsenfeld", null, null, 30,
                    LocalDate.of(2024, 1, 1), null, Set.of("14521"))).id();
            long amtsberg = context.municipalityQueries().options().stream()
                    .filter(m -> m.ags().equals("14521010")).mapToLong(MunicipalityOption::id).findFirst().orElseThrow();
            long otto = context.navigators().save(new NavigatorChange(null, 0, "Otto", "Özdemir", amtsberg, List.of(),
                    null, null, null, NavigatorStatus.AKTIV, LocalDate.of(2025, 3, 1), null)).id();
            context.navigators().save(new NavigatorChange(null, 0, "Nora", "Beispiel", amtsberg, List.of(),
                    "Hauptamt", "nora@amtsberg.example", null, NavigatorStatus.IN_QUALIFIZIERUNG,
                    LocalDate.of(2025, 4, 1), null));
            context.coaching().assign(coach, otto, LocalDate.of(2025, 3, 1), null);
        }

        Path navigators = folder.resolve("Navigatoren.xlsx");
        assertThat(run("--db", db.toString(), "export", "navigators", "-o", navigators.toString()))
                .as(err.toString()).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("2 Zeilen");
        try (XSSFWorkbook wb = open(navigators)) {
            XSSFSheet sheet = wb.getSheet("Digital-Navigatoren");
            assertThat(titles(sheet.getRow(0))).containsExactly("Nachname", "Vorname", "Kommune", "Landkreis",
                    "Status", "Digital-Lotse", "E-Mail", "Telefon", "Tätig seit", "Tätig bis", "Fachbereich",
                    "Verwaltungsgemeinschaft/-verband", "Weitere Kommunen");
            Row nora = sheet.getRow(1);
            Row otto = sheet.getRow(2);
            assertThat(nora.getCell(0).getStringCellValue()).isEqualTo("Beispiel");
            assertThat(nora.getCell(4).getStringCellValue()).isEqualTo("in Qualifizierung");
            assertThat(otto.getCell(0).getStringCellValue()).isEqualTo("Özdemir");
            assertThat(otto.getCell(5).getStringCellValue()).isEqualTo("Anna Lotsenfeld");
            assertThat(otto.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(otto.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 1));
        }

        Path coaches = folder.resolve("Lotsen.xlsx");
        assertThat(run("--db", db.toString(), "export", "coaches", "-o", coaches.toString()))
                .as(err.toString()).isEqualTo(Cli.OK);
        try (XSSFWorkbook wb = open(coaches)) {
            XSSFSheet sheet = wb.getSheet("Digital-Lotsen");
            assertThat(titles(sheet.getRow(0))).startsWith("Nachname", "Vorname", "Status", "Betreut", "Kapazität",
                    "Auslastung");
            Row anna = sheet.getRow(1);
            assertThat(anna.getCell(3).getNumericCellValue()).isEqualTo(1);
            assertThat(anna.getCell(4).getNumericCellValue()).isEqualTo(30);
            assertThat(anna.getCell(6).getStringCellValue()).isEqualTo("Erzgebirgskreis");
        }
    }

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), p -> 0);
    }

    private static List<String> titles(Row header) {
        List<String> titles = new ArrayList<>();
        header.forEach(c -> titles.add(c.getStringCellValue()));
        return titles;
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
