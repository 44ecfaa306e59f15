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
 * @param dataRowLines   the height of every data row in text lines at least (2 or more leave room to
 *                       sign by hand, as on an attendance list); 1 for rows as high as their text
 */
public record TableLayout(List<String> titleLines, List<Highlight> highlights, List<String> signatureLines,
        boolean landscape, int dataRowLines) {

    public static final TableLayout PLAIN = new TableLayout(List.of(), List.of(), List.of(), false);

    /** Rows to be signed in; no title, highlight or signature lines, the orientation from the columns. */
    public static TableLayout signedRows(int lines) {
        return new TableLayout(List.of(), List.of(), List.of(), false, lines);
    }

    public TableLayout(List<String> titleLines, List<Highlight> highlights, List<String> signatureLines,
            boolean landscape) {
        this(titleLines, highlights, signatureLines, landscape, 1);
    }

    public TableLayout {
        titleLines = List.copyOf(titleLines);
        highlights = List.copyOf(highlights);
        signatureLines = List.copyOf(signatureLines);
        if (dataRowLines < 1) {
            throw new IllegalArgumentException("dataRowLines " + dataRowLines);
        }
    }
}
