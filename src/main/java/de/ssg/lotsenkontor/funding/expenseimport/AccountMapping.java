package de.ssg.lotsenkontor.funding.expenseimport;

/** One account of the accounting software's chart and the cost category its bookings go to. */
public record AccountMapping(long id, Chart chart, String account, String accountName, long categoryId,
        String categoryName, int version) {
}
