package de.ssg.lotsenkontor.report;

import java.util.List;

/**
 * A part of a {@link Report}: a heading (null for none) and its blocks in reading order.
 */
public record ReportSection(String heading, List<ReportBlock> blocks) {

    public ReportSection {
        blocks = List.copyOf(blocks);
    }
}
