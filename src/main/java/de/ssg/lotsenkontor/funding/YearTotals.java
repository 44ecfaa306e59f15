package de.ssg.lotsenkontor.funding;

import java.math.BigDecimal;

/** Planned (in force) and spent (gross and eligible, cancelled receipts left out) of one contract year. */
public record YearTotals(int year, BigDecimal planned, BigDecimal spentGross, BigDecimal spentEligible, long receipts) {
}
