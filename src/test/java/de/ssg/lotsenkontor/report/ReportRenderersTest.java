package de.ssg.lotsenkontor.report;

import static org.assertj.core.api.Assertions.assertThat;

import de.ssg.lotsenkontor.common.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRenderersTest {

    @TempDir
    Path dir;

    @Test
    void theWorkbookRendererIsFoundThroughTheEntryPoint() throws Exception {
        assertThat(ReportRenderers.supports(ReportFormat.XLSX)).isTrue();
        ColumnDef<String> name = ColumnDef.of("name", "Name", ColumnType.TEXT, 20, s -> s);
        Report report = Report.ofTable("Liste", null, LocalDate.of(2026, 1, 2),
                ReportTable.of("Liste", List.of(name), List.of("Görlitz", "Zittau")));
        Path file = dir.resolve("liste.xlsx");

        ReportRenderers.render(report, ReportFormat.XLSX, file, Progress.NONE);

        assertThat(Files.size(file)).isPositive();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.getEntry("xl/workbook.xml")).isNotNull();
        }
    }

    @Test
    void formatsAreKnownByTheirFileExtension() {
        assertThat(ReportFormat.ofFileName("Bericht.XLSX")).isEqualTo(ReportFormat.XLSX);
        assertThat(ReportFormat.ofFileName("bericht.pdf")).isEqualTo(ReportFormat.PDF);
        assertThat(ReportFormat.ofFileName("bericht.txt")).isNull();
    }
}
