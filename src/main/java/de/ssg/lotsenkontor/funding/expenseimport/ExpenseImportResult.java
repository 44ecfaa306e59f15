package de.ssg.lotsenkontor.funding.expenseimport;

import de.ssg.lotsenkontor.importing.ImportPreview;
import java.util.List;

/**
 * What an import wrote: the new expenses' ids, the expenses cancelled by reversals in the file,
 * the batch id that traces them, and the rows as checked inside the import's transaction.
 *
 * @param batchId null when nothing was written
 */
public record ExpenseImportResult(String batchId, List<Long> ids, List<Long> cancelled,
        ImportPreview<ExpenseField, ExpenseImportRow> checked) {

    public ExpenseImportResult {
        ids = List.copyOf(ids);
        cancelled = List.copyOf(cancelled);
    }

    public int imported() {
        return ids.size();
    }
}
