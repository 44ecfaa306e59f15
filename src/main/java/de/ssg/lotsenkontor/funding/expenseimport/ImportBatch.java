package de.ssg.lotsenkontor.funding.expenseimport;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One import as the ledger keeps it: its batch id, the file, when, how many expenses it booked,
 * how many of them still count and their sum.
 */
public record ImportBatch(String batchId, String file, LocalDateTime importedOn, int expenses, int active,
        BigDecimal activeTotal) {

    public boolean cancelled() {
        return active == 0;
    }
}
