package de.ssg.lotsenkontor.report;

import java.util.Objects;

/** A paragraph of plain text; renderers wrap it. */
public record Paragraph(String text) implements ReportBlock {

    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
