package de.ssg.lotsenkontor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo} and {@code stats --json} on the command line, as a user types them. */
class DemoCommandTest {

    @TempDir
    Path folder;

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), paths -> 0);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void demoFillsTheDatabaseAndStatsReportsItAsJson() throws Exception {
        String db = folder.resolve("data").toString();

        Result demo = run("--db", db, "demo");
        assertThat(demo.code()).as(demo.err()).isEqualTo(Cli.OK);
        assertThat(demo.out()).contains("Demodaten in").contains("Digital-Navigatoren").contains("Ausgaben");

        Result stats = run("--db", db, "stats", "--json");
        assertThat(stats.code()).as(stats.err()).isEqualTo(Cli.OK);
        JsonNode json = new ObjectMapper().readTree(stats.out());
        assertThat(json.fieldNames()).toIterable().containsExactlyInAnyOrder("districts", "municipalities",
                "participatingMunicipalities", "coaches", "navigators", "activeAssignments", "coachingSessions",
                "events", "localProjects", "expenses", "expenseTotal", "coachingHours", "coachingHoursByYear");
        assertThat(json.get("districts").asInt()).isEqualTo(13);
        assertThat(json.get("municipalities").asInt()).isEqualTo(418);
        assertThat(json.get("navigators").asInt()).isBetween(100, 120);
        assertThat(json.get("coachingSessions").asInt()).isBetween(1400, 1600);
        assertThat(json.get("expenses").asInt()).isBetween(2700, 3300);
        assertThat(json.get("expenseTotal").isTextual()).isTrue();
        assertThat(json.get("expenseTotal").asText()).matches("\\d+\\.\\d{2}");
        assertThat(json.get("coachingHours").asText()).matches("\\d+\\.\\d{2}");
        assertThat(json.get("coachingHoursByYear").get("2024").asText()).matches("\\d+\\.\\d{2}");

        Result again = run("--db", db, "demo");
        assertThat(again.code()).isEqualTo(Cli.FAILED);
        assertThat(again.err()).contains("enthält bereits Programmdaten");
    }

    @Test
    void aScaleOfZeroIsAUsageErrorWithAGermanMessage() {
        Result result = run("--db", folder.resolve("data").toString(), "demo", "--scale", "0");
        assertThat(result.code()).isEqualTo(Cli.USAGE);
        assertThat(result.err()).contains("--scale muss zwischen 1 und 100 liegen");
        assertThat(result.out()).isEmpty();
    }
}
