package de.ssg.lotsenkontor.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.municipality.Municipality;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import de.ssg.lotsenkontor.people.Coach;
import de.ssg.lotsenkontor.people.Navigator;
import de.ssg.lotsenkontor.people.NavigatorStatus;
import de.ssg.lotsenkontor.report.ReportFormat;
import de.ssg.lotsenkontor.report.ReportRenderers;
import de.ssg.lotsenkontor.storage.Database;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hours workbook read back with its formulas recalculated, against the database's own sums. */
class CoachingHoursWorkbookTest {

    @TempDir
    Path folder;

    private Database db;
    private long anna;

    @BeforeEach
    void open() {
        db = TestDatabases.open(folder.resolve("db"));
        ReferenceData.loadIfEmpty(db);
        CoachingService service = new CoachingService(db);
        long[] ids = new long[4];
        db.inTransactionDo(s -> {
            Coach a = new Coach("Anna", "Lotsenfeld", 30, LocalDate.of(2021, 1, 1));
            Coach b = new Coach("Bernd", "Wegweiser", 30, LocalDate.of(2021, 1, 1));
            s.persist(a);
            s.persist(b);
            Municipality m = s.createSelectionQuery("from Municipality m where m.ags = '14521010'", Municipality.class)
                    .getSingleResult();
            Navigator n = new Navigator("Nora", "Beispiel", m, NavigatorStatus.AKTIV, LocalDate.of(2022, 1, 1));
            s.persist(n);
            s.flush();
            ids[0] = a.getId();
            ids[1] = b.getId();
            ids[2] = n.getId();
            ids[3] = m.getId();
        });
        anna = ids[0];
        String[] hours = {"1.25", "2.5", "0.75", "3", "1.5", "0.25", "4", "2.75"};
        for (int i = 0; i < hours.length; i++) {
            service.recordSession(new SessionInput(LocalDate.of(2024, 1 + i, 3 + i), ids[i % 2], ids[3], ids[2],
                    new BigDecimal(hours[i]), SessionFormat.values()[i % 3], "E-Akte", null));
        }
        // another year stays out
        service.recordSession(new SessionInput(LocalDate.of(2023, 12, 31), ids[0], ids[3], ids[2], BigDecimal.TEN,
                SessionFormat.ONLINE, "E-Akte", null));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void totalsAreLiveFormulasThatMatchTheDatabase() throws Exception {
        Path file = folder.resolve("stunden.xlsx");
        ReportRenderers.render(CoachingHoursReport.build(new CoachingQueries(db), 2024, null, LocalDate.of(2025, 1, 5)),
                ReportFormat.XLSX, file, Progress.NONE);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            // spoil the cached results: only a recalculation gives the right totals
            Sheet hours = wb.getSheetAt(0);
            for (Row row : hours) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        cell.setCellValue(-1);
                    }
                }
            }
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            Row header = hours.getRow(0);
            assertThat(header.getCell(13).getStringCellValue()).isEqualTo("Summe");
            Row annaRow = hours.getRow(1);
            assertThat(annaRow.getCell(0).getStringCellValue()).isEqualTo("Anna Lotsenfeld");
            Cell annaTotal = annaRow.getCell(13);
            assertThat(annaTotal.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(evaluator.evaluate(annaTotal).getNumberValue()).isEqualTo(sum("coach_id = " + anna));
            Row total = hours.getRow(3);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Summe");
            assertThat(total.getCell(13).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(evaluator.evaluate(total.getCell(13)).getNumberValue()).isEqualTo(sum("1 = 1"));
            // January column: Anna's 1,25
            assertThat(evaluator.evaluate(total.getCell(1)).getNumberValue()).isEqualTo(1.25);

            Sheet all = wb.getSheetAt(1);
            assertThat(all.getLastRowNum()).isEqualTo(8 + 1); // header, 8 sessions, total
            assertThat(evaluator.evaluate(all.getRow(9).getCell(5)).getNumberValue()).isEqualTo(sum("1 = 1"));

            Sheet counts = wb.getSheetAt(2);
            assertThat(evaluator.evaluate(counts.getRow(3).getCell(13)).getNumberValue()).isEqualTo(8.0);
        }
    }

    private double sum(String condition) {
        return db.withConnection(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT SUM(hours) FROM coaching_session"
                    + " WHERE session_date BETWEEN DATE '2024-01-01' AND DATE '2024-12-31' AND " + condition);
                    ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1).doubleValue();
            }
        });
    }
}
