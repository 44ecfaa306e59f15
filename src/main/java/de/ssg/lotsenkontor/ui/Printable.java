package de.ssg.lotsenkontor.ui;

import de.ssg.lotsenkontor.report.Report;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * What a print button prints, fixed at the moment the user chose it: the report's title (for the
 * status bar), the file name proposed when it is saved as PDF, and how the report is built. The
 * build runs off the FX thread, so it must only read the values captured here, never the view.
 * A view model makes one from what its area has selected (year, contract, event); it needs no
 * toolkit, and {@link PrintActions} does the rest for every report alike.
 *
 * <pre>
 * Printable hours() {
 *     int year = hoursYear.get();                      // read on the FX thread
 *     return new Printable("Stunden " + year, "Stunden_" + year,
 *             () -> CoachingHoursReport.build(queries, year, null, LocalDate.now(clock)));
 * }
 * </pre>
 *
 * @param title    shown while the report is built ("Stunden 2026")
 * @param fileName the proposed PDF name without folder, with or without {@code .pdf}
 * @param report   builds the report; called on a worker thread
 */
public record Printable(String title, String fileName, Callable<Report> report) {

    public Printable {
        Objects.requireNonNull(title);
        Objects.requireNonNull(fileName);
        Objects.requireNonNull(report);
    }

    /** The proposed file name, ending in {@code .pdf}, without characters that file systems refuse. */
    public String pdfFileName() {
        String name = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip().replaceAll("\\s+", "_");
        if (name.isEmpty()) {
            name = "Bericht";
        }
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
    }
}
