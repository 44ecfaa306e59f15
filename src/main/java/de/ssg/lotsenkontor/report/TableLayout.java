package de.ssg.lotsenkontor.report;

import java.util.List;

/**
 * How a table is laid out beyond its rows, for renderers that can: title lines above the column
 * headings (repeated with them on every printed page), rules that mark rows, lines to sign
 * below the table, and the page orientation.
 *
 * @param titleLines     lines above the headings, the first one emphasised; may be empty
 * @param highlights     rows marked as warnings while a condition holds
 * @param signatureLines lines to sign after the table ("sachlich und rechnerisch richtig", "Ort, Datum", …)
 * @param landscape      print across the page even when the columns would fit upright
 */
public record TableLayout(List<String> titleLines, List<Highlight> highlights, List<String> signatureLines,
        boolean landscape) {

    public static final TableLayout PLAIN = new TableLayout(List.of(), List.of(), List.of(), false);

    public TableLayout {
        titleLines = List.copyOf(titleLines);
        highlights = List.copyOf(highlights);
        signatureLines = List.copyOf(signatureLines);
    }
}
