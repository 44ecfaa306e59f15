package de.ssg.lotsenkontor.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A request for funds with the two-month rule checked on the day it was made.
 *
 * @param heldAfter   money held after this request arrives: received and requested so far minus spent
 * @param twoMonthPlan the plan for the two months after the request day: the most that may be held
 * @param breaksTwoMonthRule whether {@code heldAfter} exceeds {@code twoMonthPlan}
 */
public record FundsRequestRow(long id, long contractId, int year, String requestNo, LocalDate requestedOn,
        BigDecimal requested, LocalDate receivedOn, BigDecimal received, String note, int version,
        BigDecimal heldAfter, BigDecimal twoMonthPlan, boolean breaksTwoMonthRule) {
}
