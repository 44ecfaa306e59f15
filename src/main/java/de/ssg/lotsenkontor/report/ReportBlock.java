package de.ssg.lotsenkontor.report;

/** One piece of a {@link ReportSection}: text, key figures, a table or an image. */
public sealed interface ReportBlock permits Paragraph, KeyFigures, ReportTable, ReportImage {
}
