package de.ssg.lotsenkontor.funding;

/** How an expense came into the database. */
public enum ExpenseSource {
    MANUELL,
    IMPORT,
    DEMO
}
