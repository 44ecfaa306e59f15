package de.ssg.lotsenkontor.funding.expenseimport;

import de.ssg.lotsenkontor.common.I18n;
import de.ssg.lotsenkontor.importing.ImportPreview;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of a checked file as the preview and the command line show them: rows read, to
 * import, reversals of booked expenses, duplicates, skipped (no expense, reversed in the file,
 * reversals to check) and errors (unreadable rows, unmapped accounts, currencies to decide), and
 * every reason with its count.
 */
public record ExpenseImportSummary(int read, int toImport, int cancels, int duplicates, int skipped, int errors,
        Map<String, Integer> byReason) {

    public static ExpenseImportSummary of(ImportPreview<ExpenseField, ExpenseImportRow> p) {
        int imp = 0;
        int cancels = 0;
        int dup = 0;
        int skipped = 0;
        int errors = 0;
        Map<String, Integer> reasons = new TreeMap<>();
        for (ExpenseImportRow r : p.rows()) {
            switch (r.outcome()) {
                case IMPORT -> imp++;
                case CANCELS -> cancels++;
                case DUPLICATE -> dup++;
                case NOT_EXPENSE, REVERSED, UNMATCHED_REVERSAL -> skipped++;
                default -> errors++;
            }
            if (!r.valid()) {
                reasons.merge(r.reason(), 1, Integer::sum);
            }
        }
        return new ExpenseImportSummary(p.read(), imp, cancels, dup, skipped, errors, reasons);
    }

    /** "13 Zeilen gelesen: 6 zu übernehmen, …" */
    public String text() {
        return I18n.text("expimport.summary", read, toImport, cancels, duplicates, skipped, errors);
    }
}
