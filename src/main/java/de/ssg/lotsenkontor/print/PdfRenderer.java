package de.ssg.lotsenkontor.print;

import de.ssg.lotsenkontor.common.AtomicFile;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.report.Report;
import de.ssg.lotsenkontor.report.ReportFormat;
import de.ssg.lotsenkontor.report.ReportRenderer;
import de.ssg.lotsenkontor.report.ReportRenderers;
import java.nio.file.Path;

/**
 * Renders any {@link Report} as A4 pages in an archivable PDF (PDF/A-2b, fonts embedded, text
 * selectable); reached through {@link ReportRenderers} with {@link ReportFormat#PDF}. The same
 * layout serves the print preview and printing ({@link PrintDocument}). Writing goes through
 * {@link AtomicFile}: a failure or a cancellation never leaves a half-written file.
 */
public final class PdfRenderer implements ReportRenderer {

    /** Found through {@code META-INF/services} by {@link ReportRenderers}; features never name this class. */
    public PdfRenderer() {
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.PDF;
    }

    /** Lays out and writes a small page into nothing: PDFBox's classes loaded and the fonts read once. */
    @Override
    public void prepare() {
        var table = de.ssg.lotsenkontor.report.ReportTable.builder("–", java.util.List.of(
                new de.ssg.lotsenkontor.report.ReportTable.Column("–", de.ssg.lotsenkontor.report.ColumnType.TEXT, 10),
                new de.ssg.lotsenkontor.report.ReportTable.Column("0", de.ssg.lotsenkontor.report.ColumnType.MONEY, 10)))
                .values("Übersicht", java.math.BigDecimal.ONE).total("Summe", 1).build();
        Report sample = Report.builder("–", java.time.LocalDate.now()).subtitle("–").section("–").table(table).build();
        try {
            PdfDocuments.write(sample, java.io.OutputStream.nullOutputStream(), Progress.NONE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void render(Report report, Path file, Progress progress) {
        AtomicFile.write(file, out -> PdfDocuments.write(report, out, progress));
    }
}
