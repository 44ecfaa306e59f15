package de.ssg.lotsenkontor.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The money of a contract on a day: received, requested but not yet received, spent (eligible),
 * held (received − spent), what the next two months' plan allows to hold, and so how much may be
 * requested now; with every request and the proof-of-use deadlines.
 */
public record FundsPosition(ContractRow contract, LocalDate asOf, BigDecimal received, BigDecimal pending,
        BigDecimal spent, BigDecimal held, BigDecimal twoMonthPlan, BigDecimal mayRequest,
        List<FundsRequestRow> requests, List<ProofDeadline> deadlines) {
}
