package de.ssg.lotsenkontor.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the expense ledger. A cancelled expense has {@code cancelledOn} and counts in no total. */
public record ExpenseRow(long id, long contractId, int year, String receiptNo, LocalDate paymentDate, String payee,
        String purpose, long categoryId, String category, BigDecimal gross, BigDecimal eligible, ExpenseSource source,
        LocalDate cancelledOn, String cancelReason, Long coachId, Long eventId, String receiptLocation, String note,
        int version) {

    public boolean cancelled() {
        return cancelledOn != null;
    }
}
