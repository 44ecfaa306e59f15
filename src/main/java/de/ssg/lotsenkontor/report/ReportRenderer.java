package de.ssg.lotsenkontor.report;

import de.ssg.lotsenkontor.common.Progress;
import java.nio.file.Path;

/**
 * Turns any {@link Report} into a file of one {@link ReportFormat}. Implementations live in the
 * shared technique packages ({@code excel}, {@code print}) and know no feature; they are found by
 * {@link ReportRenderers} through {@code META-INF/services}, so neither the features nor the
 * table export ever name a renderer class.
 */
public interface ReportRenderer {

    ReportFormat format();

    /**
     * Writes {@code report} to {@code file}, replacing it only when the file is complete; a failure
     * or a cancellation (through {@code progress}) leaves no half-written file behind.
     */
    void render(Report report, Path file, Progress progress);

    /**
     * Gets ready for the first report of a fresh process (its classes loaded, its fonts read), so
     * that a command can do this while the database opens; writes nothing. Optional.
     */
    default void prepare() {
    }
}
