package de.ssg.lotsenkontor.funding;

import java.time.LocalDateTime;

/** One corrected field of an expense. */
public record ExpenseChangeRow(LocalDateTime changedAt, String reason, String field, String oldValue,
        String newValue) {
}
