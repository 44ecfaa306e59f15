package de.ssg.lotsenkontor.print;

import de.ssg.lotsenkontor.common.AtomicFile;
import de.ssg.lotsenkontor.common.DomainException;
import de.ssg.lotsenkontor.common.Progress;
import de.ssg.lotsenkontor.report.Report;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A report laid out as pages, once, for the three outputs: the print preview (each page as an
 * image, {@link #renderPage}), printing through the operating system's print dialog
 * ({@link #print}) and saving as PDF/A ({@link #save}). What the preview shows is exactly the
 * PDF that is saved or printed. Build it off the FX thread; close it when the preview closes.
 * Rendering is synchronised, so the preview may render pages on a background thread.
 */
public final class PrintDocument implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PrintDocument.class);

    private final String title;
    private final byte[] pdf;
    private final PDDocument document;
    private final PDFRenderer renderer;

    private PrintDocument(String title, byte[] pdf) {
        this.title = title;
        this.pdf = pdf;
        try {
            this.document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.renderer = new PDFRenderer(document);
        this.renderer.setSubsamplingAllowed(false);
    }

    /** Lays {@code report} out as pages; reports progress per table row and stops when cancelled. */
    public static PrintDocument of(Report report, Progress progress) {
        return new PrintDocument(report.title(), PdfDocuments.bytes(report, progress));
    }

    public String title() {
        return title;
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** Width and height of page {@code index} (from 0) in points (1/72 inch). */
    public synchronized double[] pageSize(int index) {
        PDRectangle box = document.getPage(index).getMediaBox();
        return new double[] {box.getWidth(), box.getHeight()};
    }

    /** Page {@code index} (from 0) as an image, {@code scale} pixels per point (1 = 72 dpi). */
    public synchronized BufferedImage renderPage(int index, float scale) {
        try {
            return renderer.renderImage(index, scale, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The size of the PDF in bytes. */
    public long size() {
        return pdf.length;
    }

    /** Saves the PDF/A file; a file that cannot be written gets a German message naming it. */
    public void save(Path file) {
        AtomicFile.write(file, out -> out.write(pdf));
    }

    /**
     * Opens the operating system's print dialog and prints what the user chose there; false when
     * the user cancelled. Blocks until the pages are sent: call it off the FX thread. Without a
     * printer, or where no dialog can be shown, a German message says so.
     */
    public boolean print() {
        return print(() -> PrintServiceLookup.lookupPrintServices(null, null), GraphicsEnvironment.isHeadless());
    }

    /** {@link #print()} with the printers given (tests pass none). */
    boolean print(Supplier<PrintService[]> printers, boolean headless) {
        PrintService[] services = printers.get();
        if (services == null || services.length == 0) {
            throw new DomainException("print.error.noPrinter");
        }
        if (headless) {
            throw new DomainException("print.error.noDialog");
        }
        try {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(title);
            synchronized (this) {
                job.setPageable(new PDFPageable(document));
            }
            if (!job.printDialog()) {
                return false;
            }
            synchronized (this) {
                job.print();
            }
            return true;
        } catch (HeadlessException e) {
            throw new DomainException(e, "print.error.noDialog");
        } catch (PrinterException e) {
            LOG.warn("Printing {} failed", title, e);
            throw new DomainException(e, "print.error.failed", e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage());
        }
    }

    @Override
    public synchronized void close() {
        try {
            document.close();
        } catch (IOException e) {
            LOG.warn("Closing the print document failed", e);
        }
    }
}
