package de.ssg.lotsenkontor.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One amount of a category's plan: the original (revision 0) or a revision granted by the funder. */
public record RevisionRow(long id, long categoryId, String category, int revision, BigDecimal amount,
        LocalDate validFrom, String reason, int version) {
}
