package de.ssg.lotsenkontor.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ssg.lotsenkontor.common.AtomicFile;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.report.ColumnType;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All-or-nothing writing of workbooks ({@link AtomicFile}): failures give German messages and leave no partial file. */
class WorkbookRendererFailureTest {

    @TempDir
    Path folder;

    static Report report(int rows) {
        var b = ReportTable.builder("Zahlen", List.of(new ReportTable.Column("n", ColumnType.INTEGER, 6)));
        for (int i = 0; i < rows; i++) {
            b.values(i);
        }
        return Report.ofTable("Zahlen", null, LocalDate.of(2026, 11, 26), b.build());
    }

    @Test
    void aMissingFolderGivesAGermanMessageNamingTheFileAndWritesNothing() {
        Path file = folder.resolve("fehlt").resolve("Kommunen.xlsx");
        assertThatThrownBy(() -> WorkbookRenderer.write(report(3), file, Progress.NONE))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Kommunen.xlsx")
                .hasMessageContaining("Den Ordner");
        assertThat(folder.resolve("fehlt")).doesNotExist();
    }

    @Test
    void aFolderThatIsAFileGivesTheDomainException() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("kein-ordner"), "x");
        assertThatThrownBy(() -> WorkbookRenderer.write(report(3), notAFolder.resolve("a.xlsx"), Progress.NONE))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("a.xlsx");
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    @Test
    void aTargetThatIsAFolderIsRefusedAndLeftAlone() throws IOException {
        Path dir = Files.createDirectory(folder.resolve("Export.xlsx"));
        assertThatThrownBy(() -> WorkbookRenderer.write(report(3), dir, Progress.NONE))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("ist ein Ordner");
        assertThat(dir).isDirectory();
        assertThat(folder).isDirectoryNotContaining("glob:**.tmp");
    }

    /** Root may write anywhere the permission bits forbid; /proc refuses new files and writes even to root. */
    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Test
    void anUnwritableFolderGivesTheDomainException() throws IOException {
        Path locked = root() ? Path.of("/proc") : Files.createDirectory(folder.resolve("gesperrt"));
        Assumptions.assumeTrue(Files.isDirectory(locked), "a folder nobody may write");
        if (!root()) {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            assertThatThrownBy(() -> WorkbookRenderer.write(report(3), locked.resolve("a.xlsx"), Progress.NONE))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("a.xlsx");
            assertThat(locked.resolve("a.xlsx")).doesNotExist();
            if (!root()) {
                try (var files = Files.list(locked)) {
                    assertThat(files).isEmpty();
                }
            }
        } finally {
            if (!root()) {
                Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    @Test
    void aWriteProtectedFileIsReportedAsLockedAndKept() throws IOException {
        Path file;
        if (root()) {
            file = Path.of("/proc/version"); // read-only even for root
            Assumptions.assumeTrue(Files.isRegularFile(file), "a file nobody may write");
        } else {
            file = Files.writeString(folder.resolve("offen.xlsx"), "alt");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        }
        String before = Files.readString(file);
        Path target = file;
        assertThatThrownBy(() -> WorkbookRenderer.write(report(3), target, Progress.NONE))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(file.getFileName().toString())
                // as a user: "still open in another program?"; as root in /proc: "left unchanged"
                .hasMessageContaining(root() ? "nicht verändert" : "geöffnet");
        assertThat(Files.readString(file)).isEqualTo(before);
    }

    @Test
    void aFailurePartWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = Files.writeString(folder.resolve("Zahlen.xlsx"), "alte Fassung");
        Progress cancelled = (done, total, step) -> {
            if (done >= 500) {
                throw new CancellationException();
            }
        };
        assertThatThrownBy(() -> WorkbookRenderer.write(report(2_000), file, cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("alte Fassung");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void anIoErrorWhileWritingBecomesAGermanMessage() {
        Path file = folder.resolve("x.xlsx");
        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write(1);
            throw new IOException("Datenträger voll");
        })).isInstanceOf(DomainException.class)
                .hasMessageContaining("x.xlsx")
                .hasMessageContaining("Datenträger voll");
        assertThat(file).doesNotExist();
    }

    @Test
    void replacesAnExistingFileWhenComplete() throws IOException {
        Path file = Files.writeString(folder.resolve("Zahlen.xlsx"), "alte Fassung");
        WorkbookRenderer.write(report(3), file, Progress.NONE);
        assertThat(Files.size(file)).isGreaterThan(1000);
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(file);
        }
    }
}
