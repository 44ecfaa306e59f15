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
        LockHolder.window(); // this test's JVM stands in for a program window
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

    @Test
    void theMessageNamesTheCommandThatHoldsTheDatabase() throws Exception {
        TestDatabases.open(folder).close();
        Process holder = ExternalProcess.start(de.ssg.lotsenkontor.HoldDatabase.class, folder.toString(),
                "import-navigators");
        try {
            java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                    holder.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
            String line;
            do {
                line = in.readLine(); // the child logs to stdout too (no log folder set)
            } while (line != null && !line.equals("open"));
            assertThat(line).isEqualTo("open");
            Process second = ExternalProcess.start(Launcher.class, "--db", folder.toString(), "stats");
            ExternalProcess.Result result = ExternalProcess.finish(second, 60);
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains("wird bereits von dem Befehl „import-navigators“ verwendet")
                    .doesNotContain("Programmfenster").doesNotContain("Exception");
            assertThat(result.out()).isEmpty();
        } finally {
            holder.getOutputStream().close();
            holder.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
    }
}
