package de.ssg.lotsenkontor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code contracts --json}, {@code export proof-of-use} and {@code export expenses} on the demo data. */
class FinanceCommandsTest {

    @TempDir
    static Path folder;

    private static Path db;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), p -> 0);
    }

    @BeforeAll
    static void demo() {
        db = folder.resolve("db");
        assertThat(Cli.run(new String[] {"--db", db.toString(), "demo"}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), p -> 0)).isEqualTo(Cli.OK);
    }

    @Test
    void contractsAsJsonWithDecimalStringsPerYear() throws Exception {
        assertThat(run("--db", db.toString(), "contracts", "--json")).as(err.toString()).isEqualTo(Cli.OK);
        JsonNode list = new ObjectMapper().readTree(out.toString());
        assertThat(list).hasSize(3);
        JsonNode first = list.get(0);
        assertThat(first.get("reference").asText()).isEqualTo("ZB-DLS-2021/22");
        assertThat(first.get("annualAmount").isTextual()).isTrue();
        assertThat(first.get("annualAmount").asText()).isEqualTo("1100000.00");
        assertThat(first.get("years")).hasSize(2);
        JsonNode y = first.get("years").get(0);
        assertThat(y.get("year").asInt()).isEqualTo(2021);
        assertThat(y.get("planned").asText()).isEqualTo("1100000.00");
        assertThat(new BigDecimal(y.get("spentGross").asText()).scale()).isEqualTo(2);
        assertThat(new BigDecimal(y.get("spentEligible").asText()))
                .isLessThanOrEqualTo(new BigDecimal(y.get("spentGross").asText()));
    }

    @Test
    void exportsTheProofOfUseWithThreeSheets() throws Exception {
        Path file = folder.resolve("vn.xlsx");
        assertThat(run("--db", db.toString(), "export", "proof-of-use", "--contract", "ZB-DLS-2023/24", "--year",
                "2024", "-o", file.toString())).as(err.toString()).isEqualTo(Cli.OK);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(wb.getSheetName(0)).isEqualTo("Zahlenmäßiger Nachweis");
            assertThat(wb.getSheetName(1)).isEqualTo("Belegliste");
            assertThat(wb.getSheetName(2)).isEqualTo("Monatsübersicht");
        }
    }

    @Test
    void exportsTheExpensesOfAContractOrOneYear() throws Exception {
        Path file = folder.resolve("ausgaben.xlsx");
        assertThat(run("--db", db.toString(), "export", "expenses", "--contract", "ZB-DLS-2025/26", "--year", "2026",
                "-o", file.toString())).as(err.toString()).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("Zeilen");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Ausgaben 2026");
        }
    }

    @Test
    void unknownContractsYearsAndMissingOptionsGetAGermanMessage() {
        Path file = folder.resolve("x.xlsx");
        assertThat(run("--db", db.toString(), "export", "proof-of-use", "--contract", "GIBT-ES-NICHT", "--year",
                "2024", "-o", file.toString())).isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("keinen Fördervertrag").contains("ZB-DLS-2023/24");
        assertThat(run("--db", db.toString(), "export", "proof-of-use", "--contract", "ZB-DLS-2023/24", "--year",
                "2030", "-o", file.toString())).isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("2030").contains("außerhalb");
        assertThat(run("--db", db.toString(), "export", "proof-of-use", "--contract", "ZB-DLS-2023/24", "-o",
                file.toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("--year");
        assertThat(file).doesNotExist();
    }
}
