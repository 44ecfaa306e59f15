package de.ssg.lotsenkontor.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Budget against actual of one contract year, as of a day: per category and in total, with the
 * findings of the 20 % rule.
 *
 * @param elapsed the part of the year that has passed on {@code asOf} (0 to 1)
 */
public record BudgetActual(ContractRow contract, int year, LocalDate asOf, BigDecimal elapsed,
        List<CategoryBudget> categories, CategoryBudget total, boolean totalExceeded) {

    /** The categories that break the 20 % rule. */
    public List<CategoryBudget> overLimit() {
        return categories.stream().filter(c -> c.status() == BudgetStatus.OVER_LIMIT).toList();
    }

    public boolean anyFinding() {
        return totalExceeded || categories.stream().anyMatch(c -> c.status() == BudgetStatus.OVER_LIMIT
                || c.status() == BudgetStatus.NOT_BALANCED);
    }
}
