package de.ssg.lotsenkontor.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), paths -> {
            throw new AssertionError("the window must not open");
        });
    }

    @Test
    void helpListsTheCommandsInGerman() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString())
                .contains("Aufruf:")
                .contains("demo")
                .contains("stats")
                .contains("--db")
                .contains("Ohne Befehl startet das")
                .contains("[BEFEHL]");
    }

    @Test
    void anUnknownOptionGivesAShortGermanUsageAndExitCode2() {
        assertThat(run("--gibtsnicht")).isEqualTo(2);
        assertThat(err.toString())
                .contains("Unbekanntes Argument: --gibtsnicht")
                .contains("Aufruf:")
                .doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnknownCommandGivesExitCode2() {
        assertThat(run("--db", folder.toString(), "zaubern")).isEqualTo(2);
        assertThat(err.toString()).contains("zaubern");
    }

    @Test
    void aWrongNumberGivesExitCode2() {
        assertThat(run("--db", folder.toString(), "demo", "--scale", "viel")).isEqualTo(2);
        assertThat(err.toString()).contains("Ungültiger Wert").contains("--scale");
    }

    @Test
    void statsAsJsonOnAFreshDatabase() throws Exception {
        assertThat(run("--db", folder.toString(), "stats", "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("districts").asLong()).isEqualTo(13);
        assertThat(json.get("municipalities").asLong()).isEqualTo(418);
        assertThat(json.get("participatingMunicipalities").asLong()).isZero();
        for (String key : new String[] {"coaches", "navigators", "activeAssignments", "coachingSessions", "events",
            "localProjects", "expenses"}) {
            assertThat(json.get(key).isIntegralNumber()).as(key).isTrue();
        }
        assertThat(json.get("expenseTotal").isTextual()).isTrue();
        assertThat(json.get("expenseTotal").asText()).isEqualTo("0.00");
    }

    @Test
    void statsAsTextIsGerman() {
        assertThat(run("--db", folder.toString(), "stats")).isZero();
        assertThat(out.toString()).contains("Kommunen").contains("418").contains("0,00 €");
    }

    @Test
    void withoutACommandTheWindowStartsOnTheChosenFolder() {
        AtomicReference<Path> started = new AtomicReference<>();
        int code = Cli.run(new String[] {"--db", folder.toString()}, new PrintWriter(out), new PrintWriter(err),
                paths -> {
                    started.set(paths.root());
                    return 0;
                });
        assertThat(code).isZero();
        assertThat(started.get()).isEqualTo(folder.toAbsolutePath().normalize());
    }

    @Test
    void versionIsPrinted() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Lotsenkontor ");
    }
}
