package de.ssg.lotsenkontor.funding;

import java.math.BigDecimal;

/**
 * Budget against actual of one category in one contract year.
 *
 * @param original       the plan as first granted (revision 0)
 * @param current        the plan in force (the latest revision)
 * @param spentGross     paid, gross, without cancelled receipts
 * @param spentEligible  paid, eligible (zuwendungsfähig); the rules compare this with the plan
 * @param remaining      current − spent eligible
 * @param shareSpent     spent eligible ÷ current (null without a plan)
 * @param proRata        the plan for the part of the year that has passed
 * @param forecast       spent eligible projected to the end of the year at today's pace
 * @param deviation      spent eligible − current
 * @param deviationShare deviation ÷ current (null without a plan)
 */
public record CategoryBudget(long categoryId, String category, BigDecimal original, BigDecimal current,
        BigDecimal spentGross, BigDecimal spentEligible, BigDecimal remaining, BigDecimal shareSpent,
        BigDecimal proRata, BigDecimal forecast, BigDecimal deviation, BigDecimal deviationShare,
        BudgetStatus status) {
}
