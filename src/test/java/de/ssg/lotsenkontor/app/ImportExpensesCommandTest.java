package de.ssg.lotsenkontor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.ssg.lotsenkontor.funding.ContractInput;
import de.ssg.lotsenkontor.funding.expenseimport.DatevFiles;
import de.ssg.lotsenkontor.funding.expenseimport.DatevImportTestData;
import de.ssg.lotsenkontor.storage.DataPaths;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-expenses} on a real database with one contract 2024–2025. */
class ImportExpensesCommandTest {

    @TempDir
    Path dir;

    private Path db;

    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    void createDatabase() {
        db = dir.resolve("db");
        try (AppContext c = AppContext.open(DataPaths.of(db))) {
            c.funding().saveContract(new ContractInput(null, 0, "ZB-2024/25", "Testvertrag", "Freistaat Sachsen", 2024,
                    2025, new BigDecimal("1100000.00"), null, null));
        }
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

    private int expenses() {
        try (AppContext context = AppContext.open(DataPaths.of(db))) {
            return context.database().withConnection(c -> {
                try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM expense")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
        }
    }

    private Path february(String name, DatevFiles.Style style) {
        return DatevFiles.write(dir.resolve(name), style, DatevImportTestData.february(), false);
    }

    @Test
    void aDryRunInJsonCountsByReasonListsErrorsAndHeaderWarningsAndWritesNothing() throws Exception {
        Path file = february("feb.csv", DatevFiles.Style.standard().period("20230101", "20240201", "20240229"));
        Run r = run("import-expenses", file.toString(), "--contract", "ZB-2024/25", "--dry-run", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertThat(o.get("format").asText()).isEqualTo("DATEV");
        assertThat(o.get("encoding").asText()).isEqualTo("Windows-1252");
        assertThat(o.get("datev").get("version").asInt()).isEqualTo(700);
        assertThat(o.get("warnings").get(0).asText()).contains("widerspricht sich");
        assertThat(o.get("dryRun").asBoolean()).isTrue();
        JsonNode counts = o.get("counts");
        assertThat(counts.get("read").asInt()).isEqualTo(13);
        assertThat(counts.get("toImport").asInt()).isEqualTo(6);
        assertThat(counts.get("imported").asInt()).isZero();
        assertThat(counts.get("duplicates").asInt()).isZero();
        assertThat(counts.get("skipped").asInt()).isEqualTo(5);
        assertThat(counts.get("errors").asInt()).isEqualTo(2);
        assertThat(o.get("skippedByReason").get("reversed").asInt()).isEqualTo(4);
        assertThat(o.get("skippedByReason").get("notExpense").asInt()).isEqualTo(1);
        assertThat(o.get("skippedByReason").get("unmappedAccount").asInt()).isEqualTo(1);
        assertThat(o.get("skippedByReason").get("foreignCurrency").asInt()).isEqualTo(1);
        JsonNode error = o.get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(7);
        assertThat(error.get("message").asText()).contains("Konto 4711");
        assertThat(expenses()).isZero();
    }

    @Test
    void theSameBookingsImportOnceFromEitherEncodingAndSeparator() throws Exception {
        Path cp1252 = february("feb-1252.csv", DatevFiles.Style.standard());
        Path utf8 = february("feb-utf8.csv", DatevFiles.Style.standard().utf8(true).separator(',').bare().lf());
        Run first = run("import-expenses", cp1252.toString(), "--contract", "ZB-2024/25");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("6 Ausgaben gebucht").contains("Zeile 7").contains("4711");
        Run second = run("import-expenses", utf8.toString(), "--contract", "ZB-2024/25", "--json");
        assertThat(second.code()).as(second.err()).isZero();
        JsonNode o = new ObjectMapper().readTree(second.out());
        assertThat(o.get("counts").get("duplicates").asInt()).isEqualTo(6);
        assertThat(o.get("counts").get("imported").asInt()).isZero();
        assertThat(o.get("batch").isNull()).isTrue();
        assertThat(expenses()).isEqualTo(6);
    }

    @Test
    void badInputGetsAGermanMessageAndChangesNothing() throws Exception {
        Path empty = Files.createFile(dir.resolve("leer.csv"));
        Run r = run("import-expenses", empty.toString(), "--contract", "ZB-2024/25");
        assertThat(r.code()).isEqualTo(Cli.FAILED);
        assertThat(r.err()).contains("leer.csv").contains("leer");
        Run unknown = run("import-expenses", february("f.csv", DatevFiles.Style.standard()).toString(), "--contract",
                "GIBTS-NICHT");
        assertThat(unknown.code()).isEqualTo(Cli.FAILED);
        assertThat(unknown.err()).contains("keinen Fördervertrag „GIBTS-NICHT“").contains("ZB-2024/25");
        assertThat(unknown.err()).doesNotContain("Exception");
        assertThat(expenses()).isZero();
    }
}
