package de.ssg.lotsenkontor.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof-of-use workbook opened, recalculated and saved by LibreOffice (headless, told to
 * recalculate every formula on load): its stored results agree with the database to the cent, and
 * a cell changed by hand moves the totals that depend on it. Skipped where LibreOffice is not
 * installed.
 */
class ProofOfUseLibreOfficeTest {

    @TempDir
    Path folder;

    @Test
    void libreOfficeRecalculatesTheSameTotalsAndFollowsAChangedCell() throws Exception {
        String office = findOffice();
        Assumptions.assumeTrue(office != null, "LibreOffice is not installed");
        LocalDate today = LocalDate.of(2025, 3, 15);
        try (FundingFixture f = new FundingFixture(folder, today)) {
            ContractRow c = f.contract("LO-2024/25", 2024, 2025, "100000.00");
            f.plan(c, 2024, "REISE", "1000.00");
            f.plan(c, 2024, "SACH", "99000.00");
            for (int i = 1; i <= 40; i++) {
                f.book(c, "L" + i, LocalDate.of(2024, 1 + i % 12, 3), i % 2 == 0 ? "REISE" : "SACH",
                        "12." + (10 + i), i % 5 == 0 ? "11.99" : null);
            }
            ExpenseRow cancelled = f.book(c, "X", LocalDate.of(2024, 5, 5), "REISE", "500.00", null);
            f.service.cancelExpense(cancelled.id(), cancelled.version(), "Doppelt");

            Path file = folder.resolve("proof.xlsx");
            BudgetActual service = MoneyAgreement.check(f.db, f.queries, c, 2024, today, file);
            MoneyAgreement.DbSums sql = MoneyAgreement.database(f.db, c.id(), 2024);

            // as saved by LibreOffice after recalculating
            Path recalculated = convert(office, file, folder.resolve("lo1"));
            try (WorkbookMoney wb = new WorkbookMoney(recalculated, false)) {
                MoneyAgreement.checkWorkbook(wb, sql, service);
            }

            // finance changes cells by hand: the totals follow
            Path edited = folder.resolve("edited.xlsx");
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (Row row : wb.getSheet("Belegliste")) {
                    Cell receipt = row.getCell(1);
                    if (receipt != null && "L1".equals(receipt.toString())) {
                        row.getCell(5).setCellValue(row.getCell(5).getNumericCellValue() + 1.00);
                    }
                }
                for (Row row : wb.getSheet("Zahlenmäßiger Nachweis")) {
                    if (row.getCell(0) != null && "Reisekosten".equals(row.getCell(0).toString())) {
                        row.getCell(FundingReports.ELIGIBLE).setCellValue(1300.00);
                    }
                }
                try (OutputStream out = Files.newOutputStream(edited)) {
                    wb.write(out);
                }
            }
            Path after = convert(office, edited, folder.resolve("lo2"));
            try (WorkbookMoney wb = new WorkbookMoney(after, false)) {
                CategoryBudget sach = service.categories().stream().filter(k -> k.category().equals("Sachausgaben"))
                        .findFirst().orElseThrow();
                assertThat(wb.money(wb.rows("Belegliste").get("Summe Sachausgaben"), 5))
                        .isEqualByComparingTo(sach.spentGross().add(BigDecimal.ONE));
                assertThat(wb.money(wb.rows("Belegliste").get("Gesamtsumme"), 5))
                        .isEqualByComparingTo(sql.gross().add(BigDecimal.ONE));
                Row travel = wb.rows("Zahlenmäßiger Nachweis").get("Reisekosten");
                assertThat(wb.money(travel, FundingReports.DEVIATION)).isEqualByComparingTo("300.00");
                assertThat(wb.share(travel, FundingReports.DEVIATION_SHARE)).isEqualByComparingTo("0.3000");
            }
        }
    }

    /** Converts with a private LibreOffice profile that recalculates every formula on load. */
    private Path convert(String office, Path file, Path outDir) throws IOException, InterruptedException {
        Path profile = folder.resolve("lo-profile");
        Path user = profile.resolve("user");
        if (!Files.exists(user)) {
            Files.createDirectories(user);
            Files.writeString(user.resolve("registrymodifications.xcu"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                    <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
                    </oor:items>
                    """, StandardCharsets.UTF_8);
        }
        Files.createDirectories(outDir);
        Process p = new ProcessBuilder(office, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "xlsx", "--outdir", outDir.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("lo.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path out = outDir.resolve(file.getFileName());
        assertThat(out).as(Files.readString(folder.resolve("lo.log"))).exists();
        return out;
    }

    private static String findOffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String name : List.of("libreoffice", "soffice")) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        return null;
    }
}
