package de.ssg.lotsenkontor.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.TestDatabases;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.demo.DemoData;
import de.ssg.lotsenkontor.municipality.ReferenceData;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup restored gives the same counts and totals; a damaged or newer one changes nothing. */
class BackupsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path temp;

    private BackupManifest demoBackup(Path source, Path file) {
        try (Database db = TestDatabases.open(source)) {
            ReferenceData.loadIfEmpty(db);
            new DemoData(db, CLOCK).generate(1, DemoData.DEFAULT_SEED, (d, t, s) -> { });
            return Backups.create(db, file, "test");
        }
    }

    @Test
    void aRestoredBackupHasTheSameCountsAndTotalsAsItsSource() throws Exception {
        Path source = temp.resolve("source");
        Path file = temp.resolve("sicherung.zip");
        BackupManifest written = demoBackup(source, file);
        assertThat(written.rowCounts().get("expense")).isGreaterThan(1000);
        assertThat(written.moneyTotals().get("expense.gross_amount")).isPositive();
        assertThat(written.moneyTotals()).containsKeys("expense.eligible_amount", "budget_line.planned_amount");
        assertThat(written.schemaVersion()).isEqualTo(Migrations.LATEST);

        BackupManifest sourceNow;
        try (Database db = TestDatabases.open(source)) {
            sourceNow = Backups.describe(db, "test");
        }
        Path target = temp.resolve("target");
        try (Database db = TestDatabases.open(target)) {
            ReferenceData.loadIfEmpty(db);
        }
        Backups.RestoreResult result = Backups.restore(DataPaths.of(target), file, "test");
        assertThat(result.previousKeptAs()).exists().hasParent(DataPaths.of(target).backups());
        try (Database db = TestDatabases.open(target)) {
            BackupManifest restored = Backups.describe(db, "test");
            assertThat(restored.rowCounts()).isEqualTo(sourceNow.rowCounts());
            assertThat(restored.moneyTotals()).isEqualTo(sourceNow.moneyTotals());
            assertThat(restored.sameContents(written)).isTrue();
            long expenses = db.read(s -> s.createSelectionQuery("select count(*) from Expense", Long.class)
                    .getSingleResult());
            assertThat(expenses).isEqualTo(written.rowCounts().get("expense"));
        }
        // the database before the restore was kept and is itself a valid backup of it (418 municipalities, no demo)
        BackupManifest kept = Backups.verify(result.previousKeptAs());
        assertThat(kept.rowCounts()).containsEntry("municipality", 418L).containsEntry("expense", 0L);
    }

    @Test
    void aDamagedBackupIsRefusedBeforeAnythingIsReplaced() throws Exception {
        Path file = temp.resolve("sicherung.zip");
        demoBackup(temp.resolve("source"), file);
        byte[] bytes = Files.readAllBytes(file);
        Path cut = temp.resolve("abgeschnitten.zip");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path target = temp.resolve("target");
        try (Database db = TestDatabases.open(target)) {
            ReferenceData.loadIfEmpty(db);
        }
        byte[] before = Files.readAllBytes(DataPaths.of(target).databaseFileOnDisk());
        assertThatThrownBy(() -> Backups.restore(DataPaths.of(target), cut, "test"))
                .isInstanceOf(DomainException.class).hasMessageContaining("abgeschnitten.zip")
                .hasMessageContaining("Es wurde nichts verändert");
        assertThat(Files.readAllBytes(DataPaths.of(target).databaseFileOnDisk())).isEqualTo(before);

        // a script changed after the checksum was taken
        Path tampered = temp.resolve("verändert.zip");
        try (ZipFile in = new ZipFile(file.toFile()); OutputStream o = Files.newOutputStream(tampered);
                ZipOutputStream out = new ZipOutputStream(o)) {
            out.putNextEntry(new ZipEntry(Backups.MANIFEST_ENTRY));
            out.write(in.getInputStream(in.getEntry(Backups.MANIFEST_ENTRY)).readAllBytes());
            out.putNextEntry(new ZipEntry(Backups.SCRIPT_ENTRY));
            out.write((new String(in.getInputStream(in.getEntry(Backups.SCRIPT_ENTRY)).readAllBytes(),
                    StandardCharsets.UTF_8) + "DELETE FROM expense;\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> Backups.verify(tampered)).hasMessageContaining("Prüfsumme");
    }

    @Test
    void aBackupOfANewerSchemaIsRefusedInGerman() throws Exception {
        Path file = temp.resolve("sicherung.zip");
        demoBackup(temp.resolve("source"), file);
        Path newer = temp.resolve("neuer.zip");
        try (ZipFile in = new ZipFile(file.toFile()); OutputStream o = Files.newOutputStream(newer);
                ZipOutputStream out = new ZipOutputStream(o)) {
            String manifest = new String(in.getInputStream(in.getEntry(Backups.MANIFEST_ENTRY)).readAllBytes(),
                    StandardCharsets.UTF_8).replace("\"schemaVersion\" : \"" + Migrations.LATEST + "\"",
                    "\"schemaVersion\" : \"999\"");
            out.putNextEntry(new ZipEntry(Backups.MANIFEST_ENTRY));
            out.write(manifest.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry(Backups.SCRIPT_ENTRY));
            out.write(in.getInputStream(in.getEntry(Backups.SCRIPT_ENTRY)).readAllBytes());
        }
        Path target = temp.resolve("target");
        assertThatThrownBy(() -> Backups.restore(DataPaths.of(target), newer, "test"))
                .hasMessageContaining("neueren Programmversion").hasMessageContaining("999");
        assertThat(DataPaths.of(target).databaseFileOnDisk()).doesNotExist();
    }

    @Test
    void automaticBackupsAreMadeOnceADayAndRotated() throws Exception {
        Path folder = temp.resolve("db");
        try (Database db = TestDatabases.open(folder)) {
            ReferenceData.loadIfEmpty(db);
            for (int day = 1; day <= 5; day++) {
                Clock clock = Clock.fixed(Instant.parse("2026-11-0" + day + "T10:00:00Z"), ZoneId.of("Europe/Berlin"));
                assertThat(Backups.automaticIfDue(db, clock, 3, "test")).isPresent();
                assertThat(Backups.automaticIfDue(db, clock, 3, "test")).as("once a day").isEmpty();
            }
            assertThat(Backups.automatic(db.paths().backups())).extracting(p -> p.getFileName().toString())
                    .containsExactly("lotsenkontor-auto-2026-11-03_110000.zip",
                            "lotsenkontor-auto-2026-11-04_110000.zip", "lotsenkontor-auto-2026-11-05_110000.zip");
        }
    }

    @Test
    void aCutOffDatabaseIsReportedAsDamagedNamingTheNewestBackup() throws Exception {
        Path folder = temp.resolve("db");
        Path backup;
        try (Database db = TestDatabases.open(folder)) {
            ReferenceData.loadIfEmpty(db);
            backup = Backups.automaticIfDue(db, CLOCK, 3, "test").orElseThrow();
        }
        Path file = DataPaths.of(folder).databaseFileOnDisk();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, 100_000));
        assertThatThrownBy(() -> TestDatabases.open(folder))
                .isInstanceOf(DatabaseDamagedException.class)
                .hasMessageContaining("beschädigt oder unvollständig")
                .hasMessageContaining(backup.toString())
                .hasMessageContaining("restore");
    }
}
