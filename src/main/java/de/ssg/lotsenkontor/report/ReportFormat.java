package de.ssg.lotsenkontor.report;

import java.util.Locale;

/** The file formats a {@link Report} can be rendered to, with their file extension. */
public enum ReportFormat {
    /** An Excel workbook, rendered by {@code excel}. */
    XLSX("xlsx"),
    /** A4 pages as an archivable PDF, rendered by {@code print}. */
    PDF("pdf");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension without the dot, lower case. */
    public String extension() {
        return extension;
    }

    /** The format whose extension {@code fileName} ends with, or null. */
    public static ReportFormat ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (lower.endsWith("." + format.extension)) {
                return format;
            }
        }
        return null;
    }
}
