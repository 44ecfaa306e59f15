package de.ssg.lotsenkontor.storage;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.ExternalProcess;
import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.app.Launcher;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two programs on one data folder: the second is told so in German, the first keeps working. */
class SecondInstanceTest {

    @TempDir
    Path folder;

    @Test
    void aSecondProgramGetsAClearMessageAndTheFirstKeepsItsData() throws Exception {
        try (Database first = TestDatabases.open(folder)) {
            ReferenceData.loadIfEmpty(first);

            Process second = ExternalProcess.start(Launcher.class, "--db", folder.toString(), "stats");
            ExternalProcess.Result result = ExternalProcess.finish(second, 60);

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err())
                    .contains("wird bereits von einem anderen Programmfenster verwendet")
                    .contains(folder.toAbsolutePath().normalize().toString())
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");

            // the first program still reads and writes
            first.inTransactionDo(s -> s.createMutationQuery(
                    "update Municipality m set m.postcode = '01234' where m.ags = '14521010'").executeUpdate());
            String postcode = first.read(s -> s.createSelectionQuery(
                    "select m.postcode from Municipality m where m.ags = '14521010'", String.class)
                    .getSingleResult());
            assertThat(postcode).isEqualTo("01234");
        }
        try (Database reopened = TestDatabases.open(folder)) {
            long municipalities = reopened.read(s -> s.createSelectionQuery("select count(*) from Municipality",
                    Long.class).getSingleResult());
            assertThat(municipalities).isEqualTo(418);
        }
    }
}
