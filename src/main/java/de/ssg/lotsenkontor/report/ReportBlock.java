package de.ssg.lotsenkontor.report;

/** One piece of a {@link ReportSection}: text, key figures, a table, an image, a chart or a map. */
public sealed interface ReportBlock permits Paragraph, KeyFigures, ReportTable, ReportImage, ReportChart, ReportMap {
}
