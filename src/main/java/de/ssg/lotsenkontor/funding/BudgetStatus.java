package de.ssg.lotsenkontor.funding;

/** What the 20 % rule (ANBest-P 1.2) says about a category. */
public enum BudgetStatus {
    /** Within its plan. */
    OK,
    /** Above its plan by at most 20 %, covered by savings in other categories. */
    BALANCED,
    /** Above its plan by up to 20 %, but the other categories do not save as much (the total is exceeded). */
    NOT_BALANCED,
    /** Above its plan by more than 20 % (or spent without any plan). */
    OVER_LIMIT
}
